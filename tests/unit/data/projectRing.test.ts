// The projection stage hands an EPSG:25832 ring on as it was read (every position comes back as itself), and makes
// a new ring whenever a position changes (another CRS, or swapped axes); the positions are right either way.
import { describe, expect, it } from 'vitest';
import { fromLngLat } from '../../../src/domain/crs.ts';
import { FeatureReporter } from '../../../src/data/featureReporter.ts';
import { featureProjector } from '../../../src/data/projectStage.ts';
import type { RawGeometry, RawPosition } from '../../../src/data/readGeometry.ts';
import type { Problem } from '../../../src/data/problems.ts';
import type { MultiPolygonXY } from '../../../src/domain/types.ts';

const reporter = (): { report: FeatureReporter; problems: Problem[] } => {
  const problems: Problem[] = [];
  return { report: new FeatureReporter('f', 0, problems, []), problems };
};

function polygonsOf(g: RawGeometry, crs: 25832 | 4326, swapped = false): MultiPolygonXY {
  const { report, problems } = reporter();
  const out = featureProjector(crs, swapped)(g, report);
  expect(problems).toEqual([]);
  if (!out || out.geometry.kind !== 'polygons') throw new Error('no polygons');
  return out.geometry.polygons;
}

describe('projecting rings', () => {
  it('EPSG:25832: the read ring itself, positions untouched', () => {
    const ring: RawPosition[] = [
      [580000, 6630000],
      [580100, 6630000],
      [580100, 6630100],
      [580000, 6630000],
    ];
    const got = polygonsOf({ kind: 'polygons', polygons: [[ring]] }, 25832);
    expect(got[0]?.[0]).toBe(ring);
    expect(got[0]?.[0]).toEqual([
      [580000, 6630000],
      [580100, 6630000],
      [580100, 6630100],
      [580000, 6630000],
    ]);
  });

  it('EPSG:25832 with swapped axes: a new ring with x and y put back', () => {
    const ring: RawPosition[] = [
      [6630000, 580000],
      [6630000, 580100],
      [6630100, 580100],
      [6630000, 580000],
    ];
    const got = polygonsOf({ kind: 'polygons', polygons: [[ring]] }, 25832, true);
    expect(got[0]?.[0]).not.toBe(ring);
    expect(got[0]?.[0]).toEqual([
      [580000, 6630000],
      [580100, 6630000],
      [580100, 6630100],
      [580000, 6630000],
    ]);
    expect(ring[0]).toEqual([6630000, 580000]);
  });

  it('lon/lat: a new ring of the projected positions', () => {
    const ring: RawPosition[] = [
      [10.43, 59.83],
      [10.44, 59.83],
      [10.44, 59.84],
      [10.43, 59.83],
    ];
    const got = polygonsOf({ kind: 'polygons', polygons: [[ring]] }, 4326);
    expect(got[0]?.[0]).not.toBe(ring);
    expect(got[0]?.[0]).toEqual(ring.map((p) => fromLngLat([p[0], p[1]])));
    expect(got[0]?.[0]?.[0]?.[0]).toBeGreaterThan(500000);
  });
});
