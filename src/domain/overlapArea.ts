// Exact planar overlap area of two multipolygons, in float, without building the intersection polygon.
//
// Why this works: a simple ring's winding number w(x) is 1 inside and 0 outside, and it is the signed sum of
// the indicator functions of the fan triangles (apex, p_i, p_i+1) over the ring's edges. So
//   area(S ∩ R) = ∫ w_S · w_R = Σ_{fan triangles T of R} sign(T) · ∫_T w_S,
// and ∫_T w_S is the signed shoelace area of S clipped to the (convex) triangle T by Sutherland–Hodgman: each
// half-plane step of Sutherland–Hodgman keeps the winding number inside the half-plane and zeroes it outside, even
// for a concave S (where it leaves zero-width "bridges" that enclose no area). Holes enter with the opposite sign.
// Every step is a convex clip of small rings, so the rounding error is a few ulps of the coordinates (shifted to
// a local origin first), not the failure modes of a general polygon clipper; the result changes continuously
// when a vertex moves onto a border, which is where sites on the nord/syd line sit.
import type { MultiPolygonXY } from './types.ts';

/** A ring as an open, flat [x0, y0, x1, y1, …] list relative to a local origin, with its sign (+1 shell, −1 hole). */
export interface LocalRing {
  xy: Float64Array;
  sign: number;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function signedArea(xy: ArrayLike<number>, n: number): number {
  let s = 0;
  for (let i = 0, j = n - 1; i < n; j = i++)
    s += (xy[2 * j] as number) * (xy[2 * i + 1] as number) - (xy[2 * i] as number) * (xy[2 * j + 1] as number);
  return s / 2;
}

/**
 * Rings of a multipolygon relative to (ox, oy), each signed so that shells count + and holes −, whatever the
 * file's ring orientation. Zero-area rings are left out (they contribute nothing).
 */
function localRings(g: MultiPolygonXY, ox: number, oy: number): LocalRing[] {
  const out: LocalRing[] = [];
  for (const polygon of g) {
    for (let r = 0; r < polygon.length; r++) {
      const ring = polygon[r] ?? [];
      let n = ring.length;
      if (n > 1 && ring[0]?.[0] === ring[n - 1]?.[0] && ring[0]?.[1] === ring[n - 1]?.[1]) n--;
      if (n < 3) continue;
      const xy = new Float64Array(2 * n);
      let minX = Infinity,
        minY = Infinity,
        maxX = -Infinity,
        maxY = -Infinity;
      for (let i = 0; i < n; i++) {
        const p = ring[i] as readonly [number, number];
        const x = p[0] - ox;
        const y = p[1] - oy;
        xy[2 * i] = x;
        xy[2 * i + 1] = y;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      const a = signedArea(xy, n);
      if (a === 0) continue;
      out.push({ xy, sign: (a > 0 ? 1 : -1) * (r === 0 ? 1 : -1), minX, minY, maxX, maxY });
    }
  }
  return out;
}

/**
 * One ring as localRings makes it, from `n` positions in a flat [x0, y0, x1, y1, …] list (open, absolute
 * coordinates): the same subtraction, box and sign; null for a zero-area ring (localRings leaves it out).
 * `outer`: the ring is its polygon's first.
 */
export function localRingFromFlat(
  src: Float64Array,
  n: number,
  ox: number,
  oy: number,
  outer: boolean,
): LocalRing | null {
  const xy = new Float64Array(2 * n);
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = (src[2 * i] as number) - ox;
    const y = (src[2 * i + 1] as number) - oy;
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const a = signedArea(xy, n);
  if (a === 0) return null;
  return { xy, sign: (a > 0 ? 1 : -1) * (outer ? 1 : -1), minX, minY, maxX, maxY };
}

// Scratch buffers for the clipper, grown on demand and reused between calls (no allocation per triangle).
let bufA = new Float64Array(64);
let bufB = new Float64Array(64);

/** Sutherland–Hodgman of `src` (n vertices) against the half-plane left of a→b, into `dst`; returns the count. */
function clipHalfPlane(
  src: Float64Array,
  n: number,
  dst: Float64Array,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const ex = bx - ax;
  const ey = by - ay;
  let m = 0;
  let px = src[2 * (n - 1)] as number;
  let py = src[2 * (n - 1) + 1] as number;
  let pd = ex * (py - ay) - ey * (px - ax);
  for (let i = 0; i < n; i++) {
    const cx = src[2 * i] as number;
    const cy = src[2 * i + 1] as number;
    const cd = ex * (cy - ay) - ey * (cx - ax);
    if (cd >= 0) {
      if (pd < 0) {
        const t = pd / (pd - cd);
        dst[m++] = px + t * (cx - px);
        dst[m++] = py + t * (cy - py);
      }
      dst[m++] = cx;
      dst[m++] = cy;
    } else if (pd >= 0) {
      const t = pd / (pd - cd);
      dst[m++] = px + t * (cx - px);
      dst[m++] = py + t * (cy - py);
    }
    px = cx;
    py = cy;
    pd = cd;
  }
  return m / 2;
}

/** Signed area of the ring clipped to the counter-clockwise triangle (a, b, c). */
function ringInTriangle(
  ring: LocalRing,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
): number {
  if (Math.max(ax, bx, cx) < ring.minX || Math.min(ax, bx, cx) > ring.maxX) return 0;
  if (Math.max(ay, by, cy) < ring.minY || Math.min(ay, by, cy) > ring.maxY) return 0;
  const n0 = ring.xy.length / 2;
  // Each half-plane adds at most one vertex.
  if (bufA.length < 2 * (n0 + 4)) {
    bufA = new Float64Array(4 * (n0 + 4));
    bufB = new Float64Array(4 * (n0 + 4));
  }
  let n = clipHalfPlane(ring.xy, n0, bufA, ax, ay, bx, by);
  if (n < 3) return 0;
  n = clipHalfPlane(bufA, n, bufB, bx, by, cx, cy);
  if (n < 3) return 0;
  n = clipHalfPlane(bufB, n, bufA, cx, cy, ax, ay);
  if (n < 3) return 0;
  return signedArea(bufA, n);
}

/**
 * Area (m²) of the overlap of `a` and `b` (EPSG:25832 multipolygons, valid: no self-crossing rings, holes inside
 * their shells). Coordinates are shifted by (ox, oy), which should be near both shapes, to keep the digits.
 */
export function overlapArea(a: MultiPolygonXY, b: MultiPolygonXY, ox: number, oy: number): number {
  return overlapAreaWith(localRingsOf(a, ox, oy), b);
}

/** `a`'s rings relative to (ox, oy), made once when one shape is measured against several (a site and its regions). */
export interface LocalRings {
  rings: LocalRing[];
  ox: number;
  oy: number;
}

export function localRingsOf(a: MultiPolygonXY, ox: number, oy: number): LocalRings {
  return { rings: localRings(a, ox, oy), ox, oy };
}

/** overlapArea(a, b, ox, oy) with a's rings already made by localRingsOf(a, ox, oy). */
export function overlapAreaWith(a: LocalRings, b: MultiPolygonXY): number {
  if (a.rings.length === 0) return 0;
  return overlapAreaOfRings(a.rings, localRings(b, a.ox, a.oy));
}

/**
 * overlapAreaWith(a, b) with b's rings made too, relative to a's origin (by localRings, or by localRingsInBox for
 * a shape cut to a box first).
 */
export function overlapAreaWithRings(a: LocalRings, ringsB: readonly LocalRing[]): number {
  if (a.rings.length === 0) return 0;
  return overlapAreaOfRings(a.rings, ringsB);
}

function overlapAreaOfRings(ringsA: readonly LocalRing[], ringsB: readonly LocalRing[]): number {
  let total = 0;
  for (const rb of ringsB) {
    const xy = rb.xy;
    const n = xy.length / 2;
    const apexX = xy[0] as number;
    const apexY = xy[1] as number;
    for (let i = 1; i < n - 1; i++) {
      const px = xy[2 * i] as number;
      const py = xy[2 * i + 1] as number;
      const qx = xy[2 * i + 2] as number;
      const qy = xy[2 * i + 3] as number;
      const cross = (px - apexX) * (qy - apexY) - (py - apexY) * (qx - apexX);
      if (cross === 0) continue;
      let sum = 0;
      for (const ra of ringsA) {
        const s =
          cross > 0
            ? ringInTriangle(ra, apexX, apexY, px, py, qx, qy)
            : -ringInTriangle(ra, apexX, apexY, qx, qy, px, py);
        sum += ra.sign * s;
      }
      total += rb.sign * sum;
    }
  }
  return total;
}
