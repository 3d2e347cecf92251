// The exact planar overlap area (fan triangles × Sutherland–Hodgman): hand-checked areas, ring orientation,
// holes, concave shapes, shared edges, and symmetry on random stars.
import { describe, expect, it } from 'vitest';
import { multiPolygonAreaM2 } from '../../../src/domain/geometry.ts';
import { overlapArea } from '../../../src/domain/overlapArea.ts';
import type { MultiPolygonXY, RingXY, XY } from '../../../src/domain/types.ts';
import { prng, rect, rectRing, starRing } from './helpers.ts';

const X0 = 580000;
const Y0 = 6630000;
const cw = (r: RingXY): RingXY => [...r].reverse();

describe('overlapArea', () => {
  it('two rectangles: 40 × 30 m overlap = 1 200 m², in both orders', () => {
    const a = rect(X0, Y0, X0 + 100, Y0 + 50);
    const b = rect(X0 + 60, Y0 + 20, X0 + 160, Y0 + 120);
    expect(overlapArea(a, b, X0, Y0)).toBeCloseTo(1200, 6);
    expect(overlapArea(b, a, X0, Y0)).toBeCloseTo(1200, 6);
  });

  it('does not depend on ring orientation (clockwise shells, counter-clockwise holes)', () => {
    const a: MultiPolygonXY = [
      [cw(rectRing(X0, Y0, X0 + 100, Y0 + 100)), rectRing(X0 + 10, Y0 + 10, X0 + 30, Y0 + 30)],
    ];
    const b: MultiPolygonXY = [[cw(rectRing(X0 + 20, Y0 + 20, X0 + 200, Y0 + 200))]];
    // 80 × 80 = 6 400 minus the hole's 10 × 10 corner inside b.
    expect(overlapArea(a, b, X0, Y0)).toBeCloseTo(6300, 6);
    expect(overlapArea(b, a, X0, Y0)).toBeCloseTo(6300, 6);
  });

  it('a concave L-shape against a rectangle that covers its notch', () => {
    const o = (x: number, y: number): XY => [X0 + x, Y0 + y];
    // L: 0–20 × 0–10 plus 0–10 × 10–20 (300 m²); rectangle 5–25 × 5–25 covers 15 × 5 + 5 × 10 = 125 m².
    const l: MultiPolygonXY = [[[o(0, 0), o(20, 0), o(20, 10), o(10, 10), o(10, 20), o(0, 20), o(0, 0)]]];
    expect(overlapArea(l, rect(X0 + 5, Y0 + 5, X0 + 25, Y0 + 25), X0, Y0)).toBeCloseTo(125, 6);
    expect(overlapArea(rect(X0 + 5, Y0 + 5, X0 + 25, Y0 + 25), l, X0, Y0)).toBeCloseTo(125, 6);
  });

  it('shapes sharing an edge overlap by 0; a shape inside another overlaps by its own area', () => {
    expect(overlapArea(rect(X0, Y0, X0 + 10, Y0 + 10), rect(X0 + 10, Y0, X0 + 20, Y0 + 10), X0, Y0)).toBeCloseTo(0, 9);
    expect(overlapArea(rect(X0 + 2, Y0 + 2, X0 + 5, Y0 + 9), rect(X0, Y0, X0 + 10, Y0 + 10), X0, Y0)).toBeCloseTo(
      21,
      9,
    );
    expect(overlapArea(rect(X0, Y0, X0 + 10, Y0 + 10), rect(X0, Y0, X0 + 10, Y0 + 10), X0, Y0)).toBeCloseTo(100, 9);
  });

  it('random stars: symmetric, and the parts on either side of a line add up to the whole', () => {
    const rand = prng(5);
    for (let i = 0; i < 300; i++) {
      const a: MultiPolygonXY = [
        [starRing(rand, X0 + rand() * 200, Y0 + rand() * 200, 20, 150, 5 + Math.floor(rand() * 12))],
      ];
      const b: MultiPolygonXY = [
        [starRing(rand, X0 + rand() * 200, Y0 + rand() * 200, 20, 150, 5 + Math.floor(rand() * 12))],
      ];
      const ab = overlapArea(a, b, X0, Y0);
      expect(ab).toBeGreaterThanOrEqual(-1e-6);
      expect(ab).toBeLessThanOrEqual(Math.min(multiPolygonAreaM2(a), multiPolygonAreaM2(b)) + 1e-6);
      expect(Math.abs(ab - overlapArea(b, a, X0, Y0))).toBeLessThan(1e-6);
      const y = Y0 + rand() * 200;
      const below = overlapArea(a, rect(X0 - 1000, Y0 - 1000, X0 + 1000, y), X0, Y0);
      const above = overlapArea(a, rect(X0 - 1000, y, X0 + 1000, Y0 + 1000), X0, Y0);
      expect((below + above) / multiPolygonAreaM2(a)).toBeCloseTo(1, 10);
    }
  });
});
