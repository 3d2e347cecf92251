// Loaders for sites, hubs and regions with every tool (SOSI, GML, repair, dissolve): what the CLIs, the load worker and
// the previews use. The loaders themselves are in layerLoaders.ts.
import { DataError } from './problems.ts';
import type { Hub, Region } from '../domain/types.ts';
import type { LoadInput } from './decodeInput.ts';
import type { Collected, LoadOptions, LoadResult } from './featurePipeline.ts';
import { FULL_TOOLS } from './fullLoadTools.ts';
import * as layers from './layerLoaders.ts';
import type { RegionLoadOptions } from './regionReader.ts';
import type { LoadedSite, SiteLoadOptions } from './siteReader.ts';

export type { LoadOptions, LoadResult, Collected, MappingReport, SkippedFeature } from './featurePipeline.ts';
export type { SiteLoadOptions, LoadedSite } from './siteReader.ts';
export type { RegionLoadOptions } from './regionReader.ts';
export { DataError } from './problems.ts';
export type { LoadInput } from './decodeInput.ts';

/** Sites, with problems collected but not yet judged (this project's format, or SOSI/GML/GeoJSON plan data). */
export const collectSites = (text: LoadInput, opts: SiteLoadOptions): Collected<LoadedSite> =>
  layers.collectSites(text, opts, FULL_TOOLS);
/** Business sites (Polygon/MultiPolygon). Throws DataError on unusable input (see LoadOptions.onUnusable). */
export const loadSites = (text: LoadInput, opts: SiteLoadOptions): LoadResult<LoadedSite[]> =>
  layers.loadSites(text, opts, FULL_TOOLS);
export const collectHubs = (text: LoadInput, opts: LoadOptions): Collected<Hub> =>
  layers.collectHubs(text, opts, FULL_TOOLS);
/** Public-transport hubs (Point, or MultiPoint with one point). Throws DataError on unusable input. */
export const loadHubs = (text: LoadInput, opts: LoadOptions): LoadResult<Hub[]> =>
  layers.loadHubs(text, opts, FULL_TOOLS);
export const collectRegions = (
  text: LoadInput,
  opts: RegionLoadOptions,
): Collected<Region & { kommunenummer?: string }> => layers.collectRegions(text, opts, FULL_TOOLS);
/** Regions; several features with the same name are dissolved into one (see layerLoaders.loadRegions). */
export const loadRegions = (text: LoadInput, opts: RegionLoadOptions): LoadResult<Region[]> =>
  layers.loadRegions(text, opts, FULL_TOOLS);

/** For UI callers: never throws; anything unexpected becomes a DataError with code "internal". */
export function safeLoad<T>(
  file: string,
  load: () => LoadResult<T>,
): { ok: true; result: LoadResult<T> } | { ok: false; error: DataError } {
  try {
    return { ok: true, result: load() };
  } catch (e) {
    if (e instanceof DataError) return { ok: false, error: e };
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: new DataError({ file, code: 'internal', params: { detail } }),
    };
  }
}

export { loadPlanVersion, loadFarmland, FARMLAND_ARTYPES } from './planVersionLoaders.ts';
