// The zustand store: a data slice (what was loaded) and a view slice (what the user is looking at).
import { create } from 'zustand';
import type { Dataset, DatasetIndex } from '../app/dataset';
import type { AbcType, Readiness, SiteStatus } from '../domain/types';
import type { Lang } from '../i18n';

export type DataStatus = 'loading' | 'ready' | 'error';

export interface DataSlice {
  dataStatus: DataStatus;
  dataset: Dataset | null;
  index: DatasetIndex | null;
  dataError: string | null;
}

/** 'all' switches a filter off; 'none' matches sites with no value for that field. */
export interface Filters {
  status: SiteStatus | 'all';
  abc: AbcType | 'none' | 'all';
  region: string;
  readiness: Readiness | 'all';
}

export type SortKey = 'name' | 'area' | 'hub';

/** A request from the app to move the map; `seq` makes a repeated request for the same site distinct. */
export interface ZoomRequest {
  siteId: string;
  seq: number;
}

export interface ViewSlice {
  lang: Lang;
  selectedSiteId: string | null;
  hoveredSiteId: string | null;
  ringsVisible: boolean;
  zoomRequest: ZoomRequest | null;
  filters: Filters;
  sort: SortKey;
}

export type AppState = DataSlice & ViewSlice;

export const ALL_FILTERS: Filters = { status: 'all', abc: 'all', region: 'all', readiness: 'all' };

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
  sort: 'name',
};

export const useAppStore = create<AppState>()(() => INITIAL_STATE);
