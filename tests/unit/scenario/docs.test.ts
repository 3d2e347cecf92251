// The complete example in docs/scenarios.md must stay a valid scenario that applies to the bundled data.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHubs, loadRegions, loadSites } from '../../../src/data/loaders.ts';
import { computeGeometryMetrics } from '../../../src/domain/analyse.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { applyScenario } from '../../../src/domain/scenarioApply.ts';
import { parseScenarioText } from '../../../src/domain/scenarioSchema.ts';

const REPO = resolve(import.meta.dirname, '../../..');

describe('docs/scenarios.md', () => {
  const doc = readFileSync(resolve(REPO, 'docs/scenarios.md'), 'utf8');
  const example = /## Example\s+```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';

  it('has a complete example that reads without warnings', () => {
    const { scenario, warnings } = parseScenarioText(example);
    expect(warnings).toEqual([]);
    expect(scenario.rules).toHaveLength(2);
  });

  it('whose overrides all find a bundled site', () => {
    const read = (role: string): string => readFileSync(resolve(REPO, `geodata/${role}.geojson`), 'utf8');
    const sites = loadSites(read('sites'), { file: 'sites' }).value;
    const hubs = loadHubs(read('hubs'), { file: 'hubs' }).value;
    const metrics = computeGeometryMetrics(sites, hubs, loadRegions(read('regions'), { file: 'regions' }).value);
    const o = applyScenario(sites, metrics, hubs, DEFAULT_ASSUMPTIONS, parseScenarioText(example).scenario);
    expect(o.unknownSiteIds).toEqual([]);
    expect(o.states.find((s) => s.siteId === 'S16')?.included).toBe(false);
    expect(o.states.find((s) => s.siteId === 'S33')).toMatchObject({ availableYear: 2027, bra: 0.6 });
    expect(o.results.find((r) => r.siteId === 'S02')).toMatchObject({ jobsToday: 120, jobsTodaySource: 'scenario' });
    expect(o.assumptions.netShare.C).toBe(0.85);
  });
});
