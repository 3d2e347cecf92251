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

export interface Range {
  low: number;
  high: number;
}

/** The job figures the plan measures need (targets, pace, today's density); a kommune has all three or none is used. */
export interface JobTargets {
  newJobs20Years: Range;
  newJobsPerYear: Range;
  landPerJobM2: number;
}

/** Asker's: the bundled default (the same figures as geodata/profiles/asker.json, checked by a test). */
export const ASKER_JOB_TARGETS: JobTargets = {
  newJobs20Years: PLAN_TARGETS.newJobs20Years.value,
  newJobsPerYear: PLAN_TARGETS.newJobsPerYear.value,
  landPerJobM2: PLAN_TARGETS.landPerJobM2.value,
};

/** The area figures the summary sets the mapped totals against; null where the kommune's plan has none. */
export interface AreaTargets {
  existingDaa: number | null;
  futureDaa: number | null;
}

export const ASKER_AREA_TARGETS: AreaTargets = {
  existingDaa: PLAN_TARGETS.existingDaa.value,
  futureDaa: PLAN_TARGETS.futureDaa.value,
};
