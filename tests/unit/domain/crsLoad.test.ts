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
});
