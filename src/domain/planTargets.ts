// The municipality's own figures for business land and job growth, shown beside the computed totals.

export interface PlanFigure<T> {
  value: T;
  unit: string;
  /** Plain description (English; the UI translates the label). */
  label: string;
  source: string;
}

const PLAN = 'Asker kommune, Temaplan næring 2020–2032 (hearing draft 15 Dec 2020)';

export const PLAN_TARGETS = {
  existingDaa: {
    value: 7425,
    unit: 'daa',
    label: 'Land zoned for business (incl. public services), existing, 2019',
    source: `${PLAN}, §5.9.2`,
  },
  futureDaa: {
    value: 5720,
    unit: 'daa',
    label: 'Land reserved for future business use, 2019',
    source: `${PLAN}, §5.9.2`,
  },
  newJobs20Years: {
    value: { low: 15000, high: 20000 },
    unit: 'jobs',
    label: 'New jobs the municipal plan opens business land for over 20 years',
    source: `${PLAN}, §5.9.2 (municipal plan 2020–2032)`,
  },
  newJobsPerYear: {
    value: { low: 500, high: 550 },
    unit: 'jobs/year',
    label: 'Average job growth per year assumed in the scenario work',
    source: `${PLAN}, §5.9.2`,
  },
  landPerJobM2: {
    value: 420,
    unit: 'm²',
    label: 'Gross land per workplace today, on average',
    source: `${PLAN}, §5.9.2`,
  },
} as const satisfies Record<string, PlanFigure<number | { low: number; high: number }>>;
