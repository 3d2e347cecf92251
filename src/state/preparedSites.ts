// The map data the load worker made for an applied dataset's sites (PreparedSiteMap), kept beside those sites and
// results until the map asks for it: only for that very sites array with those results (a re-analysis under other
// assumptions makes new results, and the map then builds its data itself).
import type { PreparedSiteMap } from '../domain/siteMapFeatures';
import type { Site, SiteResult } from '../domain/types';

const prepared = new WeakMap<readonly Site[], { results: readonly SiteResult[]; map: PreparedSiteMap }>();

export function keepPreparedSiteMap(
  sites: readonly Site[],
  results: readonly SiteResult[],
  map: PreparedSiteMap,
): void {
  prepared.set(sites, { results, map });
}

/** The worker's map data for exactly these sites and results; null when there is none. */
export function preparedSiteMap(sites: readonly Site[], results: readonly SiteResult[]): PreparedSiteMap | null {
  const kept = prepared.get(sites);
  // One marker point (two numbers) per site: a map made for other sites is never drawn for these.
  return kept && kept.results === results && kept.map.markerLngLat.length === 2 * sites.length ? kept.map : null;
}
