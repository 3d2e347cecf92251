// The default assumptions file: values, a source for every figure, notes that match the figures, validation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTION_SOURCES,
  AssumptionsError,
  DEFAULT_ASSUMPTIONS,
  checkAssumptions,
  parseAssumptionsFile,
} from '../../../src/domain/assumptions.ts';
import { landPerJobM2 } from '../../../src/domain/capacity.ts';
import { PLAN_TARGETS } from '../../../src/domain/planTargets.ts';
import type { AbcType } from '../../../src/domain/types.ts';
import { problemLines } from '../../helpers/scenarioProblemLine.ts';

const fileJson = JSON.parse(readFileSync(new URL('../../../geodata/assumptions.json', import.meta.url), 'utf8'));

describe('DEFAULT_ASSUMPTIONS', () => {
  it('holds the documented defaults', () => {
    expect(DEFAULT_ASSUMPTIONS.capacity.A).toEqual({
      bra: { low: 1, mid: 1.5, high: 2 },
      m2PerJob: { low: 23, mid: 30, high: 35 },
    });
    expect(DEFAULT_ASSUMPTIONS.capacity.B).toEqual({
      bra: { low: 0.6, mid: 0.9, high: 1.2 },
      m2PerJob: { low: 75, mid: 87.5, high: 100 },
    });
    expect(DEFAULT_ASSUMPTIONS.capacity.C).toEqual({
      bra: { low: 0.3, mid: 0.4, high: 0.5 },
      m2PerJob: { low: 70, mid: 100, high: 150 },
    });
    expect(DEFAULT_ASSUMPTIONS.accessibility).toEqual({ aMaxRailM: 800, bMaxRailM: 1500, bMaxAnyHubM: 1000 });
    expect(DEFAULT_ASSUMPTIONS.nearHubM).toBe(1000);
  });

  it('has a non-empty source for every one of its 28 figures', () => {
    // capacity 3 × 2 × 3, accessibility 3, nearHubM, netShare 3, landPerJobTodayM2, takeUpSharePerYear,
    // densityWarningFactor
    expect(Object.keys(ASSUMPTION_SOURCES)).toHaveLength(3 * 2 * 3 + 3 + 1 + 3 + 3);
    expect(ASSUMPTION_SOURCES['netShare.B']).toMatch(/20–30 %/);
    expect(ASSUMPTION_SOURCES['landPerJobTodayM2']).toMatch(/§5\.9\.2/);
    expect(ASSUMPTION_SOURCES['takeUpSharePerYear']).toMatch(/20 years/);
    expect(DEFAULT_ASSUMPTIONS.netShare).toEqual({ A: 0.7, B: 0.75, C: 0.8 });
    expect(DEFAULT_ASSUMPTIONS.landPerJobTodayM2).toBe(420);
    expect(DEFAULT_ASSUMPTIONS.takeUpSharePerYear).toBe(0.05);
    for (const s of Object.values(ASSUMPTION_SOURCES)) expect(s.length).toBeGreaterThan(20);
    expect(ASSUMPTION_SOURCES['capacity.A.m2PerJob.mid']).toMatch(/§5\.9\.2/);
    expect(ASSUMPTION_SOURCES['capacity.B.bra.mid']).toMatch(/Project assumption/);
  });

  it('is frozen so nobody edits the defaults by accident', () => {
    expect(Object.isFrozen(DEFAULT_ASSUMPTIONS.capacity.A.bra)).toBe(true);
    expect(checkAssumptions(DEFAULT_ASSUMPTIONS)).toEqual([]);
  });

  it("the file's implied land per job matches the figures", () => {
    const notes = fileJson.notes.impliedLandPerJobM2;
    for (const abc of ['A', 'B', 'C'] as AbcType[]) {
      const l = landPerJobM2(abc, DEFAULT_ASSUMPTIONS);
      expect(notes[abc].lowJobs).toBeCloseTo(l.low, 1);
      expect(notes[abc].mid).toBeCloseTo(l.mid, 1);
      expect(notes[abc].highJobs).toBeCloseTo(l.high, 1);
    }
    // The plan's 420 m² per job today lies inside the C range only.
    expect(landPerJobM2('C', DEFAULT_ASSUMPTIONS).low).toBeGreaterThan(PLAN_TARGETS.landPerJobM2.value);
    expect(landPerJobM2('B', DEFAULT_ASSUMPTIONS).low).toBeLessThan(PLAN_TARGETS.landPerJobM2.value);
  });
});

describe('parseAssumptionsFile / checkAssumptions', () => {
  it('rejects a figure without a source', () => {
    const bad = structuredClone(fileJson);
    delete bad.capacity.B.m2PerJob.mid.source;
    expect(() => parseAssumptionsFile(bad)).toThrow(AssumptionsError);
    expect(() => parseAssumptionsFile(bad)).toThrow(/capacity\.B\.m2PerJob\.mid\.source/);
  });

  it('rejects a net share or take-up share above 1', () => {
    const edited = structuredClone(DEFAULT_ASSUMPTIONS);
    edited.netShare.B = 1.2;
    edited.takeUpSharePerYear = 0;
    expect(problemLines(checkAssumptions(edited))).toEqual([
      'assumptions.netShare.B: must be a number above 0 and at most 1, not 1.2',
      'assumptions.takeUpSharePerYear: must be a number above 0 and at most 1, not 0',
    ]);
  });

  it('rejects non-positive values and unordered ranges', () => {
    const bad = structuredClone(fileJson);
    bad.capacity.A.bra.low.value = 0;
    expect(() => parseAssumptionsFile(bad)).toThrow(/capacity\.A\.bra\.low\.value/);
    const edited = structuredClone(DEFAULT_ASSUMPTIONS);
    edited.capacity.C.m2PerJob.low = 200;
    edited.accessibility.aMaxRailM = 2000;
    expect(checkAssumptions(edited).map((p) => [p.path.join('.'), p.code])).toEqual([
      ['assumptions.capacity.C.m2PerJob', 'range-order'],
      ['assumptions.accessibility.aMaxRailM', 'rail-a-over-b'],
    ]);
  });
});

describe('PLAN_TARGETS', () => {
  it('carries the plan figures with their section', () => {
    expect(PLAN_TARGETS.existingDaa.value).toBe(7425);
    expect(PLAN_TARGETS.futureDaa.value).toBe(5720);
    expect(PLAN_TARGETS.newJobs20Years.value).toEqual({ low: 15000, high: 20000 });
    expect(PLAN_TARGETS.newJobsPerYear.value).toEqual({ low: 500, high: 550 });
    for (const f of Object.values(PLAN_TARGETS)) expect(f.source).toMatch(/Temaplan næring.*§5\.9\.2/);
  });
});
