// applyScenario on the hand-made fixture: every figure below is worked out by hand in fixture.ts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { applyScenario } from '../../../src/domain/scenarioApply.ts';
import { checkScenarioAssumptions } from '../../../src/domain/scenarioAssumptions.ts';
import { ScenarioError } from '../../../src/domain/scenarioError.ts';
import { FIXTURE_ASSUMPTIONS, HUBS, METRICS, SITES, jobsOf, run, scenario } from './fixture.ts';

describe('the fixture itself', () => {
  it('has the hand-checked areas, rail distances and default jobs', () => {
    expect(METRICS.map((m) => m.areaM2)).toEqual([10000, 20000, 20000, 10000, 30000, 2500]);
    expect(METRICS.map((m) => Math.round(m.nearestByType.tog?.distanceM ?? NaN))).toEqual([
      0, 799, 800, 801, 9800, 6708,
    ]);
    expect(METRICS.map((m) => m.region)).toEqual([
      'Asker nord',
      'Asker nord',
      'Asker nord',
      'Asker nord',
      'Asker syd',
      'Asker syd',
    ]);
    const o = run(scenario());
    expect(jobsOf(o, 'P2')?.low).toBeCloseTo(571.43, 2);
    expect(jobsOf(o, 'P2')?.mid).toBeCloseTo(1000, 9);
    expect(jobsOf(o, 'P2')?.high).toBeCloseTo(1739.13, 2);
    expect(o.summary.total.jobs.mid).toBeCloseTo(500 + 1000 + 205.714 + 102.857 + 120, 2);
    expect(o.summary.total.areaDaa).toBeCloseTo(92.5, 9);
    expect(o.states.every((s) => s.included && !s.changed)).toBe(true);
  });
});

describe('per-site overrides', () => {
  it('doubling %BRA doubles the jobs of that site only', () => {
    const basis = run(scenario());
    const doubled = run(scenario({ sites: { P2: { braFactor: 2 } } }));
    expect(jobsOf(doubled, 'P2')?.low).toBeCloseTo(1142.86, 2);
    expect(jobsOf(doubled, 'P2')?.mid).toBeCloseTo(2000, 9);
    expect(jobsOf(doubled, 'P2')?.high).toBeCloseTo(3478.26, 2);
    for (const id of ['P1', 'P3', 'P4', 'P5', 'P6']) expect(jobsOf(doubled, id)).toEqual(jobsOf(basis, id));
    expect(doubled.summary.total.jobs.mid - basis.summary.total.jobs.mid).toBeCloseTo(1000, 9);
    expect(doubled.states[1]).toMatchObject({ braFactor: 2, bra: null, siteOverride: true, changed: true });
  });

  it('a single %BRA replaces the low/mid/high utilisation (the range then comes from m² per job only)', () => {
    const o = run(scenario({ sites: { P2: { bra: 3 } } }));
    // 20 000 m² × 3.0 ÷ 35 / 30 / 23 m² per job
    expect(jobsOf(o, 'P2')?.low).toBeCloseTo(1714.29, 2);
    expect(jobsOf(o, 'P2')?.mid).toBeCloseTo(2000, 9);
    expect(jobsOf(o, 'P2')?.high).toBeCloseTo(2608.7, 1);
  });

  it('an own %BRA wins over a factor from a rule', () => {
    const o = run(scenario({ rules: [{ when: {}, set: { braFactor: 2 } }], sites: { P2: { bra: 1.5 } } }));
    expect(jobsOf(o, 'P2')?.mid).toBeCloseTo(1000, 9); // 20 000 × 1.5 ÷ 30, no factor
    expect(jobsOf(o, 'P1')?.mid).toBeCloseTo(1000, 9); // 10 000 × 1.5 × 2 ÷ 30
  });

  it('excluding a site removes its daa and jobs from the summary and its row from the results', () => {
    const basis = run(scenario());
    const o = run(scenario({ sites: { P3: { include: false } } }));
    expect(o.summary.total.areaDaa).toBeCloseTo(72.5, 9);
    expect(basis.summary.total.areaDaa - o.summary.total.areaDaa).toBeCloseTo(20, 9);
    expect(o.summary.total.sites).toBe(5);
    expect(o.summary.total.jobs.mid).toBeCloseTo(basis.summary.total.jobs.mid - 205.714, 2);
    expect(o.results.map((r) => r.siteId)).toEqual(['P1', 'P2', 'P4', 'P5', 'P6']);
    expect(o.sites.map((s) => s.id)).toEqual(['P1', 'P2', 'P4', 'P5', 'P6']);
    expect(o.states.map((s) => s.included)).toEqual([true, true, false, true, true, true]);
    const nord = o.summary.byRegion.find((r) => r.region === 'Asker nord');
    expect(nord?.areaDaa).toBeCloseTo(40, 9); // P1 10 + P2 20 + P4 10 daa
  });

  it('a new ABC type changes both the jobs and the fit verdict', () => {
    const o = run(scenario({ sites: { P2: { abc: 'C' } } }));
    expect(jobsOf(o, 'P2')?.mid).toBeCloseTo(80, 9); // 20 000 × 0.4 ÷ 100
    expect(o.results[1]?.fit.verdict).toBe('mismatch'); // C on a site 799 m from a station
    expect(o.sites[1]?.abc).toBe('C');
    expect(SITES[1]?.abc).toBe('A'); // the input is never modified
    expect(o.sites[0]).toBe(SITES[0]); // unchanged sites are passed through as they are
  });

  it('lists override ids that are not in the data', () => {
    expect(run(scenario({ sites: { P1: { braFactor: 1 }, NOPE: { include: false } } })).unknownSiteIds).toEqual([
      'NOPE',
    ]);
  });
});

describe('rules', () => {
  it('"within 800 m of a rail station" hits exactly P1 (0 m), P2 (799 m) and P3 (800 m)', () => {
    const o = run(scenario({ rules: [{ when: { maxRailDistanceM: 800 }, set: { braFactor: 1.5 } }] }));
    expect(o.states.filter((s) => s.rules.includes(0)).map((s) => s.siteId)).toEqual(['P1', 'P2', 'P3']);
    expect(o.ruleHits).toEqual([3]);
    expect(jobsOf(o, 'P3')?.mid).toBeCloseTo(205.714 * 1.5, 2);
    expect(jobsOf(o, 'P4')?.mid).toBeCloseTo(102.857, 2);
  });

  it('conditions combine with AND; lists mean any of', () => {
    const hits = (when: object): string[] =>
      run(scenario({ rules: [{ when, set: { include: false } }] }))
        .states.filter((s) => !s.included)
        .map((s) => s.siteId);
    expect(hits({ region: ['Asker syd'] })).toEqual(['P5', 'P6']);
    expect(hits({ abc: ['A', 'C'], status: ['fremtidig'] })).toEqual(['P2', 'P5']);
    expect(hits({ readiness: ['må reguleres'], maxHubDistanceM: 500 })).toEqual(['P5']);
    expect(hits({ minRailDistanceM: 801 })).toEqual(['P4', 'P5', 'P6']);
    expect(hits({ minAreaDaa: 20, maxAreaDaa: 25 })).toEqual(['P2', 'P3']);
    expect(hits({ siteIds: ['P4', 'P9'] })).toEqual(['P4']);
    expect(hits({ property: { farmland: true } })).toEqual(['P6']);
    expect(hits({ property: { farmland: 'true' } })).toEqual([]);
    expect(hits({})).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
  });

  it('read only own site properties, never inherited ones', () => {
    const inherited = { ...SITES[0]!, properties: Object.create({ farmland: true }) as Record<string, unknown> };
    const o = applyScenario(
      [inherited],
      [METRICS[0]!],
      HUBS,
      FIXTURE_ASSUMPTIONS,
      scenario({ rules: [{ when: { property: { farmland: true } }, set: { include: false } }] }),
    );
    expect(o.states[0]?.included).toBe(true);
  });

  it('test the data, not what earlier rules set; a later rule and then a site override win', () => {
    const o = run(
      scenario({
        rules: [
          { when: { abc: ['A'] }, set: { abc: 'B', braFactor: 2 } },
          { when: { abc: ['A'] }, set: { braFactor: 3 } }, // still hits P1, P2 (planned A in the data)
        ],
        sites: { P1: { braFactor: 1 } },
      }),
    );
    expect(o.states.map((s) => s.abc)).toEqual(['B', 'B', 'B', 'B', 'C', null]);
    // P2: B at 20 000 m² × 0.9 × 3 ÷ 87.5; P1: factor 1 means "no factor" and is not a change of %BRA.
    expect(jobsOf(o, 'P2')?.mid).toBeCloseTo((20000 * 0.9 * 3) / 87.5, 9);
    expect(o.states[0]?.braFactor).toBeNull();
    expect(jobsOf(o, 'P1')?.mid).toBeCloseTo((10000 * 0.9) / 87.5, 9);
  });
});

describe('assumption overrides', () => {
  it('lay partial overrides over the defaults without touching them', () => {
    const o = run(
      scenario({ assumptions: { capacity: { B: { m2PerJob: { mid: 90 } } }, accessibility: { aMaxRailM: 500 } } }),
    );
    expect(o.assumptions.capacity.B.m2PerJob).toEqual({ low: 75, mid: 90, high: 100 });
    expect(DEFAULT_ASSUMPTIONS.capacity.B.m2PerJob.mid).toBe(87.5);
    expect(jobsOf(o, 'P3')?.mid).toBeCloseTo(200, 9); // 20 000 × 0.9 ÷ 90
    // P2 at 799 m is now only B-located: A planned there is a partial fit.
    expect(o.results[1]?.fit.verdict).toBe('partial');
  });

  it('refuse merged assumptions that are out of order, naming the field', () => {
    const bad = scenario({ assumptions: { capacity: { A: { bra: { mid: 3 } } } } });
    expect(() => run(bad)).toThrow(ScenarioError);
    expect(() => run(bad)).toThrow('assumptions.capacity.A.bra: range-order');
    // The same check without applying, for an editor that wants to say so before the user leaves the field.
    expect(checkScenarioAssumptions(DEFAULT_ASSUMPTIONS, bad.assumptions)).toEqual([
      { path: ['assumptions', 'capacity', 'A', 'bra'], code: 'range-order', params: {} },
    ]);
    expect(checkScenarioAssumptions(DEFAULT_ASSUMPTIONS, { capacity: { A: { bra: { mid: 1.8 } } } })).toEqual([]);
  });
});

describe('per-year figures', () => {
  it('bucket the sites by the year they become available (start 2030, horizon 5)', () => {
    const o = run(scenario({ startYear: 2030, horizonYears: 5 }));
    // Lead times: byggeklar 0, må reguleres 4, må omreguleres 6, none 0 → P1, P4, P6 in 2030; P2, P5 in 2034; P3 in
    // 2036.
    expect(o.states.map((s) => s.availableYear)).toEqual([2030, 2034, 2036, 2030, 2034, 2030]);
    expect(o.endYear).toBe(2034);
    expect(o.perYear.map((y) => y.year)).toEqual([2030, 2031, 2032, 2033, 2034]);
    expect(o.perYear.map((y) => y.sites)).toEqual([3, 0, 0, 0, 2]);
    expect(o.perYear.map((y) => y.areaDaa)).toEqual([22.5, 0, 0, 0, 50]);
    expect(o.perYear[0]?.jobs.mid).toBeCloseTo(602.857, 2);
    expect(o.perYear[3]?.cumulativeNewJobs.mid).toBeCloseTo(602.857, 2);
    expect(o.perYear[4]?.jobs.mid).toBeCloseTo(1120, 9);
    expect(o.perYear[4]?.cumulativeNewJobs.mid).toBeCloseTo(1722.857, 2);
    expect(o.perYear.map((y) => y.cumulativeTarget)).toEqual([
      { low: 500, high: 550 },
      { low: 1000, high: 1100 },
      { low: 1500, high: 1650 },
      { low: 2000, high: 2200 },
      { low: 2500, high: 2750 },
    ]);
    expect(o.afterHorizon.sites).toBe(1);
    expect(o.afterHorizon.areaDaa).toBe(20);
    expect(o.afterHorizon.jobs.mid).toBeCloseTo(205.714, 2);
  });

  it('follow availableYear and lead-time overrides; a year before the start counts as the start', () => {
    const o = run(
      scenario({
        startYear: 2030,
        horizonYears: 5,
        assumptions: { leadTimeYears: { 'må reguleres': 1 } },
        sites: { P3: { availableYear: 2031 }, P1: { availableYear: 2020 } },
      }),
    );
    expect(o.states.map((s) => s.availableYear)).toEqual([2020, 2031, 2031, 2030, 2031, 2030]);
    expect(o.perYear.map((y) => y.sites)).toEqual([3, 3, 0, 0, 0]);
    expect(o.afterHorizon.sites).toBe(0);
    expect(o.states[1]?.changed).toBe(false); // a lead-time change is not a per-site change
    expect(o.states[2]?.changed).toBe(true);
  });
});

describe('input checks', () => {
  it('needs one metrics entry per site', () => {
    expect(() => applyScenario(SITES, METRICS.slice(1), HUBS, DEFAULT_ASSUMPTIONS, scenario())).toThrow(
      '6 sites but 5 metrics',
    );
  });
});
