// Job capacity per ABC type on net land, jobs today and new jobs, hand-computed from the default assumptions.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import {
  areaDaa,
  jobCapacity,
  jobsTodayOf,
  landJobs,
  landPerJobM2,
  wholeNewJobs,
} from '../../../src/domain/capacity.ts';
import type { Assumptions } from '../../../src/domain/types.ts';
import { squareMeters } from '../../../src/domain/units.ts';

const A = DEFAULT_ASSUMPTIONS;

describe('jobCapacity for a 20 000 m² (20 daa) site, on its net land (A 70 %, B 75 %, C 80 %)', () => {
  it('A: 20 000 × 0.7 × 1.0 / 35, × 1.5 / 30, × 2.0 / 23', () => {
    const j = jobCapacity(squareMeters(20000), 'A', A);
    expect(j.low).toBeCloseTo(400, 9);
    expect(j.mid).toBeCloseTo(700, 9);
    expect(j.high).toBeCloseTo(1217.39, 2);
  });

  it('B: 20 000 × 0.75 × 0.6 / 100, × 0.9 / 87.5, × 1.2 / 75', () => {
    const j = jobCapacity(squareMeters(20000), 'B', A);
    expect(j.low).toBeCloseTo(90, 9);
    expect(j.mid).toBeCloseTo(154.29, 2);
    expect(j.high).toBeCloseTo(240, 9);
  });

  it('C: 20 000 × 0.8 × 0.3 / 150, × 0.4 / 100, × 0.5 / 70', () => {
    const j = jobCapacity(squareMeters(20000), 'C', A);
    expect(j.low).toBeCloseTo(32, 9);
    expect(j.mid).toBeCloseTo(64, 9);
    expect(j.high).toBeCloseTo(114.29, 2);
  });

  it('a net share of 1 gives the gross-land figures; 0.5 halves them', () => {
    const gross: Assumptions = { ...A, netShare: { A: 1, B: 1, C: 1 } };
    expect(jobCapacity(squareMeters(20000), 'A', gross).mid).toBeCloseTo(1000, 9); // 20 000 × 1.5 ÷ 30
    const half: Assumptions = { ...A, netShare: { A: 0.5, B: 0.75, C: 0.8 } };
    expect(jobCapacity(squareMeters(20000), 'A', half).mid).toBeCloseTo(500, 9);
    expect(jobCapacity(squareMeters(20000), 'B', half).mid).toBeCloseTo(154.29, 2); // other types unchanged
  });

  it('no ABC type → no jobs', () => {
    expect(jobCapacity(squareMeters(20000), null, A)).toEqual({ low: 0, mid: 0, high: 0 });
  });

  it('follows edited assumptions', () => {
    const edited: Assumptions = structuredClone(A);
    edited.capacity.C.bra.mid = 0.8;
    expect(jobCapacity(squareMeters(20000), 'C', edited).mid).toBeCloseTo(128, 9); // 20 000 × 0.8 × 0.8 ÷ 100
    expect(jobCapacity(squareMeters(20000), 'C', A).mid).toBeCloseTo(64, 9);
  });
});

describe('helpers', () => {
  it('areaDaa divides by 1 000', () => {
    expect(areaDaa(squareMeters(20000))).toBe(20);
    expect(areaDaa(squareMeters(7425000))).toBe(7425);
  });

  it('gross land per job: C mid 100 / (0.4 × 0.8) = 312,5 m², A high-jobs 23 / (2.0 × 0.7) = 16,4 m²', () => {
    expect(landPerJobM2('C', A).mid).toBeCloseTo(312.5, 9);
    expect(landPerJobM2('A', A).high).toBeCloseTo(16.43, 2);
    expect(landPerJobM2('B', A).low).toBeCloseTo(222.22, 2);
  });
});

describe('jobs today and new jobs on a piece of land (landJobs)', () => {
  it('an existing 42 daa site with no jobs figure: round(42 000 ÷ 420) = 100 jobs today, an estimate', () => {
    const l = landJobs({ areaM2: squareMeters(42000), abc: 'B', status: 'eksisterende' }, A);
    expect(l.jobsToday).toBe(100);
    expect(l.jobsTodaySource).toBe('estimate');
    // Capacity 42 000 × 0.75 × 0.6/100, 0.9/87.5, 1.2/75 = 189 / 324 / 504; new = capacity − 100.
    expect(l.capacity.low).toBeCloseTo(189, 9);
    expect(l.capacity.mid).toBeCloseTo(324, 9);
    expect(l.capacity.high).toBeCloseTo(504, 9);
    expect(l.newJobs.low).toBeCloseTo(89, 9);
    expect(l.newJobs.mid).toBeCloseTo(224, 9);
    expect(l.newJobs.high).toBeCloseTo(404, 9);
  });

  it('a site whose data says jobs_today: 250 keeps 250, whatever its status; new jobs never go below 0', () => {
    const l = landJobs({ areaM2: squareMeters(42000), abc: 'B', status: 'eksisterende', jobsToday: 250 }, A);
    expect(l).toMatchObject({ jobsToday: 250, jobsTodaySource: 'data' });
    expect(l.newJobs.low).toBe(0); // 189 − 250 < 0 → 0
    expect(l.newJobs.mid).toBeCloseTo(74, 9);
    expect(l.newJobs.high).toBeCloseTo(254, 9);
    expect(jobsTodayOf({ areaM2: squareMeters(1000), abc: 'A', status: 'fremtidig', jobsToday: 12.4 }, A)).toEqual({
      jobsToday: 12,
      source: 'data',
    });
  });

  it('a future site has no jobs today: all its capacity is new', () => {
    const l = landJobs({ areaM2: squareMeters(20000), abc: 'C', status: 'fremtidig' }, A);
    expect(l).toMatchObject({ jobsToday: 0, jobsTodaySource: 'future' });
    expect(l.newJobs).toEqual(l.capacity);
    expect(landJobs({ areaM2: squareMeters(20000), abc: 'C', status: null }, A)).toMatchObject({
      jobsToday: 0,
      jobsTodaySource: 'unknown',
    });
  });

  it('a site with no ABC type has no capacity and so no new jobs, but still its jobs today', () => {
    const l = landJobs({ areaM2: squareMeters(42000), abc: null, status: 'eksisterende' }, A);
    expect(l.jobsToday).toBe(100);
    expect(l.newJobs).toEqual({ low: 0, mid: 0, high: 0 });
  });

  it('an edited land per job today changes the estimate: 42 000 ÷ 300 = 140', () => {
    expect(
      jobsTodayOf({ areaM2: squareMeters(42000), abc: 'B', status: 'eksisterende' }, { ...A, landPerJobTodayM2: 300 })
        .jobsToday,
    ).toBe(140);
  });

  it('printed new jobs are max(0, rounded capacity − jobs today)', () => {
    expect(wholeNewJobs(324.5, 100)).toBe(225);
    expect(wholeNewJobs(99.4, 100)).toBe(0);
    expect(wholeNewJobs(189, 100)).toBe(89);
  });
});
