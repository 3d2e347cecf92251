// Reads a road layer the user loads (GeoJSON lines for the main roads, or points for their junctions, e.g. an NVDB
// export) into EPSG:25832, with the counts a preview shows. Nothing here invents a road: no file, no layer.
import { ASKER_LNGLAT_BBOX, makeProjector, toLngLat } from '../domain/crs.ts';
import type { RoadFeature, RoadLayer } from '../domain/roadDistance.ts';
import type { EpsgCode, XY } from '../domain/types.ts';
import { ownMember, parseGeoJsonText, type ParsedFeature } from './loadGeoJson.ts';
import { DataError, type Problem } from './problems.ts';
import { resolveCrs, type CrsSource } from './resolveCrs.ts';

/** Properties read, in this order, as the road's name or number ("E18", "Fv165", "Slemmestadveien"). */
export const ROAD_LABEL_FIELDS = ['vegnummer', 'ref', 'vegreferanse', 'name', 'navn', 'gatenavn'] as const;

export interface RoadLayerSummary {
  lines: number;
  junctions: number;
  /** Features left out (not a line or point, or bad coordinates). */
  skipped: number;
  /** Total line length, km (planar, EPSG:25832). */
  lengthKm: number;
  crs: EpsgCode;
  crsSource: CrsSource;
  /** Up to five distinct names/numbers, in file order. */
  labels: string[];
  /** False when no vertex lies within the kommune's lon/lat box (default Asker's): probably the wrong file or the wrong
   * CRS. */
  nearKommune: boolean;
}

export interface RoadLayerRead {
  layer: RoadLayer;
  summary: RoadLayerSummary;
  problems: Problem[];
}

type Raw = { kind: 'line' | 'point'; coords: number[][] }[];

function isPosition(c: unknown): c is number[] {
  return Array.isArray(c) && c.length >= 2 && Number.isFinite(c[0]) && Number.isFinite(c[1]);
}

/** Why a road feature cannot be used: the variant of `road-feature-skipped`, and its params. */
interface Unusable {
  variant: string;
  params?: Record<string, string>;
}

/** The lines and points of one geometry, or why it cannot be used. */
function rawParts(geometry: unknown): Raw | Unusable {
  const type = ownMember(geometry, 'type');
  const coords = ownMember(geometry, 'coordinates');
  const asLine = (c: unknown): number[][] | null =>
    Array.isArray(c) && c.length >= 2 && c.every(isPosition) ? (c as number[][]) : null;
  if (type === 'LineString') {
    const l = asLine(coords);
    return l ? [{ kind: 'line', coords: l }] : { variant: 'linestring' };
  }
  if (type === 'MultiLineString') {
    if (!Array.isArray(coords) || coords.length === 0) return { variant: 'multilinestring' };
    const lines = coords.map(asLine);
    return lines.every((l) => l !== null)
      ? lines.map((l) => ({ kind: 'line' as const, coords: l as number[][] }))
      : { variant: 'multilinestring-line' };
  }
  if (type === 'Point') return isPosition(coords) ? [{ kind: 'point', coords: [coords] }] : { variant: 'point' };
  if (type === 'MultiPoint') {
    return Array.isArray(coords) && coords.length > 0 && coords.every(isPosition)
      ? coords.map((c) => ({ kind: 'point' as const, coords: [c as number[]] }))
      : { variant: 'multipoint' };
  }
  return typeof type === 'string' ? { variant: 'type', params: { type } } : { variant: 'untyped' };
}

function labelOf(f: ParsedFeature): string | null {
  for (const key of ROAD_LABEL_FIELDS) {
    const v = f.properties[key];
    if (typeof v === 'string' && v.trim() !== '') return v.trim().slice(0, 80);
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return null;
}

/** Throws DataError when the file is not GeoJSON or holds no usable road line or junction. */
/** `referenceLngLatBbox`: where the kommune profile's data lies ([minLon, minLat, maxLon, maxLat]); default Asker. */
export function readRoadLayer(
  text: string,
  file: string,
  referenceLngLatBbox: readonly [number, number, number, number] = ASKER_LNGLAT_BBOX,
): RoadLayerRead {
  const parsed = parseGeoJsonText(text, file);
  const problems: Problem[] = [];
  const kept: { f: ParsedFeature; parts: Raw }[] = [];
  for (const f of parsed.features) {
    const id = f.id === undefined ? undefined : String(f.id);
    const parts: Raw | Unusable = f.isFeature ? rawParts(f.geometry) : { variant: 'not-a-feature', params: f.what };
    if (!Array.isArray(parts)) {
      problems.push({
        file,
        severity: 'warning',
        code: 'road-feature-skipped',
        variant: parts.variant,
        featureIndex: f.index,
        ...(id === undefined ? {} : { featureId: id }),
        ...(parts.params === undefined ? {} : { params: parts.params }),
      });
    } else {
      kept.push({ f, parts });
    }
  }
  if (kept.length === 0) {
    throw new DataError({ file, code: 'road-none' }, problems);
  }
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const { parts } of kept)
    for (const p of parts)
      for (const c of p.coords) {
        minX = Math.min(minX, c[0] as number);
        minY = Math.min(minY, c[1] as number);
        maxX = Math.max(maxX, c[0] as number);
        maxY = Math.max(maxY, c[1] as number);
      }
  const crs = resolveCrs({ file, member: parsed.crsMember, bbox: [minX, minY, maxX, maxY] });
  problems.push(...crs.problems);
  const fatal = crs.problems.find((p) => p.severity === 'error');
  if (fatal) throw new DataError(fatal, problems);
  const project = makeProjector(crs.crs);

  const features: RoadFeature[] = [];
  let lengthM = 0;
  let nearKommune = false;
  const [w, s, e, n] = referenceLngLatBbox;
  const labels: string[] = [];
  for (const { f, parts } of kept) {
    const label = labelOf(f);
    if (label !== null && labels.length < 5 && !labels.includes(label)) labels.push(label);
    for (const part of parts) {
      const points: XY[] = part.coords.map((c) => project(c));
      if (!points.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))) continue;
      for (let i = 1; i < points.length; i++)
        lengthM += Math.hypot(
          (points[i] as XY)[0] - (points[i - 1] as XY)[0],
          (points[i] as XY)[1] - (points[i - 1] as XY)[1],
        );
      if (!nearKommune) {
        nearKommune = points.some((p) => {
          const [lon, lat] = toLngLat(p);
          return lon >= w && lon <= e && lat >= s && lat <= n;
        });
      }
      features.push({ label, points });
    }
  }
  const lines = features.filter((f) => f.points.length > 1).length;
  return {
    layer: { file, features },
    summary: {
      lines,
      junctions: features.length - lines,
      skipped: parsed.features.length - kept.length,
      lengthKm: lengthM / 1000,
      crs: crs.crs,
      crsSource: crs.crsSource,
      labels,
      nearKommune,
    },
    problems,
  };
}
