// Stage 5 of reading a file: a feature's raw geometry into EPSG:25832 (axes swapped back first), refusing degrees
// beyond the poles, numbers no CRS allows and positions proj4 cannot project; notes the first position outside Norway.
import { makeProjector } from '../domain/crs.ts';
import type { EpsgCode, MultiPolygonXY, XY } from '../domain/types.ts';
import type { FeatureReporter } from './featureReporter.ts';
import { implausibleIn, insideNorway } from './plausibility.ts';
import {
  coordText,
  whereParams,
  type ProjectedGeometry,
  type RawGeometry,
  type RawPolygons,
  type RawPosition,
  type Where,
} from './readGeometry.ts';
import { GEOGRAPHIC } from './resolveCrs.ts';

/** A position as problem params: `x`, `y` as written (rounded for reading). */
const posParams = (p: RawPosition): Record<string, string> => ({ x: coordText(p[0]), y: coordText(p[1]) });

class ProjectionFailure extends Error {
  constructor(
    readonly code: string,
    readonly params: Readonly<Record<string, string>>,
    readonly variant?: string,
  ) {
    super(code);
  }
}

/** The first position of a feature outside Norway: where in the geometry, as written, and projected. */
export interface Outside {
  where: Where;
  p: RawPosition;
  xy: XY;
}

export interface ProjectedFeature {
  geometry: ProjectedGeometry;
  /** The first position outside Norway, or null when every position is inside. */
  outside: Outside | null;
}

/** `where` may be reused by the caller for the next position: read it during the call, copy it to keep it. */
export type Project = (p: RawPosition, where: Where) => XY;

function projectPolygons(polygons: RawPolygons, project: Project): MultiPolygonXY {
  // One Where for every position, updated as it goes (Project reads it during the call): no object per position.
  const at = { polygon: 0, ring: 0, position: 0 };
  return polygons.map((poly, p) => poly.map((ring, r) => projectRing(ring, p, r, project, at)));
}

/**
 * A ring's positions through `project`. When every position comes back as itself (EPSG:25832 read as it is), the
 * read ring is handed on instead of a copy: neither is changed afterwards, and 100 000 sites make 115 000 rings.
 */
function projectRing(
  ring: readonly RawPosition[],
  p: number,
  r: number,
  project: Project,
  at: { polygon: number; ring: number; position: number },
): XY[] {
  let out: XY[] | null = null;
  for (let i = 0; i < ring.length; i++) {
    at.polygon = p + 1;
    at.ring = r + 1;
    at.position = i + 1;
    const pos = ring[i] as RawPosition;
    const xy = project(pos, at);
    if (out !== null) out.push(xy);
    else if (xy !== pos) {
      out = ring.slice(0, i) as XY[];
      out.push(xy);
    }
  }
  return out ?? (ring as XY[]);
}

/**
 * A projector for the features of one file in `crs` (its axes swapped back when `swapped`): a feature's geometry in
 * EPSG:25832, or null with the error reported to the feature's reporter.
 */
export function featureProjector(
  crs: EpsgCode,
  swapped: boolean,
): (geometry: RawGeometry, report: FeatureReporter) => ProjectedFeature | null {
  const toXY = makeProjector(crs);
  const geographic = GEOGRAPHIC.has(crs);
  // Already in EPSG:25832 and the right way round: the position read is the projected one (nothing to convert, and
  // positions are never changed afterwards), so no second array per position.
  const unchanged = crs === 25832 && !swapped;
  return (geometry, report) => {
    let away: Outside | null = null;
    const project: Project = (p0, at) => {
      const p: RawPosition = swapped ? [p0[1], p0[0]] : p0;
      // proj4 returns plausible-looking numbers for latitudes beyond the poles, so check degrees first.
      if (geographic && (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)) {
        throw new ProjectionFailure(
          'projection-failed',
          { ...whereParams(at), x: String(p[0]), y: String(p[1]), crs: String(crs) },
          'degrees',
        );
      }
      const range = implausibleIn(crs, p);
      if (range !== null) {
        throw new ProjectionFailure(
          'coordinate-absurd',
          { ...whereParams(at), ...posParams(p), crs: String(crs) },
          range,
        );
      }
      let xy: XY | undefined;
      if (unchanged && p.length === 2) xy = p as XY;
      else {
        try {
          xy = toXY(p);
        } catch {
          xy = undefined;
        }
      }
      if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) {
        throw new ProjectionFailure('projection-failed', {
          ...whereParams(at),
          x: String(p[0]),
          y: String(p[1]),
          crs: String(crs),
        });
      }
      if (away === null && !insideNorway(xy)) away = { where: { ...at }, p, xy };
      return xy;
    };
    try {
      const projected: ProjectedGeometry =
        geometry.kind === 'point'
          ? { kind: 'point', point: project(geometry.point, { point: geometry.at }) }
          : { kind: 'polygons', polygons: projectPolygons(geometry.polygons, project) };
      return { geometry: projected, outside: away };
    } catch (e) {
      if (!(e instanceof ProjectionFailure)) throw e;
      return report.error(e.code, e.params, e.variant);
    }
  };
}
