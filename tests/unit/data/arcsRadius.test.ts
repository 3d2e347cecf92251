// .BUE and .SIRKEL geometry (src/data/arcs.ts): the arc given by its end points and a signed radius, the circle
// given by its centre; every vertex on the circle, chords within the tolerance, the end points kept exactly.
import { describe, expect, it } from 'vitest';
import { ARC_TOLERANCE_M, arcByRadius, circleAround, type Pt } from '../../../src/data/arcs.ts';

const E = 582000;
const N = 6634000;
const dist = (p: Pt, c: Pt): number => Math.hypot(p[0] - c[0], p[1] - c[1]);

/** Largest gap between a chord's midpoint and the circle: the sagitta the tolerance bounds. */
function maxSagitta(pts: Pt[], centre: Pt, r: number): number {
  let worst = 0;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1] as Pt,
      b = pts[i] as Pt;
    worst = Math.max(worst, r - dist([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], centre));
  }
  return worst;
}

describe('arcByRadius (.BUE)', () => {
  const a: Pt = [E, N];
  const c: Pt = [E + 160, N];
  it('positive radius, going east: clockwise, so the short arc bulges north round a centre 60 m south', () => {
    const pts = arcByRadius(a, c, 100, false, ARC_TOLERANCE_M);
    if (!pts) throw new Error('no arc');
    expect(pts[0]).toEqual(a);
    expect(pts.at(-1)).toEqual(c);
    const centre: Pt = [E + 80, N - 60];
    for (const p of pts) expect(dist(p, centre)).toBeCloseTo(100, 6);
    expect(Math.max(...pts.map((p) => p[1]))).toBeCloseTo(N + 40, 3); // the arc's highest point
    expect(maxSagitta(pts, centre, 100)).toBeLessThanOrEqual(ARC_TOLERANCE_M);
  });

  it('negative radius turns the other way (south); ..STORBUE 1 takes the long way round', () => {
    const ccw = arcByRadius(a, c, -100, false, ARC_TOLERANCE_M) ?? [];
    expect(Math.min(...ccw.map((p) => p[1]))).toBeCloseTo(N - 40, 3);
    const long = arcByRadius(a, c, 100, true, ARC_TOLERANCE_M) ?? [];
    // Clockwise the long way: centre 60 m north, the arc stays north of the chord and reaches 160 m north of it.
    expect(Math.min(...long.map((p) => p[1]))).toBeCloseTo(N, 6);
    expect(Math.max(...long.map((p) => p[1]))).toBeCloseTo(N + 160, 3);
  });

  it('a chord of exactly the diameter is the half circle; a longer chord or one point is no arc', () => {
    const half = arcByRadius([E, N], [E + 200, N], 100, false, ARC_TOLERANCE_M) ?? [];
    expect(Math.max(...half.map((p) => p[1]))).toBeCloseTo(N + 100, 3);
    expect(arcByRadius([E, N], [E + 200.5, N], 100, false, ARC_TOLERANCE_M)).toBeNull();
    expect(arcByRadius([E, N], [E, N], 100, false, ARC_TOLERANCE_M)).toBeNull();
  });
});

describe('circleAround (.SIRKEL)', () => {
  it('closes on its easternmost point, runs counter-clockwise, and keeps its chords within 1 mm', () => {
    const centre: Pt = [E, N];
    const ring = circleAround(centre, 50, ARC_TOLERANCE_M) ?? [];
    expect(ring[0]).toEqual([E + 50, N]);
    expect(ring.at(-1)).toEqual([E + 50, N]);
    expect((ring[1] as Pt)[1]).toBeGreaterThan(N); // counter-clockwise: north first
    expect(maxSagitta(ring, centre, 50)).toBeLessThanOrEqual(ARC_TOLERANCE_M);
    expect(circleAround(centre, 0, ARC_TOLERANCE_M)).toBeNull();
  });
});
