// Planar distance from a site to the nearest road line or junction of a loaded road layer, checked by hand.
import { describe, expect, it } from 'vitest';
import {
  buildRoadIndex,
  nearestRoad,
  roadDistances,
  segmentToMultiPolygonM,
  type RoadFeature,
} from '../../../src/domain/roadDistance.ts';
import type { MultiPolygonXY, XY } from '../../../src/domain/types.ts';
import { prng, rect, rectRing } from './helpers.ts';

const X = 585_000;
const Y = 6_630_000;
/** A point `dx`, `dy` metres from the site's south-west corner. */
const at = (dx: number, dy: number): XY => [X + dx, Y + dy];
const SITE = rect(X, Y, X + 100, Y + 100);
const line = (label: string | null, ...pts: XY[]): RoadFeature => ({ label, points: pts });
const nearest = (site: MultiPolygonXY, ...features: RoadFeature[]) =>
  nearestRoad(buildRoadIndex({ file: 'veg.geojson', features }), site);

describe('nearestRoad', () => {
  it('a road parallel to the site, 200 m north of its edge: 200 m', () => {
    expect(nearest(SITE, line('E18', at(-500, 300), at(600, 300)))).toEqual({
      distanceM: 200,
      label: 'E18',
      kind: 'line',
    });
  });

  it('a diagonal road past the south-east corner: 50·√2 = 70.71 m, to the line’s end, not to its extension', () => {
    const d = nearest(SITE, line('E134', at(150, -50), at(250, 50)));
    expect(d?.distanceM).toBeCloseTo(50 * Math.SQRT2, 9);
  });

  it('a road that crosses the site, or runs inside it: 0 m', () => {
    expect(nearest(SITE, line(null, at(-50, 50), at(150, 50)))?.distanceM).toBe(0);
    expect(nearest(SITE, line(null, at(20, 20), at(80, 80)))?.distanceM).toBe(0);
  });

  it('a junction point 30 m east and 40 m north of the corner: 50 m (3-4-5)', () => {
    expect(nearest(SITE, line('Holmenkryss', at(130, 140)))).toEqual({
      distanceM: 50,
      label: 'Holmenkryss',
      kind: 'point',
    });
  });

  it('a junction in the site’s hole is as far as the hole’s edge: 20 m', () => {
    const holed: MultiPolygonXY = [[rectRing(X, Y, X + 100, Y + 100), rectRing(X + 30, Y + 30, X + 70, Y + 70)]];
    expect(nearest(holed, line(null, at(50, 50)))?.distanceM).toBe(20);
  });

  it('picks the nearer of two roads and names it; an empty layer gives null (no figure)', () => {
    const d = nearest(SITE, line('Fv. 165', at(-1000, -1000), at(-900, -1000)), line('E18', at(0, 400), at(100, 400)));
    expect(d?.label).toBe('E18');
    expect(d?.distanceM).toBe(300);
    expect(nearest(SITE)).toBeNull();
    expect(roadDistances({ file: 'tom.geojson', features: [] }, [{ id: 'S1', geometry: SITE }]).size).toBe(0);
  });

  it('the index finds what a search over every segment finds (200 random roads, 50 random sites)', () => {
    const rand = prng(20261201);
    const features: RoadFeature[] = Array.from({ length: 200 }, (_, i) => {
      const start = at((rand() - 0.5) * 20_000, (rand() - 0.5) * 20_000);
      const pts: XY[] = [start];
      for (let k = 0; k < 1 + Math.floor(rand() * 6); k++) {
        const p = pts[pts.length - 1] as XY;
        pts.push([p[0] + (rand() - 0.5) * 2000, p[1] + (rand() - 0.5) * 2000]);
      }
      return line(`r${i}`, ...(rand() < 0.15 ? [start] : pts));
    });
    const idx = buildRoadIndex({ file: 'random', features });
    for (let s = 0; s < 50; s++) {
      const x = X + (rand() - 0.5) * 24_000;
      const y = Y + (rand() - 0.5) * 24_000;
      const site = rect(x, y, x + 50 + rand() * 400, y + 50 + rand() * 400);
      let brute = Infinity;
      for (const f of features) {
        const pts = f.points.length === 1 ? [f.points[0] as XY, f.points[0] as XY] : f.points;
        for (let i = 1; i < pts.length; i++)
          brute = Math.min(brute, segmentToMultiPolygonM(pts[i - 1] as XY, pts[i] as XY, site));
      }
      expect(nearestRoad(idx, site)?.distanceM).toBeCloseTo(brute, 9);
    }
  });

  it('segment-to-polygon distance agrees with dense sampling of the segment', () => {
    const rand = prng(7);
    for (let n = 0; n < 100; n++) {
      const a = at((rand() - 0.5) * 600, (rand() - 0.5) * 600);
      const b = at((rand() - 0.5) * 600, (rand() - 0.5) * 600);
      const d = segmentToMultiPolygonM(a, b, SITE);
      let sampled = Infinity;
      for (let k = 0; k <= 2000; k++) {
        const p: XY = [a[0] + ((b[0] - a[0]) * k) / 2000, a[1] + ((b[1] - a[1]) * k) / 2000];
        const dx = Math.max(X - p[0], 0, p[0] - (X + 100));
        const dy = Math.max(Y - p[1], 0, p[1] - (Y + 100));
        sampled = Math.min(sampled, Math.hypot(dx, dy));
      }
      expect(d).toBeLessThanOrEqual(sampled + 1e-6);
      expect(sampled - d).toBeLessThan(0.5);
    }
  });
});
