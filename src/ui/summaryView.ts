// Regroups the engine's summary rows into the columns of the nord/syd table (sums of engine figures only).
import type { AbcType, Jobs, Summary, SummaryRow } from '../domain/types';

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

/** One column per region (engine order: by name, "outside" last), then the total. */
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
