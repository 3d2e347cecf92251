// Circular arcs (SOSI .BUEP/.SIRKELP/.BUE/.SIRKEL, GML Arc/Circle) as polylines whose vertices lie on the arc, within a
// stated tolerance.
export type Pt = readonly [number, number];

/**
 * Largest distance allowed between the true arc and the chord that replaces it (the sagitta), in the
 * file's units: 1 mm for metre CRSs. Keeping vertices on the arc makes the polygon slightly smaller than
 * the arc; for a radius r the relative area lost is about 4·tol/(3·r): 0.0013 % for r = 100 m.
 */
export const ARC_TOLERANCE_M = 0.001;
/** The same tolerance in degrees for geographic files (1 mm is about 1e-8° of latitude). */
export const ARC_TOLERANCE_DEG = 1e-8;

const TAU = 2 * Math.PI;
const mod = (a: number): number => ((a % TAU) + TAU) % TAU;

/** Centre and radius of the circle through three points; null when they are (nearly) on one line. */
export function circleThrough(a: Pt, b: Pt, c: Pt): { cx: number; cy: number; r: number } | null {
  // Shift to a's position first: plan coordinates are ~6e6 m, and squaring them would lose the decimals.
  const bx = b[0] - a[0],
    by = b[1] - a[1],
    cx = c[0] - a[0],
    cy = c[1] - a[1];
  const d = 2 * (bx * cy - by * cx);
  const scale = Math.max(Math.hypot(bx, by), Math.hypot(cx, cy));
  if (scale === 0 || Math.abs(d) < 1e-12 * scale * scale) return null;
  const b2 = bx * bx + by * by,
    c2 = cx * cx + cy * cy;
  const ux = (cy * b2 - by * c2) / d,
    uy = (bx * c2 - cx * b2) / d;
  return { cx: a[0] + ux, cy: a[1] + uy, r: Math.hypot(ux, uy) };
}

function steps(sweep: number, r: number, tol: number): number {
  const step = tol >= r ? Math.PI / 2 : 2 * Math.acos(1 - tol / r);
  return Math.max(2, Math.ceil(Math.abs(sweep) / step));
}

/**
 * The arc from `a` through `b` to `c` as points from a to c (both kept exactly). Three points on a line
 * give the line itself.
 */
export function arcThrough(a: Pt, b: Pt, c: Pt, tol: number): Pt[] {
  const circle = circleThrough(a, b, c);
  if (!circle) return [a, b, c];
  const { cx, cy, r } = circle;
  const a1 = Math.atan2(a[1] - cy, a[0] - cx);
  const d12 = mod(Math.atan2(b[1] - cy, b[0] - cx) - a1);
  const d13 = mod(Math.atan2(c[1] - cy, c[0] - cx) - a1);
  // Counter-clockwise when b lies between a and c going counter-clockwise; else clockwise the other way round.
  const sweep = d12 < d13 ? d13 : d13 - TAU;
  const n = steps(sweep, r, tol);
  const out: Pt[] = [a];
  for (let i = 1; i < n; i++) {
    const t = a1 + (sweep * i) / n;
    out.push([cx + r * Math.cos(t), cy + r * Math.sin(t)]);
  }
  out.push(c);
  return out;
}

/** The full circle through three points, starting and ending at `a`, in the direction a → b → c. */
export function circleRing(a: Pt, b: Pt, c: Pt, tol: number): Pt[] | null {
  const circle = circleThrough(a, b, c);
  if (!circle) return null;
  const { cx, cy, r } = circle;
  const a1 = Math.atan2(a[1] - cy, a[0] - cx);
  const ccw = mod(Math.atan2(b[1] - cy, b[0] - cx) - a1) < mod(Math.atan2(c[1] - cy, c[0] - cx) - a1);
  const sweep = ccw ? TAU : -TAU;
  const n = Math.max(8, steps(sweep, r, tol));
  const out: Pt[] = [a];
  for (let i = 1; i < n; i++) {
    const t = a1 + (sweep * i) / n;
    out.push([cx + r * Math.cos(t), cy + r * Math.sin(t)]);
  }
  out.push(a);
  return out;
}

/** Points from `first` (angle a1) sweeping `sweep` radians round (cx, cy) to `last`, both kept exactly. */
function sample(
  cx: number,
  cy: number,
  r: number,
  a1: number,
  sweep: number,
  first: Pt,
  last: Pt,
  tol: number,
  minSteps: number,
): Pt[] {
  const n = Math.max(minSteps, steps(sweep, r, tol));
  const out: Pt[] = [first];
  for (let i = 1; i < n; i++) {
    const t = a1 + (sweep * i) / n;
    out.push([cx + r * Math.cos(t), cy + r * Math.sin(t)]);
  }
  out.push(last);
  return out;
}

/**
 * SOSI .BUE: the arc from `a` to `c` on a circle of |radius|, as points from a to c. The sign gives the direction
 * (positive clockwise, negative counter-clockwise, seen with north up, as in Kartverket's FYBA library); `large`
 * (..STORBUE 1) takes the arc longer than a half circle. Null when the points are the same or further apart than
 * the diameter (no such circle). A chord of exactly the diameter gives the half circle.
 */
export function arcByRadius(a: Pt, c: Pt, radius: number, large: boolean, tol: number): Pt[] | null {
  const r = Math.abs(radius);
  const dx = c[0] - a[0],
    dy = c[1] - a[1];
  const d = Math.hypot(dx, dy);
  if (!(r > 0) || d === 0 || d > 2 * r * (1 + 1e-12)) return null;
  const h = Math.sqrt(Math.max(0, r * r - (d * d) / 4));
  const mx = a[0] + dx / 2,
    my = a[1] + dy / 2;
  // The centre lies left of a → c (seen along the chord) for a short counter-clockwise or a long clockwise arc.
  const left = radius < 0 !== large;
  const ux = -dy / d,
    uy = dx / d;
  const cx = left ? mx + h * ux : mx - h * ux;
  const cy = left ? my + h * uy : my - h * uy;
  const a1 = Math.atan2(a[1] - cy, a[0] - cx);
  const ccwSweep = mod(Math.atan2(c[1] - cy, c[0] - cx) - a1);
  const sweep = radius < 0 ? ccwSweep : ccwSweep - TAU;
  return sample(cx, cy, r, a1, sweep === -TAU ? 0 : sweep, a, c, tol, 2);
}

/** SOSI .SIRKEL: the full circle of `radius` round `centre`, counter-clockwise from its easternmost point. */
export function circleAround(centre: Pt, radius: number, tol: number): Pt[] | null {
  if (!(radius > 0) || !Number.isFinite(radius)) return null;
  const start: Pt = [centre[0] + radius, centre[1]];
  return sample(centre[0], centre[1], radius, 0, TAU, start, start, tol, 8);
}
