// Planar checks (EPSG:25832 metres) used only to validate the generated data; area, centroid and point-in-polygon
// come from the engine (src/domain/geometry.ts) so the data is checked with the same code that measures it.
import { pointInMultiPolygon } from '../../src/domain/geometry.ts';
import type { Position } from './projection.ts';

export {
  multiPolygonAreaM2, multiPolygonCentroid, pointInMultiPolygon, ringSignedAreaM2,
} from '../../src/domain/geometry.ts';

export type Ring = Position[];
export type Polygon = Ring[];
export type MultiPolygon = Polygon[];

export function pointInRing(p: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function orientation(a: Position, b: Position, c: Position): number {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** True when segments ab and cd share any point (collinear overlaps included). */
export function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  const onSeg = (p: Position, q: Position, r: Position) =>
    Math.min(p[0], r[0]) <= q[0] && q[0] <= Math.max(p[0], r[0]) && Math.min(p[1], r[1]) <= q[1] && q[1] <= Math.max(p[1], r[1]);
  return (o1 === 0 && onSeg(a, c, b)) || (o2 === 0 && onSeg(a, d, b)) || (o3 === 0 && onSeg(c, a, d)) || (o4 === 0 && onSeg(c, b, d));
}

export function pointSegmentDistanceM(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function segments(mp: MultiPolygon): Array<[Position, Position]> {
  const out: Array<[Position, Position]> = [];
  for (const polygon of mp) for (const ring of polygon) for (let i = 0; i + 1 < ring.length; i++) out.push([ring[i] as Position, ring[i + 1] as Position]);
  return out;
}

function vertices(mp: MultiPolygon): Position[] {
  return mp.flatMap((polygon) => polygon.flatMap((ring) => ring));
}

/** Distance from a point to the nearest boundary segment of a multipolygon. */
export function distanceToBoundaryM(p: Position, mp: MultiPolygon): number {
  let best = Infinity;
  for (const [a, b] of segments(mp)) best = Math.min(best, pointSegmentDistanceM(p, a, b));
  return best;
}

/** 0 when the two areas touch or overlap, else the smallest gap between their boundaries. */
export function multiPolygonGapM(a: MultiPolygon, b: MultiPolygon): number {
  const sa = segments(a);
  const sb = segments(b);
  for (const [p, q] of sa) for (const [r, s] of sb) if (segmentsIntersect(p, q, r, s)) return 0;
  if (vertices(a).some((v) => pointInMultiPolygon(v, b)) || vertices(b).some((v) => pointInMultiPolygon(v, a))) return 0;
  let best = Infinity;
  for (const v of vertices(a)) for (const [r, s] of sb) best = Math.min(best, pointSegmentDistanceM(v, r, s));
  for (const v of vertices(b)) for (const [p, q] of sa) best = Math.min(best, pointSegmentDistanceM(v, p, q));
  return best;
}

/** True when no two non-adjacent edges of the ring cross (the ring is simple). */
export function ringIsSimple(ring: readonly Position[]): boolean {
  const n = ring.length - 1;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (j === i + 1 || (i === 0 && j === n - 1)) continue;
      if (segmentsIntersect(ring[i] as Position, ring[i + 1] as Position, ring[j] as Position, ring[j + 1] as Position)) return false;
    }
  }
  return true;
}
