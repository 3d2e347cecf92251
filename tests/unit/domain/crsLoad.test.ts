// proj4 is fetched on first need: before loadCrs() the projections throw CrsNotLoaded (except toLngLat for a point in
// the installed build-time table), after it they work. A fresh copy of crs.ts, as the page has it at start.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Crs = typeof import('../../../src/domain/crs');
let crs: Crs;

beforeEach(async () => {
  vi.resetModules();
  crs = await import('../../../src/domain/crs');
});

describe('loadCrs', () => {
  it('projections before loadCrs() throw CrsNotLoaded', () => {
    expect(crs.crsLoaded()).toBe(false);
    expect(() => crs.toLngLat([580000, 6630000] as never)).toThrow(crs.CrsNotLoaded);
    expect(() => crs.fromLngLat([10.4, 59.8] as never)).toThrow(crs.CrsNotLoaded);
    expect(() => crs.makeProjector(4326)).toThrow(crs.CrsNotLoaded);
    // EPSG:25832 needs no projecting.
    expect(crs.makeProjector(25832)([1, 2])).toEqual([1, 2]);
  });

  it('toLngLat answers from the installed table, and only for its points, until proj4 is loaded', async () => {
    crs.installLngLatTable([580000, 6630000, 10.5, 59.5]);
    expect(crs.toLngLat([580000, 6630000] as never)).toEqual([10.5, 59.5]);
    expect(() => crs.toLngLat([580000, 6630001] as never)).toThrow(crs.CrsNotLoaded);
    await crs.loadCrs();
    expect(crs.crsLoaded()).toBe(true);
    // Loaded: proj4 answers (the table above is made up, so the answer differs).
    const [lon, lat] = crs.toLngLat([580000, 6630000] as never);
    expect(lon).toBeCloseTo(10.43, 2);
    expect(lat).toBeCloseTo(59.8, 1);
  });

  it('the bundled data loads and its first map is built without proj4 (the first page load never fetches it)', async () => {
    const { BUNDLED_LNGLAT } = await import('../../../src/domain/bundledLngLat');
    const { loadBundledDataset } = await import('../../../src/app/defaultData');
    const { buildMapData } = await import('../../../src/map/mapData');
    crs.installLngLatTable(BUNDLED_LNGLAT);
    const dataset = loadBundledDataset();
    const data = buildMapData(dataset.sites, dataset.hubs, dataset.regions, dataset.results);
    for (const site of dataset.sites) expect(data.siteBounds.get(site.id)).toBeDefined();
    expect(data.sites.features.length).toBe(dataset.sites.length);
    expect(crs.crsLoaded()).toBe(false);
    // The rings are not in the table: they wait for proj4.
    expect(() => data.rings).toThrow(crs.CrsNotLoaded);
  });
});
