// The load worker's map data of a large site layer (prepareSiteMarkers, then prepareSitePolygons) is what the page
// would build itself (buildMapData): the same features, in batches of JSON text, with the marker points and the bbox.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/domain/analyse.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import {
  PREPARED_POLYGON_BATCH,
  prepareSiteMarkers,
  prepareSitePolygons,
  sitePolygonFeatures,
  sitePolygonsInSteps,
  type PreparedSiteMap,
} from '../../../src/domain/siteMapFeatures.ts';
import { buildMapData, buildMapDataSliced } from '../../../src/map/mapData.ts';
import { hub, rect, site } from './helpers.ts';

const X0 = 580000;
const Y0 = 6630000;
const N = 4300;
const sites = Array.from({ length: N }, (_, i) =>
  site(
    `S${i}`,
    rect(
      X0 + (i % 80) * 40,
      Y0 + Math.floor(i / 80) * 40,
      X0 + (i % 80) * 40 + 25 + (i % 7),
      Y0 + Math.floor(i / 80) * 40 + 30,
    ),
    {
      abc: i % 3 === 0 ? 'A' : i % 3 === 1 ? 'C' : null,
    },
  ),
);
const hubs = [hub('H1', [X0 - 100, Y0 - 100]), hub('H2', [X0 + 3000, Y0 + 2000], 'tog')];
const regions = [{ name: 'Nord', geometry: rect(X0 - 500, Y0 - 500, X0 + 5000, Y0 + 5000) }];
const { results } = analyse({ sites, hubs, regions, assumptions: DEFAULT_ASSUMPTIONS });
const parse = (batches: string[]): unknown[] => batches.flatMap((b) => JSON.parse(b) as unknown[]);

/** The markers and the polygons, as the page keeps them from the worker's two messages. */
function prepareSiteMap(): PreparedSiteMap {
  const markers = prepareSiteMarkers(sites, results);
  if (!markers) throw new Error('no markers');
  return { ...markers, polygons: Promise.resolve(prepareSitePolygons(sites, results)) };
}

describe('prepareSiteMarkers and prepareSitePolygons', () => {
  it('make the polygons buildMapData makes, as JSON text in batches, and the markers where it puts them', () => {
    const markers = prepareSiteMarkers(sites, results);
    const polygons = prepareSitePolygons(sites, results);
    const page = buildMapData(sites, hubs, regions, results);
    expect(markers).not.toBeNull();
    expect(polygons).toHaveLength(Math.ceil(N / PREPARED_POLYGON_BATCH));
    expect(polygons.every((b) => typeof b === 'string')).toBe(true);
    expect(parse(polygons as string[])).toEqual(page.sites.features);
    const points = page.siteMarkers.features.map((f) => f.geometry.coordinates);
    expect(points.map((_, i) => [markers!.markerLngLat[2 * i], markers!.markerLngLat[2 * i + 1]])).toEqual(points);
    // The fit verdicts come from the results: not all 'unknown'.
    expect(new Set(page.sites.features.map((f) => f.properties.fit)).size).toBeGreaterThan(1);
    const point = page.siteMarkers.features[N - 1]?.geometry.coordinates;
    expect([markers!.markerLngLat[2 * (N - 1)], markers!.markerLngLat[2 * N - 1]]).toEqual(point);
    expect(markers?.bbox?.[0]).toBe(X0);
    expect(markers?.bbox?.[1]).toBe(Y0);
    // The page's own polygons (when the worker is gone) are the same features, not text.
    expect(sitePolygonFeatures(sites, results)).toEqual(page.sites.features);
  });

  it('gives the page the same map data through buildMapDataSliced, only the polygons left to come', async () => {
    const prepared = prepareSiteMap();
    const page = buildMapData(sites, hubs, regions, results);
    const fromPrepared = await buildMapDataSliced(sites, hubs, regions, results, async () => true, undefined, prepared);
    expect(fromPrepared?.sites.features).toEqual([]);
    expect(fromPrepared?.preparedPolygons).toBe(prepared.polygons);
    expect(parse((await fromPrepared!.preparedPolygons) as string[])).toEqual(page.sites.features);
    expect(fromPrepared?.siteMarkers).toEqual(page.siteMarkers);
    expect(fromPrepared?.bounds).toEqual(page.bounds);
    expect(fromPrepared?.siteKeys).toEqual(page.siteKeys);
    expect(fromPrepared?.siteBounds.get('S17')).toEqual(page.siteBounds.get('S17'));
    expect(fromPrepared?.siteBounds.get('nope')).toBeUndefined();
  });

  it('make no markers when a point is not a finite number', () => {
    const few = sites.slice(0, 3);
    const bad = [...results.slice(0, 2), { ...results[2]!, centroid: [1e300, 1e300] as const }];
    expect(prepareSiteMarkers(few, results.slice(0, 3))).not.toBeNull();
    expect(prepareSiteMarkers(few, bad as typeof results)).toBeNull();
  });

  it('give polygons with a coordinate JSON cannot carry as features, not text', () => {
    const few = sites.slice(0, 3);
    const ring = [[1e300, 1e300] as const, ...few[1]!.geometry[0]![0]!.slice(1)];
    const broken = { ...few[1]!, geometry: [[ring]] };
    const polygons = prepareSitePolygons([few[0]!, broken, few[2]!], results.slice(0, 3));
    expect(typeof polygons[0]).toBe('object');
    expect(polygons).toHaveLength(3);
    expect(prepareSitePolygons(few, results.slice(0, 3))).toHaveLength(1);
  });
});

describe('sitePolygonsInSteps', () => {
  it('makes a batch a step, "more" until the last, and the same batches as prepareSitePolygons', () => {
    const steps = sitePolygonsInSteps(sites, results);
    const more: boolean[] = [];
    for (let i = 0; i < Math.ceil(N / PREPARED_POLYGON_BATCH); i++) more.push(steps.next());
    expect(more).toEqual([true, true, false]);
    expect(steps.result()).toEqual(prepareSitePolygons(sites, results));
  });

  it('gives features, not text, when a coordinate in the last batch is not finite, after earlier batches made text', () => {
    const last = sites[N - 1]!;
    const ring = [[1e300, 1e300] as const, ...last.geometry[0]![0]!.slice(1)];
    const withBad = [...sites.slice(0, N - 1), { ...last, geometry: [[ring]] }];
    const steps = sitePolygonsInSteps(withBad, results);
    steps.next();
    steps.next();
    const polygons = steps.result();
    expect(polygons).toHaveLength(N);
    expect(polygons.every((f) => typeof f === 'object')).toBe(true);
    expect(polygons).toEqual(sitePolygonFeatures(withBad, results));
  });

  it('no sites: no batches', () => {
    const steps = sitePolygonsInSteps([], []);
    expect(steps.next()).toBe(false);
    expect(steps.result()).toEqual([]);
  });
});
