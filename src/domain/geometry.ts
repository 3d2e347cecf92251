// Planar geometry on EPSG:25832 coordinates: area, centroid, point-in-polygon, distance, bbox.
import type { Meters, MultiPolygonXY, RingXY, SquareMeters, XY } from './types.ts';

/** [minX, minY, maxX, maxY] in metres. */
export type BboxXY = [number, number, number, number];

/**
 * Signed shoelace area of a ring (counter-clockwise positive), m².
 * Coordinates are taken relative to the first vertex: UTM northings are ~6.6e6, and products of such large
 * numbers lose the centimetres that small sites are made of (PostGIS uses the same trick).
 */
export function ringSignedAreaM2(ring: RingXY): number {
  const n = ring.length;
  if (n < 3) return 0;
  const first = ring[0] as XY;
  const x0 = first[0];
  const y0 = first[1];
  let twice = 0;
  let prevX = 0;
  let prevY = 0;
  for (let i = 1; i < n; i++) {
    const p = ring[i] as XY;
    const x = p[0] - x0;
    const y = p[1] - y0;
    twice += prevX * y - x * prevY;
    prevX = x;
    prevY = y;
  }
  // The closing edge back to the origin contributes 0 (origin is (0, 0) in local coordinates).
  return twice / 2;
}

/** Unsigned area of one ring, m². Example: the ring of a 100 × 200 m rectangle gives 20 000. */
export function ringAreaM2(ring: RingXY): SquareMeters {
  return Math.abs(ringSignedAreaM2(ring)) as SquareMeters;
}

/** Thrown when a geometry that skipped the validity check (src/domain/validity.ts) would give an impossible area. */
export class InvalidAreaError extends Error {
  constructor(readonly area: number) {
    super(
      `the polygon's area comes out as ${area} m²: it is not a valid polygon (check it with findInvalidity, or repair it)`,
    );
    this.name = 'InvalidAreaError';
  }
}

/**
 * Area of a multipolygon in m²: each outer ring minus its holes (what PostGIS ST_Area gives in EPSG:25832).
 * Only right for valid geometry (the loaders check it); a negative or non-finite result, which only invalid
 * geometry gives (e.g. a hole larger than its outer ring), throws InvalidAreaError rather than pass on a wrong figure.
 */
export function multiPolygonAreaM2(g: MultiPolygonXY): SquareMeters {
  let total = 0;
  for (const polygon of g) {
    for (let r = 0; r < polygon.length; r++) {
      const a = Math.abs(ringSignedAreaM2(polygon[r] as RingXY));
      total += r === 0 ? a : -a;
    }
  }
  // A rounding remainder of a hole that fills its shell exactly is not a negative area.
  if (total < 0 && total > -1e-6) total = 0;
  if (!(total >= 0) || !Number.isFinite(total)) throw new InvalidAreaError(total);
  return total as SquareMeters;
}

/** Bounding box of all vertices; [Infinity, Infinity, -Infinity, -Infinity] when there are none. */
export function bboxOf(g: MultiPolygonXY): BboxXY {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygon of g) {
    // Holes lie inside the outer ring, so only the outer ring decides the box.
    const outer = polygon[0];
    if (!outer) continue;
    for (const p of outer) {
      if (p[0] < minX) minX = p[0];
      if (p[0] > maxX) maxX = p[0];
      if (p[1] < minY) minY = p[1];
      if (p[1] > maxY) maxY = p[1];
    }
  }
  return [minX, minY, maxX, maxY];
}

/**
 * Area-weighted centroid (the centre of mass, as PostGIS ST_Centroid for polygons). Holes count negative.
 * Falls back to the mean of the vertices when the area is zero (degenerate input).
 */
export function multiPolygonCentroid(g: MultiPolygonXY): XY {
  let first: XY | undefined;
  let sumA = 0;
  let sumX = 0;
  let sumY = 0;
  let vx = 0;
  let vy = 0;
  let vn = 0;
  for (const polygon of g) {
    for (let r = 0; r < polygon.length; r++) {
      const ring = polygon[r] as RingXY;
      if (ring.length === 0) continue;
      first ??= ring[0] as XY;
      const ox = first[0];
      const oy = first[1];
      let a2 = 0;
      let cx = 0;
      let cy = 0;
      for (let i = 0; i < ring.length; i++) {
        const p = ring[i] as XY;
        const q = ring[(i + 1) % ring.length] as XY;
        const px = p[0] - ox;
        const py = p[1] - oy;
        const qx = q[0] - ox;
        const qy = q[1] - oy;
        const cross = px * qy - qx * py;
        a2 += cross;
        cx += (px + qx) * cross;
        cy += (py + qy) * cross;
        vx += px;
        vy += py;
        vn++;
      }
      // Orient each ring so the outer counts positive and holes negative, whatever their winding in the file.
      const sign = (r === 0) === a2 >= 0 ? 1 : -1;
      sumA += sign * a2;
      sumX += sign * cx;
      sumY += sign * cy;
    }
  }
  if (!first) return [NaN, NaN];
  if (Math.abs(sumA) < 1e-9) return [first[0] + vx / vn, first[1] + vy / vn];
  // Σ(x_i + x_{i+1})·cross / (3 · Σcross) = centroid x (cross = twice the signed triangle area).
  return [first[0] + sumX / (3 * sumA), first[1] + sumY / (3 * sumA)];
}

/** Even-odd test of one ring (the ring may be closed or not). */
function insideRing(x: number, y: number, ring: RingXY): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[i] as XY;
    const b = ring[j] as XY;
    if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/** True when the point is inside an outer ring and not inside one of its holes. Boundary points may go either way. */
export function pointInMultiPolygon(p: XY, g: MultiPolygonXY): boolean {
  const x = p[0];
  const y = p[1];
  for (const polygon of g) {
    const outer = polygon[0];
    if (!outer || !insideRing(x, y, outer)) continue;
    let inHole = false;
    for (let h = 1; h < polygon.length; h++) {
      if (insideRing(x, y, polygon[h] as RingXY)) {
        inHole = true;
        break;
      }
    }
    if (!inHole) return true;
  }
  return false;
}

/** Squared distance from (x, y) to the segment a–b. */
export function segmentDistanceSquared(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  let t = 0;
  const len2 = dx * dx + dy * dy;
  if (len2 > 0) {
    t = ((x - ax) * dx + (y - ay) * dy) / len2;
    if (t < 0) t = 0;
    else if (t > 1) t = 1;
  }
  const ex = ax + t * dx - x;
  const ey = ay + t * dy - y;
  return ex * ex + ey * ey;
}

/** Shortest distance from the point to the boundary of any ring (outer or hole), m. */
export function distancePointToBoundaryM(p: XY, g: MultiPolygonXY): Meters {
  const x = p[0];
  const y = p[1];
  let best = Infinity;
  for (const polygon of g) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[i] as XY;
        const b = ring[j] as XY;
        const d2 = segmentDistanceSquared(x, y, a[0], a[1], b[0], b[1]);
        if (d2 < best) best = d2;
      }
    }
  }
  return Math.sqrt(best) as Meters;
}

/**
 * Distance from a point to a multipolygon, m: 0 inside, else the distance to the nearest edge.
 * A point in a hole is outside: its distance is to the hole's edge.
 */
export function distancePointToMultiPolygonM(p: XY, g: MultiPolygonXY): Meters {
  if (pointInMultiPolygon(p, g)) return 0 as Meters;
  return distancePointToBoundaryM(p, g);
}

/** Straight-line distance between two points, m. */
export function distanceM(a: XY, b: XY): Meters {
  return Math.hypot(a[0] - b[0], a[1] - b[1]) as Meters;
}

/** Twice the signed area of the triangle a, b, c: > 0 when c lies left of a→b, 0 when the three are collinear. */
export function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** Closed-segment intersection test for a–b and c–d: touching and collinear overlap count. */
export function segmentsTouch(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)) return false;
  if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return false;
  const d1 = orient(cx, cy, dx, dy, ax, ay);
  const d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy);
  const d4 = orient(ax, ay, bx, by, dx, dy);
  return ((d1 <= 0 && d2 >= 0) || (d1 >= 0 && d2 <= 0)) && ((d3 <= 0 && d4 >= 0) || (d3 >= 0 && d4 <= 0));
}

/** Proper crossing of a–b and c–d: each segment has the other's ends strictly on both sides (touching does not count). */
export function segmentsCross(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const d1 = orient(cx, cy, dx, dy, ax, ay);
  const d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy);
  const d4 = orient(ax, ay, bx, by, dx, dy);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}
