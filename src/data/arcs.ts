// Circular arcs (SOSI .BUEP/.SIRKELP, GML Arc/Circle) as polylines whose vertices lie on the arc, within a stated tolerance.
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
  const bx = b[0] - a[0], by = b[1] - a[1], cx = c[0] - a[0], cy = c[1] - a[1];
  const d = 2 * (bx * cy - by * cx);
  const scale = Math.max(Math.hypot(bx, by), Math.hypot(cx, cy));
  if (scale === 0 || Math.abs(d) < 1e-12 * scale * scale) return null;
  const b2 = bx * bx + by * by, c2 = cx * cx + cy * cy;
  const ux = (cy * b2 - by * c2) / d, uy = (bx * c2 - cx * b2) / d;
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
