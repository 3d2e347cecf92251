// Checks the generated data against itself and against coastline/region polygons; returns problems and per-site
// metrics.
import type { OutputCollection } from './featureCollection.ts';
import { HUBS } from './hubs.ts';
import {
  distanceToBoundaryM, multiPolygonAreaM2, multiPolygonCentroid, multiPolygonGapM, pointInMultiPolygon, ringIsSimple, ringSignedAreaM2,
  type MultiPolygon,
} from './planarGeometry.ts';
import type { Position } from './projection.ts';
import { SITES } from './siteTable.ts';

/** Sites closer than this to each other would look like one area on the map. */
export const MIN_SITE_GAP_M = 25;

export interface SiteMetrics {
  id: string;
  name: string;
  status: string;
  abc: string;
  readiness: string;
  areaDaa: number;
  region: string | null;
  /** Smallest distance from any vertex to the region border (how safe the nord/syd assignment is). */
  regionMarginM: number;
  /** Smallest distance from any vertex to the kommune (coastline) boundary. */
  landMarginM: number;
  nearestHub: string;
  nearestHubM: number;
}

export function regionGeometries(regions: OutputCollection): Array<{ name: string; geometry: MultiPolygon }> {
  return regions.features.map((f) => ({ name: String(f.properties.name), geometry: f.geometry.coordinates as unknown as MultiPolygon }));
}

function allVertices(mp: MultiPolygon): Position[] {
  return mp.flatMap((p) => p.flatMap((r) => r.slice(0, -1)));
}

export function validateData(input: { regions: OutputCollection; hubs: OutputCollection; sites: OutputCollection; land: MultiPolygon }): {
  problems: string[];
  metrics: SiteMetrics[];
} {
  const problems: string[] = [];
  const regions = regionGeometries(input.regions);
  const hubs = input.hubs.features.map((f) => ({ id: String(f.properties.id), xy: f.geometry.coordinates as unknown as Position }));

  for (const hub of hubs) {
    const expected = HUBS.find((h) => h.id === hub.id)?.expectedRegion ?? null;
    const actual = regions.find((r) => pointInMultiPolygon(hub.xy, r.geometry))?.name ?? null;
    if (actual !== expected) problems.push(`hub ${hub.id}: expected in ${expected ?? 'no region'}, found in ${actual ?? 'no region'}`);
  }

  const geometries = input.sites.features.map((f) => f.geometry.coordinates as unknown as MultiPolygon);
  const metrics = input.sites.features.map((f, i): SiteMetrics => {
    const id = String(f.properties.id);
    const spec = SITES.find((s) => s.id === id);
    const g = geometries[i] as MultiPolygon;
    for (const polygon of g) {
      polygon.forEach((ring, k) => {
        if (!ringIsSimple(ring)) problems.push(`site ${id}: ring ${k} is not simple`);
        if ((ringSignedAreaM2(ring) > 0) !== (k === 0)) problems.push(`site ${id}: ring ${k} has the wrong orientation`);
        if (k > 0 && !ring.every((v) => pointInMultiPolygon(v, [[polygon[0] as Position[]]]))) problems.push(`site ${id}: hole ${k} leaves its shell`);
      });
    }
    for (let a = 0; a < g.length; a++) {
      for (let b = a + 1; b < g.length; b++) {
        if (multiPolygonGapM([g[a] as Position[][]], [g[b] as Position[][]]) === 0) problems.push(`site ${id}: parts ${a} and ${b} touch or overlap`);
      }
    }
    const vertices = allVertices(g);
    const centroid = multiPolygonCentroid(g);
    const region = regions.find((r) => pointInMultiPolygon(centroid, r.geometry));
    const expected = regions.find((r) => r.name === spec?.region);
    if (!expected) problems.push(`site ${id}: no expected region`);
    else if (!vertices.every((v) => pointInMultiPolygon(v, expected.geometry))) problems.push(`site ${id}: not wholly inside ${expected.name}`);
    if (!vertices.every((v) => pointInMultiPolygon(v, input.land))) problems.push(`site ${id}: not wholly on land (outside the 3203 kommune polygon)`);
    let nearestHub = '';
    let nearestHubM = Infinity;
    for (const h of hubs) {
      const d = Math.hypot(h.xy[0] - centroid[0], h.xy[1] - centroid[1]);
      if (d < nearestHubM) [nearestHub, nearestHubM] = [h.id, d];
    }
    return {
      id, name: String(f.properties.name), status: String(f.properties.status), abc: String(f.properties.abc), readiness: String(f.properties.readiness),
      areaDaa: multiPolygonAreaM2(g) / 1000,
      region: region?.name ?? null,
      regionMarginM: expected ? Math.min(...vertices.map((v) => distanceToBoundaryM(v, expected.geometry))) : 0,
      landMarginM: Math.min(...vertices.map((v) => distanceToBoundaryM(v, input.land))),
      nearestHub, nearestHubM,
    };
  });

  for (let i = 0; i < geometries.length; i++) {
    for (let j = i + 1; j < geometries.length; j++) {
      const gap = multiPolygonGapM(geometries[i] as MultiPolygon, geometries[j] as MultiPolygon);
      if (gap < MIN_SITE_GAP_M) problems.push(`sites ${metrics[i]?.id} and ${metrics[j]?.id}: gap ${gap.toFixed(1)} m < ${MIN_SITE_GAP_M} m`);
    }
  }
  const ids = metrics.map((m) => m.id);
  if (new Set(ids).size !== ids.length) problems.push('site ids are not unique');
  return { problems, metrics };
}
