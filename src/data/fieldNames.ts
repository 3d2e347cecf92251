// Recognises the property names real exports use (SOSI/Geonorge, ArcGIS, our own format) and says which one feeds which
// field.
import { isJsonObject, ownMember, type ParsedFeature, type SafeRecord } from './loadGeoJson.ts';

/** The logical fields the loaders read. */
export type FieldRole =
  | 'id'
  | 'name'
  | 'status'
  | 'abc'
  | 'readiness'
  | 'note'
  | 'jobsToday'
  | 'vacantDaa'
  | 'arealformal'
  | 'arealbruksstatus'
  | 'objtype'
  | 'hubType'
  | 'kommunenummer'
  | 'kommunenavn';

/** Where a field is read from: the key as spelled in the file (dotted when nested) and its path. */
export interface FieldSource {
  key: string;
  path: readonly string[];
}

export type FieldMapping = Partial<Record<FieldRole, FieldSource>>;

/** A user's choice: the property to read (as spelled in the file; `a.b` for nested), or null to ignore the field. */
export type FieldOverrides = Partial<Record<FieldRole, string | null>>;

/**
 * Accepted names per field in priority order, in canonical form (see `canonicalKey`). Sources: our own
 * format first, then SOSI-Plan names as exported by Geonorge (GeoJSON: `arealformål`, nested
 * `identifikasjon.lokalId`) and by ArcGIS/FME (upper case, no æøå: `KPAREALFORMAL`, `AREALST`, `OBJID`).
 */
const CANDIDATES: Record<FieldRole, readonly string[]> = {
  id: ['id', 'lokalid', 'identifikasjon.lokalid', 'objid', 'objectid'],
  name: ['name', 'navn', 'feltnavn', 'feltbetegnelse', 'omradenavn', 'plannavn'],
  status: ['status'],
  abc: ['abc', 'abctype'],
  readiness: ['readiness', 'byggeklarhet'],
  note: ['note', 'merknad', 'beskrivelse', 'kommentar'],
  // Jobs on the site today: our own name first, then the Norwegian words register extracts use.
  jobsToday: ['jobstoday', 'arbeidsplasser', 'ansatte'],
  // Vacant land in daa ("ledig areal"): `ledig_daa`, `LEDIG_DAA`, `ledigAreal_daa`, `vacant_daa`.
  vacantDaa: ['ledigdaa', 'ledigarealdaa', 'ubebygddaa', 'vacantdaa'],
  arealformal: ['arealformal', 'kparealformal', 'rparealformal', 'kpformal', 'rpformal', 'arealformaal'],
  arealbruksstatus: ['arealbruksstatus', 'kparealbruksstatus', 'arealst', 'arealstatus'],
  objtype: ['objtype', 'objekttype'],
  hubType: ['type', 'hubtype'],
  kommunenummer: ['kommunenummer', 'kommunenr', 'komnr', 'knr'],
  kommunenavn: ['kommunenavn', 'navn', 'name'],
};

const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', ü: 'u' };

/**
 * Canonical form of a property name for matching: NFC, lower case, æ→ae, ø→o, å→a, other accents
 * dropped, and spaces, underscores and hyphens removed. `KpFormål` → `kpformal`, `AREAL_ST` → `arealst`.
 */
export function canonicalKey(key: string): string {
  // Memoised: a plan file repeats the same few names in every one of its (up to 100 000) features.
  let c = CANONICAL.get(key);
  if (c === undefined) {
    if (CANONICAL.size > 10_000) CANONICAL.clear();
    c = canonicalOf(key);
    CANONICAL.set(key, c);
  }
  return c;
}

const CANONICAL = new Map<string, string>();

function canonicalOf(key: string): string {
  return key
    .normalize('NFC')
    .toLowerCase()
    .replace(/[æøåäöü]/g, (c) => FOLD[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_-]+/g, '');
}

/** Every property path in the features (top level, and one level into nested objects), canonical → first spelling seen.
 * */
function keysIn(features: readonly ParsedFeature[]): Map<string, FieldSource> {
  // A reader asks twice (detectFields, detectAlternatives) about the same features; the answer is only read.
  const kept = keysFound.get(features);
  if (kept) return kept;
  const found = new Map<string, FieldSource>();
  // Each spelling is looked at once: features mostly repeat the same keys, and canonicalKey is costly (normalize).
  const seen = new Set<string>();
  const add = (path: string[], spelled: string): void => {
    seen.add(spelled);
    const canonical = path.map(canonicalKey).join('.');
    if (!found.has(canonical)) found.set(canonical, { key: path.join('.'), path });
  };
  for (const feature of features) {
    for (const key of Object.keys(feature.properties)) {
      // A key (and key + inner key) as one string; "\u0000" cannot be confused with text in either. The path
      // array is made only for a spelling not seen before.
      if (!seen.has(key)) add([key], key);
      const value = feature.properties[key];
      if (isJsonObject(value))
        for (const inner of Object.keys(value)) {
          const spelled = `${key}\u0000${inner}`;
          if (!seen.has(spelled)) add([key, inner], spelled);
        }
    }
  }
  keysFound.set(features, found);
  return found;
}

const keysFound = new WeakMap<readonly ParsedFeature[], Map<string, FieldSource>>();

function fromOverride(text: string, features: readonly ParsedFeature[]): FieldSource {
  // A flat key that contains a dot (e.g. ArcGIS "identifikasjon.lokalId") wins over the nested reading.
  const flat = features.some((f) => Object.hasOwn(f.properties, text));
  return { key: text, path: flat ? [text] : text.split('.') };
}

/**
 * Which property feeds each of `roles`: the user's override when given (null = ignore the field), else
 * the first accepted name present in any feature.
 */
export function detectFields(
  features: readonly ParsedFeature[],
  roles: readonly FieldRole[],
  overrides: FieldOverrides = {},
): FieldMapping {
  const present = keysIn(features);
  const mapping: FieldMapping = {};
  for (const role of roles) {
    if (Object.hasOwn(overrides, role)) {
      const chosen = overrides[role];
      if (typeof chosen === 'string' && chosen !== '') mapping[role] = fromOverride(chosen, features);
      continue;
    }
    for (const candidate of CANDIDATES[role]) {
      const source = present.get(candidate);
      if (source) {
        mapping[role] = source;
        break;
      }
    }
  }
  return mapping;
}

/**
 * Every accepted name for `role` present in the features, in priority order. A plan file may name its
 * areas in more than one field (`områdenavn` in the kommuneplan, `feltnavn` in zoning plans), so a
 * feature without the first is read from the next.
 */
export function detectAlternatives(features: readonly ParsedFeature[], role: FieldRole): FieldSource[] {
  const present = keysIn(features);
  return CANDIDATES[role].map((c) => present.get(c)).filter((s): s is FieldSource => s !== undefined);
}

/** The value of a mapped field (own members only), or undefined when unmapped or absent. */
export function readField(props: SafeRecord, source: FieldSource | undefined): unknown {
  if (!source) return undefined;
  let value: unknown = props;
  for (const part of source.path) value = ownMember(value, part);
  return value;
}
