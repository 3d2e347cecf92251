// The analysis pipeline: geometry metrics once per data load, then the cheap assessment under given assumptions.
import { assessAbcFitAt, fitColumnFor } from './abcFit.ts';
import { DEFAULT_ASSUMPTIONS } from './assumptions.ts';
import { areaDaa, landJobs } from './capacity.ts';
import { bboxOf, multiPolygonAreaM2, multiPolygonCentroid } from './geometry.ts';
import { DEFAULT_PACE, leadFor, newJobsWithin, type PaceContext } from './pace.ts';
import { HUB_TYPES, betterHub, createHubIndex, nearestInSet, type NearestHub } from './hubIndex.ts';
import { assignRegionWithBox, createRegionIndex } from './regions.ts';
import { summarise } from './summary.ts';
import type { Assumptions, Hub, Region, Site, SiteGeometryMetrics, SiteResult, Summary } from './types.ts';

/** Called now and then during a long computation with how many of the sites are done. */
export type OnProgress = (done: number, total: number) => void;
const PROGRESS_EVERY = 1000;

/**
 * Area, centroid, nearest hubs and region of every site (EPSG:25832). The costly step: run once per data load.
 * Throws when a site has no coordinates at all (the loaders reject such sites).
 */
export function computeGeometryMetrics(
  sites: Site[],
  hubs: Hub[],
  regions: Region[],
  onProgress?: OnProgress,
): SiteGeometryMetrics[] {
  const hubIndex = createHubIndex(hubs);
  const regionIndex = createRegionIndex(regions);
  return sites.map((site, i) => {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, sites.length);
    return siteMetrics(site, hubIndex, regionIndex);
  });
}

/**
 * computeGeometryMetrics a slice at a time, so a caller can do other work between slices: the indexes are built once,
 * `next(count)` adds the metrics of the next `count` sites and says whether any are left. The metrics are those of
 * computeGeometryMetrics, site for site (each site's depend only on it, the hubs and the regions).
 */
export function geometryMetricsInSteps(
  sites: Site[],
  hubs: Hub[],
  regions: Region[],
): { metrics: SiteGeometryMetrics[]; next: (count: number) => boolean } {
  const hubIndex = createHubIndex(hubs);
  const regionIndex = createRegionIndex(regions);
  const metrics: SiteGeometryMetrics[] = [];
  return {
    metrics,
    next: (count) => {
      const end = Math.min(sites.length, metrics.length + Math.max(1, count));
      for (let i = metrics.length; i < end; i++) metrics.push(siteMetrics(sites[i] as Site, hubIndex, regionIndex));
      return metrics.length < sites.length;
    },
  };
}

function siteMetrics(
  site: Site,
  hubIndex: ReturnType<typeof createHubIndex>,
  regionIndex: ReturnType<typeof createRegionIndex>,
): SiteGeometryMetrics {
  const box = bboxOf(site.geometry);
  if (!Number.isFinite(box[0])) throw new Error(`Site "${site.id}" has no coordinates.`);
  const centroid = multiPolygonCentroid(site.geometry);
  const nearestByType: SiteGeometryMetrics['nearestByType'] = {};
  // The nearest hub of any type is the best of the per-type winners under the same ordering, so the
  // any-type search is not run separately.
  let overall: NearestHub | null = null;
  for (const type of HUB_TYPES) {
    const n = nearestInSet(hubIndex.byType[type], site.geometry, box, centroid);
    if (!n) continue;
    nearestByType[type] = { hubId: n.hub.id, distanceM: n.distanceM };
    if (overall === null || betterHub(n, overall)) overall = n;
  }
  return {
    siteId: site.id,
    areaM2: multiPolygonAreaM2(site.geometry),
    centroid,
    hubId: overall?.hub.id ?? null,
    hubDistanceM: overall?.distanceM ?? null,
    hubCentroidDistanceM: overall?.centroidDistanceM ?? null,
    nearestByType,
    region: assignRegionWithBox(regionIndex, site.geometry, box),
  };
}

const hubLookups = new WeakMap<Hub[], Map<string, Hub>>();

/** id → hub, kept per hubs array so repeated assessments reuse it (and the fit texts cached against it). */
export function hubLookup(hubs: Hub[]): Map<string, Hub> {
  let map = hubLookups.get(hubs);
  if (!map) {
    map = new Map();
    for (const h of hubs) map.set(h.id, h);
    hubLookups.set(hubs, map);
  }
  return map;
}

/**
 * Capacity, jobs today, new jobs (within the pace context's horizon) and ABC fit of every site under the given
 * assumptions: no geometry work, cheap enough to re-run on every assumption edit. `metrics[i]` must belong to
 * `sites[i]`. A site becomes available at start year + the lead time for its readiness.
 */
export function assessSites(
  sites: Site[],
  metrics: SiteGeometryMetrics[],
  hubs: Hub[],
  a: Assumptions,
  pace: PaceContext = DEFAULT_PACE,
): SiteResult[] {
  if (sites.length !== metrics.length) {
    throw new Error(`assessSites: ${sites.length} sites but ${metrics.length} metrics; they must match one to one.`);
  }
  const hubsById = hubLookup(hubs);
  const fits = fitColumnFor(metrics, hubsById);
  const results: SiteResult[] = new Array<SiteResult>(sites.length);
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i] as Site;
    const m = metrics[i] as SiteGeometryMetrics;
    const land = landJobs({ areaM2: m.areaM2, abc: site.abc, status: site.status, jobsToday: site.jobsToday }, a);
    const availableYear = pace.startYear + leadFor(pace.leadTimeYears, site.readiness);
    // Spelled out rather than spread: one fixed object shape keeps this loop fast for large data sets.
    results[i] = {
      siteId: m.siteId,
      areaM2: m.areaM2,
      centroid: m.centroid,
      hubId: m.hubId,
      hubDistanceM: m.hubDistanceM,
      hubCentroidDistanceM: m.hubCentroidDistanceM,
      nearestByType: m.nearestByType,
      region: m.region,
      areaDaa: areaDaa(m.areaM2),
      jobs: land.capacity,
      jobsToday: land.jobsToday,
      jobsTodaySource: land.jobsTodaySource,
      jobsTodayField: land.jobsTodaySource === 'data' ? (site.jobsTodayField ?? null) : null,
      newJobs: land.newJobs,
      availableYear,
      newJobsWithinHorizon: newJobsWithin(land.newJobs, availableYear, pace, a.takeUpSharePerYear),
      fit: assessAbcFitAt(fits, i, site.abc, m, a.accessibility),
    };
  }
  return results;
}

/** The whole analysis in one call (the CLI report and tests; the app keeps the metrics between edits). */
export function analyse(input: {
  sites: Site[];
  hubs: Hub[];
  regions: Region[];
  assumptions?: Assumptions;
  /** Timeline for new jobs within the horizon; default: 2026, the plan's 20 years, the default lead times. */
  pace?: PaceContext;
  onProgress?: OnProgress;
  /** The sites' geometry metrics when already computed (computeGeometryMetrics or its steps, on these layers). */
  metrics?: SiteGeometryMetrics[];
}): { results: SiteResult[]; summary: Summary } {
  const a = input.assumptions ?? DEFAULT_ASSUMPTIONS;
  const pace = input.pace ?? DEFAULT_PACE;
  const metrics = input.metrics ?? computeGeometryMetrics(input.sites, input.hubs, input.regions, input.onProgress);
  const results = assessSites(input.sites, metrics, input.hubs, a, pace);
  return { results, summary: summarise(input.sites, results, a, pace) };
}
