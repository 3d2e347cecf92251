// Planar distance (EPSG:25832 metres) from a site polygon to the nearest main-road line or junction point of a road
// layer the user loaded. Our own code: turf's distance functions measure on the sphere from lon/lat, not in the plane
// of the projection the rest of the engine measures in. Segments are found through a flatbush index of their boxes.
import Flatbush from 'flatbush';
import {
  bboxOf,
  distancePointToMultiPolygonM,
  multiPolygonCentroid,
  pointInMultiPolygon,
  segmentDistanceSquared,
  segmentsCross,
} from './geometry';
import type { Meters, MultiPolygonXY, XY } from './types';

/** One road feature: a line (two or more points) or a junction (one point), with the name/number the file gave. */
export interface RoadFeature {
  /** The feature's name or road number from the file (e.g. "E18"), or null. Text from a data file. */
  label: string | null;
  /** A line's vertices, or one point for a junction. */
  points: readonly XY[];
}

export interface RoadLayer {
  /** The file it came from, for the notice and the exports. */
  file: string;
  features: readonly RoadFeature[];
}

export interface RoadDistance {
  distanceM: Meters;
  /** The nearest feature's label (null when the file gave none). */
  label: string | null;
  kind: 'line' | 'point';
}

/** An index over every segment (and every junction point, as a zero-length segment) of a road layer. */
export interface RoadIndex {
  index: Flatbush | null;
  /** Segment i: [ax, ay, bx, by], and the feature it belongs to. */
  segments: Float64Array;
  featureOf: Uint32Array;
  features: readonly RoadFeature[];
}

export function buildRoadIndex(layer: RoadLayer): RoadIndex {
  const coords: number[] = [];
  const owner: number[] = [];
  layer.features.forEach((f, fi) => {
    const pts = f.points;
    if (pts.length === 1) {
      const p = pts[0] as XY;
      coords.push(p[0], p[1], p[0], p[1]);
      owner.push(fi);
    }
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1] as XY;
      const b = pts[i] as XY;
      coords.push(a[0], a[1], b[0], b[1]);
      owner.push(fi);
    }
  });
  const n = owner.length;
  const segments = Float64Array.from(coords);
  if (n === 0) return { index: null, segments, featureOf: new Uint32Array(0), features: layer.features };
  const index = new Flatbush(n);
  for (let i = 0; i < n; i++) {
    const [ax, ay, bx, by] = [
      segments[4 * i] as number,
      segments[4 * i + 1] as number,
      segments[4 * i + 2] as number,
      segments[4 * i + 3] as number,
    ];
    index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  index.finish();
  return { index, segments, featureOf: Uint32Array.from(owner), features: layer.features };
}

/**
 * Distance from segment a–b to the polygon: 0 when an end lies inside or the segment crosses an edge; else the
 * smallest of the four end-to-segment distances between it and each edge (two segments that do not cross are
 * nearest at an end of one of them).
 */
export function segmentToMultiPolygonM(a: XY, b: XY, g: MultiPolygonXY): number {
  if (pointInMultiPolygon(a, g) || pointInMultiPolygon(b, g)) return 0;
  let best = Infinity;
  for (const polygon of g) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const c = ring[i - 1] as XY;
        const d = ring[i] as XY;
        if (segmentsCross(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1])) return 0;
        best = Math.min(
          best,
          segmentDistanceSquared(a[0], a[1], c[0], c[1], d[0], d[1]),
          segmentDistanceSquared(b[0], b[1], c[0], c[1], d[0], d[1]),
          segmentDistanceSquared(c[0], c[1], a[0], a[1], b[0], b[1]),
          segmentDistanceSquared(d[0], d[1], a[0], a[1], b[0], b[1]),
        );
      }
    }
  }
  return Math.sqrt(best);
}

function segmentDistance(idx: RoadIndex, i: number, g: MultiPolygonXY): number {
  const s = idx.segments;
  const a: XY = [s[4 * i] as number, s[4 * i + 1] as number];
  const b: XY = [s[4 * i + 2] as number, s[4 * i + 3] as number];
  return a[0] === b[0] && a[1] === b[1] ? distancePointToMultiPolygonM(a, g) : segmentToMultiPolygonM(a, b, g);
}

/**
 * The nearest road line or junction to the site (0 when a road touches or crosses it), or null for an empty layer.
 * The segment whose box is nearest the centroid bounds the answer; only segments whose boxes lie within that bound
 * of the site's box get the exact distance. Ties keep the feature that comes first in the file.
 */
export function nearestRoad(idx: RoadIndex, geometry: MultiPolygonXY): RoadDistance | null {
  if (!idx.index) return null;
  const centroid = multiPolygonCentroid(geometry);
  const seed = idx.index.neighbors(centroid[0], centroid[1], 1)[0];
  if (seed === undefined) return null;
  const bound = segmentDistance(idx, seed, geometry);
  const box = bboxOf(geometry);
  let best = Infinity;
  let bestSeg = -1;
  for (const i of idx.index.search(box[0] - bound, box[1] - bound, box[2] + bound, box[3] + bound)) {
    const d = segmentDistance(idx, i, geometry);
    if (d < best || (d === best && (idx.featureOf[i] as number) < (idx.featureOf[bestSeg] as number))) {
      best = d;
      bestSeg = i;
    }
  }
  if (bestSeg < 0) return null;
  const feature = idx.features[idx.featureOf[bestSeg] as number] as RoadFeature;
  return { distanceM: best as Meters, label: feature.label, kind: feature.points.length === 1 ? 'point' : 'line' };
}

/** The nearest road for each site, by id. */
export function roadDistances(
  layer: RoadLayer,
  sites: readonly { id: string; geometry: MultiPolygonXY }[],
): Map<string, RoadDistance> {
  const idx = buildRoadIndex(layer);
  const out = new Map<string, RoadDistance>();
  for (const site of sites) {
    const d = nearestRoad(idx, site.geometry);
    if (d) out.set(site.id, d);
  }
  return out;
}
