// A first look at a GeoJSON text for the load dialog: what kind of data it probably is, and which property names it
// has.
import { openInput, type LoadInput } from '../data/decodeInput';
import { canonicalKey } from '../data/fieldNames';
import type { ParsedCollection } from '../data/loadGeoJson';
import { FULL_TOOLS } from '../data/fullLoadTools';
import { readFeatureFile } from '../data/readFeatureFile';
import { KOMMUNE_REGIONS } from '../data/regionReader';

export type LoadKind = 'sites' | 'hubs' | 'regions';

/** Why a kind was guessed (shown beside the choice, so the user can see and overrule it). */
export type GuessReason = 'gtfs' | 'points' | 'kommunenummer' | 'region-names' | 'default';

export interface Inspection {
  kind: LoadKind;
  why: GuessReason;
  /** Property names as spelled in the file, nested ones one level deep as `a.b`, in first-seen order. */
  propertyNames: string[];
}

/** Enough names for any real export; a file with more is generated, and a longer list helps nobody choose. */
const MAX_PROPERTY_NAMES = 300;
/** The kommunenummer names the region loader accepts (src/data/fieldNames.ts), in canonical form. */
const KOMMUNENUMMER_KEYS = new Set(['kommunenummer', 'kommunenr', 'komnr', 'knr']);
const NAME_KEYS = new Set(['name', 'navn']);
const POINT_TYPES = new Set(['Point', 'MultiPoint']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: unknown, key: string): unknown => (isObject(o) && Object.hasOwn(o, key) ? o[key] : undefined);

/** The bundled Asker profile's region names (the loader's default rule), for the guess by name. */
const DEFAULT_REGION_NAMES: readonly string[] = [...new Set(KOMMUNE_REGIONS.values())];

/**
 * Guesses the kind from the content: mostly points → hubs; a kommunenummer property → regions; every
 * feature named after one of the kommune profile's regions (`regionNames`, default Asker nord / syd) → regions; else
 * sites. Never throws: text that is not a FeatureCollection
 * gives the default guess and no names (the preview then says what is wrong with it).
 */
export function inspectGeoJson(
  text: string,
  maxChars: number,
  regionNames: readonly string[] = DEFAULT_REGION_NAMES,
): Inspection {
  const fallback: Inspection = { kind: 'sites', why: 'default', propertyNames: [] };
  if (text.length > maxChars) return fallback;
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fallback;
  }
  const features = own(json, 'features');
  if (!Array.isArray(features)) return fallback;
  return guessFromFeatures(
    features.map((f: unknown) => ({ geometry: own(f, 'geometry'), properties: own(f, 'properties') })),
    regionNames,
  );
}

/**
 * As inspectGeoJson, for a GeoJSON file already read (readFeatureFile: its features' geometry and properties as in the
 * text), so the load dialog parses a large file once for both the guess and the preview.
 */
export function inspectParsedGeoJson(
  parsed: ParsedCollection,
  regionNames: readonly string[] = DEFAULT_REGION_NAMES,
): Inspection {
  return guessFromFeatures(parsed.features, regionNames);
}

/** The GeoJSON guess and names from each feature's geometry and properties (any value: they come from the file). */
function guessFromFeatures(
  features: readonly { geometry: unknown; properties: unknown }[],
  regionNames: readonly string[],
): Inspection {
  const wanted = new Set(regionNames.map((n) => n.trim().toLocaleLowerCase('nb')));
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (name: string): void => {
    if (seen.has(name) || names.length >= MAX_PROPERTY_NAMES) return;
    seen.add(name);
    names.push(name);
  };
  let points = 0;
  let geometries = 0;
  let kommunenummer = false;
  let regionNamed = features.length > 0;
  for (const feature of features) {
    const type = own(feature.geometry, 'type');
    if (typeof type === 'string') {
      geometries++;
      if (POINT_TYPES.has(type)) points++;
    }
    const props = feature.properties;
    let named = false;
    if (isObject(props)) {
      for (const key of Object.keys(props)) {
        add(key);
        const canonical = canonicalKey(key);
        if (KOMMUNENUMMER_KEYS.has(canonical)) kommunenummer = true;
        const value = props[key];
        if (NAME_KEYS.has(canonical) && typeof value === 'string' && wanted.has(value.trim().toLocaleLowerCase('nb')))
          named = true;
        if (isObject(value)) for (const inner of Object.keys(value)) add(`${key}.${inner}`);
      }
    }
    regionNamed &&= named;
  }
  if (geometries > 0 && points * 2 > geometries) return { kind: 'hubs', why: 'points', propertyNames: names };
  if (kommunenummer) return { kind: 'regions', why: 'kommunenummer', propertyNames: names };
  if (regionNamed) return { kind: 'regions', why: 'region-names', propertyNames: names };
  return { kind: 'sites', why: 'default', propertyNames: names };
}

/** Names and a guess from SOSI/GML features already parsed: kommunenummer → regions, else sites. */
function fromParsed(parsed: ParsedCollection, kind: LoadKind): Inspection {
  const names: string[] = [];
  const seen = new Set<string>();
  let kommunenummer = false;
  for (const f of parsed.features) {
    for (const key of Object.keys(f.properties)) {
      const value = f.properties[key];
      const all = [key, ...(isObject(value) ? Object.keys(value).map((inner) => `${key}.${inner}`) : [])];
      for (const name of all) {
        if (seen.has(name) || names.length >= MAX_PROPERTY_NAMES) continue;
        seen.add(name);
        names.push(name);
      }
      if (KOMMUNENUMMER_KEYS.has(canonicalKey(key))) kommunenummer = true;
    }
  }
  if (kind === 'hubs') return { kind, why: 'points', propertyNames: names };
  return kommunenummer
    ? { kind: 'regions', why: 'kommunenummer', propertyNames: names }
    : { kind: 'sites', why: 'default', propertyNames: names };
}

/**
 * The first look for any feature file: GeoJSON as above; SOSI and GML parsed (areas first; a file with only
 * points is taken as hubs). Never throws: a file that cannot be read gives the default guess, and the preview
 * then says what is wrong with it.
 */
export function inspectInput(input: LoadInput, maxChars: number, regionNames?: readonly string[]): Inspection {
  let decoded;
  try {
    decoded = openInput(input, 'inspect');
  } catch {
    return { kind: 'sites', why: 'default', propertyNames: [] };
  }
  if (decoded.format === 'geojson') return inspectGeoJson(decoded.text, maxChars, regionNames);
  for (const want of ['areas', 'points'] as const) {
    try {
      return fromParsed(readFeatureFile(input, 'inspect', { want }, FULL_TOOLS), want === 'points' ? 'hubs' : 'sites');
    } catch {
      // not this kind of object; try the next, then fall back
    }
  }
  return { kind: 'sites', why: 'default', propertyNames: [] };
}
