// Scenario problems as facts: where (a path into the scenario JSON), what (a code) and the figures (params).
// No words here: src/i18n/scenarioProblems.ts renders a problem in nb or en, for the UI and the CLI alike.
import { READINESS_KEYS, type ReadinessKey } from './scenario.ts';
import type { AbcType } from './types.ts';

/** Every problem a scenario file, link, store or its assumptions can have. A new code needs words in both languages. */
export const SCENARIO_PROBLEM_CODES = [
  // The text itself
  'not-json',
  'utf16',
  'root-not-object',
  // The schema version
  'version-missing',
  'version-not-whole',
  'version-newer',
  'version-unknown',
  'migrated-v1',
  // Shapes and types
  'not-object',
  'not-list',
  'not-text',
  'not-boolean',
  'not-choice',
  'key-not-allowed',
  'unknown-field',
  'missing',
  'when-missing',
  'empty',
  'property-value',
  // Numbers (params min, max and the value given)
  'number-between',
  'whole-between',
  'number-above',
  'whole-above',
  // Text and lists
  'text-too-long',
  'id-pattern',
  'list-empty',
  'list-too-long',
  'item-not-site-id',
  'item-not-region',
  'item-not-choice',
  // Sizes and rules
  'too-many-rules',
  'too-many-sites',
  'site-id-too-long',
  'rule-sets-nothing',
  // Assumptions as a whole
  'range-order',
  'rail-a-over-b',
  // Outside the file
  'link-damaged',
  'unusable',
  'unexpected',
] as const;

export type ScenarioProblemCode = (typeof SCENARIO_PROBLEM_CODES)[number];

/** One step into the scenario JSON: an object key or a list index. */
export type PathSegment = string | number;
export type ProblemPath = readonly PathSegment[];

/**
 * Figures and data for the words: numbers (min, max, count), and values copied from the file as data (`got` is the
 * bad value as JSON text; `gotKind` says "list", "object" or "nothing" where there is no JSON text to show).
 */
export type ProblemParams = Readonly<Record<string, string | number>>;

export interface ScenarioProblem {
  /** Where in the scenario: `['sites', 'S07', 'bra']`; empty for the file as a whole. */
  readonly path: ProblemPath;
  readonly code: ScenarioProblemCode;
  readonly params: ProblemParams;
}

export function scenarioProblem(
  path: ProblemPath,
  code: ScenarioProblemCode,
  params: ProblemParams = {},
): ScenarioProblem {
  return { path: [...path], code, params };
}

/** Any other error (a bug, not bad input) as a problem, so it is still shown: its message is data, not ours. */
export function unexpectedProblem(e: unknown): ScenarioProblem {
  return scenarioProblem([], 'unexpected', { detail: e instanceof Error ? e.message : String(e) });
}

export type ValueKind = 'list' | 'object' | 'nothing';

/** The bad value for the params: its JSON text (cut at 40 characters), or what kind of thing it is. */
export function gotParams(value: unknown): { got: string } | { gotKind: ValueKind } {
  if (value === undefined) return { gotKind: 'nothing' };
  if (Array.isArray(value)) return { gotKind: 'list' };
  if (value === null) return { got: 'null' };
  if (typeof value === 'object') return { gotKind: 'object' };
  // NaN and ∞ have no JSON text (JSON.stringify makes them null): say them as numbers.
  if (typeof value === 'number' && !Number.isFinite(value)) return { got: String(value) };
  const text = JSON.stringify(value) ?? String(value);
  return { got: text.length > 40 ? `${text.slice(0, 37)}...` : text };
}

const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `sites.S07.bra`, `rules[0].when`, `sites["Nesbru sør"].bra`: the path as it reads in the file. */
export function pathText(path: ProblemPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (SIMPLE_KEY.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** A short technical form (path and code, no sentence), for Error.message and logs. */
export function problemSummary(p: ScenarioProblem): string {
  const at = pathText(p.path);
  return at === '' ? p.code : `${at}: ${p.code}`;
}

/** The fields a scenario has words for (the words are in src/i18n/scenarioFields.*.ts). */
export const SCENARIO_FIELD_KEYS = [
  'id',
  'schemaVersion',
  'name',
  'description',
  'horizonYears',
  'startYear',
  'translation.name',
  'translation.description',
  'assumptions',
  'rules',
  'sites',
  'rule',
  'rule.when',
  'rule.set',
  'rule.label',
  'capacity.bra',
  'capacity.m2PerJob',
  'accessibility.aMaxRailM',
  'accessibility.bMaxRailM',
  'accessibility.bMaxAnyHubM',
  'nearHubM',
  'netShare',
  'landPerJobTodayM2',
  'takeUpSharePerYear',
  'leadTimeYears',
  'change.bra',
  'change.braFactor',
  'change.abc',
  'change.include',
  'change.availableYear',
  'change.jobsToday',
  'when.maxRailDistanceM',
  'when.minRailDistanceM',
  'when.maxHubDistanceM',
  'when.minHubDistanceM',
  'when.minAreaDaa',
  'when.maxAreaDaa',
  'when.siteIds',
  'when.region',
  'when.status',
  'when.abc',
  'when.readiness',
  'when.property',
] as const;

export type ScenarioFieldKey = (typeof SCENARIO_FIELD_KEYS)[number];
export type Level = 'low' | 'mid' | 'high';

/** Which field a path points at, with what narrows it down (type, level, site, rule); null for no known field. */
export interface FieldRef {
  key: ScenarioFieldKey;
  abc?: AbcType;
  level?: Level;
  readiness?: ReadinessKey;
  /** A per-site override: the site id as the file has it. */
  site?: string;
  /** A rule, counted from 1 as people count. */
  rule?: number;
  /** The language of a translated name or description. */
  lang?: 'nb' | 'en';
}

const ABC_SET: ReadonlySet<unknown> = new Set(['A', 'B', 'C']);
const LEVEL_SET: ReadonlySet<unknown> = new Set(['low', 'mid', 'high']);
const TOP: ReadonlySet<unknown> = new Set([
  'id',
  'schemaVersion',
  'name',
  'description',
  'horizonYears',
  'startYear',
  'assumptions',
  'rules',
  'sites',
]);
const ACCESS: ReadonlySet<unknown> = new Set(['aMaxRailM', 'bMaxRailM', 'bMaxAnyHubM']);
const SINGLE: ReadonlySet<unknown> = new Set(['nearHubM', 'landPerJobTodayM2', 'takeUpSharePerYear']);
const CHANGE: ReadonlySet<unknown> = new Set(['bra', 'braFactor', 'abc', 'include', 'availableYear', 'jobsToday']);
const WHEN: ReadonlySet<unknown> = new Set([
  'maxRailDistanceM',
  'minRailDistanceM',
  'maxHubDistanceM',
  'minHubDistanceM',
  'minAreaDaa',
  'maxAreaDaa',
  'siteIds',
  'region',
  'status',
  'abc',
  'readiness',
  'property',
]);
/** Conditions that are lists: a bad item (`status[0]`) is about the condition. */
const WHEN_LISTS: ReadonlySet<unknown> = new Set(['siteIds', 'region', 'status', 'abc', 'readiness']);

function ruleField(rule: number, rest: ProblemPath): FieldRef | null {
  const [part, key, item, more] = rest;
  if (part === undefined) return { key: 'rule', rule };
  if (key === undefined)
    return part === 'when' || part === 'set' || part === 'label' ? { key: `rule.${part}`, rule } : null;
  if (part === 'set' && CHANGE.has(key) && item === undefined)
    return { key: `change.${String(key)}` as ScenarioFieldKey, rule };
  if (
    part === 'when' &&
    WHEN.has(key) &&
    (item === undefined || (WHEN_LISTS.has(key) && typeof item === 'number' && more === undefined))
  ) {
    return { key: `when.${String(key)}` as ScenarioFieldKey, rule };
  }
  return null;
}

function assumptionField(rest: ProblemPath): FieldRef | null {
  const [a, b, c, d, e] = rest;
  if (
    a === 'capacity' &&
    ABC_SET.has(b) &&
    (c === 'bra' || c === 'm2PerJob') &&
    (d === undefined || LEVEL_SET.has(d)) &&
    e === undefined
  ) {
    const ref: FieldRef = { key: c === 'bra' ? 'capacity.bra' : 'capacity.m2PerJob', abc: b as AbcType };
    if (d !== undefined) ref.level = d as Level;
    return ref;
  }
  if (a === 'accessibility' && ACCESS.has(b) && c === undefined)
    return { key: `accessibility.${String(b)}` as ScenarioFieldKey };
  if (a === 'netShare' && ABC_SET.has(b) && c === undefined) return { key: 'netShare', abc: b as AbcType };
  if (SINGLE.has(a) && b === undefined) return { key: a as 'nearHubM' | 'landPerJobTodayM2' | 'takeUpSharePerYear' };
  if (a === 'leadTimeYears' && (READINESS_KEYS as readonly unknown[]).includes(b) && c === undefined)
    return { key: 'leadTimeYears', readiness: b as ReadinessKey };
  return null;
}

/**
 * The field a problem's path points at: `['assumptions', 'capacity', 'C', 'm2PerJob']` → capacity.m2PerJob of C;
 * `['sites', 'S07', 'bra']` → change.bra of site S07. Null when the path is no field with words (then the path
 * itself is shown, quoted, as the file names it).
 */
export function scenarioField(path: ProblemPath): FieldRef | null {
  const [first, second, third, fourth] = path;
  if (TOP.has(first) && second === undefined) return { key: first as ScenarioFieldKey };
  if (first === 'assumptions') return assumptionField(path.slice(1));
  if (first === 'sites' && typeof second === 'string' && CHANGE.has(third) && fourth === undefined) {
    return { key: `change.${String(third)}` as ScenarioFieldKey, site: second };
  }
  if (first === 'rules' && typeof second === 'number') return ruleField(second + 1, path.slice(2));
  if (
    first === 'translations' &&
    (second === 'nb' || second === 'en') &&
    (third === 'name' || third === 'description') &&
    fourth === undefined
  ) {
    return { key: `translation.${third}`, lang: second };
  }
  return null;
}
