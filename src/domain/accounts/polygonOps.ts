// Polygon boolean operations for the land accounts: the float sweep-line of polygon-clipping, with the exact
// (bignumber) polyclip-ts as a fallback when the float version gives up on a degenerate input.
import * as exact from 'polyclip-ts';
import fast from 'polygon-clipping';
import type { MultiPolygonXY, XY } from '../types.ts';

/** Mutable polygon arrays as both libraries take them. */
export type Geom = [number, number][][][];

export const EMPTY: Geom = [];

/**
 * polygon-clipping fails ("Unable to complete output ring", after a long search) on some inputs whose vertices lie
 * within a few ulps of another edge, as the results of earlier operations often do. Snapping every input to a
 * micrometre grid removed every such failure on 10 000 × 10 000 test polygons, and moves no area a daa figure can
 * show (a 1 km outline shifts by at most 0.5 µm: 0.0005 m²).
 */
const GRID_M = 1e-6;

function snap(g: Geom): Geom {
  return g.map((poly) =>
    poly.map((ring) =>
      ring.map((p) => [Math.round(p[0] / GRID_M) * GRID_M, Math.round(p[1] / GRID_M) * GRID_M] as [number, number]),
    ),
  );
}

/**
 * Measured on 12-gon clusters (union, intersection, two differences): polygon-clipping 0.18 ms, polyclip-ts
 * 2.3 ms per cluster. polygon-clipping throws on some near-degenerate inputs ("Unable to complete output
 * ring"); polyclip-ts handles those with exact arithmetic, so it is the fallback, not the default.
 */
function run(op: 'union' | 'intersection' | 'difference', first: Geom, rest: Geom[]): Geom {
  try {
    return fast[op](snap(first), ...rest.map(snap)) as Geom;
  } catch {
    return exact[op](first, ...rest) as Geom;
  }
}

export function unionAll(geoms: readonly Geom[]): Geom {
  const parts = geoms.filter((g) => g.length > 0);
  if (parts.length === 0) return EMPTY;
  if (parts.length === 1) return run('union', parts[0] as Geom, []);
  return run('union', parts[0] as Geom, parts.slice(1));
}

export function boxOf(g: Geom): [number, number, number, number] {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const poly of g)
    for (const [x, y] of poly[0] ?? []) {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  return [minX, minY, maxX, maxY];
}

/** False when the boxes are apart, so the operation's answer is known without running it. */
function mayOverlap(a: Geom, b: Geom): boolean {
  return boxesOverlap(boxOf(a), boxOf(b));
}

/** Interiors of the boxes meet (touching edges do not count: no area can come of them). */
export function boxesOverlap(p: readonly number[], q: readonly number[]): boolean {
  return (
    (p[0] as number) < (q[2] as number) &&
    (q[0] as number) < (p[2] as number) &&
    (p[1] as number) < (q[3] as number) &&
    (q[1] as number) < (p[3] as number)
  );
}

export function intersect(a: Geom, b: Geom): Geom {
  if (a.length === 0 || b.length === 0 || !mayOverlap(a, b)) return EMPTY;
  return run('intersection', a, [b]);
}

export function subtract(a: Geom, b: Geom): Geom {
  if (a.length === 0) return EMPTY;
  if (b.length === 0 || !mayOverlap(a, b)) return a;
  return run('difference', a, [b]);
}

/** A copy moved by (-ox, -oy): the clipper works near the origin, where doubles keep millimetres. */
export function toLocal(g: MultiPolygonXY, ox: number, oy: number): Geom {
  return g.map((poly) => poly.map((ring) => ring.map((p) => [p[0] - ox, p[1] - oy] as [number, number])));
}

export function toWorld(g: Geom, ox: number, oy: number): MultiPolygonXY {
  return g.map((poly) => poly.map((ring) => ring.map((p) => [p[0] + ox, p[1] + oy] as XY)));
}
