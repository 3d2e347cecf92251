// Every state change goes through these module-level actions, each a small pure update applied to the store.
import { indexDataset, type Dataset } from '../app/dataset';
import type { Lang } from '../i18n';
import { ALL_FILTERS, INITIAL_STATE, useAppStore, type AppState, type Filters, type SortKey } from './store';

type Update = (state: AppState) => Partial<AppState>;

function apply(update: Update): void {
  useAppStore.setState(update);
}

/** Pure updates, exported for tests. */
export const updates = {
  datasetLoaded: (dataset: Dataset): Update => (state) => {
    const index = indexDataset(dataset);
    // A deep-linked id that is not in the data is dropped rather than shown as a blank card.
    const selectedSiteId = state.selectedSiteId && index.siteById.has(state.selectedSiteId) ? state.selectedSiteId : null;
    return { dataStatus: 'ready', dataset, index, dataError: null, selectedSiteId };
  },
  datasetFailed: (message: string): Update => () => ({ dataStatus: 'error', dataError: message }),
  selectSite: (siteId: string | null, zoom: boolean): Update => (state) => {
    if (siteId !== null && state.index && !state.index.siteById.has(siteId)) return {};
    const zoomRequest = zoom && siteId ? { siteId, seq: (state.zoomRequest?.seq ?? 0) + 1 } : state.zoomRequest;
    return { selectedSiteId: siteId, zoomRequest };
  },
  hoverSite: (siteId: string | null): Update => () => ({ hoveredSiteId: siteId }),
  setLang: (lang: Lang): Update => () => ({ lang }),
  setRingsVisible: (visible: boolean): Update => () => ({ ringsVisible: visible }),
  setFilter: <K extends keyof Filters>(key: K, value: Filters[K]): Update => (state) => ({
    filters: { ...state.filters, [key]: value },
  }),
  resetFilters: (): Update => () => ({ filters: ALL_FILTERS }),
  setSort: (sort: SortKey): Update => () => ({ sort }),
};

export const actions = {
  datasetLoaded: (dataset: Dataset) => apply(updates.datasetLoaded(dataset)),
  datasetFailed: (message: string) => apply(updates.datasetFailed(message)),
  /** Select a site; `zoom` also asks the map to move to it (list, deep link, "Zoom til"). */
  selectSite: (siteId: string | null, options: { zoom?: boolean } = {}) =>
    apply(updates.selectSite(siteId, options.zoom ?? false)),
  zoomToSite: (siteId: string) => apply(updates.selectSite(siteId, true)),
  hoverSite: (siteId: string | null) => apply(updates.hoverSite(siteId)),
  setLang: (lang: Lang) => apply(updates.setLang(lang)),
  setRingsVisible: (visible: boolean) => apply(updates.setRingsVisible(visible)),
  setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => apply(updates.setFilter(key, value)),
  resetFilters: () => apply(updates.resetFilters()),
  setSort: (sort: SortKey) => apply(updates.setSort(sort)),
  /** Back to the first state (tests). */
  reset: () => useAppStore.setState(INITIAL_STATE, true),
};
