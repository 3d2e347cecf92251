// The zustand store: a data slice (what was loaded) and a view slice (what the user is looking at).
import { create } from 'zustand';
import type { Dataset, DatasetIndex } from '../domain/dataset';
import type { AbcFitVerdict, AbcType, Readiness, SiteStatus } from '../domain/types';
import type { Lang } from '../i18n';
import type { Basemap, ColourBy, MapViewState } from '../map/mapTypes';

// The map's own vocabulary (src/map/mapTypes.ts), re-exported for the modules that read it with the store.
export type { Basemap, ColourBy, MapViewState };

export type DataStatus = 'loading' | 'ready' | 'error';

export interface DataSlice {
  dataStatus: DataStatus;
  dataset: Dataset | null;
  index: DatasetIndex | null;
  dataError: string | null;
}

/** 'all' switches a choice filter off; 'none' matches sites with no value for that field; null switches a number off.
 * */
export interface Filters {
  status: SiteStatus | 'all';
  abc: AbcType | 'none' | 'all';
  region: string;
  readiness: Readiness | 'all';
  /** Free text matched against site names, ignoring case and diacritics. */
  query: string;
  minDaa: number | null;
  maxDaa: number | null;
  /** Largest distance from the site's edge to its nearest hub, metres. */
  maxHubM: number | null;
  /** ABC fit verdicts to keep, in FIT_VERDICTS order; 'all' switches the filter off (an empty list keeps nothing). */
  fit: readonly AbcFitVerdict[] | 'all';
}

/** The verdicts in their fixed order, the same words as the report CLI's `abc_fit` column. */
export const FIT_VERDICTS: readonly AbcFitVerdict[] = ['ok', 'partial', 'mismatch', 'unknown'];

export type SortKey = 'name' | 'area' | 'jobs' | 'hub' | 'fit';
export type SortDir = 'asc' | 'desc';

export interface SortState {
  key: SortKey;
  dir: SortDir;
}

/**
 * The direction a sort key starts in: names A–Å, the biggest areas and job counts first, the nearest hubs first, the
 * worst ABC fit first (a planner looks for the problems).
 */
export const DEFAULT_SORT_DIR: Record<SortKey, SortDir> = {
  name: 'asc',
  area: 'desc',
  jobs: 'desc',
  hub: 'asc',
  fit: 'desc',
};

/** A request from the app to move the map; `seq` makes a repeated request for the same site distinct. */
export interface ZoomRequest {
  siteId: string;
  seq: number;
}

/** Which view fills the page: the explorer, or the investor presentation (`?view=investor`). */
export type AppPage = 'explorer' | 'investor' | 'compare' | 'accounts';

export interface ViewSlice {
  lang: Lang;
  selectedSiteId: string | null;
  hoveredSiteId: string | null;
  ringsVisible: boolean;
  zoomRequest: ZoomRequest | null;
  filters: Filters;
  sort: SortState;
  mapView: MapViewState | null;
  basemap: Basemap;
  page: AppPage;
  colourBy: ColourBy;
}

export type AppState = DataSlice & ViewSlice;

export const ALL_FILTERS: Filters = {
  status: 'all',
  abc: 'all',
  region: 'all',
  readiness: 'all',
  query: '',
  minDaa: null,
  maxDaa: null,
  maxHubM: null,
  fit: 'all',
};

export const DEFAULT_SORT: SortState = { key: 'name', dir: 'asc' };

export const INITIAL_STATE: AppState = {
  dataStatus: 'loading',
  dataset: null,
  index: null,
  dataError: null,
  lang: 'nb',
  selectedSiteId: null,
  hoveredSiteId: null,
  ringsVisible: false,
  zoomRequest: null,
  filters: ALL_FILTERS,
  sort: DEFAULT_SORT,
  mapView: null,
  basemap: 'auto',
  page: 'explorer',
  colourBy: 'abc',
};

export const useAppStore = create<AppState>()(() => INITIAL_STATE);
