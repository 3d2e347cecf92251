// The load worker's map data is handed to the map only for the very sites and results it was made for.
import { describe, expect, it } from 'vitest';
import { keepPreparedSiteMap, preparedSiteMap } from '../../../src/state/preparedSites';
import type { PreparedSiteMap } from '../../../src/domain/siteMapFeatures';
import type { Site, SiteResult } from '../../../src/domain/types';

function mapFor(n: number): PreparedSiteMap {
  return { polygons: Promise.resolve([]), markerLngLat: new Float64Array(2 * n), bbox: null };
}

describe('preparedSiteMap', () => {
  const sites = [{}, {}] as unknown as Site[];
  const results = [{}, {}] as unknown as SiteResult[];

  it('gives the kept map for the same sites and results only', () => {
    const map = mapFor(2);
    keepPreparedSiteMap(sites, results, map);
    expect(preparedSiteMap(sites, results)).toBe(map);
    // Results of a re-analysis (other assumptions) or a copy of the sites: the map builds its own data.
    expect(preparedSiteMap(sites, [...results])).toBeNull();
    expect(preparedSiteMap([...sites], results)).toBeNull();
  });

  it('never gives a map whose marker points are not one per site', () => {
    const other = [{}, {}, {}] as unknown as Site[];
    const otherResults = [{}, {}, {}] as unknown as SiteResult[];
    keepPreparedSiteMap(other, otherResults, mapFor(2));
    expect(preparedSiteMap(other, otherResults)).toBeNull();
  });
});
