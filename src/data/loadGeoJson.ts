// Parses GeoJSON text into a FeatureCollection view that is safe to read (no prototype tricks) and says clearly why
// not.
import type { FeatureRef } from '../domain/types.ts';
import { DataError, type GeometryIssue, type MappingNote, type Problem } from './problems.ts';
import { findJsonSyntaxFault } from './jsonSyntax.ts';
import { checkText, MAX_GEOJSON_CHARS, stripBom } from './textChecks.ts';

/** A JSON object copied onto a null prototype: keys like `__proto__` or `constructor` are plain data here. */
export type SafeRecord = Readonly<Record<string, unknown>>;

export interface ParsedFeature {
  /** Position in the `features` array (0-based), as used in messages: `features[3]`. */
  index: number;
  /** False when the array element is not a GeoJSON Feature object; `what` then says what it is (describeJson). */
  isFeature: boolean;
  what: Readonly<Record<string, string>>;
  /** The Feature's own `id` member (string or number), if any. */
  id: string | number | undefined;
  properties: SafeRecord;
  /** The raw `geometry` member (null when absent); read only through `Object.hasOwn`. */
  geometry: unknown;
  /** Where it is when `features[i]` would mislead: a SOSI object (line 40, .FLATE 17), a GML element, a CSV row. */
  ref?: FeatureRef;
  /** Set by SOSI/GML readers when the geometry could not be built (e.g. a ..REF to a missing curve). */
  geometryProblem?: GeometryIssue;
  /** Warnings from building the geometry (e.g. a ring closed); reported when the geometry is read. */
  geometryWarnings?: GeometryIssue[];
  /** Set when the object is not one the reader knows (an unknown SOSI object type): unusable. */
  unusable?: GeometryIssue;
}

export interface ParsedCollection {
  file: string;
  /** The raw top-level `crs` member (safe copy), or undefined. */
  crsMember: unknown;
  features: ParsedFeature[];
  /** File-level warnings from reading a SOSI or GML file (encoding, a missing .SLUTT …). */
  problems?: Problem[];
  /** How the file was read (format, character set, coordinate system, objects used), for the mapping notes. */
  notes?: MappingNote[];
}

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Read an own member only: `obj.constructor` or `obj.toString` from the prototype are never data. */
export function ownMember(obj: unknown, key: string): unknown {
  return isJsonObject(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Deep copy of parsed JSON with every object on a null prototype (bounded depth; deeper parts dropped). */
export function safeCopy(value: unknown, depth = 0): unknown {
  if (depth > 32) return undefined;
  if (Array.isArray(value)) return value.map((v) => safeCopy(v, depth + 1));
  if (!isJsonObject(value)) return value;
  const out = Object.create(null) as Record<string, unknown>;
  // Plain assignment is safe here: `out` has no prototype, so it has no "__proto__" setter either, and assigning
  // "__proto__" makes an own property like any other key (defineProperty said the same at several times the cost).
  for (const key of Object.keys(value)) out[key] = safeCopy(value[key], depth + 1);
  return out;
}

/**
 * What kind of JSON value this is, as problem params (the words are in src/i18n): `kind` is `null`, `array`, `string`,
 * `number`, `boolean`, `untyped` (an object without "type"), `feature`, `geometry` (with `type`) or `object` (with
 * `type`, as JSON text).
 */
export function describeJson(value: unknown): Readonly<Record<string, string>> {
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'array' };
  if (typeof value !== 'object') return { kind: typeof value };
  const type = ownMember(value, 'type');
  if (type === undefined) return { kind: 'untyped' };
  if (type === 'Feature') return { kind: 'feature' };
  if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) return { kind: 'geometry', type };
  return { kind: 'object', type: JSON.stringify(type) ?? String(type) };
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const fault = findJsonSyntaxFault(text);
    if (fault === null) throw new DataError({ file, code: 'json-invalid', params: { detail: (e as Error).message } });
    const params: Record<string, string> = { line: String(fault.line), column: String(fault.column) };
    if (fault.expected !== undefined) params['expected'] = fault.expected;
    if (fault.found !== undefined) params['found'] = fault.found;
    if (fault.close !== undefined) params['close'] = fault.close;
    throw new DataError({ file, code: 'json-invalid', variant: fault.fault, params });
  }
}

function readFeature(raw: unknown, index: number): ParsedFeature {
  const isFeature = ownMember(raw, 'type') === 'Feature';
  const rawId = ownMember(raw, 'id');
  const props = ownMember(raw, 'properties');
  const geometry = ownMember(raw, 'geometry');
  return {
    index,
    isFeature,
    what: describeJson(raw),
    id: typeof rawId === 'string' || typeof rawId === 'number' ? rawId : undefined,
    properties: (isJsonObject(props) ? safeCopy(props) : Object.create(null)) as SafeRecord,
    geometry: geometry === undefined ? null : geometry,
  };
}

/**
 * Parse GeoJSON text that must be a non-empty FeatureCollection. Throws DataError (plain English,
 * naming `file`) when it is too large, empty, not UTF-8, not JSON, not a FeatureCollection, or has
 * no features. Feature-level checks are left to the loaders.
 */
export function parseGeoJsonText(
  text: string,
  file: string,
  opts: { maxChars?: number | undefined } = {},
): ParsedCollection {
  checkText(text, file, opts.maxChars ?? MAX_GEOJSON_CHARS, { kind: 'geojson' });
  const json = parseJson(stripBom(text), file);
  if (ownMember(json, 'type') !== 'FeatureCollection') {
    // A Feature or a bare geometry can be wrapped: the words say how.
    const wrap = ownMember(json, 'type') === 'Feature' || GEOMETRY_TYPES.has(String(ownMember(json, 'type')));
    throw new DataError({
      file,
      code: 'not-feature-collection',
      params: describeJson(json),
      ...(wrap ? { variant: 'wrap' } : {}),
    });
  }
  const features = ownMember(json, 'features');
  if (!Array.isArray(features)) throw new DataError({ file, code: 'not-feature-collection', variant: 'no-array' });
  if (features.length === 0) throw new DataError({ file, code: 'no-features' });
  return { file, crsMember: safeCopy(ownMember(json, 'crs')), features: features.map(readFeature) };
}
