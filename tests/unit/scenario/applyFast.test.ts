// The one-pass applyScenario against the plain version it replaced (applyReference.ts), to the last digit, on seeded
// random sites under every preset and under random rules, per-site overrides and assumption overrides.
import { describe, expect, it } from 'vitest';
import { assessSites, computeGeometryMetrics } from '../../../src/domain/analyse.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { PRESETS } from '../../../src/domain/presets.ts';
import type { RuleCondition, Scenario, ScenarioAssumptions, SiteChange } from '../../../src/domain/scenario.ts';
import { applyScenario } from '../../../src/domain/scenarioApply.ts';
import type { SiteWithProperties } from '../../../src/domain/scenarioRules.ts';
import type { AbcType, Hub, HubType, Readiness, Region, SiteStatus } from '../../../src/domain/types.ts';
import { hub, prng, rect, site, starRing } from '../domain/helpers.ts';
import { applyScenarioReference } from './applyReference.ts';

const ABCS: (AbcType | null)[] = ['A', 'B', 'C', null];
const STATUSES: (SiteStatus | null)[] = ['eksisterende', 'fremtidig', null];
const READINESS: (Readiness | null)[] = ['byggeklar', 'må reguleres', 'må omreguleres', null];
const HUB_TYPES: HubType[] = ['tog', 'buss', 'båt'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** Sites over two regions (x < 5 000 nord, else syd, some outside both), odd areas so the figures are not round. */
function world(seed: number, n: number): { sites: SiteWithProperties[]; hubs: Hub[]; regions: Region[] } {
  const rand = prng(seed);
  const hubs = Array.from({ length: 12 }, (_, i) =>
    hub(`H${i}`, [rand() * 10000, rand() * 10000], pick(rand, HUB_TYPES), `Hub ${i}`),
  );
  const regions: Region[] = [
    { name: 'Asker nord', geometry: rect(0, 0, 5000, 9500) },
    { name: 'Asker syd', geometry: rect(5000, 0, 10000, 9500) },
  ];
  const sites: SiteWithProperties[] = [];
  for (let i = 0; i < n; i++) {
    const cx = 200 + rand() * 9600;
    const cy = 200 + rand() * 9600;
    const u = rand();
    const jobsToday =
      u < 0.3 ? Math.round(rand() * 400) : u < 0.4 ? rand() * 50 : u < 0.45 ? -3 : u < 0.7 ? null : undefined;
    const s: SiteWithProperties = {
      ...site(`S${i}`, [[starRing(rand, cx, cy, 20, 60 + rand() * 180, 7)]], {
        abc: pick(rand, ABCS),
        status: pick(rand, STATUSES),
        readiness: pick(rand, READINESS),
      }),
      ...(jobsToday === undefined ? {} : { jobsToday }),
      ...(rand() < 0.5 ? { jobsTodayField: 'arbeidsplasser' } : {}),
    };
    if (rand() < 0.6) sites.push({ ...s, properties: { farmland: rand() < 0.3, kind: pick(rand, ['x', 'y']) } });
    else sites.push(s);
  }
  return { sites, hubs, regions };
}

function randomCondition(rand: () => number, ids: string[]): RuleCondition {
  const when: RuleCondition = {};
  if (rand() < 0.2) when.siteIds = ids.filter(() => rand() < 0.2);
  if (rand() < 0.3) when.region = [pick(rand, ['Asker nord', 'Asker syd'])];
  if (rand() < 0.3) when.status = [pick(rand, ['eksisterende', 'fremtidig'] as const)];
  if (rand() < 0.4) when.abc = ABCS.filter((x): x is AbcType => x !== null && rand() < 0.5);
  if (rand() < 0.2) when.readiness = [pick(rand, ['byggeklar', 'må reguleres', 'må omreguleres'] as const)];
  if (rand() < 0.3) when.maxRailDistanceM = rand() * 3000;
  if (rand() < 0.1) when.minRailDistanceM = rand() * 2000;
  if (rand() < 0.2) when.minHubDistanceM = rand() * 1500;
  if (rand() < 0.1) when.maxHubDistanceM = rand() * 3000;
  if (rand() < 0.2) when.minAreaDaa = rand() * 40;
  if (rand() < 0.1) when.maxAreaDaa = 20 + rand() * 80;
  if (rand() < 0.15) when.property = { farmland: rand() < 0.5 };
  return when;
}

function randomChange(rand: () => number): SiteChange {
  const c: SiteChange = {};
  if (rand() < 0.2) c.include = rand() < 0.3;
  if (rand() < 0.3) c.abc = pick(rand, ['A', 'B', 'C'] as const);
  if (rand() < 0.2) c.bra = 0.2 + rand() * 3;
  if (rand() < 0.3) c.braFactor = rand() < 0.2 ? 1 : 0.5 + rand() * 1.5;
  if (rand() < 0.3) c.availableYear = 2020 + Math.floor(rand() * 40);
  if (rand() < 0.2) c.jobsToday = Math.floor(rand() * 300);
  return c;
}

function randomAssumptions(rand: () => number): ScenarioAssumptions | undefined {
  if (rand() < 0.3) return undefined;
  const o: ScenarioAssumptions = {};
  if (rand() < 0.5)
    o.capacity = { B: { bra: { mid: 0.8 + rand() * 0.3 } }, C: { m2PerJob: { mid: 90 + rand() * 20 } } };
  if (rand() < 0.4) o.accessibility = { aMaxRailM: 400 + rand() * 600 };
  if (rand() < 0.3) o.nearHubM = 200 + rand() * 800;
  if (rand() < 0.3) o.netShare = { A: 0.5 + rand() * 0.5 };
  if (rand() < 0.3) o.landPerJobTodayM2 = 200 + rand() * 400;
  if (rand() < 0.5) o.takeUpSharePerYear = pick(rand, [0.05, 0.1, 0.13, 0.5, 1]);
  if (rand() < 0.5) o.leadTimeYears = { 'må reguleres': Math.floor(rand() * 10), unknown: Math.floor(rand() * 3) };
  return o;
}

function randomScenario(rand: () => number, ids: string[], k: number): Scenario {
  const rules = Array.from({ length: Math.floor(rand() * 5) }, () => ({
    when: randomCondition(rand, ids),
    set: randomChange(rand),
  }));
  const sites: Record<string, SiteChange> = {};
  for (const id of ids) if (rand() < 0.1) sites[id] = randomChange(rand);
  if (rand() < 0.3) sites['not-in-the-data'] = { include: false };
  const assumptions = randomAssumptions(rand);
  return {
    schemaVersion: 2,
    id: `random-${k}`,
    name: `Random ${k}`,
    description: '',
    horizonYears: 1 + Math.floor(rand() * 30),
    ...(rand() < 0.8 ? { startYear: 2015 + Math.floor(rand() * 20) } : {}),
    ...(assumptions ? { assumptions } : {}),
    ...(rules.length > 0 ? { rules } : {}),
    ...(rand() < 0.8 ? { sites } : {}),
  };
}

describe('applyScenario (one pass) gives what the plain version gave', () => {
  it('compares numbers exactly (a last-digit difference fails)', () => {
    expect({ a: 0.1 + 0.2 }).not.toStrictEqual({ a: 0.3 });
  });

  const { sites, hubs, regions } = world(12, 600);
  const metrics = computeGeometryMetrics(sites, hubs, regions);
  const ids = sites.map((s) => s.id);

  it('under every preset, with the metrics or with assessed results as the app passes them', () => {
    const results = assessSites(sites, metrics, hubs, DEFAULT_ASSUMPTIONS);
    for (const preset of PRESETS) {
      const ref = applyScenarioReference(sites, metrics, hubs, DEFAULT_ASSUMPTIONS, preset);
      expect(applyScenario(sites, metrics, hubs, DEFAULT_ASSUMPTIONS, preset)).toStrictEqual(ref);
      // Again, now from the fits kept for this metrics array.
      expect(applyScenario(sites, metrics, hubs, DEFAULT_ASSUMPTIONS, preset)).toStrictEqual(ref);
      expect(applyScenario(sites, results, hubs, DEFAULT_ASSUMPTIONS, preset)).toStrictEqual(
        applyScenarioReference(sites, results, hubs, DEFAULT_ASSUMPTIONS, preset),
      );
    }
    // Some preset changes something on these sites, or the comparison would say little.
    const changed = PRESETS.map((p) => applyScenario(sites, metrics, hubs, DEFAULT_ASSUMPTIONS, p))
      .map((o) => o.states.filter((s) => s.changed).length)
      .filter((c) => c > 0);
    expect(changed.length).toBeGreaterThanOrEqual(3);
  });

  it('under 60 random scenarios (rules, overrides, unknown ids, assumptions, years) and no targets', () => {
    const rand = prng(99);
    let errors = 0;
    let retyped = 0;
    for (let k = 0; k < 60; k++) {
      const s = randomScenario(rand, ids, k);
      const target = k % 4 === 0 ? null : undefined;
      let ref: ReturnType<typeof applyScenarioReference> | null = null;
      let refError: unknown = null;
      try {
        ref = applyScenarioReference(sites, metrics, hubs, DEFAULT_ASSUMPTIONS, s, target);
      } catch (e) {
        refError = e;
      }
      if (ref === null) {
        errors++;
        expect(() => applyScenario(sites, metrics, hubs, DEFAULT_ASSUMPTIONS, s, target)).toThrow(
          (refError as Error).message,
        );
        continue;
      }
      expect(applyScenario(sites, metrics, hubs, DEFAULT_ASSUMPTIONS, s, target)).toStrictEqual(ref);
      if (ref.sites !== sites) retyped++;
    }
    // Most random scenarios are usable, and many drop or retype sites.
    expect(errors).toBeLessThan(20);
    expect(retyped).toBeGreaterThan(20);
  });

  it('does not use a kept fit for a metrics entry replaced in place', () => {
    const own = metrics.slice();
    const preset = PRESETS[1] as Scenario;
    applyScenario(sites, own, hubs, DEFAULT_ASSUMPTIONS, preset);
    // Site 0 now has the metrics of a site far from every hub: its fit must follow.
    const far = computeGeometryMetrics([site('S0', rect(50000, 50000, 50100, 50100), { abc: 'A' })], hubs, regions);
    own[0] = { ...(far[0] as (typeof far)[number]), siteId: 'S0' };
    const fast = applyScenario(sites, own, hubs, DEFAULT_ASSUMPTIONS, preset);
    expect(fast).toStrictEqual(applyScenarioReference(sites, own, hubs, DEFAULT_ASSUMPTIONS, preset));
    expect(fast.results[0]?.fit.access).toBe('C');
  });
});
