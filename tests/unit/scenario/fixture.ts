// A hand-made test world for the scenario tests: one rail station, one bus stop, six sites at known distances.
import { computeGeometryMetrics } from '../../../src/domain/analyse.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import type { Scenario } from '../../../src/domain/scenario.ts';
import { applyScenario, type ScenarioOutcome } from '../../../src/domain/scenarioApply.ts';
import type { Assumptions, Hub, Region, SiteGeometryMetrics } from '../../../src/domain/types.ts';
import { hub, rect, site } from '../domain/helpers.ts';
import type { SiteWithProperties } from '../../../src/domain/scenarioRules.ts';

/**
 * Rail station R at (0, 0), bus stop B at (10 000, 0). "Asker nord" is x < 5 000, "Asker syd" x ≥ 5 000.
 * Polygon distance to R / area / planned type:
 *   P1      0 m (R inside)  10 000 m²  A  eksisterende  byggeklar
 *   P2    799 m             20 000 m²  A  fremtidig     må reguleres
 *   P3    800 m             20 000 m²  B  fremtidig     må omreguleres
 *   P4    801 m             10 000 m²  B  eksisterende  (no readiness)
 *   P5  9 800 m (B: 100 m)  30 000 m²  C  fremtidig     må reguleres    (syd)
 *   P6  ≈6 708 m             2 500 m²  –  –             –               (syd), properties { farmland: true }
 * The mechanics tests run on FIXTURE_ASSUMPTIONS: the defaults on gross land (net share 1), no jobs today and a
 * site taken up in full the year it becomes available, so the hand figures below stay simple and a rule's or an
 * override's effect is read straight off them. Net land, jobs today and the pace are tested on the real defaults in
 * newJobs.test.ts (and tests/unit/domain/capacity.test.ts, pace.test.ts).
 * Jobs (low / mid / high), by hand from assumptions.json on gross land:
 *   A per m²: 1.0/35, 1.5/30, 2.0/23 → P1 285.71 / 500 / 869.57; P2 571.43 / 1 000 / 1 739.13
 *   B per m²: 0.6/100, 0.9/87.5, 1.2/75 → P3 120 / 205.71 / 320; P4 60 / 102.86 / 160
 *   C per m²: 0.3/150, 0.4/100, 0.5/70 → P5 60 / 120 / 214.29
 */
export const HUBS: Hub[] = [hub('R', [0, 0], 'tog', 'Rail'), hub('B', [10000, 0], 'buss', 'Bus')];

export const REGIONS: Region[] = [
  { name: 'Asker nord', geometry: rect(-5000, -5000, 5000, 5000) },
  { name: 'Asker syd', geometry: rect(5000, -5000, 15000, 5000) },
];

export const SITES: SiteWithProperties[] = [
  site('P1', rect(-50, -50, 50, 50), { abc: 'A', status: 'eksisterende', readiness: 'byggeklar' }),
  site('P2', rect(799, 0, 899, 200), { abc: 'A', status: 'fremtidig', readiness: 'må reguleres' }),
  site('P3', rect(0, 800, 200, 900), { abc: 'B', status: 'fremtidig', readiness: 'må omreguleres' }),
  site('P4', rect(-901, 0, -801, 100), { abc: 'B', status: 'eksisterende', readiness: null }),
  site('P5', rect(9800, 0, 9900, 300), { abc: 'C', status: 'fremtidig', readiness: 'må reguleres' }),
  {
    ...site('P6', rect(6000, 3000, 6050, 3050), { abc: null, status: null, readiness: null }),
    properties: { farmland: true },
  },
];

export const METRICS: SiteGeometryMetrics[] = computeGeometryMetrics(SITES, HUBS, REGIONS);

/** A scenario with only the required fields, plus what the test adds. */
export function scenario(extra: Partial<Scenario> = {}): Scenario {
  return { schemaVersion: 2, id: 't', name: 'Test', description: '', horizonYears: 20, ...extra };
}

/** See the header: gross land, no jobs today (one job per 10⁷ m², the largest allowed, rounds to 0 on these sites),
 * instant take-up. */
export const FIXTURE_ASSUMPTIONS: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  netShare: { A: 1, B: 1, C: 1 },
  landPerJobTodayM2: 1e7,
  takeUpSharePerYear: 1,
};

export function run(s: Scenario, base: Assumptions = FIXTURE_ASSUMPTIONS): ScenarioOutcome {
  return applyScenario(SITES, METRICS, HUBS, base, s);
}

/** Mid jobs of one site in an outcome (undefined when the site is excluded). */
export function jobsOf(o: ScenarioOutcome, id: string) {
  return o.results.find((r) => r.siteId === id)?.jobs;
}
