// The measures set beside the plan's figures: targets scaled to a horizon, years of land supply, land per new job,
// density.
import { DENSITY_WARNING_FACTOR } from './assumptions.ts';
import { PLAN_YEARS } from './pace.ts';
import { ASKER_JOB_TARGETS, type JobTargets, type Range } from './planTargets.ts';
import type { Jobs } from './types.ts';

export interface PlanMeasures {
  horizonYears: number;
  /** The plan's 15 000–20 000 new jobs in 20 years, scaled pro rata to the horizon. */
  target: { low: number; high: number };
  /** The plan's 500–550 new jobs a year times the horizon (the plan's two figures do not agree; both are shown). */
  targetFromYearlyGrowth: { low: number; high: number };
  /**
   * Years of land supply: new-job capacity (mid) ÷ the plan's 500–550 new jobs a year; low uses 550 a year (fewest
   * years), high 500. The measure employment-land reviews report.
   */
  yearsOfSupply: { low: number; high: number };
  /** Gross land per new job (mid), m²; null when the land adds no new jobs. */
  landPerNewJobM2: number | null;
  /** Gross land per job at build-out (mid capacity), m²; null when the land has no capacity. */
  buildOutLandPerJobM2: number | null;
  /** The plan's 420 m² per job today ÷ buildOutLandPerJobM2: how many times today's density build-out assumes. */
  densityVsToday: number | null;
  /** True when densityVsToday exceeds DENSITY_WARNING_FACTOR (about 3 × today's density). */
  densityWarning: boolean;
}

/** The plan's new jobs in 20 years (Asker: 15 000–20 000), scaled pro rata to `horizonYears`. */
export function scaledTarget(
  horizonYears: number,
  t20: Range = ASKER_JOB_TARGETS.newJobs20Years,
): { low: number; high: number } {
  return { low: (t20.low * horizonYears) / PLAN_YEARS, high: (t20.high * horizonYears) / PLAN_YEARS };
}

/** Gross land per job, m², for `areaDaa` of land and `jobs` jobs; null when either is zero (never infinite or NaN). */
export function landPerJobM2(areaDaa: number, jobs: number): number | null {
  const areaM2 = areaDaa * 1000;
  return jobs > 0 && areaM2 > 0 ? areaM2 / jobs : null;
}

/**
 * The plan comparison measures for a set of sites: `areaDaa` gross land, `capacity` build-out jobs and `newJobs` the
 * new-job capacity (not limited by the horizon), against the kommune's `targets` (default Asker's). Never infinite or
 * NaN: a zero denominator gives null.
 * Example: 3 000 daa, capacity mid 30 000, new 26 250, 20 years → 47,7–52,5 years of supply, 114,3 m² per new job,
 * 100 m² per job built out, 4,2 × today's density (warning).
 */
export function planMeasures(
  input: { areaDaa: number; capacity: Jobs; newJobs: Jobs; horizonYears: number },
  targets: JobTargets = ASKER_JOB_TARGETS,
): PlanMeasures {
  const h = input.horizonYears;
  const tYear = targets.newJobsPerYear;
  const perJob = (jobs: number): number | null => landPerJobM2(input.areaDaa, jobs);
  const buildOut = perJob(input.capacity.mid);
  const densityVsToday = buildOut === null ? null : targets.landPerJobM2 / buildOut;
  return {
    horizonYears: h,
    target: scaledTarget(h, targets.newJobs20Years),
    targetFromYearlyGrowth: { low: tYear.low * h, high: tYear.high * h },
    yearsOfSupply: { low: input.newJobs.mid / tYear.high, high: input.newJobs.mid / tYear.low },
    landPerNewJobM2: perJob(input.newJobs.mid),
    buildOutLandPerJobM2: buildOut,
    densityVsToday,
    densityWarning: densityVsToday !== null && densityVsToday > DENSITY_WARNING_FACTOR,
  };
}
