// The versioned scenario schema: validate untrusted JSON (migrating older versions), and serialise back to JSON.
import {
  READINESS_KEYS,
  SCENARIO_SCHEMA_VERSION,
  type RuleCondition,
  type Scenario,
  type ScenarioAssumptions,
  type ScenarioRule,
  type ScenarioText,
  type SiteChange,
} from './scenario.ts';
import { BOUNDS } from './assumptionBounds.ts';
import { ScenarioError } from './scenarioError.ts';
import { migrateScenario } from './scenarioMigrate.ts';
import { gotParams, scenarioProblem, type ProblemPath, type ScenarioProblem } from './scenarioProblem.ts';
import {
  Reader,
  booleanAt,
  choiceAt,
  join,
  listAt,
  member,
  numberAt,
  objectAt,
  stringAt,
  type NumberRange,
} from './scenarioReader.ts';
import { ABC_TYPES, type AbcType, type Range3, type Readiness, type SiteStatus } from './types.ts';

export { ScenarioError } from './scenarioError.ts';
export type { ScenarioProblem } from './scenarioProblem.ts';

const ABC: readonly AbcType[] = ABC_TYPES;
const STATUSES: readonly SiteStatus[] = ['eksisterende', 'fremtidig'];
const READINESS: readonly Readiness[] = ['byggeklar', 'må reguleres', 'må omreguleres'];
const LEVELS = ['low', 'mid', 'high'] as const;

// Bounds live in one table (assumptionBounds.ts), with the words for each field.
const YEAR: NumberRange = BOUNDS.year;
const BRA: NumberRange = BOUNDS.siteBra;
const BRA_RANGE: NumberRange = BOUNDS.bra;
const M2_PER_JOB: NumberRange = BOUNDS.m2PerJob;
const THRESHOLD_M: NumberRange = BOUNDS.thresholdM;
const DISTANCE_M: NumberRange = BOUNDS.distanceM;
const AREA_DAA: NumberRange = BOUNDS.areaDaa;
const JOBS_TODAY: NumberRange = BOUNDS.jobsToday;
const SHARE: NumberRange = BOUNDS.netShare;
const TAKE_UP: NumberRange = BOUNDS.takeUpSharePerYear;
const LAND_PER_JOB_M2: NumberRange = BOUNDS.landPerJobTodayM2;
const ID = { re: /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, code: 'id-pattern' } as const;
const MAX_RULES = 500;
/** Per-site overrides, capped like the rules: far above any municipality's sites, far below what stalls a browser. */
const MAX_SITE_OVERRIDES = 20_000;

/** Sets only the keys that were read, so a parsed scenario has no `undefined` members (and round-trips exactly). */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function readChange(r: Reader, value: unknown, path: ProblemPath): SiteChange | undefined {
  const o = objectAt(r, value, path, ['include', 'abc', 'bra', 'braFactor', 'availableYear', 'jobsToday']);
  if (!o) return undefined;
  const c: SiteChange = {};
  put(c, 'include', booleanAt(r, o, 'include', path));
  put(c, 'abc', choiceAt(r, o, 'abc', path, ABC));
  put(c, 'bra', numberAt(r, o, 'bra', path, BRA));
  put(c, 'braFactor', numberAt(r, o, 'braFactor', path, BOUNDS.braFactor));
  put(c, 'availableYear', numberAt(r, o, 'availableYear', path, YEAR));
  put(c, 'jobsToday', numberAt(r, o, 'jobsToday', path, JOBS_TODAY));
  return c;
}

const CONDITION_KEYS = [
  'siteIds',
  'region',
  'status',
  'abc',
  'readiness',
  'maxRailDistanceM',
  'minRailDistanceM',
  'maxHubDistanceM',
  'minHubDistanceM',
  'minAreaDaa',
  'maxAreaDaa',
  'property',
] as const;

function readCondition(r: Reader, value: unknown, path: ProblemPath): RuleCondition | undefined {
  const o = objectAt(r, value, path, CONDITION_KEYS);
  if (!o) return undefined;
  const w: RuleCondition = {};
  const nonEmpty = (v: string): boolean => v.length > 0 && v.length <= 200;
  put(w, 'siteIds', listAt<string>(r, o, 'siteIds', path, nonEmpty, { code: 'item-not-site-id' }));
  put(w, 'region', listAt<string>(r, o, 'region', path, nonEmpty, { code: 'item-not-region' }));
  put(
    w,
    'status',
    listAt<SiteStatus>(r, o, 'status', path, (v) => (STATUSES as string[]).includes(v), {
      code: 'item-not-choice',
      choices: STATUSES,
    }),
  );
  put(
    w,
    'abc',
    listAt<AbcType>(r, o, 'abc', path, (v) => (ABC as string[]).includes(v), { code: 'item-not-choice', choices: ABC }),
  );
  put(
    w,
    'readiness',
    listAt<Readiness>(r, o, 'readiness', path, (v) => (READINESS as string[]).includes(v), {
      code: 'item-not-choice',
      choices: READINESS,
    }),
  );
  for (const key of ['maxRailDistanceM', 'minRailDistanceM', 'maxHubDistanceM', 'minHubDistanceM'] as const)
    put(w, key, numberAt(r, o, key, path, DISTANCE_M));
  for (const key of ['minAreaDaa', 'maxAreaDaa'] as const) put(w, key, numberAt(r, o, key, path, AREA_DAA));
  const propsRaw = member(o, 'property');
  if (propsRaw !== undefined) {
    const pPath = join(path, 'property');
    const props = objectAt(r, propsRaw, pPath, null);
    if (props) {
      const out: [string, string | number | boolean][] = [];
      for (const key of Object.keys(props)) {
        if (key === '__proto__') continue; // already an error from objectAt
        const v = props[key];
        if (v === undefined) continue;
        if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))
          out.push([key, v]);
        else r.error(join(pPath, key), 'property-value', gotParams(v));
      }
      // fromEntries: own data properties only, whatever the keys are.
      w.property = Object.fromEntries(out);
    }
  }
  return w;
}

function readRules(r: Reader, value: unknown): ScenarioRule[] | undefined {
  if (!Array.isArray(value)) return r.error(['rules'], 'not-list', gotParams(value));
  if (value.length > MAX_RULES) return r.error(['rules'], 'too-many-rules', { max: MAX_RULES, count: value.length });
  const out: ScenarioRule[] = [];
  value.forEach((raw, i) => {
    const path = join(['rules'], i);
    const o = objectAt(r, raw, path, ['label', 'when', 'set']);
    if (!o) return;
    const when =
      member(o, 'when') === undefined
        ? r.error(join(path, 'when'), 'when-missing')
        : readCondition(r, member(o, 'when'), join(path, 'when'));
    const set =
      member(o, 'set') === undefined
        ? r.error(join(path, 'set'), 'missing')
        : readChange(r, member(o, 'set'), join(path, 'set'));
    if (set && Object.keys(set).length === 0) r.warn(join(path, 'set'), 'rule-sets-nothing');
    const label = stringAt(r, o, 'label', path, 500);
    if (!when || !set) return;
    const rule = {} as ScenarioRule;
    put(rule, 'label', label);
    rule.when = when;
    rule.set = set;
    out.push(rule);
  });
  return out;
}

function readSites(r: Reader, value: unknown): Record<string, SiteChange> | undefined {
  const o = objectAt(r, value, ['sites'], null);
  if (!o) return undefined;
  const entries: [string, SiteChange][] = [];
  const ids = Object.keys(o);
  if (ids.length > MAX_SITE_OVERRIDES)
    return r.error(['sites'], 'too-many-sites', { max: MAX_SITE_OVERRIDES, count: ids.length });
  for (const id of ids) {
    if (id === '__proto__' || o[id] === undefined) continue; // the former is already an error from objectAt
    if (id.length > 200) {
      r.error(['sites', id.slice(0, 20)], 'site-id-too-long', { max: 200 });
      continue;
    }
    const change = readChange(r, o[id], ['sites', id]);
    if (change) entries.push([id, change]);
  }
  // fromEntries defines own properties, so no key can reach a prototype.
  return Object.fromEntries(entries);
}

function readRange(r: Reader, value: unknown, path: ProblemPath, range: NumberRange): Partial<Range3> | undefined {
  const o = objectAt(r, value, path, LEVELS);
  if (!o) return undefined;
  const out: Partial<Range3> = {};
  for (const level of LEVELS) put(out, level, numberAt(r, o, level, path, range));
  const { low, mid, high } = out;
  if (
    (low !== undefined && mid !== undefined && low > mid) ||
    (mid !== undefined && high !== undefined && mid > high) ||
    (low !== undefined && high !== undefined && low > high)
  ) {
    r.error(path, 'range-order');
  }
  return out;
}

function readAssumptions(r: Reader, value: unknown): ScenarioAssumptions | undefined {
  const o = objectAt(
    r,
    value,
    ['assumptions'],
    ['capacity', 'accessibility', 'nearHubM', 'netShare', 'landPerJobTodayM2', 'takeUpSharePerYear', 'leadTimeYears'],
  );
  if (!o) return undefined;
  const out: ScenarioAssumptions = {};
  const capRaw = member(o, 'capacity');
  if (capRaw !== undefined) {
    const cap = objectAt(r, capRaw, ['assumptions', 'capacity'], ABC);
    if (cap) {
      const capacity: NonNullable<ScenarioAssumptions['capacity']> = {};
      for (const abc of ABC) {
        const entryRaw = member(cap, abc);
        if (entryRaw === undefined) continue;
        const path: ProblemPath = ['assumptions', 'capacity', abc];
        const entry = objectAt(r, entryRaw, path, ['bra', 'm2PerJob']);
        if (!entry) continue;
        const e: { bra?: Partial<Range3>; m2PerJob?: Partial<Range3> } = {};
        if (member(entry, 'bra') !== undefined) put(e, 'bra', readRange(r, entry['bra'], join(path, 'bra'), BRA_RANGE));
        if (member(entry, 'm2PerJob') !== undefined)
          put(e, 'm2PerJob', readRange(r, entry['m2PerJob'], join(path, 'm2PerJob'), M2_PER_JOB));
        capacity[abc] = e;
      }
      out.capacity = capacity;
    }
  }
  const accRaw = member(o, 'accessibility');
  if (accRaw !== undefined) {
    const acc = objectAt(r, accRaw, ['assumptions', 'accessibility'], ['aMaxRailM', 'bMaxRailM', 'bMaxAnyHubM']);
    if (acc) {
      const t: NonNullable<ScenarioAssumptions['accessibility']> = {};
      for (const key of ['aMaxRailM', 'bMaxRailM', 'bMaxAnyHubM'] as const)
        put(t, key, numberAt(r, acc, key, ['assumptions', 'accessibility'], THRESHOLD_M));
      out.accessibility = t;
    }
  }
  put(out, 'nearHubM', numberAt(r, o, 'nearHubM', ['assumptions'], THRESHOLD_M));
  const netRaw = member(o, 'netShare');
  if (netRaw !== undefined) {
    const net = objectAt(r, netRaw, ['assumptions', 'netShare'], ABC);
    if (net) {
      const n: NonNullable<ScenarioAssumptions['netShare']> = {};
      for (const abc of ABC) put(n, abc, numberAt(r, net, abc, ['assumptions', 'netShare'], SHARE));
      out.netShare = n;
    }
  }
  put(out, 'landPerJobTodayM2', numberAt(r, o, 'landPerJobTodayM2', ['assumptions'], LAND_PER_JOB_M2));
  put(out, 'takeUpSharePerYear', numberAt(r, o, 'takeUpSharePerYear', ['assumptions'], TAKE_UP));
  const leadRaw = member(o, 'leadTimeYears');
  if (leadRaw !== undefined) {
    const lead = objectAt(r, leadRaw, ['assumptions', 'leadTimeYears'], READINESS_KEYS);
    if (lead) {
      const l: NonNullable<ScenarioAssumptions['leadTimeYears']> = {};
      for (const key of READINESS_KEYS)
        put(l, key, numberAt(r, lead, key, ['assumptions', 'leadTimeYears'], BOUNDS.leadTimeYears));
      out.leadTimeYears = l;
    }
  }
  return out;
}

function readTranslations(r: Reader, value: unknown): Scenario['translations'] | undefined {
  const o = objectAt(r, value, ['translations'], ['nb', 'en']);
  if (!o) return undefined;
  const out: NonNullable<Scenario['translations']> = {};
  for (const lang of ['nb', 'en'] as const) {
    const raw = member(o, lang);
    if (raw === undefined) continue;
    const path: ProblemPath = ['translations', lang];
    const t = objectAt(r, raw, path, ['name', 'description']);
    if (!t) continue;
    const name = stringAt(r, t, 'name', path, 200) ?? r.error(join(path, 'name'), 'missing');
    const description = stringAt(r, t, 'description', path, 5000) ?? '';
    if (name !== undefined) out[lang] = { name, description } satisfies ScenarioText;
  }
  return out;
}

const TOP_KEYS = [
  'schemaVersion',
  'id',
  'name',
  'description',
  'translations',
  'horizonYears',
  'startYear',
  'assumptions',
  'rules',
  'sites',
];

/** Reads a current-version scenario object; errors and warnings go to the reader. */
function readCurrent(r: Reader, o: Record<string, unknown>): Scenario | undefined {
  objectAt(r, o, [], TOP_KEYS);
  const id =
    stringAt(r, o, 'id', [], 64, ID) ?? (member(o, 'id') === undefined ? r.error(['id'], 'missing') : undefined);
  const nameRaw =
    stringAt(r, o, 'name', [], 200) ?? (member(o, 'name') === undefined ? r.error(['name'], 'missing') : undefined);
  const name = nameRaw !== undefined && nameRaw.trim() === '' ? r.error(['name'], 'empty') : nameRaw;
  const description = stringAt(r, o, 'description', [], 5000) ?? '';
  const horizonYears =
    numberAt(r, o, 'horizonYears', [], BOUNDS.horizonYears) ??
    (member(o, 'horizonYears') === undefined ? r.error(['horizonYears'], 'missing') : undefined);
  const startYear = numberAt(r, o, 'startYear', [], YEAR);
  const translations = member(o, 'translations') === undefined ? undefined : readTranslations(r, o['translations']);
  const assumptions = member(o, 'assumptions') === undefined ? undefined : readAssumptions(r, o['assumptions']);
  const rules = member(o, 'rules') === undefined ? undefined : readRules(r, o['rules']);
  const sites = member(o, 'sites') === undefined ? undefined : readSites(r, o['sites']);
  if (r.errors.length > 0 || id === undefined || name === undefined || horizonYears === undefined) return undefined;
  const s = { schemaVersion: SCENARIO_SCHEMA_VERSION, id, name, description } as Scenario;
  put(s, 'translations', translations);
  s.horizonYears = horizonYears;
  put(s, 'startYear', startYear);
  put(s, 'assumptions', assumptions);
  put(s, 'rules', rules);
  put(s, 'sites', sites);
  return s;
}

/**
 * Validates scenario JSON (already parsed) of any known schema version; older versions are migrated first.
 * Returns the scenario in the current version and warnings (unknown fields, migration notes) as coded problems.
 * Throws ScenarioError whose problems each name the field, e.g. `['sites', 'S07', 'bra']`, `number-between`.
 */
export function parseScenario(json: unknown): { scenario: Scenario; warnings: ScenarioProblem[] } {
  const migrated = migrateScenario(json);
  const r = new Reader();
  r.warnings.push(...migrated.warnings);
  const scenario = readCurrent(r, migrated.json);
  if (!scenario) throw new ScenarioError(r.errors);
  return { scenario, warnings: r.warnings };
}

/** parseScenario for JSON text (a file or a stored string); bad JSON is a ScenarioError too. */
export function parseScenarioText(text: string): { scenario: Scenario; warnings: ScenarioProblem[] } {
  let json: unknown;
  // UTF-16 read as UTF-8 starts with two replacement characters (FF FE) and is full of NULs: say so, not "bad JSON".
  if (text.startsWith('\uFFFD\uFFFD') || text.slice(0, 200).includes('\u0000')) {
    throw new ScenarioError([scenarioProblem([], 'utf16')]);
  }
  try {
    // Any number of byte-order marks (some editors add a second one).
    json = JSON.parse(text.replace(/^\uFEFF+/, ''));
  } catch (e) {
    // The parser's own explanation (position, token) is data from the JS engine, shown as it is.
    throw new ScenarioError([scenarioProblem([], 'not-json', { detail: e instanceof Error ? e.message : String(e) })]);
  }
  return parseScenario(json);
}

/**
 * The scenario as JSON text (2-space indent, fixed key order, final newline): what export writes and
 * parseScenarioText reads back to an equal scenario. Throws ScenarioError if the scenario is not valid.
 */
export function serializeScenario(scenario: Scenario): string {
  // Parsing rebuilds the object in canonical key order and drops undefined members.
  return `${JSON.stringify(parseScenario(scenario).scenario, null, 2)}\n`;
}
