// The pace of new jobs: when a site becomes available (lead time by readiness) and how fast it is taken up after that.
import { DEFAULT_LEAD_TIME_YEARS, DEFAULT_START_YEAR, type ReadinessKey } from './scenario.ts';
import type { Jobs, Readiness } from './types.ts';

/** The plan's period (Temaplan næring §5.9.2: 15 000–20 000 new jobs in 20 years): the default horizon. */
export const PLAN_YEARS = 20;

/** The timeline new jobs are counted on. */
export interface PaceContext {
  startYear: number;
  /** Years counted from startYear, inclusive: the horizon ends with year startYear + horizonYears − 1. */
  horizonYears: number;
  leadTimeYears: Readonly<Record<ReadinessKey, number>>;
}

export const DEFAULT_PACE: Readonly<PaceContext> = Object.freeze({
  startYear: DEFAULT_START_YEAR,
  horizonYears: PLAN_YEARS,
  leadTimeYears: DEFAULT_LEAD_TIME_YEARS,
});

/** A switch, not `lead[readiness]`: a keyed lookup with these keys cost ~80 ns a site, more than the rest of the loop.
 * */
export function leadFor(lead: Readonly<Record<ReadinessKey, number>>, readiness: Readiness | null): number {
  switch (readiness) {
    case 'byggeklar':
      return lead.byggeklar;
    case 'må reguleres':
      return lead['må reguleres'];
    case 'må omreguleres':
      return lead['må omreguleres'];
    default:
      return lead.unknown;
  }
}

/**
 * Years of the horizon in which a site available from `availableYear` can be taken up: from that year (or the start
 * year, if earlier) to the horizon's last year, inclusive; 0 when it becomes available after the horizon.
 * Example: start 2026, 20 years (to 2045), available 2030 → 16.
 */
export function takeUpYears(availableYear: number, startYear: number, horizonYears: number): number {
  const from = Math.max(availableYear, startYear);
  return Math.min(horizonYears, Math.max(0, startYear + horizonYears - from));
}

/** Share (0–1) of a site's new-job capacity realised after `years` years of linear take-up at `sharePerYear`. */
export function takenUpShare(years: number, sharePerYear: number): number {
  return Math.min(1, Math.max(0, years * sharePerYear));
}

/** New jobs within the horizon: each level of `newJobs` times the share taken up by the horizon's end. */
export function newJobsWithin(
  newJobs: Jobs,
  availableYear: number,
  ctx: Pick<PaceContext, 'startYear' | 'horizonYears'>,
  sharePerYear: number,
): Jobs {
  const f = takenUpShare(takeUpYears(availableYear, ctx.startYear, ctx.horizonYears), sharePerYear);
  return { low: newJobs.low * f, mid: newJobs.mid * f, high: newJobs.high * f };
}
