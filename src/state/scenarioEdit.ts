// Pure edits of one scenario (rename, horizon, assumptions, per-site overrides) and making an editable copy.
import type { Scenario, ScenarioAssumptions, SiteChange } from '../domain/scenario';
import { ABC_TYPES, type AbcType, type Assumptions, type Range3 } from '../domain/types';

export type ScenarioEdit =
  | { kind: 'name'; name: string }
  | { kind: 'horizon'; years: number }
  /** The scenario's whole assumption overrides (undefined: none). */
  | { kind: 'assumptions'; assumptions: ScenarioAssumptions | undefined }
  /** The site's whole override (null or empty: none). */
  | { kind: 'site'; siteId: string; change: SiteChange | null };

const ABC: readonly AbcType[] = ABC_TYPES;
const LEVELS = ['low', 'mid', 'high'] as const;

function withoutKey<T extends object, K extends keyof T>(o: T, key: K): T {
  const copy = { ...o };
  delete copy[key];
  return copy;
}

/** Deep equality of plain JSON-like data (numbers, strings, booleans, arrays, objects; undefined = absent). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** A new scenario object with the edit applied; the input is never changed. Unchanged input → the same object. */
export function editScenario(s: Scenario, edit: ScenarioEdit): Scenario {
  switch (edit.kind) {
    case 'name':
      return edit.name === s.name ? s : { ...s, name: edit.name };
    case 'horizon':
      return edit.years === s.horizonYears ? s : { ...s, horizonYears: edit.years };
    case 'assumptions':
      if (sameData(edit.assumptions, s.assumptions)) return s;
      return edit.assumptions && Object.keys(edit.assumptions).length > 0
        ? { ...s, assumptions: edit.assumptions }
        : s.assumptions === undefined
          ? s
          : withoutKey(s, 'assumptions');
    case 'site': {
      // Own keys only, built with fromEntries: a site id such as "__proto__" or "constructor" is just a key.
      const current = s.sites && Object.hasOwn(s.sites, edit.siteId) ? s.sites[edit.siteId] : undefined;
      if (sameData(edit.change ?? undefined, current)) return s;
      const others = Object.entries(s.sites ?? {}).filter(([id]) => id !== edit.siteId);
      const keep = edit.change && Object.keys(edit.change).length > 0;
      if (!keep && current === undefined) return s;
      const sites: Record<string, SiteChange> = Object.fromEntries(
        keep ? [...others, [edit.siteId, edit.change as SiteChange]] : others,
      );
      return Object.keys(sites).length > 0 ? { ...s, sites } : withoutKey(s, 'sites');
    }
  }
}

/**
 * Capacity overrides with every figure that equals the base left out (and empty groups dropped), so a scenario only
 * carries what really differs and "changed" means changed. Other override groups are kept as they are.
 */
export function pruneAssumptions(
  over: ScenarioAssumptions | undefined,
  base: Assumptions,
): ScenarioAssumptions | undefined {
  if (!over) return undefined;
  const out: ScenarioAssumptions = { ...over };
  delete out.capacity;
  const capacity: NonNullable<ScenarioAssumptions['capacity']> = {};
  for (const abc of ABC) {
    const entry = over.capacity?.[abc];
    if (!entry) continue;
    const kept: { bra?: Partial<Range3>; m2PerJob?: Partial<Range3> } = {};
    for (const part of ['bra', 'm2PerJob'] as const) {
      const range: Partial<Range3> = {};
      for (const level of LEVELS) {
        const v = entry[part]?.[level];
        if (v !== undefined && v !== base.capacity[abc][part][level]) range[level] = v;
      }
      if (Object.keys(range).length > 0) kept[part] = range;
    }
    if (Object.keys(kept).length > 0) capacity[abc] = kept;
  }
  if (Object.keys(capacity).length > 0) out.capacity = capacity;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The capacity override of one figure set to `value` (other figures kept). */
export function withCapacityValue(
  over: ScenarioAssumptions | undefined,
  abc: AbcType,
  part: 'bra' | 'm2PerJob',
  level: keyof Range3,
  value: number,
): ScenarioAssumptions {
  const capacity = { ...over?.capacity };
  const entry = { ...capacity[abc] };
  entry[part] = { ...entry[part], [level]: value };
  capacity[abc] = entry;
  return { ...over, capacity };
}

/** Ids may hold letters, digits, '-' and '_' (1–64 characters, see the schema). */
function slug(text: string): string {
  const ascii = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, 48) || 'scenario';
}

/** The schema's id rule (scenarioSchema ID). */
const VALID_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** `base` if it is a free valid id, else a cleaned form of it, then `-2`, `-3` … (at most 64 characters). */
export function uniqueScenarioId(base: string, taken: ReadonlySet<string>): string {
  if (VALID_ID.test(base) && !taken.has(base)) return base;
  const root = VALID_ID.test(base) ? base : slug(base);
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${root.slice(0, 64 - suffix.length)}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * An editable copy of a scenario (a preset is deeply frozen): its rules, overrides and assumptions, a fresh id, the
 * given name, and the description in the language it was copied in (the copy is the user's own, in one language).
 */
export function copyScenario(
  source: Scenario,
  name: string,
  description: string,
  taken: ReadonlySet<string>,
): Scenario {
  const clone = structuredClone(source) as Scenario;
  delete clone.translations;
  return { ...clone, id: uniqueScenarioId(`${source.id}-kopi`, taken), name, description };
}
