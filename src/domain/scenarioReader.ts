// Field readers for untrusted scenario JSON: type and range checks that name the field, never prototype lookups.

export class Reader {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];

  error(path: string, problem: string): undefined {
    this.errors.push(`${path}: ${problem}`);
    return undefined;
  }

  warn(path: string, problem: string): void {
    this.warnings.push(`${path}: ${problem}`);
  }
}

const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `sites.S07`, but `sites["Nesbru sør"]` for keys that would not read as one path segment. */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const seg = SIMPLE_KEY.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (path === '') return seg;
  return seg.startsWith('[') ? `${path}${seg}` : `${path}.${seg}`;
}

/** A short rendering of a bad value for messages. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
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
export function ownKeys(r: Reader, o: Record<string, unknown>, path: string): string[] {
  const keys: string[] = [];
  for (const key of Object.keys(o)) {
    if (key === '__proto__') {
      r.error(join(path, key), 'this key is not allowed');
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
export function objectAt(r: Reader, value: unknown, path: string, allowed: readonly string[] | null): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) return r.error(path || 'the scenario', `must be an object, not ${show(value)}`);
  const keys = ownKeys(r, value, path);
  if (allowed) {
    for (const key of keys) if (!allowed.includes(key)) r.warn(join(path, key), 'unknown field, ignored');
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

export function rangeText(range: NumberRange): string {
  const kind = range.integer ? 'a whole number' : 'a number';
  return range.minExclusive ? `${kind} above ${range.min} and at most ${range.max}` : `${kind} between ${range.min} and ${range.max}`;
}

export function numberAt(r: Reader, o: Record<string, unknown>, key: string, path: string, range: NumberRange): number | undefined {
  const value = member(o, key);
  if (value === undefined) return undefined;
  const full = join(path, key);
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (range.minExclusive ? value > range.min : value >= range.min) &&
    value <= range.max &&
    (!range.integer || Number.isInteger(value));
  return ok ? value : r.error(full, `must be ${rangeText(range)}, not ${show(value)}`);
}

export function stringAt(r: Reader, o: Record<string, unknown>, key: string, path: string, maxLength: number, pattern?: { re: RegExp; says: string }): string | undefined {
  const value = member(o, key);
  if (value === undefined) return undefined;
  const full = join(path, key);
  if (typeof value !== 'string') return r.error(full, `must be text, not ${show(value)}`);
  if (value.length > maxLength) return r.error(full, `must be at most ${maxLength} characters long (it has ${value.length})`);
  if (pattern && !pattern.re.test(value)) return r.error(full, `${pattern.says}, not ${show(value)}`);
  return value;
}

export function booleanAt(r: Reader, o: Record<string, unknown>, key: string, path: string): boolean | undefined {
  const value = member(o, key);
  if (value === undefined) return undefined;
  return typeof value === 'boolean' ? value : r.error(join(path, key), `must be true or false, not ${show(value)}`);
}

/** One of a fixed set of words. */
export function choiceAt<T extends string>(r: Reader, o: Record<string, unknown>, key: string, path: string, choices: readonly T[]): T | undefined {
  const value = member(o, key);
  if (value === undefined) return undefined;
  return (choices as readonly unknown[]).includes(value) ? (value as T) : r.error(join(path, key), `must be one of ${choices.map((c) => JSON.stringify(c)).join(', ')}, not ${show(value)}`);
}

/** A list of words (a single word is read as a one-word list); `check` rejects bad items. */
export function listAt<T extends string>(
  r: Reader, o: Record<string, unknown>, key: string, path: string, check: (v: string) => boolean, expected: string, maxItems = 10000,
): T[] | undefined {
  const raw = member(o, key);
  if (raw === undefined) return undefined;
  const full = join(path, key);
  const items: unknown[] = Array.isArray(raw) ? raw : [raw];
  if (items.length === 0) return r.error(full, 'must list at least one value');
  if (items.length > maxItems) return r.error(full, `must list at most ${maxItems} values`);
  const out: T[] = [];
  let ok = true;
  items.forEach((v, i) => {
    if (typeof v === 'string' && check(v)) out.push(v as T);
    else {
      ok = false;
      r.error(Array.isArray(raw) ? join(full, i) : full, `must be ${expected}, not ${show(v)}`);
    }
  });
  return ok ? out : undefined;
}
