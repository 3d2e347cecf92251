// Job capacity per ABC type, hand-computed from the default assumptions.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { areaDaa, jobCapacity, landPerJobM2 } from '../../../src/domain/capacity.ts';
import type { Assumptions } from '../../../src/domain/types.ts';

const A = DEFAULT_ASSUMPTIONS;

describe('jobCapacity for a 20 000 m² (20 daa) site', () => {
  it('A: 20 000 × 1.0 / 35, × 1.5 / 30, × 2.0 / 23', () => {
    const j = jobCapacity(20000, 'A', A);
    expect(j.low).toBeCloseTo(571.43, 2);
    expect(j.mid).toBeCloseTo(1000, 9);
    expect(j.high).toBeCloseTo(1739.13, 2);
  });

  it('B: 20 000 × 0.6 / 100, × 0.9 / 87.5, × 1.2 / 75', () => {
    const j = jobCapacity(20000, 'B', A);
    expect(j.low).toBeCloseTo(120, 9);
    expect(j.mid).toBeCloseTo(205.71, 2);
    expect(j.high).toBeCloseTo(320, 9);
  });

  it('C: 20 000 × 0.3 / 150, × 0.4 / 100, × 0.5 / 70', () => {
    const j = jobCapacity(20000, 'C', A);
    expect(j.low).toBeCloseTo(40, 9);
    expect(j.mid).toBeCloseTo(80, 9);
    expect(j.high).toBeCloseTo(142.86, 2);
  });

  it('no ABC type → no jobs', () => {
    expect(jobCapacity(20000, null, A)).toEqual({ low: 0, mid: 0, high: 0 });
  });

  it('follows edited assumptions', () => {
    const edited: Assumptions = structuredClone(A);
    edited.capacity.C.bra.mid = 0.8;
    expect(jobCapacity(20000, 'C', edited).mid).toBeCloseTo(160, 9);
    expect(jobCapacity(20000, 'C', A).mid).toBeCloseTo(80, 9);
  });
});

describe('helpers', () => {
  it('areaDaa divides by 1 000', () => {
    expect(areaDaa(20000)).toBe(20);
    expect(areaDaa(7425000)).toBe(7425);
  });

  it('land per job: C mid 100 / 0.4 = 250 m², A high-jobs 23 / 2.0 = 11.5 m²', () => {
    expect(landPerJobM2('C', A).mid).toBeCloseTo(250, 9);
    expect(landPerJobM2('A', A).high).toBeCloseTo(11.5, 9);
    expect(landPerJobM2('B', A).low).toBeCloseTo(166.67, 2);
  });
});
