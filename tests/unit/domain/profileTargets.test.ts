// The bundled Asker profile carries the same plan figures the engine has always used (so the app's and the report's
// figures are unchanged), and a profile's targets turn into the measures' inputs or null, never a made-up figure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  distinctSources,
  missingFigures,
  parseProfile,
  profileAreaTargets,
  profileJobTargets,
} from '../../../src/domain/kommuneProfile';
import { planMeasures } from '../../../src/domain/planMeasures';
import { ASKER_AREA_TARGETS, ASKER_JOB_TARGETS, PLAN_TARGETS } from '../../../src/domain/planTargets';

const read = (id: string) =>
  parseProfile(JSON.parse(readFileSync(new URL(`../../../geodata/profiles/${id}.json`, import.meta.url), 'utf8')));

describe('profile plan targets', () => {
  it('Asker: the profile file and PLAN_TARGETS agree figure for figure', () => {
    const asker = read('asker');
    expect(profileJobTargets(asker.planTargets)).toEqual(ASKER_JOB_TARGETS);
    expect(profileAreaTargets(asker.planTargets)).toEqual(ASKER_AREA_TARGETS);
    for (const [key, f] of Object.entries(asker.planTargets)) {
      expect(f.known, key).toBe(true);
      if (f.known)
        expect({ value: f.value, source: f.source.en }, key).toEqual({
          value: PLAN_TARGETS[key as keyof typeof PLAN_TARGETS].value,
          source: PLAN_TARGETS[key as keyof typeof PLAN_TARGETS].source,
        });
    }
    expect(missingFigures(asker.planTargets)).toEqual([]);
  });

  it('Bærum: no job targets, no area figures, five missing figures with the reason', () => {
    const baerum = read('baerum');
    expect(profileJobTargets(baerum.planTargets)).toBeNull();
    expect(profileAreaTargets(baerum.planTargets)).toEqual({ existingDaa: null, futureDaa: null });
    const gaps = missingFigures(baerum.planTargets);
    expect(gaps.map((g) => g.key)).toEqual([
      'existingDaa',
      'futureDaa',
      'newJobs20Years',
      'newJobsPerYear',
      'landPerJobM2',
    ]);
    expect(gaps.every((g) => g.reason.nb.length > 0 && g.reason.en.length > 0)).toBe(true);
  });

  it('the measures follow the targets they are given', () => {
    const input = {
      areaDaa: 3000,
      capacity: { low: 20000, mid: 30000, high: 40000 },
      newJobs: { low: 20000, mid: 26250, high: 30000 },
      horizonYears: 10,
    };
    expect(planMeasures(input)).toEqual(planMeasures(input, ASKER_JOB_TARGETS));
    const other = planMeasures(input, {
      newJobs20Years: { low: 2000, high: 4000 },
      newJobsPerYear: { low: 100, high: 200 },
      landPerJobM2: 300,
    });
    expect(other.target).toEqual({ low: 1000, high: 2000 });
    expect(other.targetFromYearlyGrowth).toEqual({ low: 1000, high: 2000 });
    expect(other.yearsOfSupply).toEqual({ low: 26250 / 200, high: 26250 / 100 });
    expect(other.densityVsToday).toBeCloseTo(300 / 100, 12);
  });
});

describe('distinctSources', () => {
  it('cites each place once: a source another one starts with is left out, the rest keep their order', () => {
    const temaplan = 'Asker kommune, Temaplan næring 2020–2032 (høringsutkast 15.12.2020), §5.9.2';
    const withPlan = `${temaplan} (kommuneplan 2020–2032)`;
    expect(distinctSources([temaplan, withPlan, temaplan])).toEqual([withPlan]);
    expect(distinctSources([withPlan, temaplan])).toEqual([withPlan]);
    expect(distinctSources(['SSB 2024', temaplan, ' SSB 2024 '])).toEqual(['SSB 2024', temaplan]);
    expect(distinctSources(['', '  '])).toEqual([]);
  });
  it('the Asker profile’s five figures come down to one source', () => {
    const asker = read('asker');
    const sources = Object.values(asker.planTargets).flatMap((f) => (f.known ? [f.source.nb] : []));
    expect(new Set(sources).size).toBe(2);
    expect(distinctSources(sources)).toEqual([
      'Asker kommune, Temaplan næring 2020–2032 (høringsutkast 15.12.2020), §5.9.2 (kommuneplan 2020–2032)',
    ]);
  });
});
