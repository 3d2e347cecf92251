// Regroups the engine's summary rows into per-region columns (status and ABC splits) and sets totals beside the plan.
import { PLAN_YEARS } from './pace.ts';
import { scaledTarget } from './planMeasures.ts';
import { ASKER_AREA_TARGETS, ASKER_JOB_TARGETS, type AreaTargets, type JobTargets } from './planTargets.ts';
import { ABC_TYPES, type AbcType, type Jobs, type Summary, type SummaryRow } from './types.ts';

export type AbcKey = AbcType | 'none';
export const ABC_KEYS: readonly AbcKey[] = [...ABC_TYPES, 'none'];

export interface SummaryColumn {
  /** Region name from the data; null for sites outside every region, or for the total column. */
  region: string | null;
  isTotal: boolean;
  existingDaa: number;
  futureDaa: number;
  /** Gross area of every site in the column (also those without a status). */
  areaDaa: number;
  /** Build-out capacity. */
  jobs: Jobs;
  jobsToday: number;
  /** New-job capacity: max(0, capacity − jobs today) summed over the sites. */
  newJobs: Jobs;
  /** New jobs taken up by the end of the summary's horizon. */
  newJobsWithinHorizon: Jobs;
  sites: number;
  shareAreaNearHub: number;
  /** Area per ABC type, daa ('none': sites without a type). */
  abcDaa: Record<AbcKey, number>;
}

function column(rollup: SummaryRow, detail: readonly SummaryRow[], isTotal: boolean): SummaryColumn {
  const abcDaa: Record<AbcKey, number> = { A: 0, B: 0, C: 0, none: 0 };
  let existingDaa = 0;
  let futureDaa = 0;
  for (const row of detail) {
    if (row.status === 'eksisterende') existingDaa += row.areaDaa;
    if (row.status === 'fremtidig') futureDaa += row.areaDaa;
    abcDaa[row.abc ?? 'none'] += row.areaDaa;
  }
  return {
    region: rollup.region,
    isTotal,
    existingDaa,
    futureDaa,
    areaDaa: rollup.areaDaa,
    jobs: rollup.jobs,
    jobsToday: rollup.jobsToday,
    newJobs: rollup.newJobs,
    newJobsWithinHorizon: rollup.newJobsWithinHorizon,
    sites: rollup.sites,
    shareAreaNearHub: rollup.shareAreaNearHub,
    abcDaa,
  };
}

/**
 * One column per region in the engine's order (by name, "outside every region" last), then the total. Sites with
 * no status count in neither the existing nor the future area, but in the ABC split and the totals.
 * @example summaryColumns(summary).map((c) => c.region) // ['Asker nord', 'Asker syd', null]
 */
export function summaryColumns(summary: Summary): SummaryColumn[] {
  const regions = summary.byRegion.map((r) =>
    column(
      r,
      summary.rows.filter((row) => row.region === r.region),
      false,
    ),
  );
  return [...regions, column(summary.total, summary.rows, true)];
}

/** One mapped total set against the plan's figure for the whole municipality. */
export interface PlanComparison {
  key: 'existingDaa' | 'futureDaa' | 'newJobs';
  /** The mapped value (new jobs within the horizon: the mid estimate). */
  value: number;
  /** The low–high span of the mapped value (equal to `value` for areas). */
  low: number;
  high: number;
  /** The plan figure; a range for new jobs (15 000–20 000 scaled to the horizon), one number (low = high) for areas. */
  planLow: number;
  planHigh: number;
  /** value ÷ planLow: how much of the plan figure the mapped sites cover. */
  shareOfPlan: number;
}

/** The kommune's plan figures the summary compares with (from its profile); a figure it does not have is null. */
export interface SummaryTargets {
  area: AreaTargets;
  jobs: JobTargets | null;
}

export const ASKER_SUMMARY_TARGETS: SummaryTargets = { area: ASKER_AREA_TARGETS, jobs: ASKER_JOB_TARGETS };

/**
 * The comparisons the plan supports: existing and future business land (daa), and new jobs within the horizon against
 * the plan's new jobs in 20 years (Asker: 15 000–20 000) scaled to the horizon (never build-out capacity: that includes
 * the jobs already there and ignores the pace). `total` should be the total column of `summaryColumns`. A comparison
 * whose plan figure the kommune's profile does not have is left out (never compared with a made-up figure).
 */
export function planComparisons(
  total: SummaryColumn,
  horizonYears: number = PLAN_YEARS,
  targets: SummaryTargets = ASKER_SUMMARY_TARGETS,
): PlanComparison[] {
  const out: PlanComparison[] = [];
  const area = (key: 'existingDaa' | 'futureDaa', value: number, plan: number | null) => {
    if (plan !== null && plan > 0)
      out.push({ key, value, low: value, high: value, planLow: plan, planHigh: plan, shareOfPlan: value / plan });
  };
  area('existingDaa', total.existingDaa, targets.area.existingDaa);
  area('futureDaa', total.futureDaa, targets.area.futureDaa);
  if (targets.jobs) {
    const jobs = scaledTarget(horizonYears, targets.jobs.newJobs20Years);
    const within = total.newJobsWithinHorizon;
    if (jobs.low > 0)
      out.push({
        key: 'newJobs',
        value: within.mid,
        low: within.low,
        high: within.high,
        planLow: jobs.low,
        planHigh: jobs.high,
        shareOfPlan: within.mid / jobs.low,
      });
  }
  return out;
}
