// Regrouping the engine summary into nord/syd columns, and the totals set against the plan's figures.
import { describe, expect, it } from 'vitest';
import { planComparisons, summaryColumns } from '../../../src/domain/summaryViews';
import type { Summary, SummaryRow } from '../../../src/domain/types';

function row(partial: Partial<SummaryRow>): SummaryRow {
  const jobs = partial.jobs ?? { low: 0, mid: 0, high: 0 };
  // Unless given: no jobs today and half the new jobs within the horizon.
  const within = { low: jobs.low / 2, mid: jobs.mid / 2, high: jobs.high / 2 };
  return {
    region: null,
    status: null,
    abc: null,
    sites: 0,
    areaDaa: 0,
    jobs,
    jobsToday: 0,
    newJobs: jobs,
    newJobsWithinHorizon: within,
    shareAreaNearHub: 0,
    ...partial,
  };
}

/** Nord: 120 daa existing A + 30.5 daa future B; syd: 200 daa future C + 5 daa with no status or type. */
const SUMMARY: Summary = {
  rows: [
    row({
      region: 'Asker nord',
      status: 'eksisterende',
      abc: 'A',
      sites: 2,
      areaDaa: 120,
      jobs: { low: 2000, mid: 4000, high: 8000 },
    }),
    row({
      region: 'Asker nord',
      status: 'fremtidig',
      abc: 'B',
      sites: 1,
      areaDaa: 30.5,
      jobs: { low: 100, mid: 200, high: 400 },
    }),
    row({
      region: 'Asker syd',
      status: 'fremtidig',
      abc: 'C',
      sites: 3,
      areaDaa: 200,
      jobs: { low: 300, mid: 600, high: 1200 },
    }),
    row({ region: 'Asker syd', status: null, abc: null, sites: 1, areaDaa: 5 }),
  ],
  byRegion: [
    row({
      region: 'Asker nord',
      sites: 3,
      areaDaa: 150.5,
      jobs: { low: 2100, mid: 4200, high: 8400 },
      shareAreaNearHub: 0.8,
    }),
    row({
      region: 'Asker syd',
      sites: 4,
      areaDaa: 205,
      jobs: { low: 300, mid: 600, high: 1200 },
      shareAreaNearHub: 0.25,
    }),
  ],
  total: row({ sites: 7, areaDaa: 355.5, jobs: { low: 2400, mid: 4800, high: 9600 }, shareAreaNearHub: 0.5 }),
  startYear: 2026,
  horizonYears: 20,
};

describe('summaryColumns', () => {
  it('splits each region into existing/future daa and ABC daa, then adds the total', () => {
    const [nord, syd, total] = summaryColumns(SUMMARY);
    expect(nord).toMatchObject({ region: 'Asker nord', isTotal: false, existingDaa: 120, futureDaa: 30.5, sites: 3 });
    expect(nord?.abcDaa).toEqual({ A: 120, B: 30.5, C: 0, none: 0 });
    // The 5 daa without a status count in neither status, but in the ABC "none" share.
    expect(syd).toMatchObject({
      region: 'Asker syd',
      existingDaa: 0,
      futureDaa: 200,
      sites: 4,
      shareAreaNearHub: 0.25,
    });
    expect(syd?.abcDaa).toEqual({ A: 0, B: 0, C: 200, none: 5 });
    expect(total).toMatchObject({ region: null, isTotal: true, existingDaa: 120, futureDaa: 230.5, sites: 7 });
    expect(total?.jobs).toEqual({ low: 2400, mid: 4800, high: 9600 });
  });
});

describe('planComparisons', () => {
  it('sets 120 daa existing against 7 425, 230,5 daa future against 5 720 and 2 400 new jobs within 20 years against 15 000–20 000', () => {
    const total = summaryColumns(SUMMARY).at(-1);
    if (!total) throw new Error('no total');
    const [existing, future, jobs] = planComparisons(total);
    expect(existing).toMatchObject({ key: 'existingDaa', value: 120, planLow: 7425, planHigh: 7425 });
    expect(existing?.shareOfPlan).toBeCloseTo(120 / 7425, 12);
    expect(future).toMatchObject({ key: 'futureDaa', value: 230.5, planLow: 5720 });
    // New jobs within the horizon (half the 4 800 capacity in this fixture), never the build-out capacity.
    expect(jobs).toMatchObject({ key: 'newJobs', value: 2400, low: 1200, high: 4800, planLow: 15000, planHigh: 20000 });
    expect(jobs?.shareOfPlan).toBeCloseTo(0.16, 12);
  });

  it('scales the plan target to a shorter horizon: 10 years → 7 500–10 000', () => {
    const total = summaryColumns(SUMMARY).at(-1);
    if (!total) throw new Error('no total');
    expect(planComparisons(total, 10)[2]).toMatchObject({ planLow: 7500, planHigh: 10000, value: 2400 });
  });
});
