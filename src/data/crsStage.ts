// Stage 4 of reading a file: which CRS the coordinates are in (the user's choice, the file's crs member, or a guess from
// where the data lies) and whether the axes are swapped, from the mapped features' raw geometry.
import { CrsError, parseCrsMember } from '../domain/crsNames.ts';
import type { EpsgCode } from '../domain/types.ts';
import type { ParsedCollection } from './loadGeoJson.ts';
import { detectSwappedAxes, type SwappedAxes } from './plausibility.ts';
import type { Problem } from './problems.ts';
import type { RawGeometry, RawPosition } from './readGeometry.ts';
import { resolveCrs, type Bbox, type CrsDecision } from './resolveCrs.ts';

export interface CrsSettled {
  decision: CrsDecision;
  /** How the axes are swapped (a variant of `axes-swapped`), or null when they are not. */
  swapped: SwappedAxes;
  /** File-level problems so far: the reader's, the CRS decision's, and the swapped axes' warning. */
  problems: Problem[];
}

/** The CRS the user or the file states (not a guess), for deciding whether swapped axes are plausible. */
function declaredCrs(member: unknown, override: EpsgCode | undefined): EpsgCode | undefined {
  if (override !== undefined) return override;
  try {
    return parseCrsMember(member) ?? undefined;
  } catch (e) {
    if (e instanceof CrsError) return undefined;
    throw e;
  }
}

/** [minX, minY, maxX, maxY] over every position of the geometries, or null when there are none. */
function bboxOf(geometries: readonly RawGeometry[]): Bbox | null {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  // Plain loops over locals: bounds kept in a closure's context were boxed anew on every change (~40 MB of garbage
  // on 100 000 sites).
  for (const g of geometries) {
    if (g.kind === 'point') {
      const x = g.point[0];
      const y = g.point[1];
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
      continue;
    }
    for (const poly of g.polygons) {
      for (const ring of poly) {
        for (let i = 0; i < ring.length; i++) {
          const p = ring[i] as RawPosition;
          const x = p[0];
          const y = p[1];
          if (x < minX) minX = x;
          if (y < minY) minY = y;
          if (x > maxX) maxX = x;
          if (y > maxY) maxY = y;
        }
      }
    }
  }
  return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}

const firstPosition = (g: RawGeometry): RawPosition | undefined =>
  g.kind === 'point' ? g.point : g.polygons[0]?.[0]?.[0];

/** Settles the CRS for the geometries (in file order) of one file. */
export function settleCrs(
  parsed: ParsedCollection,
  geometries: readonly RawGeometry[],
  opts: { file: string; crs?: EpsgCode | undefined; referenceLngLatBbox?: Bbox | undefined },
): CrsSettled {
  const { file } = opts;
  const bbox0 = bboxOf(geometries);
  const swapped = detectSwappedAxes(bbox0, declaredCrs(parsed.crsMember, opts.crs));
  const bbox: Bbox | null = swapped && bbox0 ? [bbox0[1], bbox0[0], bbox0[3], bbox0[2]] : bbox0;
  const decision = resolveCrs({
    file,
    member: parsed.crsMember,
    override: opts.crs,
    bbox,
    referenceLngLatBbox: opts.referenceLngLatBbox,
  });
  const problems = [...(parsed.problems ?? []), ...decision.problems];
  const first = geometries[0];
  if (swapped && first) {
    const example = firstPosition(first) as RawPosition;
    problems.push({
      file,
      severity: 'warning',
      code: 'axes-swapped',
      variant: swapped,
      params: { example: `[${example[0]}, ${example[1]}]` },
    });
  }
  return { decision, swapped, problems };
}
