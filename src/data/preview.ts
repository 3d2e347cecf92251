// Pure previews for the "load your own data" dialog: what a file holds and what loading it would do, without changing
// anything.
import type { PlanArea } from '../domain/accounts/types.ts';
import type { EpsgCode, Hub, MultiPolygonXY, Region, Warning } from '../domain/types.ts';
import type { LoadOptions, LoadResult, MappingReport } from './featurePipeline.ts';
import { loadGtfsHubs, type GtfsFiles, type GtfsLoadOptions } from './gtfsHubs.ts';
import {
  loadFarmland,
  loadHubs,
  loadPlanVersion,
  loadRegions,
  loadSites,
  type LoadInput,
  type LoadedSite,
  type RegionLoadOptions,
  type SiteLoadOptions,
} from './loaders.ts';
import { countSkipped, type SkipCount } from './loadPolicy.ts';
import { DataError, type Problem } from './problems.ts';
import type { CrsSource } from './resolveCrs.ts';

export interface Preview<T> {
  /** False when loading would fail; `error` says why. */
  ok: boolean;
  file: string;
  /** Features (GeoJSON) or stop places (GTFS) in the file; 0 when it could not be read. */
  featureCount: number;
  /** Features that would be loaded. */
  keptCount: number;
  crs: EpsgCode | null;
  crsSource: CrsSource | null;
  /** Mode, field mapping (field → property as spelled in the file) and rules applied. */
  mapping: MappingReport | null;
  /** What would be left out, counted per reason, with the features named. */
  skipped: SkipCount[];
  warnings: Warning[];
  /** Why loading would fail: the first error (`problem`, as facts) and every problem found. */
  error: { code: string; problem: Problem; problems: readonly Problem[] } | null;
  /** The loaded value to hand to the app when the user confirms; null when !ok. */
  value: T | null;
}

function run<T>(file: string, load: () => LoadResult<T>): Preview<T> {
  try {
    const r = load();
    return {
      ok: true,
      file,
      featureCount: r.featureCount,
      keptCount: r.featureCount - r.skipped.length,
      crs: r.crs,
      crsSource: r.crsSource,
      mapping: r.mapping,
      skipped: countSkipped(r.skipped),
      warnings: r.warnings,
      error: null,
      value: r.value,
    };
  } catch (e) {
    const error =
      e instanceof DataError
        ? { code: e.code, problem: e.problem, problems: e.problems }
        : {
            code: 'internal',
            problem: {
              severity: 'error' as const,
              file,
              code: 'internal',
              params: { detail: e instanceof Error ? e.message : String(e) },
            },
            problems: [],
          };
    return {
      ok: false,
      file,
      featureCount: 0,
      keptCount: 0,
      crs: null,
      crsSource: null,
      mapping: null,
      skipped: [],
      warnings: [],
      error,
      value: null,
    };
  }
}

/** Unusable features are skipped (not fatal) unless the caller asks otherwise. */
const skipping = <O extends LoadOptions>(opts: O): O => ({ ...opts, onUnusable: opts.onUnusable ?? 'skip' });

export const previewSites = (text: LoadInput, opts: SiteLoadOptions): Preview<LoadedSite[]> =>
  run(opts.file, () => loadSites(text, skipping(opts)));
export const previewHubs = (text: LoadInput, opts: LoadOptions): Preview<Hub[]> =>
  run(opts.file, () => loadHubs(text, skipping(opts)));
export const previewRegions = (text: LoadInput, opts: RegionLoadOptions): Preview<Region[]> =>
  run(opts.file, () => loadRegions(text, skipping(opts)));
export const previewGtfsHubs = (files: GtfsFiles, opts: GtfsLoadOptions): Preview<Hub[]> =>
  run(opts.file, () => loadGtfsHubs(files, { ...opts, onUnusable: opts.onUnusable ?? 'skip' }));

/** The land accounts' files: a plan version (every land-use area) and a farmland layer, previewed the same way. */
export const previewPlanVersion = (text: LoadInput, opts: SiteLoadOptions): Preview<PlanArea[]> =>
  run(opts.file, () => loadPlanVersion(text, skipping(opts)));
export const previewFarmland = (text: LoadInput, opts: LoadOptions): Preview<MultiPolygonXY[]> =>
  run(opts.file, () => loadFarmland(text, skipping(opts)));
