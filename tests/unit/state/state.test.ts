// Store updates and URL sync: deep links, unknown ids, parameters we do not own.
import { describe, expect, it } from 'vitest';
import { handMadeDataset } from '../../component/fixtures';
import { updates } from '../../../src/state/actions';
import { INITIAL_STATE, type AppState } from '../../../src/state/store';
import { readUrlState, writeUrlState } from '../../../src/state/urlSync';

function apply(state: AppState, update: (s: AppState) => Partial<AppState>): AppState {
  return { ...state, ...update(state) };
}

describe('store updates', () => {
  it('keeps a deep-linked selection that exists in the data, and drops one that does not', () => {
    const linked = { ...INITIAL_STATE, selectedSiteId: 'S1' };
    expect(apply(linked, updates.datasetLoaded(handMadeDataset())).selectedSiteId).toBe('S1');
    const stale = { ...INITIAL_STATE, selectedSiteId: 'nope' };
    expect(apply(stale, updates.datasetLoaded(handMadeDataset())).selectedSiteId).toBeNull();
  });

  it('ignores selecting an unknown id and numbers zoom requests so a repeat still moves the map', () => {
    let state = apply(INITIAL_STATE, updates.datasetLoaded(handMadeDataset()));
    state = apply(state, updates.selectSite('ghost', true));
    expect(state.selectedSiteId).toBeNull();
    state = apply(state, updates.selectSite('S1', true));
    state = apply(state, updates.selectSite('S1', true));
    expect(state.zoomRequest).toEqual({ siteId: 'S1', seq: 2 });
    // A map click selects without asking the map to move.
    state = apply(state, updates.selectSite(null, false));
    expect(state.zoomRequest).toEqual({ siteId: 'S1', seq: 2 });
  });
});

describe('URL sync', () => {
  it('reads site and language, ignoring unknown languages and blank ids', () => {
    expect(readUrlState('?site=S07&lang=en')).toEqual({ siteId: 'S07', lang: 'en' });
    expect(readUrlState('?site=%20&lang=de')).toEqual({ siteId: null, lang: null });
  });

  it('writes only what differs from the defaults and keeps other parameters', () => {
    expect(writeUrlState('?e2e=1', { selectedSiteId: 'S 1', lang: 'nb' })).toBe('?e2e=1&site=S+1');
    expect(writeUrlState('?site=S1&lang=en', { selectedSiteId: null, lang: 'nb' })).toBe('');
    expect(writeUrlState('', { selectedSiteId: null, lang: 'en' })).toBe('?lang=en');
  });
});
