// Polygon boolean operations for the land accounts: the float sweep-line of polygon-clipping, with the exact
// (bignumber) polyclip-ts as a fallback when the float version gives up on a degenerate input.
import * as exact from 'polyclip-ts';
import fast from 'polygon-clipping';
import type { MultiPolygonXY, XY } from '../types.ts';

/** Mutable polygon arrays as both libraries take them. */
export type Geom = [number, number][][][];

export const EMPTY: Geom = [];

/**
 * Measured on 12-gon clusters (union, intersection, two differences): polygon-clipping 0.18 ms, polyclip-ts
 * 2.3 ms per cluster. polygon-clipping throws on some near-degenerate inputs ("Unable to complete output
 * ring"); polyclip-ts handles those with exact arithmetic, so it is the fallback, not the default.
 */
function run(op: 'union' | 'intersection' | 'difference', first: Geom, rest: Geom[]): Geom {
  try {
    return fast[op](first, ...rest) as Geom;
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

export function intersect(a: Geom, b: Geom): Geom {
  if (a.length === 0 || b.length === 0) return EMPTY;
  return run('intersection', a, [b]);
}

export function subtract(a: Geom, b: Geom): Geom {
  if (a.length === 0) return EMPTY;
  if (b.length === 0) return a;
  return run('difference', a, [b]);
}

/** A copy moved by (-ox, -oy): the clipper works near the origin, where doubles keep millimetres. */
export function toLocal(g: MultiPolygonXY, ox: number, oy: number): Geom {
  return g.map((poly) => poly.map((ring) => ring.map((p) => [p[0] - ox, p[1] - oy] as [number, number])));
}

export function toWorld(g: Geom, ox: number, oy: number): MultiPolygonXY {
  return g.map((poly) => poly.map((ring) => ring.map((p) => [p[0] + ox, p[1] + oy] as XY)));
}
