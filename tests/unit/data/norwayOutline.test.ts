// The outline's grid gives, for every point, the answer of the exact point-in-polygon test on the whole outline.
import { describe, expect, it } from 'vitest';
import outline from '../../../geodata/norway-outline.json';
import { insideNorwayOutline } from '../../../src/data/norwayOutline.ts';
import { fromLngLat } from '../../../src/domain/crs.ts';
import { pointInMultiPolygon } from '../../../src/domain/geometry.ts';
import type { MultiPolygonXY } from '../../../src/domain/types.ts';

const GEOMETRY = outline.features[0]!.geometry.coordinates as unknown as MultiPolygonXY;

describe('insideNorwayOutline', () => {
  it('agrees with pointInMultiPolygon on a lattice over the whole outline and beyond', () => {
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (const poly of GEOMETRY)
      for (const [x, y] of poly[0]!) {
        x0 = Math.min(x0, x!);
        y0 = Math.min(y0, y!);
        x1 = Math.max(x1, x!);
        y1 = Math.max(y1, y!);
      }
    let inside = 0,
      checked = 0;
    // 9.7 km steps (not a divisor of the 10 km cells), 30 km past each side.
    for (let y = y0 - 30_000; y <= y1 + 30_000; y += 9_700)
      for (let x = x0 - 30_000; x <= x1 + 30_000; x += 9_700) {
        const exact = pointInMultiPolygon([x, y], GEOMETRY);
        expect(insideNorwayOutline([x, y])).toBe(exact);
        if (exact) inside++;
        checked++;
      }
    // Both answers occur many times, so a grid that said "out" (or "in") everywhere would fail above.
    expect(inside).toBeGreaterThan(checked / 20);
    expect(checked - inside).toBeGreaterThan(checked / 20);
  });

  it('places Asker inside and Göteborg outside', () => {
    expect(insideNorwayOutline(fromLngLat([10.43, 59.83]))).toBe(true);
    expect(insideNorwayOutline(fromLngLat([11.97, 57.71]))).toBe(false);
  });
});
