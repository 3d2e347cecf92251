// The pipeline end to end on a small hand-made data set: metrics, assessment, summary.
import { describe, expect, it } from 'vitest';
import { analyse, assessSites, computeGeometryMetrics } from '../../../src/domain/analyse.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { createHubIndex, nearestHub } from '../../../src/domain/hubIndex.ts';
import type { Region } from '../../../src/domain/types.ts';
import { hub, rect, site } from './helpers.ts';

const X0 = 580000;
const Y0 = 6630000;
const regions: Region[] = [
  { name: 'Asker nord', geometry: rect(X0, Y0 + 5000, X0 + 10000, Y0 + 10000) },
  { name: 'Asker syd', geometry: rect(X0, Y0, X0 + 10000, Y0 + 5000) },
];
const hubs = [
  hub('T1', [X0 + 2000, Y0 + 7000], 'tog', 'Nordby stasjon'),
  hub('B1', [X0 + 2700, Y0 + 4500], 'buss', 'Sydby buss'),
  hub('F1', [X0 + 9000, Y0 + 1000], 'båt', 'Kaia'),
];
const sites = [
  // 100 × 200 m, 500 m east of the station: A planned at an A location.
  site('s1', rect(X0 + 2500, Y0 + 6900, X0 + 2600, Y0 + 7100), { abc: 'A', status: 'eksisterende' }),
  // 200 × 100 m straddling the nord/syd line, 70 % south, 430 m from the bus stop, 2 km from rail: C planned.
  site('s2', rect(X0 + 2600, Y0 + 4930, X0 + 2800, Y0 + 5030), { abc: 'C' }),
  // Far from everything and outside every region, no ABC type.
  site('s3', rect(X0 + 20000, Y0 + 20000, X0 + 20100, Y0 + 20100), { abc: null }),
];

describe('computeGeometryMetrics', () => {
  const m = computeGeometryMetrics(sites, hubs, regions);

  it('computes area, centroid, hubs by type and region', () => {
    expect(m[0]).toMatchObject({ siteId: 's1', hubId: 'T1', region: 'Asker nord' });
    expect(m[0]?.areaM2).toBeCloseTo(20000, 6);
    expect(m[0]?.centroid[0]).toBeCloseTo(X0 + 2550, 6);
    expect(m[0]?.hubDistanceM).toBeCloseTo(500, 9);
    expect(m[0]?.hubCentroidDistanceM).toBeCloseTo(550, 9);
    expect(m[0]?.nearestByType.buss?.hubId).toBe('B1');
    // B1 (X0+2700, Y0+4500) to the site's corner (X0+2600, Y0+6900).
    expect(m[0]?.nearestByType.buss?.distanceM).toBeCloseTo(Math.hypot(100, 2400), 9);
    expect(m[1]?.region).toBe('Asker syd');
    expect(m[1]?.hubId).toBe('B1');
    expect(m[1]?.hubDistanceM).toBeCloseTo(430, 9);
    // T1 (X0+2000, Y0+7000) to the corner (X0+2600, Y0+5030).
    expect(m[1]?.nearestByType.tog?.distanceM).toBeCloseTo(Math.hypot(600, 1970), 9);
    expect(m[2]?.region).toBeNull();
  });

  it('the overall nearest hub equals an any-type search', () => {
    const idx = createHubIndex(hubs);
    for (let i = 0; i < sites.length; i++) {
      const n = nearestHub(idx, sites[i]!.geometry, m[i]!.centroid);
      expect(m[i]?.hubId).toBe(n?.hub.id);
      expect(m[i]?.hubDistanceM).toBe(n?.distanceM);
    }
  });

  it('without hubs every hub field is null and the access class is C', () => {
    const none = computeGeometryMetrics(sites, [], regions);
    expect(none[0]).toMatchObject({ hubId: null, hubDistanceM: null, hubCentroidDistanceM: null, nearestByType: {} });
    expect(assessSites(sites, none, [], DEFAULT_ASSUMPTIONS)[0]?.fit.access).toBe('C');
  });
});

describe('assessSites and analyse', () => {
  it('adds daa, jobs and the fit verdict', () => {
    const { results, summary } = analyse({ sites, hubs, regions });
    expect(results[0]).toMatchObject({ siteId: 's1', areaDaa: 20, fit: { access: 'A', verdict: 'ok' } });
    expect(results[0]?.jobs.mid).toBeCloseTo(700, 9); // 20 000 m² × 0.7 net × 1.5 ÷ 30
    expect(results[1]?.fit).toMatchObject({ access: 'B', verdict: 'partial' });
    expect(results[2]?.fit.verdict).toBe('unknown');
    expect(results[2]?.jobs).toEqual({ low: 0, mid: 0, high: 0 });
    expect(summary.total.sites).toBe(3);
    expect(summary.total.areaDaa).toBeCloseTo(50, 9);
  });

  it('re-assesses cheaply under new assumptions without touching geometry', () => {
    const m = computeGeometryMetrics(sites, hubs, regions);
    const strict = structuredClone(DEFAULT_ASSUMPTIONS);
    strict.accessibility.aMaxRailM = 400;
    const r = assessSites(sites, m, hubs, strict);
    expect(r[0]?.fit).toMatchObject({ access: 'B', verdict: 'partial' });
    expect(r[0]?.areaM2).toBe(m[0]?.areaM2);
  });
});
