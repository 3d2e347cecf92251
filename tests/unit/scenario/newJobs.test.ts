// New jobs under a scenario on the real default assumptions (net land, jobs today, pace), worked out by hand.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { scenarioFigures } from '../../../src/domain/scenarioCompare.ts';
import { ScenarioError, parseScenario } from '../../../src/domain/scenarioSchema.ts';
import { problemLines } from '../../helpers/scenarioProblemLine.ts';
import { run, scenario } from './fixture.ts';

/**
 * By hand, start 2026, defaults (net A 0.7 / B 0.75 / C 0.8, 420 m² per job today, 5 % take-up a year):
 *   P1 A existing byggeklar 10 000 m²: capacity mid 350, today round(10 000 ÷ 420) = 24, new 326, from 2026
 *   P2 A future må reguleres 20 000 m²: 700, 0, 700, from 2030
 *   P3 B future må omreguleres 20 000 m²: 154,29, 0, 154,29, from 2032
 *   P4 B existing, no readiness, 10 000 m²: 77,14, 24, 53,14, from 2026
 *   P5 C future må reguleres 30 000 m²: 96, 0, 96, from 2030
 *   P6 no type, no status: 0, 0, 0
 * Within 20 years: 326 + 0.8 × 700 + 0.7 × 154,29 + 53,14 + 0.8 × 96 = 1 123,94.
 * Within 10 years: 0.5 × 326 + 0.3 × 700 + 0.2 × 154,29 + 0.5 × 53,14 + 0.3 × 96 = 459,23.
 */
const mid = (o: ReturnType<typeof run>, id: string) => o.results.find((r) => r.siteId === id);
const b = (20000 * 0.75 * 0.9) / 87.5;
const p4 = (10000 * 0.75 * 0.9) / 87.5;

describe('new jobs on the scenario fixture under the default assumptions', () => {
  const o20 = run(scenario(), DEFAULT_ASSUMPTIONS);
  const o10 = run(scenario({ horizonYears: 10 }), DEFAULT_ASSUMPTIONS);

  it('capacity on net land, jobs today and new jobs per site', () => {
    expect(mid(o20, 'P1')).toMatchObject({ jobsToday: 24, jobsTodaySource: 'estimate', availableYear: 2026 });
    expect(mid(o20, 'P1')?.jobs.mid).toBeCloseTo(350, 9);
    expect(mid(o20, 'P1')?.newJobs.mid).toBeCloseTo(326, 9);
    expect(mid(o20, 'P2')).toMatchObject({ jobsToday: 0, jobsTodaySource: 'future', availableYear: 2030 });
    expect(mid(o20, 'P4')?.newJobs.mid).toBeCloseTo(p4 - 24, 9);
    expect(mid(o20, 'P6')).toMatchObject({
      jobsToday: 0,
      jobsTodaySource: 'unknown',
      newJobs: { low: 0, mid: 0, high: 0 },
    });
    expect(o20.summary.total.jobsToday).toBe(48);
  });

  it('new jobs within 20 and 10 years: a shorter horizon gives fewer', () => {
    const w20 = 326 + 0.8 * 700 + 0.7 * b + (p4 - 24) + 0.8 * 96;
    const w10 = 0.5 * 326 + 0.3 * 700 + 0.2 * b + 0.5 * (p4 - 24) + 0.3 * 96;
    expect(o20.summary.total.newJobsWithinHorizon.mid).toBeCloseTo(w20, 9);
    expect(o10.summary.total.newJobsWithinHorizon.mid).toBeCloseTo(w10, 9);
    expect(w10).toBeLessThan(w20);
    // The capacity and the new-job capacity do not depend on the horizon.
    expect(o10.summary.total.newJobs).toEqual(o20.summary.total.newJobs);
  });

  it('the per-year curve ends at the summary figure; by 2030 it holds five years of P1/P4 and one of P2/P5', () => {
    expect(o20.perYear.at(-1)?.cumulativeNewJobs.mid).toBeCloseTo(o20.summary.total.newJobsWithinHorizon.mid, 9);
    expect(o20.perYear[4]?.cumulativeNewJobs.mid).toBeCloseTo(
      0.25 * 326 + 0.25 * (p4 - 24) + 0.05 * 700 + 0.05 * 96,
      9,
    );
    expect(o20.perYear[0]?.newJobs.mid).toBeCloseTo(326 + p4 - 24, 9);
  });

  it('a scenario that raises %BRA raises new jobs but not jobs today', () => {
    const dense = run(scenario({ sites: { P1: { braFactor: 2 } } }), DEFAULT_ASSUMPTIONS);
    expect(mid(dense, 'P1')?.jobsToday).toBe(24);
    expect(mid(dense, 'P1')?.newJobs.mid).toBeCloseTo(700 - 24, 9);
    expect(dense.summary.total.jobsToday).toBe(o20.summary.total.jobsToday);
    expect(dense.summary.total.newJobs.mid).toBeGreaterThan(o20.summary.total.newJobs.mid);
    const all = run(scenario({ rules: [{ when: {}, set: { braFactor: 1.5 } }] }), DEFAULT_ASSUMPTIONS);
    expect(all.summary.total.jobsToday).toBe(48);
    expect(scenarioFigures(all).newJobsWithinHorizon.mid).toBeGreaterThan(
      scenarioFigures(o20).newJobsWithinHorizon.mid,
    );
  });

  it('a scenario can set jobs today on a site, the net share per ABC type and the take-up', () => {
    const own = run(scenario({ sites: { P1: { jobsToday: 250 } } }), DEFAULT_ASSUMPTIONS);
    expect(mid(own, 'P1')).toMatchObject({ jobsToday: 250, jobsTodaySource: 'scenario', jobsTodayField: null });
    expect(mid(own, 'P1')?.newJobs.mid).toBeCloseTo(100, 9);
    expect(mid(own, 'P1')?.newJobs.low).toBe(0); // capacity low 200 < 250
    expect(own.states[0]).toMatchObject({ jobsToday: 250, changed: true });
    const net = run(scenario({ assumptions: { netShare: { A: 0.35 } } }), DEFAULT_ASSUMPTIONS);
    expect(mid(net, 'P2')?.jobs.mid).toBeCloseTo(350, 9); // half of 700
    expect(mid(net, 'P3')?.jobs.mid).toBeCloseTo(b, 9); // B unchanged
    const fast = run(scenario({ horizonYears: 10, assumptions: { takeUpSharePerYear: 0.25 } }), DEFAULT_ASSUMPTIONS);
    // 4 years for P1/P4 and more are capped at 100 %; P2/P5 6 years → 100 %; P3 4 years → 100 %.
    expect(fast.summary.total.newJobsWithinHorizon.mid).toBeCloseTo(fast.summary.total.newJobs.mid, 9);
  });

  it('the schema reads the new fields and rejects bad ones, naming them', () => {
    const ok = parseScenario(
      scenario({
        assumptions: { netShare: { B: 0.6 }, takeUpSharePerYear: 0.1, landPerJobTodayM2: 300 },
        sites: { P1: { jobsToday: 12 } },
      }),
    );
    expect(ok.scenario.assumptions).toEqual({ netShare: { B: 0.6 }, takeUpSharePerYear: 0.1, landPerJobTodayM2: 300 });
    expect(ok.scenario.sites?.['P1']).toEqual({ jobsToday: 12 });
    expect(() =>
      parseScenario({
        ...scenario(),
        assumptions: { netShare: { A: 1.5 }, takeUpSharePerYear: 0 },
        sites: { P1: { jobsToday: -3 } },
      }),
    ).toThrow(/assumptions\.netShare\.A: number-above/);
    let problems: readonly string[] = [];
    try {
      parseScenario({ ...scenario(), assumptions: { takeUpSharePerYear: 0 }, sites: { P1: { jobsToday: 2.5 } } });
    } catch (e) {
      problems = problemLines((e as ScenarioError).problems);
    }
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^sites\.P1\.jobsToday: must be a whole number|^assumptions\.takeUpSharePerYear/);
    expect(problems.join(' ')).toMatch(/assumptions\.takeUpSharePerYear: must be a number above 0 and at most 1/);
    expect(problems.join(' ')).toMatch(/sites\.P1\.jobsToday: /);
  });
});
