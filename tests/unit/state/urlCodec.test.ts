// The shareable URL: what is read from it, what is written (defaults left out), and which changes push history.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, ALL_FILTERS } from '../../../src/state/store';
import type { LinkState } from '../../../src/state/actions';
import { formatView, parseView, readUrl, writeUrl } from '../../../src/state/urlCodec';
import { changedParams, historyMode } from '../../../src/state/urlSync';

const PLAIN: LinkState = {
  lang: 'nb',
  selectedSiteId: null,
  filters: ALL_FILTERS,
  sort: DEFAULT_SORT,
  basemap: 'auto',
  view: null,
};

describe('readUrl', () => {
  it('reads site, language, every filter, the sort, the background map and the view', () => {
    const link = readUrl(
      '?site=S07&lang=en&q=r%C3%B8yken&status=fremtidig&abc=none&region=Asker+syd&readiness=m%C3%A5+reguleres' +
        '&min_daa=12.5&max_daa=40&max_hub_m=800&sort=jobs-asc&bg=grey&map=10.38,59.76,13.25',
    );
    expect(link).toEqual({
      lang: 'en',
      selectedSiteId: 'S07',
      filters: {
        status: 'fremtidig',
        abc: 'none',
        region: 'Asker syd',
        readiness: 'må reguleres',
        query: 'røyken',
        minDaa: 12.5,
        maxDaa: 40,
        maxHubM: 800,
        fit: 'all',
      },
      sort: { key: 'jobs', dir: 'asc' },
      basemap: 'grey',
      view: { lng: 10.38, lat: 59.76, zoom: 13.25 },
    });
  });

  it('falls back to the defaults for values it does not know', () => {
    expect(
      readUrl('?site=%20&lang=de&status=gammel&abc=D&min_daa=-3&max_hub_m=abc&sort=size-up&bg=osm&map=1,2'),
    ).toEqual(PLAIN);
    expect(parseView('10,95,3')).toBeNull();
    expect(parseView('10,59,23')).toBeNull();
  });
});

describe('writeUrl', () => {
  it('writes only what differs from the defaults and keeps other parameters first', () => {
    expect(writeUrl('?e2e=1', { ...PLAIN, selectedSiteId: 'S 1' })).toBe('?e2e=1&site=S%201');
    expect(writeUrl('?site=S1&lang=en&abc=A', PLAIN)).toBe('');
    expect(
      writeUrl('?synthetic=100', {
        ...PLAIN,
        filters: { ...ALL_FILTERS, abc: 'B', maxHubM: 500 },
        sort: { key: 'area', dir: 'desc' },
      }),
    ).toBe('?synthetic=100&abc=B&max_hub_m=500&sort=area-desc');
  });

  it('rounds the view to about a metre and a hundredth of a zoom level', () => {
    expect(formatView({ lng: 10.4312345678, lat: 59.8387654321, zoom: 12.345678 })).toBe('10.43123,59.83877,12.35');
    expect(writeUrl('', { ...PLAIN, view: { lng: 10.5, lat: 59.7, zoom: 11 } })).toBe('?map=10.5,59.7,11');
  });

  it('round-trips every field', () => {
    const link: LinkState = {
      lang: 'en',
      selectedSiteId: 'S&=?',
      filters: {
        status: 'eksisterende',
        abc: 'C',
        region: 'Asker nord',
        readiness: 'byggeklar',
        query: 'Sætre vest',
        minDaa: 0,
        maxDaa: 99.5,
        maxHubM: null,
        fit: ['partial', 'mismatch'],
      },
      sort: { key: 'hub', dir: 'desc' },
      basemap: 'topo',
      view: { lng: 10.43123, lat: 59.83877, zoom: 12.35 },
    };
    expect(readUrl(writeUrl('?e2e=1', link))).toEqual(link);
  });
});

describe('history mode', () => {
  it('replaces the entry for a map move, pushes one for a discrete choice', () => {
    expect(historyMode(changedParams('?map=1,2,3', '?map=1,2,4'), null)).toBe('replace');
    expect(historyMode(changedParams('?map=1,2,3', '?map=1,2,3&site=S1'), null)).toBe('push');
    expect(historyMode(changedParams('', '?abc=A'), null)).toBe('push');
    expect(historyMode(changedParams('?e2e=1', '?e2e=1'), null)).toBe('none');
  });

  it('pushes a switch of page (view=) even though the map camera (map=) only ever replaces', () => {
    expect(historyMode(changedParams('?map=1,2,3', '?view=investor'), null)).toBe('push');
    expect(readUrl('?view=compare&map=10.4,59.8,12').view).toEqual({ lng: 10.4, lat: 59.8, zoom: 12 });
  });

  it('folds further typing in the same text field into its entry, but not a switch to another field', () => {
    expect(historyMode(changedParams('?q=r', '?q=ro'), 'q')).toBe('replace');
    expect(historyMode(changedParams('?q=ro', '?q=ro&min_daa=1'), 'q')).toBe('push');
    expect(historyMode(changedParams('?q=ro', '?q=roy'), null)).toBe('push');
  });
});
