// Field readers for untrusted scenario JSON: type and range checks that name the field, never prototype lookups.
import {
  gotParams,
  scenarioProblem,
  type ProblemParams,
  type ProblemPath,
  type ScenarioProblem,
  type ScenarioProblemCode,
} from './scenarioProblem.ts';

export class Reader {
  readonly errors: ScenarioProblem[] = [];
  readonly warnings: ScenarioProblem[] = [];

  error(path: ProblemPath, code: ScenarioProblemCode, params?: ProblemParams): undefined {
    this.errors.push(scenarioProblem(path, code, params));
    return undefined;
  }

  warn(path: ProblemPath, code: ScenarioProblemCode, params?: ProblemParams): void {
    this.warnings.push(scenarioProblem(path, code, params));
  }
}

/** `['sites', 'S07']`: one step further into the JSON. */
export function join(path: ProblemPath, key: string | number): ProblemPath {
  return [...path, key];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Own keys with a defined value. A `__proto__` key (JSON.parse makes it an own property) is refused: copying it
 * by assignment would swap an object's prototype, and no field of ours has that name.
 */
export function ownKeys(r: Reader, o: Record<string, unknown>, path: ProblemPath): string[] {
  const keys: string[] = [];
  for (const key of Object.keys(o)) {
    if (key === '__proto__') {
      r.error(join(path, key), 'key-not-allowed');
      continue;
    }
    if (o[key] !== undefined) keys.push(key);
  }
  return keys;
}

/**
 * Reads an object and warns about keys it does not know (`allowed` null: a map, any key goes); undefined, with an
 * error, when it is not an object.
 */
export function objectAt(
  r: Reader,
  value: unknown,
  path: ProblemPath,
  allowed: readonly string[] | null,
): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) return r.error(path, 'not-object', gotParams(value));
  const keys = ownKeys(r, value, path);
  if (allowed) {
    for (const key of keys) if (!allowed.includes(key)) r.warn(join(path, key), 'unknown-field');
  }
  return value;
}

/** The value of an own key, or undefined (never something inherited like `constructor`). */
export function member(o: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(o, key) && key !== '__proto__' ? o[key] : undefined;
}

export interface NumberRange {
  min: number;
  max: number;
  /** true: min itself is not allowed (e.g. a floor area per job of 0). */
  minExclusive?: boolean;
  integer?: boolean;
}

/** The code for a number outside `range`: whole or any number, from min or above min. */
export function rangeCode(range: NumberRange): ScenarioProblemCode {
  if (range.minExclusive) return range.integer ? 'whole-above' : 'number-above';
  return range.integer ? 'whole-between' : 'number-between';
}

export function inRange(value: unknown, range: NumberRange): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (range.minExclusive ? value > range.min : value >= range.min) &&
    value <= range.max &&
    (!range.integer || Number.isInteger(value))
  );
}

/** The problem for a number outside `range` at `path`. */
export function rangeProblem(path: ProblemPath, range: NumberRange, value: unknown): ScenarioProblem {
  return scenarioProblem(path, rangeCode(range), { min: range.min, max: range.max, ...gotParams(value) });
}

export function numberAt(
  r: Reader,
  o: Record<string, unknown>,
  key: string,
  path: ProblemPath,
  range: NumberRange,
): number | undefined {
  const value = member(o, key);
  if (value === undefined) return undefined;
  if (inRange(value, range)) return value;
  r.errors.push(rangeProblem(join(path, key), range, value));
  return undefined;
}

export function stringAt(
  r: Reader,
  o: Record<string, unknown>,
  key: string,
  path: ProblemPath,
  maxLength: number,
  pattern?: { re: RegExp; code: ScenarioProblemCode },
): string | undefined {
  const value = member(o, key);
  if (value === undefined) return undefined;
  const full = join(path, key);
  if (typeof value !== 'string') return r.error(full, 'not-text', gotParams(value));
  if (value.length > maxLength) return r.error(full, 'text-too-long', { max: maxLength, length: value.length });
  if (pattern && !pattern.re.test(value)) return r.error(full, pattern.code, gotParams(value));
  return value;
}

export function booleanAt(r: Reader, o: Record<string, unknown>, key: string, path: ProblemPath): boolean | undefined {
  const value = member(o, key);
  if (value === undefined) return undefined;
  return typeof value === 'boolean' ? value : r.error(join(path, key), 'not-boolean', gotParams(value));
}

/** The choices as data for the words: `"A", "B", "C"` (JSON literals, as the file must write them). */
export function choicesParam(choices: readonly string[]): string {
  return choices.map((c) => JSON.stringify(c)).join(', ');
}

/** One of a fixed set of words. */
export function choiceAt<T extends string>(
  r: Reader,
  o: Record<string, unknown>,
  key: string,
  path: ProblemPath,
  choices: readonly T[],
): T | undefined {
  const value = member(o, key);
  if (value === undefined) return undefined;
  return (choices as readonly unknown[]).includes(value)
    ? (value as T)
    : r.error(join(path, key), 'not-choice', { choices: choicesParam(choices), ...gotParams(value) });
}

/** What a list item must be: its code, and the choices for `item-not-choice`. */
export type ItemExpectation =
  { code: 'item-not-site-id' | 'item-not-region' } | { code: 'item-not-choice'; choices: readonly string[] };

/** A list of words (a single word is read as a one-word list); `check` rejects bad items. */
export function listAt<T extends string>(
  r: Reader,
  o: Record<string, unknown>,
  key: string,
  path: ProblemPath,
  check: (v: string) => boolean,
  expected: ItemExpectation,
  maxItems = 10000,
): T[] | undefined {
  const raw = member(o, key);
  if (raw === undefined) return undefined;
  const full = join(path, key);
  const items: unknown[] = Array.isArray(raw) ? raw : [raw];
  if (items.length === 0) return r.error(full, 'list-empty');
  if (items.length > maxItems) return r.error(full, 'list-too-long', { max: maxItems });
  const out: T[] = [];
  let ok = true;
  items.forEach((v, i) => {
    if (typeof v === 'string' && check(v)) out.push(v as T);
    else {
      ok = false;
      const params =
        expected.code === 'item-not-choice'
          ? { choices: choicesParam(expected.choices), ...gotParams(v) }
          : gotParams(v);
      r.error(Array.isArray(raw) ? join(full, i) : full, expected.code, params);
    }
  });
  return ok ? out : undefined;
}
