// The build script's small helpers: dissolve, planar geometry, site shapes and the region builder's error messages.
import { describe, expect, it } from 'vitest';
import { dissolveOuterRings } from '../../../scripts/geodata/dissolve.ts';
import {
  multiPolygonAreaM2, multiPolygonCentroid, multiPolygonGapM, pointInMultiPolygon, ringIsSimple, ringSignedAreaM2, type MultiPolygon, type Ring,
} from '../../../scripts/geodata/planarGeometry.ts';
import { buildRegions } from '../../../scripts/geodata/regions.ts';
import { partPolygon } from '../../../scripts/geodata/siteShapes.ts';

const square = (x: number, y: number, s: number): Ring => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];

describe('dissolveOuterRings', () => {
  it('merges two squares that share an edge into one 2 × 1 rectangle', () => {
    const out = dissolveOuterRings([[square(0, 0, 1)], [square(1, 0, 1)]]);
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(1);
    expect(multiPolygonAreaM2(out)).toBe(2);
    // The two end points of the shared edge stay as (collinear) vertices: 6 corners + closing vertex.
    expect(out[0]![0]).toHaveLength(7);
    expect(ringSignedAreaM2(out[0]![0]!)).toBeGreaterThan(0);
  });

  it('keeps separate polygons separate', () => {
    expect(dissolveOuterRings([[square(0, 0, 1)], [square(5, 0, 1)]])).toHaveLength(2);
  });

  it('refuses overlapping input instead of returning a wrong area', () => {
    expect(() => dissolveOuterRings([[square(0, 0, 2)], [square(1, 1, 2)]])).toThrow(/touch or overlap/);
  });

  it('refuses polygons with holes', () => {
    expect(() => dissolveOuterRings([[square(0, 0, 4), square(1, 1, 1)]])).toThrow(/holes/);
  });
});

describe('planar helpers', () => {
  // L of a 2 × 2 square minus its 1 × 1 north-east quarter: area 3, centroid (5/6, 5/6).
  const ell: MultiPolygon = [[[[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]]]];

  it('computes area and centroid of an L by hand', () => {
    expect(multiPolygonAreaM2(ell)).toBe(3);
    const [cx, cy] = multiPolygonCentroid(ell);
    expect(cx).toBeCloseTo(5 / 6, 12);
    expect(cy).toBeCloseTo(5 / 6, 12);
  });

  it('keeps precision at UTM magnitudes', () => {
    const far: MultiPolygon = [[square(580_000, 6_630_000, 100)]];
    expect(multiPolygonAreaM2(far)).toBe(10_000);
    expect(multiPolygonCentroid(far)).toEqual([580_050, 6_630_050]);
  });

  it('knows inside, outside and inside a hole', () => {
    const withHole: MultiPolygon = [[square(0, 0, 10), [...square(4, 4, 2)].reverse()]];
    expect(pointInMultiPolygon([1, 1], withHole)).toBe(true);
    expect(pointInMultiPolygon([5, 5], withHole)).toBe(false);
    expect(pointInMultiPolygon([11, 5], withHole)).toBe(false);
    expect(multiPolygonAreaM2(withHole)).toBe(96);
  });

  it('measures the gap between areas (0 when they touch or overlap)', () => {
    expect(multiPolygonGapM([[square(0, 0, 1)]], [[square(3, 0, 1)]])).toBe(2);
    expect(multiPolygonGapM([[square(0, 0, 1)]], [[square(1, 0, 1)]])).toBe(0);
    expect(multiPolygonGapM([[square(0, 0, 4)]], [[square(1, 1, 1)]])).toBe(0);
  });

  it('detects a self-crossing (bow-tie) ring', () => {
    expect(ringIsSimple([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]])).toBe(false);
    expect(ringIsSimple(square(0, 0, 1))).toBe(true);
  });
});

describe('site shapes', () => {
  it('builds a rotated rectangle with a clockwise hole around the offset anchor', () => {
    const polygon = partPolygon('tog-asker', { offsetM: [0, 0], shape: { kind: 'rect', widthM: 200, heightM: 100 }, rotationDeg: 90, hole: { offsetM: [0, 0], widthM: 20, heightM: 10 } });
    expect(polygon).toHaveLength(2);
    expect(ringSignedAreaM2(polygon[0]!)).toBeCloseTo(20_000, -1);
    expect(ringSignedAreaM2(polygon[1]!)).toBeCloseTo(-200, 0);
    // Rotated by 90°: 100 m wide east–west, 200 m north–south.
    const xs = polygon[0]!.map((p) => p[0]);
    const ys = polygon[0]!.map((p) => p[1]);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(100, 0);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(200, 0);
  });
});

describe('buildRegions errors', () => {
  it('names the problem when the source is in another CRS', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4326' } }, features: [] });
    expect(() => buildRegions(text)).toThrow(/expected the source in EPSG:25833/);
  });

  it('names the missing kommune', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25833' } }, features: [] });
    expect(() => buildRegions(text)).toThrow(/kommune 0220 is missing/);
  });
});
