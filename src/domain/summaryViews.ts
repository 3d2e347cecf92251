// Regroups the engine's summary rows into per-region columns (status and ABC splits) and sets totals beside the plan.
import { PLAN_TARGETS } from './planTargets.ts';
import type { AbcType, Jobs, Summary, SummaryRow } from './types.ts';

export type AbcKey = AbcType | 'none';
export const ABC_KEYS: readonly AbcKey[] = ['A', 'B', 'C', 'none'];

export interface SummaryColumn {
  /** Region name from the data; null for sites outside every region, or for the total column. */
  region: string | null;
  isTotal: boolean;
  existingDaa: number;
  futureDaa: number;
  jobs: Jobs;
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
    jobs: rollup.jobs,
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
  key: 'existingDaa' | 'futureDaa' | 'jobs';
  /** The mapped value (jobs: the mid estimate). */
  value: number;
  /** The low–high span of the mapped value (equal to `value` for areas). */
  low: number;
  high: number;
  /** The plan figure; a range for jobs (15 000–20 000), one number (low = high) for areas. */
  planLow: number;
  planHigh: number;
  /** value ÷ planLow: how much of the plan figure the mapped sites cover. */
  shareOfPlan: number;
}

/**
 * The comparisons the plan supports: existing and future business land (daa) and job capacity against the new jobs
 * the plan makes room for over 20 years. `total` should be the total column of `summaryColumns`.
 */
export function planComparisons(total: SummaryColumn): PlanComparison[] {
  const existing = PLAN_TARGETS.existingDaa.value;
  const future = PLAN_TARGETS.futureDaa.value;
  const jobs = PLAN_TARGETS.newJobs20Years.value;
  return [
    { key: 'existingDaa', value: total.existingDaa, low: total.existingDaa, high: total.existingDaa, planLow: existing, planHigh: existing, shareOfPlan: total.existingDaa / existing },
    { key: 'futureDaa', value: total.futureDaa, low: total.futureDaa, high: total.futureDaa, planLow: future, planHigh: future, shareOfPlan: total.futureDaa / future },
    { key: 'jobs', value: total.jobs.mid, low: total.jobs.low, high: total.jobs.high, planLow: jobs.low, planHigh: jobs.high, shareOfPlan: total.jobs.mid / jobs.low },
  ];
}
