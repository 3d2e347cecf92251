// Validates raw GeoJSON coordinates (before projection): polygons for sites/regions, one point for hubs; and the
// geometry as the stages hand it on (raw, then projected).
import type { MultiPolygonXY, XY } from '../domain/types.ts';
import { ownMember } from './loadGeoJson.ts';
import type { GeometryIssue } from './problems.ts';

export type { GeometryIssue } from './problems.ts';

/** A validated input position: two finite numbers in the file's own CRS (any z dropped). */
export type RawPosition = readonly [number, number];
/** Polygons as validated, rings closed: [polygon][ring][position]. */
export type RawPolygons = RawPosition[][][];

/** A mapped feature's geometry in the file's CRS, as the field mapping hands it to the CRS and projection stages. */
export type RawGeometry =
  { kind: 'polygons'; polygons: RawPolygons } | { kind: 'point'; point: RawPosition; at: 'point' | 'stop' };

/** The same geometry in EPSG:25832 (polygons checked for validity when the layer asks for it). */
export type ProjectedGeometry = { kind: 'polygons'; polygons: MultiPolygonXY } | { kind: 'point'; point: XY };

/** The polygons of a projected polygon geometry (a reader of polygons gets nothing else). */
export function polygonsIn(g: ProjectedGeometry): MultiPolygonXY {
  if (g.kind !== 'polygons') throw new Error('a point where the reader expects polygons');
  return g.polygons;
}

/** The point of a projected point geometry (a reader of points gets nothing else). */
export function pointIn(g: ProjectedGeometry): XY {
  if (g.kind !== 'point') throw new Error('polygons where the reader expects a point');
  return g.point;
}

/**
 * Where in a geometry, as facts for the words in src/i18n (1-based numbers as text): `polygon` (0: the only polygon of
 * a Polygon geometry), `ring` (1 = outer),
 * `position`; or `point` (`point` for a hub, `stop` for a GTFS stop).
 */
export interface Where {
  polygon?: number;
  ring?: number;
  position?: number;
  point?: 'point' | 'stop';
}

/** A Where as problem params (`polygon`, `ring`, `position`, `point`). */
export function whereParams(w: Where, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (w.polygon !== undefined) out[`${prefix}polygon`] = String(w.polygon);
  if (w.ring !== undefined) out[`${prefix}ring`] = String(w.ring);
  if (w.position !== undefined) out[`${prefix}position`] = String(w.position);
  if (w.point !== undefined) out[`${prefix}point`] = w.point;
  return out;
}

export type GeometryRead<T> = { ok: true; value: T; warnings: GeometryIssue[] } | { ok: false; error: GeometryIssue };

class Invalid {
  constructor(readonly issue: GeometryIssue) {}
}

function fail(code: string, params?: Readonly<Record<string, string>>, variant?: string): never {
  const issue: GeometryIssue = { code };
  if (params !== undefined) issue.params = params;
  if (variant !== undefined) issue.variant = variant;
  throw new Invalid(issue);
}

/** The geometry's type as written (`type`), or none: the variant `untyped`. */
function typeParams(geometry: unknown): Record<string, string> {
  const type = ownMember(geometry, 'type');
  return typeof type === 'string' ? { type } : {};
}

/** `index` (0-based) names the position within `where`; the params are only built for a problem (it is hot). */
function readPosition(raw: unknown, where: Where, index?: number): RawPosition {
  if (!Array.isArray(raw) || raw.length < 2) fail('geometry-coordinates', positionParams(where, index), 'pair');
  // Indexed, not destructured: destructuring goes through the array iterator, once per position of every file.
  const x: unknown = raw[0];
  const y: unknown = raw[1];
  if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) {
    // A plain [x, y] from the parser is kept as it is (it is never changed afterwards): one array less per position.
    return raw.length === 2 ? (raw as unknown as RawPosition) : [x, y];
  }
  // String(), not JSON.stringify: a huge number like 1e999 parses to Infinity, which JSON would print as null.
  const shown = (raw as unknown[])
    .slice(0, 3)
    .map((v) => (typeof v === 'string' ? JSON.stringify(v.slice(0, 20)) : String(v)));
  return fail('coordinate-not-finite', { ...positionParams(where, index), value: `[${shown.join(', ')}]` });
}

/** Where a position is, as problem params (built only for a problem). */
function positionParams(where: Where, index: number | undefined): Record<string, string> {
  return whereParams(index === undefined ? where : { ...where, position: index + 1 });
}

/** Distinct positions in the ring, counted up to 3 (all a ring needs); no strings, since every ring passes here. */
function distinctUpTo3(ring: readonly RawPosition[]): number {
  const seen: RawPosition[] = [];
  for (const p of ring) {
    if (!seen.some((q) => q[0] === p[0] && q[1] === p[1])) {
      seen.push(p);
      if (seen.length === 3) break;
    }
  }
  return seen.length;
}

function readRing(raw: unknown, where: Where, warnings: GeometryIssue[]): RawPosition[] {
  if (!Array.isArray(raw)) fail('geometry-coordinates', whereParams(where), 'ring');
  const ring = raw.map((p, i) => readPosition(p, where, i));
  const distinct = distinctUpTo3(ring);
  if (distinct < 3) {
    fail('ring-too-few-points', { ...whereParams(where), count: String(distinct) });
  }
  const first = ring[0] as RawPosition;
  const last = ring[ring.length - 1] as RawPosition;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    ring.push(first);
    warnings.push({ code: 'ring-unclosed', params: whereParams(where) });
  }
  // Crossings, holes and overlaps are checked after projection, on the whole geometry (geometryValidity.ts).
  return ring;
}

/** A coordinate as text for the params: degrees with 6 decimals, metres with 1. */
export function coordText(v: number): string {
  return Math.abs(v) <= 360 ? String(Number(v.toFixed(6))) : String(Number(v.toFixed(1)));
}

function readPolygon(raw: unknown, polygon: number | undefined, warnings: GeometryIssue[]): RawPosition[][] {
  // Polygon 0: the only one (a Polygon geometry), named without a number.
  if (!Array.isArray(raw) || raw.length === 0)
    fail('geometry-empty', whereParams({ polygon: polygon ?? 0 }), 'polygon');
  return raw.map((ring, i) => readRing(ring, { polygon: polygon ?? 0, ring: i + 1 }, warnings));
}

/** Read a Polygon or MultiPolygon; a Polygon becomes a one-part multipolygon. */
export function readPolygons(geometry: unknown): GeometryRead<RawPolygons> {
  const warnings: GeometryIssue[] = [];
  try {
    if (geometry === null) fail('geometry-null', undefined, 'area');
    const type = ownMember(geometry, 'type');
    const coords = ownMember(geometry, 'coordinates');
    if (type === 'Polygon') return { ok: true, value: [readPolygon(coords, undefined, warnings)], warnings };
    if (type === 'MultiPolygon') {
      if (!Array.isArray(coords) || coords.length === 0) fail('geometry-empty', undefined, 'multipolygon');
      const value = coords.map((poly, i) => readPolygon(poly, i + 1, warnings));
      return { ok: true, value, warnings };
    }
    return fail('geometry-type', typeParams(geometry), 'area');
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.issue };
    throw e;
  }
}

/** Read a Point, or a MultiPoint holding exactly one point. */
export function readPoint(geometry: unknown): GeometryRead<RawPosition> {
  try {
    if (geometry === null) fail('geometry-null', undefined, 'point');
    const type = ownMember(geometry, 'type');
    const coords = ownMember(geometry, 'coordinates');
    if (type === 'Point') {
      if (Array.isArray(coords) && coords.length === 0) fail('geometry-empty', undefined, 'point');
      return { ok: true, value: readPosition(coords, { point: 'point' }), warnings: [] };
    }
    if (type === 'MultiPoint') {
      if (!Array.isArray(coords) || coords.length !== 1) {
        fail('geometry-type', { count: String(Array.isArray(coords) ? coords.length : 0) }, 'multipoint');
      }
      return { ok: true, value: readPosition(coords[0], { point: 'point' }), warnings: [] };
    }
    return fail('geometry-type', typeParams(geometry), 'point');
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.issue };
    throw e;
  }
}
