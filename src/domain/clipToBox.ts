// Clipping a multipolygon to a rectangle (Sutherland–Hodgman per ring), to hand the polygon clipper small inputs.
import type { BboxXY } from './geometry.ts';
import type { MultiPolygonXY, PolygonXY, RingXY, XY } from './types.ts';

type Inside = (p: XY) => boolean;
type Cross = (a: XY, b: XY) => XY;

function clipRingOneSide(ring: XY[], inside: Inside, cross: Cross): XY[] {
  const out: XY[] = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const cur = ring[i] as XY;
    const prev = ring[(i + n - 1) % n] as XY;
    const curIn = inside(cur);
    if (curIn) {
      if (!inside(prev)) out.push(cross(prev, cur));
      out.push(cur);
    } else if (inside(prev)) {
      out.push(cross(prev, cur));
    }
  }
  return out;
}

/**
 * Clips one ring to the box. A concave ring that leaves and re-enters the box comes back with zero-width
 * "bridges" along the box edge; they enclose no area, so areas and intersections stay exact as long as the box
 * is larger than what the result is intersected with (callers grow it by a margin).
 */
export function clipRingToBox(ring: RingXY, box: BboxXY): XY[] {
  const [minX, minY, maxX, maxY] = box;
  // Work on the open ring; the closing vertex would be duplicated otherwise.
  let pts: XY[] = ring.slice(0, ring.length > 1 && sameXY(ring[0] as XY, ring[ring.length - 1] as XY) ? -1 : undefined);
  const atX =
    (x: number): Cross =>
    (a, b) => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY =
    (y: number): Cross =>
    (a, b) => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  pts = clipRingOneSide(pts, (p) => p[0] >= minX, atX(minX));
  if (pts.length) pts = clipRingOneSide(pts, (p) => p[0] <= maxX, atX(maxX));
  if (pts.length) pts = clipRingOneSide(pts, (p) => p[1] >= minY, atY(minY));
  if (pts.length) pts = clipRingOneSide(pts, (p) => p[1] <= maxY, atY(maxY));
  return pts;
}

function sameXY(a: XY, b: XY): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Drops consecutive duplicates and closes the ring; null when fewer than 3 distinct vertices remain. */
function closeRing(pts: XY[]): XY[] | null {
  const out: XY[] = [];
  for (const p of pts) {
    const last = out[out.length - 1];
    if (!last || !sameXY(last, p)) out.push(p);
  }
  while (out.length > 1 && sameXY(out[0] as XY, out[out.length - 1] as XY)) out.pop();
  if (out.length < 3) return null;
  out.push(out[0] as XY);
  return out;
}

/** The part of a multipolygon inside the box (holes kept when they survive), as closed rings. */
export function clipMultiPolygonToBox(g: MultiPolygonXY, box: BboxXY): MultiPolygonXY {
  const result: PolygonXY[] = [];
  for (const polygon of g) {
    const outer = polygon[0];
    if (!outer) continue;
    const clippedOuter = closeRing(clipRingToBox(outer, box));
    if (!clippedOuter) continue;
    const rings: RingXY[] = [clippedOuter];
    for (let h = 1; h < polygon.length; h++) {
      const hole = closeRing(clipRingToBox(polygon[h] as RingXY, box));
      if (hole) rings.push(hole);
    }
    result.push(rings);
  }
  return result;
}
