// compareScenarios on the hand-made fixture: targets scaled to the horizon, nord/syd, walking distance, diffs.
import { describe, expect, it } from 'vitest';
import { compareScenarios, scenarioFigures } from '../../../src/domain/scenarioCompare.ts';
import { run, scenario } from './fixture.ts';

// Default mid jobs: P1 500, P2 1 000, P3 205.714, P4 102.857, P5 120, P6 0 (see fixture.ts).
const TOTAL_MID = 500 + 1000 + 1800 / 8.75 + 900 / 8.75 + 120;

describe('scenarioFigures', () => {
  it('sets capacity within the horizon beside the plan targets scaled to it', () => {
    const f = scenarioFigures(run(scenario({ startYear: 2030, horizonYears: 5 })));
    expect(f.target).toEqual({ low: 3750, high: 5000 }); // 15 000–20 000 × 5 / 20
    expect(f.targetFromYearlyGrowth).toEqual({ low: 2500, high: 2750 }); // 500–550 × 5
    expect(f.jobs.mid).toBeCloseTo(TOTAL_MID, 9);
    // P3 (må omreguleres, 2036) falls outside 2030–2034.
    expect(f.newJobsWithinHorizon.mid).toBeCloseTo(TOTAL_MID - 1800 / 8.75, 9);
    expect(f.newJobsPerYear.mid).toBeCloseTo((TOTAL_MID - 1800 / 8.75) / 5, 9);
    expect(f.targetStatus).toEqual({ low: 'below', mid: 'below', high: 'below' });
    expect(f.endYear).toBe(2034);
  });

  it('judges each level of capacity against the 20-year target', () => {
    // ×7 on every site: low 7 × 1 097.14 = 7 680; mid 7 × 1 928.57 = 13 500; high 7 × 3 302.99 = 23 121.
    const f = scenarioFigures(run(scenario({ rules: [{ when: {}, set: { braFactor: 7 } }] })));
    expect(f.target).toEqual({ low: 15000, high: 20000 });
    expect(f.newJobsWithinHorizon.low).toBeCloseTo(
      7 * (10000 / 35 + 20000 / 35 + (30000 * 0.6) / 100 + (30000 * 0.3) / 150),
      6,
    );
    expect(f.newJobsWithinHorizon.mid).toBeCloseTo(13500, 6);
    expect(f.newJobsWithinHorizon.high).toBeCloseTo(
      7 * ((10000 * 2) / 23 + (20000 * 2) / 23 + (30000 * 1.2) / 75 + (30000 * 0.5) / 70),
      6,
    );
    expect(f.targetStatus).toEqual({ low: 'below', mid: 'below', high: 'above' });
    const g = scenarioFigures(run(scenario({ rules: [{ when: {}, set: { braFactor: 9 } }] })));
    expect(g.newJobsWithinHorizon.mid).toBeCloseTo(9 * TOTAL_MID, 6); // 17 357
    expect(g.targetStatus?.mid).toBe('within');
  });

  it('splits nord/syd, counts jobs within walking distance of a hub and the ABC verdicts', () => {
    const f = scenarioFigures(run(scenario()));
    expect(f.byRegion.map((r) => [r.region, r.sites, r.areaDaa])).toEqual([
      ['Asker nord', 4, 60],
      ['Asker syd', 2, 32.5],
    ]);
    expect(f.byRegion[0]?.jobs.mid).toBeCloseTo(TOTAL_MID - 120, 9);
    expect(f.byRegion[0]?.shareOfJobs).toBeCloseTo((TOTAL_MID - 120) / TOTAL_MID, 12);
    // ≤ 800 m from a hub: P1 (0), P2 (799), P3 (800), P5 (100 m to the bus). Not P4 (801) or P6.
    expect(f.nearHub.jobs.mid).toBeCloseTo(TOTAL_MID - 900 / 8.75, 9);
    expect(f.nearHub.share.mid).toBeCloseTo((TOTAL_MID - 900 / 8.75) / TOTAL_MID, 12);
    expect(scenarioFigures(run(scenario()), 801).nearHub.share.mid).toBeCloseTo(1, 12);
    expect(f.abcMismatches).toBe(0);
    expect(f.abcPartial).toBe(1); // P5: C within 1 km of the bus stop
    expect(f.areaDaaByStatus).toEqual({ eksisterende: 20, fremtidig: 70, unknown: 2.5 });
    expect(f.sites).toBe(6);
    expect(f.excludedSites).toBe(0);
  });
});

describe('compareScenarios', () => {
  const basis = run(scenario({ id: 'basis', name: 'Basis' }));
  const changed = run(scenario({ id: 'alt', name: 'Alt', sites: { P2: { abc: 'C' }, P3: { include: false } } }));
  const global = run(
    scenario({ id: 'g', name: 'Global', assumptions: { capacity: { B: { m2PerJob: { mid: 90 } } } } }),
  );
  const c = compareScenarios([basis, changed, global]);

  it('gives the differences to the first scenario', () => {
    expect(c.scenarios.map((s) => s.id)).toEqual(['basis', 'alt', 'g']);
    expect(c.deltas[0]).toMatchObject({ sites: 0, areaDaa: 0, abcMismatches: 0, jobs: { low: 0, mid: 0, high: 0 } });
    const d = c.deltas[1];
    expect(d?.sites).toBe(-1);
    expect(d?.areaDaa).toBe(-20);
    // P2: 1 000 → 80 (C: 20 000 × 0.4 ÷ 100); P3: −205.71.
    expect(d?.jobs.mid).toBeCloseTo(-920 - 1800 / 8.75, 9);
    expect(d?.abcMismatches).toBe(1);
    expect(d?.byRegion).toEqual([
      {
        region: 'Asker nord',
        areaDaa: -20,
        jobs: expect.objectContaining({ mid: expect.closeTo(-920 - 1800 / 8.75, 9) }),
        newJobsWithinHorizon: expect.objectContaining({ mid: expect.closeTo(-920 - 1800 / 8.75, 9) }),
      },
      {
        region: 'Asker syd',
        areaDaa: 0,
        jobs: { low: 0, mid: 0, high: 0 },
        newJobsWithinHorizon: { low: 0, mid: 0, high: 0 },
      },
    ]);
    expect(c.planTargets?.newJobs20Years).toEqual({ low: 15000, high: 20000 });
    expect(c.walkingDistanceM).toBe(800);
  });

  it('lists exactly the sites that differ from the basis, and how', () => {
    expect(c.siteDiffs[0]).toEqual([]);
    const diffs = c.siteDiffs[1] ?? [];
    expect(diffs.map((x) => x.siteId)).toEqual(['P2', 'P3']);
    expect(diffs[0]).toMatchObject({
      abc: { basis: 'A', scenario: 'C' },
      included: null,
      utilisation: null,
      availableYear: null,
      fit: { basis: 'ok', scenario: 'mismatch' },
      settingsChanged: true,
    });
    expect(diffs[0]?.jobs.delta.mid).toBeCloseTo(-920, 9);
    expect(diffs[1]).toMatchObject({
      included: { basis: true, scenario: false },
      fit: { basis: 'ok', scenario: null },
      jobs: { scenario: { low: 0, mid: 0, high: 0 } },
    });
  });

  it('marks sites changed only by a global assumption as outcome changes, not setting changes', () => {
    const diffs = c.siteDiffs[2] ?? [];
    expect(diffs.map((x) => [x.siteId, x.settingsChanged])).toEqual([
      ['P3', false],
      ['P4', false],
    ]);
    expect(diffs[0]?.jobs.scenario.mid).toBeCloseTo(200, 9); // 20 000 × 0.9 ÷ 90
  });

  it('shows utilisation settings as text', () => {
    const u = compareScenarios([basis, run(scenario({ sites: { P1: { bra: 2 }, P2: { braFactor: 1.5 } } }))])
      .siteDiffs[1];
    expect(u?.map((x) => x.utilisation)).toEqual([
      { basis: 'default', scenario: '2' },
      { basis: 'default', scenario: '×1.5' },
    ]);
  });

  it('pairs sites by id when the two outcomes list them in a different order', async () => {
    const { applyScenario } = await import('../../../src/domain/scenarioApply.ts');
    const { FIXTURE_ASSUMPTIONS, HUBS, METRICS, SITES } = await import('./fixture.ts');
    const reversed = applyScenario(
      [...SITES].reverse(),
      [...METRICS].reverse(),
      HUBS,
      FIXTURE_ASSUMPTIONS,
      scenario({ sites: { P2: { abc: 'C' }, P3: { include: false } } }),
    );
    const diffs = compareScenarios([basis, reversed]).siteDiffs[1] ?? [];
    expect(diffs.map((x) => x.siteId)).toEqual(['P3', 'P2']); // the scenario's order
    expect(diffs[1]?.jobs.delta.mid).toBeCloseTo(-920, 9);
  });

  it('needs at least one scenario', () => {
    expect(() => compareScenarios([])).toThrow('at least one scenario');
  });
});

describe('compareScenarios without job targets (a kommune profile that has none)', () => {
  it('gives no target, status or measures, and no plan targets; the job figures are the same as with targets', () => {
    const o = run(scenario({}));
    const withTargets = compareScenarios([o]);
    const without = compareScenarios([o], { targets: null });
    expect(without.planTargets).toBeNull();
    const f = without.scenarios[0];
    expect(f).toMatchObject({ target: null, targetFromYearlyGrowth: null, targetStatus: null, measures: null });
    expect(f?.newJobsWithinHorizon).toEqual(withTargets.scenarios[0]?.newJobsWithinHorizon);
  });
});
