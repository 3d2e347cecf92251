// Brings scenario JSON of an older schema version up to the current one (v1 → v2), or says why it cannot.
import { SCENARIO_SCHEMA_VERSION } from './scenario.ts';
import { ScenarioError } from './scenarioError.ts';
import { gotParams, scenarioProblem, type ProblemPath, type ScenarioProblem } from './scenarioProblem.ts';
import { Reader, isPlainObject, join, member, numberAt, objectAt, ownKeys } from './scenarioReader.ts';
import { ABC_TYPES } from './types.ts';

/**
 * Version 1 (the first stored format) differed from version 2 in four ways:
 * - no `id`: one is now made from the name;
 * - utilisation as percent (`braPercent: 150`) instead of a fraction (`bra: 1.5`);
 * - per-type assumptions at the top of `assumptions` (`assumptions.A`) instead of under `assumptions.capacity`;
 * - `included` instead of `include` in per-site overrides.
 * It had no rules, no accessibility thresholds and no translations.
 */
const PERCENT = { min: 0, max: 1000 };
const ABC = ABC_TYPES;
const LEVELS = ['low', 'mid', 'high'] as const;

/** ASCII id from a name: "Fortetting ved Høn" → "fortetting-ved-hon". */
export function idFromName(name: string): string {
  const folded = name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const id = folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return id === '' ? 'scenario' : id;
}

/** Own entries except `__proto__` (reported by ownKeys), copied as data properties. */
function copyOwn(
  r: Reader,
  o: Record<string, unknown>,
  path: ProblemPath,
  skip: readonly string[],
): [string, unknown][] {
  return ownKeys(r, o, path)
    .filter((k) => !skip.includes(k))
    .map((k) => [k, o[k]]);
}

function percentToFraction(r: Reader, o: Record<string, unknown>, key: string, path: ProblemPath): number | undefined {
  const pct = numberAt(r, o, key, path, PERCENT);
  return pct === undefined ? undefined : pct / 100;
}

function migrateAssumptionsV1(r: Reader, value: unknown): unknown {
  const o = objectAt(r, value, ['assumptions'], ABC);
  if (!o) return value;
  const capacity: [string, unknown][] = [];
  for (const abc of ABC) {
    const raw = member(o, abc);
    if (raw === undefined) continue;
    const path: ProblemPath = ['assumptions', abc];
    const entry = objectAt(r, raw, path, ['braPercent', 'm2PerJob']);
    if (!entry) continue;
    const out: [string, unknown][] = [];
    const pctRaw = member(entry, 'braPercent');
    if (pctRaw !== undefined) {
      const pct = objectAt(r, pctRaw, join(path, 'braPercent'), LEVELS);
      if (pct) {
        const bra: [string, number][] = [];
        for (const level of LEVELS) {
          const v = percentToFraction(r, pct, level, join(path, 'braPercent'));
          if (v !== undefined) bra.push([level, v]);
        }
        out.push(['bra', Object.fromEntries(bra)]);
      }
    }
    if (member(entry, 'm2PerJob') !== undefined) out.push(['m2PerJob', entry['m2PerJob']]);
    capacity.push([abc, Object.fromEntries(out)]);
  }
  return { capacity: Object.fromEntries(capacity) };
}

function migrateSitesV1(r: Reader, value: unknown): unknown {
  if (!isPlainObject(value)) return value;
  const out: [string, unknown][] = [];
  for (const [id, raw] of copyOwn(r, value, ['sites'], [])) {
    const path = join(['sites'], id);
    if (!isPlainObject(raw)) {
      out.push([id, raw]);
      continue;
    }
    const change: [string, unknown][] = [];
    for (const [key, v] of copyOwn(r, raw, path, [])) {
      if (key === 'included') change.push(['include', v]);
      else if (key === 'braPercent') {
        const bra = percentToFraction(r, raw, 'braPercent', path);
        if (bra !== undefined) change.push(['bra', bra]);
      } else change.push([key, v]);
    }
    out.push([id, Object.fromEntries(change)]);
  }
  return Object.fromEntries(out);
}

function fromV1(o: Record<string, unknown>): { json: Record<string, unknown>; warnings: ScenarioProblem[] } {
  const r = new Reader();
  const name = member(o, 'name');
  const id = idFromName(typeof name === 'string' ? name : '');
  const rest = copyOwn(r, o, [], ['schemaVersion', 'assumptions', 'sites']);
  const json: Record<string, unknown> = Object.fromEntries([
    ['schemaVersion', SCENARIO_SCHEMA_VERSION],
    ['id', id],
    ...rest,
  ]);
  if (member(o, 'assumptions') !== undefined) json['assumptions'] = migrateAssumptionsV1(r, o['assumptions']);
  if (member(o, 'sites') !== undefined) json['sites'] = migrateSitesV1(r, o['sites']);
  if (r.errors.length > 0) throw new ScenarioError(r.errors);
  return {
    json,
    warnings: [...r.warnings, scenarioProblem(['schemaVersion'], 'migrated-v1', { to: SCENARIO_SCHEMA_VERSION, id })],
  };
}

/**
 * Returns scenario JSON in the current schema version, migrating older versions, plus notes on what changed.
 * Throws ScenarioError when the JSON is not an object, has no usable schemaVersion, or is from a newer version.
 */
export function migrateScenario(json: unknown): {
  json: Record<string, unknown>;
  warnings: ScenarioProblem[];
  fromVersion: number;
} {
  if (!isPlainObject(json)) throw new ScenarioError([scenarioProblem([], 'root-not-object', gotParams(json))]);
  const version = member(json, 'schemaVersion');
  if (version === undefined) {
    throw new ScenarioError([
      scenarioProblem(['schemaVersion'], 'version-missing', { current: SCENARIO_SCHEMA_VERSION }),
    ]);
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new ScenarioError([scenarioProblem(['schemaVersion'], 'version-not-whole', gotParams(version))]);
  }
  if (version > SCENARIO_SCHEMA_VERSION) {
    throw new ScenarioError([
      scenarioProblem(['schemaVersion'], 'version-newer', { version, current: SCENARIO_SCHEMA_VERSION }),
    ]);
  }
  if (version === SCENARIO_SCHEMA_VERSION) return { json, warnings: [], fromVersion: version };
  if (version === 1) return { ...fromV1(json), fromVersion: 1 };
  throw new ScenarioError([
    scenarioProblem(['schemaVersion'], 'version-unknown', { version, current: SCENARIO_SCHEMA_VERSION }),
  ]);
}
