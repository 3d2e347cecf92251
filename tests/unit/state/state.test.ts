// Store updates: deep links, unknown ids, sorting, and views tagged with where they came from.
import { describe, expect, it } from 'vitest';
import { handMadeDataset } from '../../component/fixtures';
import { updates } from '../../../src/state/actions';
import { ALL_FILTERS, INITIAL_STATE, type AppState } from '../../../src/state/store';

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

  it('starts a new sort key in its natural direction and keeps a chosen direction', () => {
    let state = apply(INITIAL_STATE, updates.setSortKey('area'));
    expect(state.sort).toEqual({ key: 'area', dir: 'desc' });
    state = apply(state, updates.setSortDir('asc'));
    expect(state.sort).toEqual({ key: 'area', dir: 'asc' });
    state = apply(state, updates.setSortKey('hub'));
    expect(state.sort).toEqual({ key: 'hub', dir: 'asc' });
  });

  it('leaves the state object alone when a filter is set to the value it has', () => {
    expect(updates.setFilter('query', '')(INITIAL_STATE)).toEqual({});
    expect(apply(INITIAL_STATE, updates.setFilter('maxHubM', 800)).filters).toEqual({ ...ALL_FILTERS, maxHubM: 800 });
  });

  it("tags the map's own moves 'map' and restored views 'app', so only the latter move the map", () => {
    const moved = apply(INITIAL_STATE, updates.mapMoved({ lng: 10.4, lat: 59.8, zoom: 11 }));
    expect(moved.mapView).toEqual({ lng: 10.4, lat: 59.8, zoom: 11, origin: 'map' });
    const restored = apply(
      moved,
      updates.restoreLink({
        lang: 'en',
        selectedSiteId: null,
        filters: ALL_FILTERS,
        sort: { key: 'name', dir: 'asc' },
        basemap: 'none',
        view: { lng: 10.5, lat: 59.7, zoom: 13 },
      }),
    );
    expect(restored.mapView).toEqual({ lng: 10.5, lat: 59.7, zoom: 13, origin: 'app' });
    expect(restored.lang).toBe('en');
  });

  it('restores a link without a view and leaves the map where it is', () => {
    const moved = apply(INITIAL_STATE, updates.mapMoved({ lng: 10.4, lat: 59.8, zoom: 11 }));
    const loaded = apply(moved, updates.datasetLoaded(handMadeDataset()));
    const restored = apply(
      loaded,
      updates.restoreLink({
        lang: 'nb',
        selectedSiteId: 'ghost',
        filters: ALL_FILTERS,
        sort: { key: 'name', dir: 'asc' },
        basemap: 'topo',
        view: null,
      }),
    );
    expect(restored.mapView?.origin).toBe('map');
    expect(restored.selectedSiteId).toBeNull();
    expect(restored.basemap).toBe('topo');
  });
});
