// The geometry metrics a slice at a time (the load worker's apply job worked ahead) are computeGeometryMetrics' own,
// site for site, whatever the slice size, on border-heavy sites against the bundled regions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHubs, loadRegions, loadSites } from '../../../src/data/loaders.ts';
import { computeGeometryMetrics, geometryMetricsInSteps } from '../../../src/domain/analyse.ts';
import { makeBorderData } from '../../../scripts/bench/borderData.ts';

const border = makeBorderData(700, 60, 11);
const sites = loadSites(JSON.stringify(border.sites), { file: 'border' }).value;
const hubs = loadHubs(JSON.stringify(border.hubs), { file: 'hubs' }).value;
const regions = loadRegions(readFileSync('geodata/regions.geojson', 'utf8'), { file: 'regions' }).value;
const whole = computeGeometryMetrics(sites, hubs, regions);

describe('geometryMetricsInSteps', () => {
  it.each([1, 7, 250, 699, 700, 5000])('%i sites a step: the same metrics, and "more" until the last step', (size) => {
    const steps = geometryMetricsInSteps(sites, hubs, regions);
    let calls = 0;
    while (steps.next(size)) {
      calls++;
      expect(steps.metrics).toHaveLength(calls * size);
    }
    calls++;
    expect(calls).toBe(Math.ceil(sites.length / size));
    expect(steps.metrics).toEqual(whole);
    expect(steps.next(size)).toBe(false); // nothing left: no more metrics
    expect(steps.metrics).toHaveLength(sites.length);
  });

  it('the sites are border-heavy: some in each region and some outside both', () => {
    const regionsSeen = new Set(whole.map((m) => m.region));
    expect(regionsSeen).toEqual(new Set(['Asker nord', 'Asker syd', null]));
  });

  it('no sites: nothing to do', () => {
    const steps = geometryMetricsInSteps([], hubs, regions);
    expect(steps.next(10)).toBe(false);
    expect(steps.metrics).toEqual([]);
  });

  it('a step of 0 or less still makes progress (one site)', () => {
    const steps = geometryMetricsInSteps(sites, hubs, regions);
    steps.next(0);
    expect(steps.metrics).toEqual(whole.slice(0, 1));
  });
});
