// The loaded and analysed data the whole UI shows, produced by the same loaders and engine as the CLI report.
import { analyse, type OnProgress } from './analyse';
import { DEFAULT_ASSUMPTIONS } from './assumptions';
import { searchKey } from './nameSearch';
import { REGION_CHECK_CODES, regionWarnings } from './regionChecks';
import type { Assumptions, Hub, Region, Site, SiteGeometryMetrics, SiteResult, Summary, Warning } from './types';

export interface Dataset {
  sites: Site[];
  hubs: Hub[];
  regions: Region[];
  /** One result per site, in the same order as `sites`. */
  results: SiteResult[];
  summary: Summary;
  assumptions: Assumptions;
  warnings: Warning[];
  /** Where the sites came from: the bundled illustrative files, generated test data (`?synthetic=N`), or the user's own
   * files ("Last inn data"). */
  origin: 'bundled' | 'synthetic' | 'user';
  /** For origin 'user': the file name each replaced layer was loaded from (the others are still the bundled data). */
  userFiles?: Partial<Record<'sites' | 'hubs' | 'regions', string>>;
}

/** A site with its result: what the list, the filters and the card work on. */
export interface SiteItem {
  site: Site;
  result: SiteResult;
  /** The name in the form the search compares (see domain/nameSearch). */
  nameKey: string;
}

/** Lookups by id, built once per dataset so components never search arrays. */
export interface DatasetIndex {
  siteById: ReadonlyMap<string, Site>;
  resultById: ReadonlyMap<string, SiteResult>;
  hubById: ReadonlyMap<string, Hub>;
  /** Every site with its result, in data order. */
  items: readonly SiteItem[];
}

/**
 * `nameKeys[i]` (when given, one per site) is `searchKey(sites[i].name)` worked out beforehand, e.g. in the load worker,
 * so the page does not normalise 20 000 names at once.
 */
export function indexDataset(dataset: Dataset, nameKeys?: readonly string[]): DatasetIndex {
  const resultById = new Map(dataset.results.map((r) => [r.siteId, r]));
  const items: SiteItem[] = [];
  const keys = nameKeys?.length === dataset.sites.length ? nameKeys : null;
  dataset.sites.forEach((site, i) => {
    const result = resultById.get(site.id);
    if (result) items.push({ site, result, nameKey: keys ? (keys[i] as string) : searchKey(site.name) });
  });
  return {
    siteById: new Map(dataset.sites.map((s) => [s.id, s])),
    resultById,
    hubById: new Map(dataset.hubs.map((h) => [h.id, h])),
    items,
  };
}

/** The engine run on loaded layers: the one path from loaded data to a Dataset, for the bundled files and the user's
 * own. */
export function analyseLayers(
  layers: { sites: Site[]; hubs: Hub[]; regions: Region[] },
  meta: Pick<Dataset, 'warnings' | 'origin' | 'userFiles'>,
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
  onProgress?: OnProgress,
  /** The sites' geometry metrics, when already computed on these layers (see geometryMetricsInSteps). */
  metrics?: SiteGeometryMetrics[],
): Dataset {
  const { results, summary } = analyse({ ...layers, assumptions, onProgress, ...(metrics ? { metrics } : {}) });
  // Regions that overlap, or that no site lies in, are said beside the loaders' own warnings (recomputed for the
  // layers as they are now, so a replaced layer's old verdict does not linger).
  const kept = meta.warnings.filter((w) => !REGION_CHECK_CODES.has(w.code));
  return {
    ...layers,
    results,
    summary,
    assumptions,
    ...meta,
    warnings: [...kept, ...regionWarnings(layers.regions, results)],
  };
}
