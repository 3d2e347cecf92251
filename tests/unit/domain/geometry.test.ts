// Planar area, centroid, point-in-polygon and distance on hand-checked shapes.
import { describe, expect, it } from 'vitest';
import {
  bboxOf,
  distancePointToMultiPolygonM,
  multiPolygonAreaM2,
  multiPolygonCentroid,
  pointInMultiPolygon,
  ringAreaM2,
} from '../../../src/domain/geometry.ts';
import { areaDaa } from '../../../src/domain/capacity.ts';
import type { MultiPolygonXY, RingXY } from '../../../src/domain/types.ts';
import { rect, rectRing } from './helpers.ts';

const X0 = 580000;
const Y0 = 6630000;
// 100 m (east–west) × 200 m (north–south) rectangle at Asker-like coordinates.
const R = rect(X0, Y0, X0 + 100, Y0 + 200);

describe('area', () => {
  it('a 100 m × 200 m rectangle is 20 000 m² = 20 daa', () => {
    expect(multiPolygonAreaM2(R)).toBeCloseTo(20000, 6);
    expect(areaDaa(multiPolygonAreaM2(R))).toBeCloseTo(20, 9);
  });

  it('ring area ignores winding', () => {
    const ring = rectRing(X0, Y0, X0 + 100, Y0 + 200);
    expect(ringAreaM2([...ring].reverse())).toBeCloseTo(20000, 6);
  });

  it('subtracts holes whatever their winding, and sums parts', () => {
    const hole: RingXY = rectRing(X0 + 40, Y0 + 40, X0 + 60, Y0 + 60);
    const outer = rectRing(X0, Y0, X0 + 100, Y0 + 100);
    expect(multiPolygonAreaM2([[outer, hole]])).toBeCloseTo(10000 - 400, 6);
    expect(multiPolygonAreaM2([[outer, [...hole].reverse()]])).toBeCloseTo(9600, 6);
    const twoParts: MultiPolygonXY = [[outer, hole], [rectRing(X0 + 500, Y0, X0 + 510, Y0 + 30)]];
    expect(multiPolygonAreaM2(twoParts)).toBeCloseTo(9600 + 300, 6);
  });

  it('keeps centimetre precision at UTM northings (triangle of 0.5 m²)', () => {
    const tri: MultiPolygonXY = [
      [
        [
          [X0, Y0],
          [X0 + 1, Y0],
          [X0, Y0 + 1],
          [X0, Y0],
        ],
      ],
    ];
    expect(multiPolygonAreaM2(tri)).toBeCloseTo(0.5, 9);
  });
});

describe('centroid', () => {
  it('of the rectangle is its centre', () => {
    const [x, y] = multiPolygonCentroid(R);
    expect(x).toBeCloseTo(X0 + 50, 6);
    expect(y).toBeCloseTo(Y0 + 100, 6);
  });

  it('is area-weighted with holes: 100 × 100 square minus [10,30]² hole → (51.25, 51.25)', () => {
    // (10 000 · 50 − 400 · 20) / 9 600 = 51.25
    const g: MultiPolygonXY = [[rectRing(X0, Y0, X0 + 100, Y0 + 100), rectRing(X0 + 10, Y0 + 10, X0 + 30, Y0 + 30)]];
    const [x, y] = multiPolygonCentroid(g);
    expect(x - X0).toBeCloseTo(51.25, 6);
    expect(y - Y0).toBeCloseTo(51.25, 6);
  });

  it('is area-weighted across parts: 100 m² at x=5 and 300 m² at x=105 → x = 80', () => {
    // (100 · 5 + 300 · 105) / 400 = 80
    const g: MultiPolygonXY = [[rectRing(X0, Y0, X0 + 10, Y0 + 10)], [rectRing(X0 + 100, Y0, X0 + 110, Y0 + 30)]];
    const [x, y] = multiPolygonCentroid(g);
    expect(x - X0).toBeCloseTo(80, 6);
    expect(y - Y0).toBeCloseTo((100 * 5 + 300 * 15) / 400, 6);
  });
});

describe('point in polygon and distance', () => {
  it('a hub 300 m east of the edge is 300 m away; a hub inside is 0 m', () => {
    expect(distancePointToMultiPolygonM([X0 + 400, Y0 + 100], R)).toBeCloseTo(300, 9);
    expect(distancePointToMultiPolygonM([X0 + 30, Y0 + 170], R)).toBe(0);
    expect(pointInMultiPolygon([X0 + 30, Y0 + 170], R)).toBe(true);
  });

  it('measures to the corner diagonally: (3, 4) m beyond the corner → 5 m', () => {
    expect(distancePointToMultiPolygonM([X0 + 103, Y0 + 204], R)).toBeCloseTo(5, 9);
  });

  it('a hub in a hole is outside, at the distance to the hole edge', () => {
    const g: MultiPolygonXY = [[rectRing(X0, Y0, X0 + 100, Y0 + 100), rectRing(X0 + 40, Y0 + 40, X0 + 60, Y0 + 70)]];
    expect(pointInMultiPolygon([X0 + 50, Y0 + 50], g)).toBe(false);
    // (50, 50) is 10 m from the hole's west, east and south edges, 20 m from its north edge.
    expect(distancePointToMultiPolygonM([X0 + 50, Y0 + 50], g)).toBeCloseTo(10, 9);
  });

  it('bbox covers all parts', () => {
    expect(bboxOf([[rectRing(0, 0, 1, 1)], [rectRing(5, -3, 6, 2)]])).toEqual([0, -3, 6, 2]);
  });
});
