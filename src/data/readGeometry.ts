// Validates raw GeoJSON coordinates (before projection): polygons for sites/regions, one point for hubs.
import { ownMember } from './loadGeoJson.ts';

/** A validated input position: two finite numbers in the file's own CRS (any z dropped). */
export type RawPosition = readonly [number, number];
/** Polygons as validated, rings closed: [polygon][ring][position]. */
export type RawPolygons = RawPosition[][][];

/** A problem in one feature's geometry; the loader adds file/feature to the message. */
export interface GeometryIssue {
  code: string;
  message: string;
}

export type GeometryRead<T> = { ok: true; value: T; warnings: GeometryIssue[] } | { ok: false; error: GeometryIssue };

class Invalid {
  constructor(readonly issue: GeometryIssue) {}
}

function fail(code: string, message: string): never {
  throw new Invalid({ code, message });
}

function describeType(geometry: unknown): string {
  const type = ownMember(geometry, 'type');
  return typeof type === 'string' ? type : 'a geometry without a "type"';
}

/** `index` (0-based) names the position within `where`; the text is only built for a message (it is hot). */
function readPosition(raw: unknown, where: string, index?: number): RawPosition {
  const at = (): string => (index === undefined ? where : `${where}, position ${index + 1}`);
  if (!Array.isArray(raw) || raw.length < 2)
    fail('geometry-coordinates', `${at()} is not a coordinate pair [x, y]; fix the geometry or remove the feature`);
  const [x, y] = raw as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    // String(), not JSON.stringify: a huge number like 1e999 parses to Infinity, which JSON would print as null.
    const shown = (raw as unknown[])
      .slice(0, 3)
      .map((v) => (typeof v === 'string' ? JSON.stringify(v.slice(0, 20)) : String(v)));
    fail(
      'coordinate-not-finite',
      `${at()} has a coordinate that is not a finite number: [${shown.join(', ')}]; fix the value or remove the feature`,
    );
  }
  return [x, y];
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

function readRing(raw: unknown, where: string, warnings: GeometryIssue[]): RawPosition[] {
  if (!Array.isArray(raw))
    fail('geometry-coordinates', `${where} is not an array of positions; fix the geometry or remove the feature`);
  const ring = raw.map((p, i) => readPosition(p, where, i));
  const distinct = distinctUpTo3(ring);
  if (distinct < 3) {
    fail(
      'ring-too-few-points',
      `${where} has ${distinct} distinct point${distinct === 1 ? '' : 's'}; a ring needs at least 3; fix the geometry or remove the feature`,
    );
  }
  const first = ring[0] as RawPosition;
  const last = ring[ring.length - 1] as RawPosition;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    ring.push(first);
    warnings.push({
      code: 'ring-unclosed',
      message: `${where} was not closed (last position differs from the first); closed it`,
    });
  }
  // Crossings, holes and overlaps are checked after projection, on the whole geometry (geometryValidity.ts).
  return ring;
}

/** A coordinate for a message: degrees with 6 decimals, metres with 1. */
export function coordText(v: number): string {
  return Math.abs(v) <= 360 ? String(Number(v.toFixed(6))) : String(Number(v.toFixed(1)));
}

function readPolygon(raw: unknown, where: string, warnings: GeometryIssue[]): RawPosition[][] {
  if (!Array.isArray(raw) || raw.length === 0)
    fail('geometry-empty', `${where} has no rings (an empty geometry); give it coordinates or remove the feature`);
  return raw.map((ring, i) => readRing(ring, `${where} ring ${i + 1}${i === 0 ? ' (outer)' : ' (hole)'}`, warnings));
}

/** Read a Polygon or MultiPolygon; a Polygon becomes a one-part multipolygon. */
export function readPolygons(geometry: unknown): GeometryRead<RawPolygons> {
  const warnings: GeometryIssue[] = [];
  try {
    if (geometry === null)
      fail('geometry-null', 'has no geometry (null); give it a Polygon or MultiPolygon, or remove the feature');
    const type = ownMember(geometry, 'type');
    const coords = ownMember(geometry, 'coordinates');
    if (type === 'Polygon') return { ok: true, value: [readPolygon(coords, 'polygon', warnings)], warnings };
    if (type === 'MultiPolygon') {
      if (!Array.isArray(coords) || coords.length === 0)
        fail(
          'geometry-empty',
          'is a MultiPolygon with no polygons (an empty geometry); give it coordinates or remove the feature',
        );
      const value = coords.map((poly, i) => readPolygon(poly, `polygon ${i + 1}`, warnings));
      return { ok: true, value, warnings };
    }
    return fail(
      'geometry-type',
      `has geometry type ${describeType(geometry)}; expected Polygon or MultiPolygon. Give it an area geometry or remove the feature`,
    );
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.issue };
    throw e;
  }
}

/** Read a Point, or a MultiPoint holding exactly one point. */
export function readPoint(geometry: unknown): GeometryRead<RawPosition> {
  try {
    if (geometry === null) fail('geometry-null', 'has no geometry (null); give it a Point, or remove the feature');
    const type = ownMember(geometry, 'type');
    const coords = ownMember(geometry, 'coordinates');
    if (type === 'Point') {
      if (Array.isArray(coords) && coords.length === 0)
        fail(
          'geometry-empty',
          'is a Point with no coordinates (an empty geometry); give it a position or remove the feature',
        );
      return { ok: true, value: readPosition(coords, 'the point'), warnings: [] };
    }
    if (type === 'MultiPoint') {
      if (!Array.isArray(coords) || coords.length !== 1) {
        fail(
          'geometry-type',
          `is a MultiPoint with ${Array.isArray(coords) ? coords.length : 0} points; a hub needs exactly one point; split it or remove the feature`,
        );
      }
      return { ok: true, value: readPosition(coords[0], 'the point'), warnings: [] };
    }
    return fail(
      'geometry-type',
      `has geometry type ${describeType(geometry)}; expected Point. Give the hub one position or remove the feature`,
    );
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.issue };
    throw e;
  }
}

/** [minX, minY, maxX, maxY] over positions, or null when there are none. */
export function rawBbox(positions: Iterable<RawPosition>): [number, number, number, number] | null {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const [x, y] of positions) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}
