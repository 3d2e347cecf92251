// Default capacity and accessibility assumptions, read from geodata/assumptions.json with a source for every figure.
import raw from '../../geodata/assumptions.json';
import { BOUNDS, type Bound } from './assumptionBounds.ts';
import { problemSummary, scenarioProblem, type ProblemPath, type ScenarioProblem } from './scenarioProblem.ts';
import { inRange, rangeProblem } from './scenarioReader.ts';
import { ABC_TYPES, type AbcType, type Assumptions, type Range3 } from './types.ts';

/** Every way an assumptions file can be refused (the words, nb and en, are in src/i18n/profileErrors.*.ts). */
export const ASSUMPTIONS_ERROR_CODES = ['missing', 'not-positive', 'no-source', 'check'] as const;
export type AssumptionsErrorCode = (typeof ASSUMPTIONS_ERROR_CODES)[number];

/**
 * The assumptions file (or an edited copy) does not have the expected shape, as facts: the `code`, the dotted `field`
 * (`capacity.B.m2PerJob.mid.source`) and the `value` as JSON text, or for `check` the coded problems. Error.message is
 * a technical string; the words for people come from src/i18n (assumptionsErrorText).
 */
export class AssumptionsError extends Error {
  constructor(
    readonly code: AssumptionsErrorCode,
    readonly params: Readonly<Record<string, string>> = {},
    readonly problems: readonly ScenarioProblem[] = [],
  ) {
    super(code === 'check' ? problems.map(problemSummary).join('; ') : `assumptions ${code}: ${params['field'] ?? ''}`);
    this.name = 'AssumptionsError';
  }
}

const ABC: readonly AbcType[] = ABC_TYPES;
const LEVELS = ['low', 'mid', 'high'] as const;

function field(obj: unknown, key: string, path: string): unknown {
  if (typeof obj !== 'object' || obj === null || !(key in obj)) {
    throw new AssumptionsError('missing', { field: `${path ? `${path}.` : ''}${key}` });
  }
  return (obj as Record<string, unknown>)[key];
}

/** Reads one {value, source} figure, recording its source under its dotted path. */
function figure(obj: unknown, key: string, path: string, sources: Record<string, string>): number {
  const full = path ? `${path}.${key}` : key;
  const f = field(obj, key, path);
  const value = field(f, 'value', full);
  const source = field(f, 'source', full);
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new AssumptionsError('not-positive', { field: `${full}.value`, value: String(JSON.stringify(value)) });
  }
  if (typeof source !== 'string' || source.trim() === '') {
    throw new AssumptionsError('no-source', { field: `${full}.source` });
  }
  sources[full] = source;
  return value;
}

function range(obj: unknown, path: string, sources: Record<string, string>): Range3 {
  const r = { low: 0, mid: 0, high: 0 };
  for (const level of LEVELS) r[level] = figure(obj, level, path, sources);
  return r;
}

/**
 * Parses an assumptions file: every figure must be `{ value, source }`. Returns the plain numbers the engine uses
 * and the sources keyed by dotted path (e.g. `capacity.A.m2PerJob.mid`). Throws AssumptionsError.
 */
export function parseAssumptionsFile(json: unknown): { assumptions: Assumptions; sources: Record<string, string> } {
  const sources: Record<string, string> = {};
  const capacityJson = field(json, 'capacity', '');
  const capacity = {} as Assumptions['capacity'];
  for (const abc of ABC) {
    const path = `capacity.${abc}`;
    const entry = field(capacityJson, abc, 'capacity');
    capacity[abc] = {
      bra: range(field(entry, 'bra', path), `${path}.bra`, sources),
      m2PerJob: range(field(entry, 'm2PerJob', path), `${path}.m2PerJob`, sources),
    };
  }
  const acc = field(json, 'accessibility', '');
  const accessibility = {
    aMaxRailM: figure(acc, 'aMaxRailM', 'accessibility', sources),
    bMaxRailM: figure(acc, 'bMaxRailM', 'accessibility', sources),
    bMaxAnyHubM: figure(acc, 'bMaxAnyHubM', 'accessibility', sources),
  };
  const nearHubM = figure(json, 'nearHubM', '', sources);
  const netJson = field(json, 'netShare', '');
  const netShare = { A: 0, B: 0, C: 0 };
  for (const abc of ABC) netShare[abc] = figure(netJson, abc, 'netShare', sources);
  const assumptions: Assumptions = {
    capacity,
    accessibility,
    nearHubM,
    netShare,
    landPerJobTodayM2: figure(json, 'landPerJobTodayM2', '', sources),
    takeUpSharePerYear: figure(json, 'takeUpSharePerYear', '', sources),
  };
  // Read for its source check; a display threshold, not an input of the engine (see DENSITY_WARNING_FACTOR).
  figure(json, 'densityWarningFactor', '', sources);
  const problems = checkAssumptions(assumptions);
  if (problems.length > 0) throw new AssumptionsError('check', {}, problems);
  return { assumptions, sources };
}

/**
 * Problems with a set of assumptions (e.g. after the user edits them), as coded problems at their path under
 * `assumptions` (the same paths a scenario file has); empty when usable.
 * Ranges must be ordered low ≤ mid ≤ high, the A rail distance must not exceed the B one.
 */
export function checkAssumptions(a: Assumptions): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  // Within the bounds a scenario file is held to (assumptionBounds.ts): e.g. at least 1 m² per job.
  const within = (v: number, path: ProblemPath, b: Bound): void => {
    if (!inRange(v, b)) problems.push(rangeProblem(['assumptions', ...path], b, v));
  };
  for (const abc of ABC) {
    for (const part of ['bra', 'm2PerJob'] as const) {
      const r = a.capacity[abc][part];
      for (const level of LEVELS) within(r[level], ['capacity', abc, part, level], BOUNDS[part]);
      if (!(r.low <= r.mid && r.mid <= r.high))
        problems.push(scenarioProblem(['assumptions', 'capacity', abc, part], 'range-order'));
    }
  }
  const t = a.accessibility;
  within(t.aMaxRailM, ['accessibility', 'aMaxRailM'], BOUNDS.thresholdM);
  within(t.bMaxRailM, ['accessibility', 'bMaxRailM'], BOUNDS.thresholdM);
  within(t.bMaxAnyHubM, ['accessibility', 'bMaxAnyHubM'], BOUNDS.thresholdM);
  if (t.aMaxRailM > t.bMaxRailM)
    problems.push(scenarioProblem(['assumptions', 'accessibility', 'aMaxRailM'], 'rail-a-over-b'));
  within(a.nearHubM, ['nearHubM'], BOUNDS.thresholdM);
  for (const abc of ABC) within(a.netShare[abc], ['netShare', abc], BOUNDS.netShare);
  within(a.landPerJobTodayM2, ['landPerJobTodayM2'], BOUNDS.landPerJobTodayM2);
  within(a.takeUpSharePerYear, ['takeUpSharePerYear'], BOUNDS.takeUpSharePerYear);
  return problems;
}

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null) {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

const parsed = parseAssumptionsFile(raw);

/** The defaults from geodata/assumptions.json; frozen, so copy (e.g. structuredClone) before editing. */
export const DEFAULT_ASSUMPTIONS: Assumptions = deepFreeze(parsed.assumptions);

/** Source/justification of every default figure, keyed by dotted path, e.g. `capacity.A.m2PerJob.mid`. */
export const ASSUMPTION_SOURCES: Readonly<Record<string, string>> = deepFreeze(parsed.sources);

/**
 * A scenario whose build-out implies more than this many times today's density (the plan's 420 m² gross land per job)
 * gets a plain warning on screen and in the report.
 */
export const DENSITY_WARNING_FACTOR: number = raw.densityWarningFactor.value;

/** The file's explanatory notes (implied land per job, how %BRA was chosen), for display. */
export const ASSUMPTION_NOTES: {
  about: string;
  howTheBraDefaultsWereChosen: string;
  paceModel: string;
  newJobs: string;
} = {
  about: raw.about,
  howTheBraDefaultsWereChosen: raw.notes.howTheBraDefaultsWereChosen,
  paceModel: raw.notes.paceModel,
  newJobs: raw.notes.newJobs,
};
