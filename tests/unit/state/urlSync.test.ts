// @vitest-environment jsdom
// URL sync in a browser-like window: choices push history entries, map moves replace them, back restores the state.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handMadeDataset } from '../../component/fixtures';
import { actions } from '../../../src/state/actions';
import { useAppStore } from '../../../src/state/store';
import { startUrlSync } from '../../../src/state/urlSync';

let stop: () => void = () => {};

function popTo(url: string): void {
  // jsdom's history.back() is asynchronous and unreliable across tests; set the address and fire popstate directly.
  window.history.replaceState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

beforeEach(() => {
  actions.reset();
  window.history.replaceState(null, '', '/?e2e=1');
});
afterEach(() => stop());

describe('startUrlSync', () => {
  it('applies a shared link: filters, sort, and an app-tagged view (which wins over zooming to the site)', () => {
    window.history.replaceState(null, '', '/?site=S1&abc=A&sort=area-desc&map=10.4,59.8,12');
    stop = startUrlSync();
    const s = useAppStore.getState();
    expect(s.selectedSiteId).toBe('S1');
    expect(s.filters.abc).toBe('A');
    expect(s.sort).toEqual({ key: 'area', dir: 'desc' });
    expect(s.mapView).toEqual({ lng: 10.4, lat: 59.8, zoom: 12, origin: 'app' });
    expect(s.zoomRequest).toBeNull();
  });

  it('zooms to a linked site when the link has no view', () => {
    window.history.replaceState(null, '', '/?site=S1');
    stop = startUrlSync();
    expect(useAppStore.getState().zoomRequest).toEqual({ siteId: 'S1', seq: 1 });
  });

  it('pushes a selection, replaces on map moves, and popstate restores the earlier state', () => {
    stop = startUrlSync();
    actions.datasetLoaded(handMadeDataset());
    const length0 = window.history.length;
    actions.mapMoved({ lng: 10.4, lat: 59.8, zoom: 11 });
    expect(window.location.search).toBe('?e2e=1&map=10.4,59.8,11');
    expect(window.history.length).toBe(length0);
    actions.selectSite('S1');
    expect(window.location.search).toBe('?e2e=1&site=S1&map=10.4,59.8,11');
    expect(window.history.length).toBe(length0 + 1);
    popTo('/?e2e=1&map=10.4,59.8,11');
    expect(useAppStore.getState().selectedSiteId).toBeNull();
    expect(window.history.length).toBe(length0 + 1);
  });

  it('makes one history entry per text field however many keys are typed', () => {
    stop = startUrlSync();
    const length0 = window.history.length;
    for (const q of ['r', 'rø', 'røy']) actions.setFilter('query', q);
    expect(window.history.length).toBe(length0 + 1);
    expect(new URLSearchParams(window.location.search).get('q')).toBe('røy');
    actions.setFilter('abc', 'C');
    actions.setFilter('query', 'røyk');
    expect(window.history.length).toBe(length0 + 3);
  });
});
