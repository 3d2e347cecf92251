// Clipping a multipolygon to a rectangle (Sutherland–Hodgman per ring), to hand the polygon clipper small inputs.
import type { BboxXY } from './geometry.ts';
import { localRingFromFlat, type LocalRing } from './overlapArea.ts';
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

// Two scratch lists of positions ([x0, y0, x1, y1, …]) for localRingsInBox, grown on demand and reused.
const scratch: [Float64Array, Float64Array] = [new Float64Array(512), new Float64Array(512)];

/** Scratch list k with room for `doubles` numbers (its old content is not kept when it grows). */
function room(k: 0 | 1, doubles: number): Float64Array {
  if ((scratch[k] as Float64Array).length < doubles)
    scratch[k] = new Float64Array(Math.max(doubles, 2 * (scratch[k] as Float64Array).length));
  return scratch[k] as Float64Array;
}

/**
 * clipRingOneSide on a flat list: keeps the side of the line `axis = v` where the coordinate is ≥ v (`above`) or
 * ≤ v, with the same crossing points computed the same way (atX / atY of clipRingToBox). Returns the count.
 */
function clipSideFlat(src: Float64Array, n: number, dst: Float64Array, axis: 0 | 1, v: number, above: boolean): number {
  let m = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + n - 1) % n;
    const cx = src[2 * i] as number;
    const cy = src[2 * i + 1] as number;
    const px = src[2 * j] as number;
    const py = src[2 * j + 1] as number;
    const c = axis === 0 ? cx : cy;
    const p = axis === 0 ? px : py;
    const curIn = above ? c >= v : c <= v;
    const prevIn = above ? p >= v : p <= v;
    if (curIn === prevIn && !curIn) continue;
    if (curIn !== prevIn) {
      // The crossing from prev to cur, as atX(v)(prev, cur) or atY(v)(prev, cur).
      if (axis === 0) {
        dst[m++] = v;
        dst[m++] = py + ((cy - py) * (v - px)) / (cx - px);
      } else {
        dst[m++] = px + ((cx - px) * (v - py)) / (cy - py);
        dst[m++] = v;
      }
    }
    if (curIn) {
      dst[m++] = cx;
      dst[m++] = cy;
    }
  }
  return m / 2;
}

/**
 * `localRings(clipMultiPolygonToBox(g, box), ox, oy)` of overlapArea.ts, to the last bit, without the intermediate
 * rings of positions: every clip step works on flat scratch lists, and only the rings handed on are allocated.
 * `parts` is `clipMultiPolygonToBox(g, box).length` (the polygons whose outer ring survives the cut), which can be
 * more than the polygons with rings when a surviving ring encloses no area.
 */
export function localRingsInBox(
  g: MultiPolygonXY,
  box: BboxXY,
  ox: number,
  oy: number,
): { rings: LocalRing[]; parts: number } {
  const rings: LocalRing[] = [];
  let parts = 0;
  for (const polygon of g) {
    const outer = polygon[0];
    if (!outer) continue;
    for (let r = 0; r < polygon.length; r++) {
      const n = clipRingToBoxFlat(polygon[r] as RingXY, box);
      if (n === 0) {
        // closeRing gave null: an outer ring that does not survive drops its whole polygon, a hole only itself.
        if (r === 0) break;
        continue;
      }
      if (r === 0) parts++;
      // The ring as closeRing closed it, read by localRings (which drops the closing position again): n positions.
      const ring = localRingFromFlat(scratch[0], n, ox, oy, r === 0);
      if (ring) rings.push(ring);
    }
  }
  return { rings, parts };
}

/**
 * clipRingToBox then closeRing's clean-up (consecutive duplicates dropped, no repeated first position at the end),
 * into scratch[0]; returns the count of open positions, 0 when fewer than 3 distinct ones remain (closeRing's null).
 */
function clipRingToBoxFlat(ring: RingXY, box: BboxXY): number {
  const [minX, minY, maxX, maxY] = box;
  let n = ring.length;
  if (n > 1 && sameXY(ring[0] as XY, ring[n - 1] as XY)) n--;
  let a = room(0, 2 * n);
  for (let i = 0; i < n; i++) {
    const p = ring[i] as XY;
    a[2 * i] = p[0];
    a[2 * i + 1] = p[1];
  }
  // Each step keeps at most two positions per position it is given.
  let b = room(1, 4 * n);
  n = clipSideFlat(a, n, b, 0, minX, true);
  a = room(0, 4 * n);
  n = clipSideFlat(b, n, a, 0, maxX, false);
  b = room(1, 4 * n);
  n = clipSideFlat(a, n, b, 1, minY, true);
  a = room(0, 4 * n);
  n = clipSideFlat(b, n, a, 1, maxY, false);
  // closeRing: drop a position equal to the one kept before it, then trailing copies of the first.
  let m = 0;
  for (let i = 0; i < n; i++) {
    const x = a[2 * i] as number;
    const y = a[2 * i + 1] as number;
    if (m > 0 && a[2 * (m - 1)] === x && a[2 * (m - 1) + 1] === y) continue;
    a[2 * m] = x;
    a[2 * m + 1] = y;
    m++;
  }
  while (m > 1 && a[0] === a[2 * (m - 1)] && a[1] === a[2 * (m - 1) + 1]) m--;
  return m < 3 ? 0 : m;
}
