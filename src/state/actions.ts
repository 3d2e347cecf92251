// Every state change goes through these module-level actions, each a small pure update applied to the store.
import { indexDataset, type Dataset } from '../domain/dataset';
import type { Lang } from '../i18n';
import { appWordsReady, loadAppWords } from '../i18n/appWords';
import {
  ALL_FILTERS,
  DEFAULT_SORT_DIR,
  INITIAL_STATE,
  useAppStore,
  type AppState,
  type AppPage,
  type Basemap,
  type ColourBy,
  type Filters,
  type MapViewState,
  type SortDir,
  type SortKey,
  type SortState,
} from './store';

type Update = (state: AppState) => Partial<AppState>;

function apply(update: Update): void {
  useAppStore.setState(update);
}

/**
 * An update that shows the page in `lang`: applied at once when that language's words are installed, else once they
 * have been fetched (English is not part of the first page load). If they cannot be fetched (offline), the page stays
 * in its language rather than showing keys.
 */
function applyInLang(lang: Lang, update: Update): void {
  if (appWordsReady(lang)) {
    apply(update);
    return;
  }
  loadAppWords(lang).then(
    () => apply(update),
    () => undefined,
  );
}

/** What a shared link (or a history entry) restores; see urlCodec. */
export interface LinkState {
  lang: Lang;
  selectedSiteId: string | null;
  filters: Filters;
  sort: SortState;
  basemap: Basemap;
  view: Omit<MapViewState, 'origin'> | null;
  /** Absent means the ABC colours. */
  colourBy?: ColourBy;
  /** Absent means the explorer. */
  page?: AppPage;
}

/** Pure updates, exported for tests. */
export const updates = {
  datasetLoaded:
    (dataset: Dataset, nameKeys?: readonly string[]): Update =>
    (state) => {
      const index = indexDataset(dataset, nameKeys);
      // A deep-linked id that is not in the data is dropped rather than shown as a blank card.
      const selectedSiteId =
        state.selectedSiteId && index.siteById.has(state.selectedSiteId) ? state.selectedSiteId : null;
      return { dataStatus: 'ready', dataset, index, dataError: null, selectedSiteId };
    },
  datasetFailed:
    (message: string): Update =>
    () => ({ dataStatus: 'error', dataError: message }),
  selectSite:
    (siteId: string | null, zoom: boolean): Update =>
    (state) => {
      if (siteId !== null && state.index && !state.index.siteById.has(siteId)) return {};
      const zoomRequest = zoom && siteId ? { siteId, seq: (state.zoomRequest?.seq ?? 0) + 1 } : state.zoomRequest;
      return { selectedSiteId: siteId, zoomRequest };
    },
  hoverSite:
    (siteId: string | null): Update =>
    () => ({ hoveredSiteId: siteId }),
  setLang:
    (lang: Lang): Update =>
    () => ({ lang }),
  setRingsVisible:
    (visible: boolean): Update =>
    () => ({ ringsVisible: visible }),
  setFilter:
    <K extends keyof Filters>(key: K, value: Filters[K]): Update =>
    (state) =>
      state.filters[key] === value ? {} : { filters: { ...state.filters, [key]: value } },
  resetFilters: (): Update => () => ({ filters: ALL_FILTERS }),
  /** A new sort key starts in its natural direction (see DEFAULT_SORT_DIR). */
  setSortKey:
    (key: SortKey): Update =>
    (state) =>
      state.sort.key === key ? {} : { sort: { key, dir: DEFAULT_SORT_DIR[key] } },
  setSortDir:
    (dir: SortDir): Update =>
    (state) =>
      state.sort.dir === dir ? {} : { sort: { ...state.sort, dir } },
  setBasemap:
    (basemap: Basemap): Update =>
    () => ({ basemap }),
  setColourBy:
    (colourBy: ColourBy): Update =>
    () => ({ colourBy }),
  /**
   * Another view starts without a selection: in the investor view a selection opens a site's one-pager. Between the
   * explorer and the scenario comparison the selection stays: it is the site being edited in the scenario.
   */
  setPage:
    (page: AppPage): Update =>
    (state) => {
      if (state.page === page) return {};
      const keep =
        (page === 'compare' && state.page === 'explorer') || (page === 'explorer' && state.page === 'compare');
      return { page, selectedSiteId: keep ? state.selectedSiteId : null };
    },
  /** The map reports where it now looks; tagged 'map' so the map is not told to move there again. */
  mapMoved:
    (view: Omit<MapViewState, 'origin'>): Update =>
    () => ({ mapView: { ...view, origin: 'map' } }),
  /** Restores a link or history entry; its view is tagged 'app' so the map moves there. */
  restoreLink:
    (link: LinkState): Update =>
    (state) => {
      const known = link.selectedSiteId && (!state.index || state.index.siteById.has(link.selectedSiteId));
      return {
        lang: link.lang,
        selectedSiteId: known ? link.selectedSiteId : null,
        filters: link.filters,
        sort: link.sort,
        basemap: link.basemap,
        page: link.page ?? 'explorer',
        colourBy: link.colourBy ?? 'abc',
        ...(link.view ? { mapView: { ...link.view, origin: 'app' as const } } : {}),
      };
    },
};

export const actions = {
  /** `nameKeys`: the sites' search keys, when the load worker worked them out (see indexDataset). */
  datasetLoaded: (dataset: Dataset, nameKeys?: readonly string[]) => apply(updates.datasetLoaded(dataset, nameKeys)),
  datasetFailed: (message: string) => apply(updates.datasetFailed(message)),
  /** Select a site; `zoom` also asks the map to move to it (list, deep link, "Zoom til"). */
  selectSite: (siteId: string | null, options: { zoom?: boolean } = {}) =>
    apply(updates.selectSite(siteId, options.zoom ?? false)),
  zoomToSite: (siteId: string) => apply(updates.selectSite(siteId, true)),
  hoverSite: (siteId: string | null) => apply(updates.hoverSite(siteId)),
  setLang: (lang: Lang) => applyInLang(lang, updates.setLang(lang)),
  setRingsVisible: (visible: boolean) => apply(updates.setRingsVisible(visible)),
  setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => apply(updates.setFilter(key, value)),
  resetFilters: () => apply(updates.resetFilters()),
  setSortKey: (key: SortKey) => apply(updates.setSortKey(key)),
  setSortDir: (dir: SortDir) => apply(updates.setSortDir(dir)),
  setBasemap: (basemap: Basemap) => apply(updates.setBasemap(basemap)),
  setColourBy: (colourBy: ColourBy) => apply(updates.setColourBy(colourBy)),
  setPage: (page: AppPage) => apply(updates.setPage(page)),
  mapMoved: (view: Omit<MapViewState, 'origin'>) => apply(updates.mapMoved(view)),
  restoreLink: (link: LinkState) => applyInLang(link.lang, updates.restoreLink(link)),
  /** Back to the first state (tests). */
  reset: () => useAppStore.setState(INITIAL_STATE, true),
};
