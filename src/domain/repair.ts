// Explicit geometry repair, the way PostGIS ST_MakeValid(g, 'method=structure') rebuilds a polygon, and the area
// before/after.
import { difference, intersection, union, type Geom } from 'polyclip-ts';
import { ringAreaM2 } from './geometry.ts';
import type { MultiPolygonXY, XY } from './types.ts';

type Ring = [number, number][];

export interface Repair {
  /** The rebuilt geometry; empty ([]) when nothing with an area is left (e.g. a ring of collinear points). */
  geometry: MultiPolygonXY;
  /**
   * The area as drawn: every outer ring minus every hole, as a shoelace sum would give it (and PostGIS
   * ST_Area on the invalid input). Can be negative or count overlaps twice; that is why it is not used.
   */
  drawnAreaM2: number;
  /** The area of the rebuilt geometry, m² (≥ 0). */
  repairedAreaM2: number;
}

/** Area as drawn: outer rings plus, holes minus, with no regard to validity. */
export function drawnAreaM2(g: MultiPolygonXY): number {
  let total = 0;
  for (const polygon of g) polygon.forEach((ring, r) => (total += r === 0 ? ringAreaM2(ring) : -ringAreaM2(ring)));
  return total;
}

/**
 * Rebuilds a valid multipolygon. Each ring is read by the non-zero winding rule (a bow-tie becomes its two
 * triangles, a ring drawn twice round counts once); per polygon the holes that meet its outer ring are
 * subtracted from it (a hole larger than its shell leaves nothing), while a hole wholly outside becomes a
 * polygon of its own, as GEOS does; the polygons are then merged, so overlapping parts count once. This is
 * ST_MakeValid's 'structure' method (checked against PostGIS 3.3 by scripts/crosscheck-validity.ts).
 * Coordinates are shifted to a local origin first: the clipping library works best on small numbers.
 * Throws RepairFailed when the clipping library cannot finish (it happens on some near-degenerate input).
 */
export class RepairFailed extends Error {}

export function repairMultiPolygon(g: MultiPolygonXY): Repair {
  try {
    return rebuild(g);
  } catch (e) {
    throw new RepairFailed(e instanceof Error ? e.message : String(e));
  }
}

function rebuild(g: MultiPolygonXY): Repair {
  const origin = g[0]?.[0]?.[0] ?? ([0, 0] as XY);
  const [ox, oy] = origin;
  const local = (ring: readonly XY[]): Ring => ring.map(([x, y]) => [x - ox, y - oy]);
  const parts: Geom[] = [];
  for (const polygon of g) {
    const outer = polygon[0];
    if (!outer || outer.length < 4) continue;
    let shell: Geom = union([local(outer)]);
    const cut: Geom[] = [];
    for (const h of polygon.slice(1)) {
      if (h.length < 4) continue;
      const hole: Geom = union([local(h)]);
      // GEOS keeps a "hole" that lies wholly outside its shell as a polygon of its own (measured with PostGIS 3.3).
      if (intersection(shell, hole).length === 0) parts.push(hole);
      else cut.push(hole);
    }
    if (cut.length > 0) shell = difference(shell, ...cut);
    if (shell.length > 0) parts.push(shell);
  }
  const merged = parts.length === 0 ? [] : union(parts[0] as Geom, ...parts.slice(1));
  const geometry: MultiPolygonXY = merged.map((poly) => poly.map((ring) => ring.map(([x, y]): XY => [x + ox, y + oy])));
  return { geometry, drawnAreaM2: drawnAreaM2(g), repairedAreaM2: drawnAreaM2(geometry) };
}

/**
 * Merges valid multipolygons into one valid multipolygon (a dissolve): shared borders go, overlaps count
 * once. Simply listing the parts together would share edges, which OGC validity forbids.
 */
export function unionMultiPolygons(parts: readonly MultiPolygonXY[]): MultiPolygonXY {
  const first = parts.find((p) => p.length > 0);
  if (!first) return [];
  const [ox, oy] = first[0]?.[0]?.[0] ?? ([0, 0] as XY);
  const local = (g: MultiPolygonXY): Geom =>
    g.map((poly) => poly.map((ring) => ring.map(([x, y]): [number, number] => [x - ox, y - oy])));
  const geoms = parts.filter((p) => p.length > 0).map(local);
  const merged = union(geoms[0] as Geom, ...geoms.slice(1));
  return merged.map((poly) => poly.map((ring) => ring.map(([x, y]): XY => [x + ox, y + oy])));
}
