// The seeded synthetic sites behind `?synthetic=N`: reproducible, inside the regions, with every filtered field varied.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/app/defaultData';
import { syntheticSites } from '../../src/app/syntheticData';
import { buildSyntheticDataset, syntheticCount } from '../../src/app/syntheticDataset';
import { multiPolygonCentroid, pointInMultiPolygon } from '../../src/domain/geometry';

describe('syntheticCount', () => {
  it('reads whole numbers from 1 to 100 000 and nothing else', () => {
    expect(syntheticCount('?e2e=1&synthetic=10000')).toBe(10000);
    expect(syntheticCount('?synthetic=0')).toBeNull();
    expect(syntheticCount('?synthetic=1e4')).toBeNull();
    expect(syntheticCount('?synthetic=100001')).toBeNull();
    expect(syntheticCount('')).toBeNull();
  });
});

describe('syntheticSites', () => {
  const { regions } = loadBundledDataset();

  it('gives the same sites for the same seed and other sites for another', () => {
    expect(syntheticSites(50, regions, 7)).toEqual(syntheticSites(50, regions, 7));
    expect(syntheticSites(50, regions, 8)[0]?.geometry).not.toEqual(syntheticSites(50, regions, 7)[0]?.geometry);
  });

  it('puts every site inside Asker, with unique ids and varied status, type and readiness', () => {
    const sites = syntheticSites(400, regions, 1);
    expect(new Set(sites.map((s) => s.id)).size).toBe(400);
    const inside = sites.filter((s) =>
      regions.some((r) => pointInMultiPolygon(multiPolygonCentroid(s.geometry), r.geometry)),
    );
    // The centre is drawn inside a region; the area-weighted centroid of a star polygon stays close to it.
    expect(inside.length).toBeGreaterThan(390);
    expect(new Set(sites.map((s) => s.status))).toEqual(new Set(['eksisterende', 'fremtidig']));
    expect(new Set(sites.map((s) => s.abc))).toEqual(new Set(['A', 'B', 'C', null]));
    expect(new Set(sites.map((s) => s.readiness)).size).toBe(3);
    expect(sites.some((s) => s.name.startsWith('Røyken'))).toBe(true);
  });

  it('runs through the engine like the bundled data, marked as synthetic', () => {
    const dataset = buildSyntheticDataset(200, 3);
    expect(dataset.origin).toBe('synthetic');
    expect(dataset.results).toHaveLength(200);
    expect(dataset.summary.total.sites).toBe(200);
    expect(dataset.results.every((r) => r.areaM2 > 0 && r.hubDistanceM !== null)).toBe(true);
  });
});
