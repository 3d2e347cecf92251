// Reading and building one site's override from the editor's fields (pure, so the rules are testable).
import type { SiteChange } from '../../domain/scenario';
import type { AbcType } from '../../domain/types';
import { parseNumberInput } from '../numberInput';

/** The schema's limits for a site's own %BRA and year (scenarioSchema BRA and YEAR). */
export const SITE_BRA_MAX = 10;
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2200;

/** The schema's limit for a site's own jobs today (scenarioSchema JOBS_TODAY). */
export const JOBS_TODAY_MAX = 10_000_000;

export type SiteFieldError = 'notNumber' | 'braRange' | 'yearRange' | 'jobsRange';

/** An empty field removes the key (back to rules and defaults); otherwise the number or why it is not usable. */
export function readSiteBra(text: string): { value: number | undefined } | { error: SiteFieldError } {
  const parsed = parseNumberInput(text);
  if (parsed === 'invalid') return { error: 'notNumber' };
  if (parsed === null) return { value: undefined };
  return parsed > SITE_BRA_MAX ? { error: 'braRange' } : { value: parsed };
}

export function readYear(text: string): { value: number | undefined } | { error: SiteFieldError } {
  const parsed = parseNumberInput(text);
  if (parsed === 'invalid') return { error: 'notNumber' };
  if (parsed === null) return { value: undefined };
  return Number.isInteger(parsed) && parsed >= YEAR_MIN && parsed <= YEAR_MAX
    ? { value: parsed }
    : { error: 'yearRange' };
}

/** Jobs today: a whole number from 0 to JOBS_TODAY_MAX; empty = back to the data's figure or the estimate. */
export function readJobsToday(text: string): { value: number | undefined } | { error: SiteFieldError } {
  const parsed = parseNumberInput(text);
  if (parsed === 'invalid') return { error: 'notNumber' };
  if (parsed === null) return { value: undefined };
  return Number.isInteger(parsed) && parsed >= 0 && parsed <= JOBS_TODAY_MAX
    ? { value: parsed }
    : { error: 'jobsRange' };
}

/** The override with `key` set (undefined removes it); null when nothing is left. */
export function withSiteKey<K extends keyof SiteChange>(
  current: SiteChange | undefined,
  key: K,
  value: SiteChange[K] | undefined,
): SiteChange | null {
  const next: SiteChange = { ...current };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return Object.keys(next).length > 0 ? next : null;
}

/** The ABC select's value: '' keeps the scenario's type from rules and data. */
export function abcChoice(text: string): AbcType | undefined {
  return text === 'A' || text === 'B' || text === 'C' ? text : undefined;
}
