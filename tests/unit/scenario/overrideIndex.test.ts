// applyScenario keeps the scenario's site changes by site index per sites array (scenarioApply.ts overrideIndex):
// re-applying, editing the changes, and a sites array changed in place must all give what a fresh apply gives.
import { describe, expect, it } from 'vitest';
import { computeGeometryMetrics } from '../../../src/domain/analyse.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { SCENARIO_SCHEMA_VERSION, type Scenario } from '../../../src/domain/scenario.ts';
import { applyScenario } from '../../../src/domain/scenarioApply.ts';
import type { SiteWithProperties } from '../../../src/domain/scenarioRules.ts';
import { hub, rect, site } from '../domain/helpers.ts';

const HUBS = [hub('T', [0, 0], 'tog')];
// Three 100 × 100 m future B sites (10 000 m² each).
const SITES: SiteWithProperties[] = [0, 1, 2].map((k) => site(`S${k}`, rect(1000 * k, 0, 1000 * k + 100, 100)));
const METRICS = computeGeometryMetrics(SITES, HUBS, []);

function scenario(sites: Scenario['sites']): Scenario {
  const base: Scenario = {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    id: 'x',
    name: 'x',
    description: '',
    horizonYears: 20,
  };
  return sites ? { ...base, sites } : base;
}

const kept = (o: ReturnType<typeof applyScenario>) => o.results.map((r) => r.siteId);

describe('the site changes by index', () => {
  it('drops and retypes the named sites, the same on a second apply, and names an unknown id', () => {
    const s = scenario({ S0: { include: false }, S2: { abc: 'C' }, NOPE: { include: false } });
    const first = applyScenario(SITES, METRICS, HUBS, DEFAULT_ASSUMPTIONS, s);
    const again = applyScenario(SITES, METRICS, HUBS, DEFAULT_ASSUMPTIONS, s);
    expect(kept(first)).toEqual(['S1', 'S2']);
    expect(first.sites.map((x) => x.abc)).toEqual(['B', 'C']);
    expect(first.states.map((x) => x.siteOverride)).toEqual([true, false, true]);
    expect(first.unknownSiteIds).toEqual(['NOPE']);
    expect(again).toEqual(first);
    // Each outcome has its own list: changing one does not change the other.
    first.unknownSiteIds.push('mine');
    expect(applyScenario(SITES, METRICS, HUBS, DEFAULT_ASSUMPTIONS, s).unknownSiteIds).toEqual(['NOPE']);
  });

  it('follows an edit of the changes (a new sites object) and their removal', () => {
    applyScenario(SITES, METRICS, HUBS, DEFAULT_ASSUMPTIONS, scenario({ S0: { include: false } }));
    const edited = applyScenario(SITES, METRICS, HUBS, DEFAULT_ASSUMPTIONS, scenario({ S1: { include: false } }));
    expect(kept(edited)).toEqual(['S0', 'S2']);
    expect(kept(applyScenario(SITES, METRICS, HUBS, DEFAULT_ASSUMPTIONS, scenario(undefined)))).toEqual([
      'S0',
      'S1',
      'S2',
    ]);
  });

  it('notices a sites array changed in place under the same changes', () => {
    const sites = [...SITES];
    const s = scenario({ S1: { include: false } });
    expect(kept(applyScenario(sites, METRICS, HUBS, DEFAULT_ASSUMPTIONS, s))).toEqual(['S0', 'S2']);
    // Swap the first two sites (and their metrics): S1 is now at index 0.
    sites[0] = SITES[1] as SiteWithProperties;
    sites[1] = SITES[0] as SiteWithProperties;
    const metrics = [METRICS[1]!, METRICS[0]!, METRICS[2]!];
    expect(kept(applyScenario(sites, metrics, HUBS, DEFAULT_ASSUMPTIONS, s))).toEqual(['S0', 'S2']);
  });
});
