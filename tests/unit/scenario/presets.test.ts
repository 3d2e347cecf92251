// The preset scenarios in geodata/scenarios: complete, bilingual, valid, and doing what their texts say on the bundled
// data.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHubs, loadRegions, loadSites } from '../../../src/data/loaders.ts';
import { computeGeometryMetrics } from '../../../src/domain/analyse.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { PRESETS, PRESET_IDS, basisPreset, getPreset } from '../../../src/domain/presets.ts';
import { applyScenario, type ScenarioOutcome } from '../../../src/domain/scenarioApply.ts';
import { compareScenarios } from '../../../src/domain/scenarioCompare.ts';
import { parseScenarioText, serializeScenario } from '../../../src/domain/scenarioSchema.ts';

const REPO = resolve(import.meta.dirname, '../../..');
const DIR = resolve(REPO, 'geodata/scenarios');

describe('preset files', () => {
  it('every file in geodata/scenarios is a preset named after its id, basis first', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(files).toEqual([...PRESET_IDS].map((id) => `${id}.json`).sort());
    expect(PRESET_IDS).toEqual(['basis', 'fortetting', 'satsing-syd', 'jordvern']);
    expect(basisPreset().id).toBe('basis');
    expect(getPreset('nope')).toBeUndefined();
  });

  it('each has a Norwegian and an English name and explanation, and reads back without warnings', () => {
    for (const p of PRESETS) {
      expect(p.name.length, p.id).toBeGreaterThan(3);
      expect(p.description.length, p.id).toBeGreaterThan(80);
      expect(p.translations?.en?.name.length, p.id).toBeGreaterThan(3);
      expect(p.translations?.en?.description.length, p.id).toBeGreaterThan(80);
      const text = readFileSync(resolve(DIR, `${p.id}.json`), 'utf8');
      expect(parseScenarioText(text)).toEqual({ scenario: p, warnings: [] });
      expect(parseScenarioText(serializeScenario(p)).scenario).toEqual(p);
    }
  });

  it('the basis changes nothing; the others say what they change', () => {
    const b = basisPreset();
    expect(b.rules ?? []).toEqual([]);
    expect(b.sites).toBeUndefined();
    expect(b.assumptions).toBeUndefined();
    expect(getPreset('fortetting')?.rules?.[0]?.when).toEqual({ maxRailDistanceM: 800, abc: ['A', 'B'] });
    const jordvern = getPreset('jordvern');
    expect(jordvern?.description).toContain('har ikke noe kartlag for dyrka mark');
    expect(jordvern?.translations?.en?.description).toContain('The bundled data has no farmland layer');
  });

  it('are frozen, so no caller can change them by accident', () => {
    expect(Object.isFrozen(PRESETS[1])).toBe(true);
    expect(Object.isFrozen(PRESETS[1]?.rules?.[0]?.set)).toBe(true);
  });
});

// The bundled data is in the repository: nothing to skip.
describe('presets on the bundled data', () => {
  const read = (role: string): string => readFileSync(resolve(REPO, `geodata/${role}.geojson`), 'utf8');
  const sites = loadSites(read('sites'), { file: 'sites' }).value;
  const hubs = loadHubs(read('hubs'), { file: 'hubs' }).value;
  const regions = loadRegions(read('regions'), { file: 'regions' }).value;
  const metrics = computeGeometryMetrics(sites, hubs, regions);
  const outcome = (id: string): ScenarioOutcome =>
    applyScenario(sites, metrics, hubs, DEFAULT_ASSUMPTIONS, getPreset(id)!);
  const hitBy = (o: ScenarioOutcome, rule: number): string[] =>
    o.states.filter((s) => s.rules.includes(rule)).map((s) => s.siteId);

  it('fortetting: the A and B sites within 800 m of a station (hand-checked against the rail distances)', () => {
    // S13 (B) is 887 m from Billingstad, S23 (C) 479 m from Spikkestad: neither is hit.
    expect(hitBy(outcome('fortetting'), 0)).toEqual([
      'S01',
      'S02',
      'S03',
      'S04',
      'S05',
      'S06',
      'S07',
      'S08',
      'S09',
      'S10',
      'S11',
      'S12',
      'S18',
      'S22',
    ]);
  });

  it('satsing-syd: future C sites in syd available in 2028, every C site in syd denser', () => {
    const o = outcome('satsing-syd');
    expect(hitBy(o, 0)).toEqual(['S20', 'S21', 'S24', 'S28', 'S29', 'S32', 'S33']);
    expect(hitBy(o, 1)).toEqual(['S19', 'S20', 'S21', 'S23', 'S24', 'S28', 'S29', 'S30', 'S32', 'S33', 'S34']);
    expect(o.states.find((s) => s.siteId === 'S33')?.availableYear).toBe(2028);
    expect(outcome('basis').states.find((s) => s.siteId === 'S33')?.availableYear).toBe(2032); // må omreguleres: 2026 + 6
  });

  it('jordvern: no site has a farmland flag; the stand-in drops the unzoned future sites over 1 km from a hub', () => {
    const o = outcome('jordvern');
    expect(o.ruleHits[0]).toBe(0);
    // S28 (må reguleres) is only 711 m from the Sætre point and stays in.
    expect(o.states.filter((s) => !s.included).map((s) => s.siteId)).toEqual([
      'S16',
      'S20',
      'S21',
      'S24',
      'S29',
      'S32',
    ]);
  });

  it('compare: the basis first, then each preset against it', () => {
    const c = compareScenarios(PRESET_IDS.map(outcome));
    const [basis, fortetting, syd, jordvern] = c.scenarios;
    expect(basis?.sites).toBe(34);
    expect(fortetting?.jobs.mid).toBeGreaterThan(basis?.jobs.mid ?? Infinity);
    expect(c.deltas[1]?.areaDaa).toBe(0);
    expect(c.siteDiffs[1]?.map((d) => d.siteId)).toHaveLength(14);
    expect(c.deltas[2]?.byRegion.find((r) => r.region === 'Asker nord')?.jobs.mid).toBe(0);
    expect(syd?.jobs.mid).toBeGreaterThan(basis?.jobs.mid ?? Infinity);
    expect(jordvern?.sites).toBe(28);
    expect(c.deltas[3]?.areaDaa).toBeLessThan(0);
    expect(c.siteDiffs[3]?.every((d) => d.included?.scenario === false)).toBe(true);
  });
});
