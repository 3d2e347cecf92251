// The pace of new jobs: availability year from the lead time, then a linear take-up share a year, by hand.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { DEFAULT_PACE, leadFor, newJobsWithin, takeUpYears, takenUpShare } from '../../../src/domain/pace.ts';
import { planMeasures, scaledTarget } from '../../../src/domain/planMeasures.ts';

describe('takeUpYears (start 2026)', () => {
  it('counts the horizon years from the availability year, inclusive', () => {
    expect(takeUpYears(2026, 2026, 20)).toBe(20); // 2026–2045
    expect(takeUpYears(2030, 2026, 20)).toBe(16); // må reguleres: 2030–2045
    expect(takeUpYears(2032, 2026, 20)).toBe(14); // må omreguleres
    expect(takeUpYears(2030, 2026, 10)).toBe(6); // 2030–2035
    expect(takeUpYears(2045, 2026, 20)).toBe(1);
    expect(takeUpYears(2046, 2026, 20)).toBe(0); // after the horizon
    expect(takeUpYears(2010, 2026, 20)).toBe(20); // available before the start counts from the start
  });
});

describe('takenUpShare and newJobsWithin at the default 5 % a year', () => {
  const rate = DEFAULT_ASSUMPTIONS.takeUpSharePerYear;

  it('is linear and capped at the whole site', () => {
    expect(rate).toBe(0.05);
    expect(takenUpShare(16, rate)).toBeCloseTo(0.8, 12);
    expect(takenUpShare(20, rate)).toBe(1);
    expect(takenUpShare(40, rate)).toBe(1);
    expect(takenUpShare(0, rate)).toBe(0);
  });

  it('a må reguleres site with 224 new jobs (mid): 16 years × 5 % = 80 % → 179,2 by 2045; 30 % → 67,2 by 2035', () => {
    const newJobs = { low: 89, mid: 224, high: 404 };
    const at = (horizonYears: number) =>
      newJobsWithin(
        newJobs,
        2026 + leadFor(DEFAULT_PACE.leadTimeYears, 'må reguleres'),
        { startYear: 2026, horizonYears },
        rate,
      );
    expect(at(20).mid).toBeCloseTo(179.2, 9);
    expect(at(20).low).toBeCloseTo(71.2, 9);
    expect(at(10).mid).toBeCloseTo(67.2, 9);
    expect(at(10).mid).toBeLessThan(at(20).mid);
  });

  it('the lead times by readiness are 0 / 4 / 6 years, and 0 without a readiness', () => {
    const lead = DEFAULT_PACE.leadTimeYears;
    expect([
      leadFor(lead, 'byggeklar'),
      leadFor(lead, 'må reguleres'),
      leadFor(lead, 'må omreguleres'),
      leadFor(lead, null),
    ]).toEqual([0, 4, 6, 0]);
  });
});

describe('planMeasures', () => {
  it('years of supply, land per new job and density against 420 m², by hand', () => {
    // 3 000 daa, capacity mid 30 000, new 26 250 over 20 years.
    const m = planMeasures({
      areaDaa: 3000,
      capacity: { low: 15000, mid: 30000, high: 45000 },
      newJobs: { low: 12000, mid: 26250, high: 40000 },
      horizonYears: 20,
    });
    expect(m.target).toEqual({ low: 15000, high: 20000 });
    expect(m.targetFromYearlyGrowth).toEqual({ low: 10000, high: 11000 });
    expect(m.yearsOfSupply.low).toBeCloseTo(26250 / 550, 12); // 47,7 years at 550 a year
    expect(m.yearsOfSupply.high).toBeCloseTo(52.5, 12); // at 500 a year
    expect(m.landPerNewJobM2).toBeCloseTo(3e6 / 26250, 9); // 114,3 m²
    expect(m.buildOutLandPerJobM2).toBeCloseTo(100, 9);
    expect(m.densityVsToday).toBeCloseTo(4.2, 12);
    expect(m.densityWarning).toBe(true);
  });

  it('no warning at today’s density, and no division by zero without jobs', () => {
    const today = planMeasures({
      areaDaa: 420,
      capacity: { low: 1000, mid: 1000, high: 1000 },
      newJobs: { low: 0, mid: 0, high: 0 },
      horizonYears: 10,
    });
    expect(today).toMatchObject({
      densityVsToday: 1,
      densityWarning: false,
      landPerNewJobM2: null,
      yearsOfSupply: { low: 0, high: 0 },
    });
    expect(today.target).toEqual(scaledTarget(10));
    expect(scaledTarget(10)).toEqual({ low: 7500, high: 10000 });
    const empty = planMeasures({
      areaDaa: 0,
      capacity: { low: 0, mid: 0, high: 0 },
      newJobs: { low: 0, mid: 0, high: 0 },
      horizonYears: 20,
    });
    expect(empty).toMatchObject({
      landPerNewJobM2: null,
      buildOutLandPerJobM2: null,
      densityVsToday: null,
      densityWarning: false,
    });
  });
});
