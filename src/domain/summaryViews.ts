// Regroups the engine's summary rows into per-region columns (status and ABC splits) and sets totals beside the plan.
import { PLAN_YEARS } from './pace.ts';
import { scaledTarget } from './planMeasures.ts';
import { PLAN_TARGETS } from './planTargets.ts';
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

/**
 * The comparisons the plan supports: existing and future business land (daa), and new jobs within the horizon against
 * the plan's 15 000–20 000 new jobs in 20 years scaled to the horizon (never build-out capacity: that includes the
 * jobs already there and ignores the pace). `total` should be the total column of `summaryColumns`.
 */
export function planComparisons(total: SummaryColumn, horizonYears: number = PLAN_YEARS): PlanComparison[] {
  const existing = PLAN_TARGETS.existingDaa.value;
  const future = PLAN_TARGETS.futureDaa.value;
  const jobs = scaledTarget(horizonYears);
  const within = total.newJobsWithinHorizon;
  return [
    { key: 'existingDaa', value: total.existingDaa, low: total.existingDaa, high: total.existingDaa, planLow: existing, planHigh: existing, shareOfPlan: total.existingDaa / existing },
    { key: 'futureDaa', value: total.futureDaa, low: total.futureDaa, high: total.futureDaa, planLow: future, planHigh: future, shareOfPlan: total.futureDaa / future },
    { key: 'newJobs', value: within.mid, low: within.low, high: within.high, planLow: jobs.low, planHigh: jobs.high, shareOfPlan: within.mid / jobs.low },
  ];
}
