// Nearest hub from a site polygon: distances, the flatbush search bound, tie rules, per-type search.
import { describe, expect, it } from 'vitest';
import { distancePointToMultiPolygonM, multiPolygonCentroid } from '../../../src/domain/geometry.ts';
import { betterHub, createHubIndex, nearestHub, type NearestHub } from '../../../src/domain/hubIndex.ts';
import type { Hub, HubType, Meters, MultiPolygonXY } from '../../../src/domain/types.ts';
import { hub, prng, rect, starRing } from './helpers.ts';

const X0 = 580000;
const Y0 = 6630000;
const R = rect(X0, Y0, X0 + 100, Y0 + 200); // centroid (X0 + 50, Y0 + 100)
const C = multiPolygonCentroid(R);

describe('nearestHub', () => {
  it('finds the hub 300 m east of the edge; centroid distance 350 m', () => {
    const idx = createHubIndex([hub('H1', [X0 + 400, Y0 + 100]), hub('H2', [X0 + 50, Y0 + 550])]);
    const n = nearestHub(idx, R, C);
    expect(n?.hub.id).toBe('H1');
    expect(n?.distanceM).toBeCloseTo(300, 9);
    expect(n?.centroidDistanceM).toBeCloseTo(350, 9);
  });

  it('centroid distance to an off-axis hub: (400, 260) from (50, 100) → √(350² + 160²)', () => {
    const idx = createHubIndex([hub('H1', [X0 + 400, Y0 + 260])]);
    const n = nearestHub(idx, R, C);
    // Nearest point on the polygon is the corner (100, 200): √(300² + 60²).
    expect(n?.distanceM).toBeCloseTo(Math.hypot(300, 60), 9);
    expect(n?.centroidDistanceM).toBeCloseTo(Math.hypot(350, 160), 9);
  });

  it('returns 0 for a hub inside', () => {
    const idx = createHubIndex([hub('H1', [X0 + 10, Y0 + 10]), hub('H2', [X0 + 400, Y0 + 100])]);
    expect(nearestHub(idx, R, C)?.distanceM).toBe(0);
    expect(nearestHub(idx, R, C)?.hub.id).toBe('H1');
  });

  it('is not fooled by the hub nearest the centroid (long thin site)', () => {
    // Site 2 000 m × 10 m; P is 395 m from the centroid but 390 m from the polygon, Q is 1 100 m from the
    // centroid but only 100 m beyond the east end.
    const thin = rect(X0, Y0, X0 + 2000, Y0 + 10);
    const idx = createHubIndex([hub('P', [X0 + 1000, Y0 + 400]), hub('Q', [X0 + 2100, Y0 + 5])]);
    const n = nearestHub(idx, thin, multiPolygonCentroid(thin));
    expect(n?.hub.id).toBe('Q');
    expect(n?.distanceM).toBeCloseTo(100, 9);
    expect(n?.centroidDistanceM).toBeCloseTo(1100, 9);
  });

  it('two hubs inside (both 0 m): the one nearer the centroid wins even with the larger id', () => {
    const idx = createHubIndex([hub('A', [X0 + 5, Y0 + 5]), hub('Z', [X0 + 55, Y0 + 95])]);
    const n = nearestHub(idx, R, C);
    expect(n?.hub.id).toBe('Z');
    expect(n?.distanceM).toBe(0);
    expect(n?.centroidDistanceM).toBeCloseTo(Math.hypot(5, 5), 9);
  });

  it('equal polygon and centroid distance: the smaller id (string order) wins', () => {
    // 300 m east and 300 m west: both 350 m from the centroid. "H10" < "H9" as strings.
    const idx = createHubIndex([hub('H9', [X0 - 300, Y0 + 100]), hub('H10', [X0 + 400, Y0 + 100])]);
    expect(nearestHub(idx, R, C)?.hub.id).toBe('H10');
    const reversed = createHubIndex([hub('H10', [X0 + 400, Y0 + 100]), hub('H9', [X0 - 300, Y0 + 100])]);
    expect(nearestHub(reversed, R, C)?.hub.id).toBe('H10');
  });

  it('equal polygon distance: nearer centroid beats the smaller id', () => {
    // North hub: 300 m from the top edge but 400 m from the centroid; east hub: 350 m from the centroid.
    const idx = createHubIndex([hub('A', [X0 + 50, Y0 + 500]), hub('B', [X0 + 400, Y0 + 100])]);
    expect(nearestHub(idx, R, C)?.hub.id).toBe('B');
  });

  it('searches one type only when asked, and returns null when there is none', () => {
    const idx = createHubIndex([hub('B1', [X0 + 150, Y0 + 100], 'buss'), hub('T1', [X0 + 1100, Y0 + 100], 'tog')]);
    expect(nearestHub(idx, R, C)?.hub.id).toBe('B1');
    expect(nearestHub(idx, R, C, 'tog')?.hub.id).toBe('T1');
    expect(nearestHub(idx, R, C, 'tog')?.distanceM).toBeCloseTo(1000, 9);
    expect(nearestHub(idx, R, C, 'båt')).toBeNull();
    expect(nearestHub(createHubIndex([]), R, C)).toBeNull();
  });

  it('agrees with brute force on 300 random sites × 400 random hubs', () => {
    const rand = prng(7);
    const types: HubType[] = ['tog', 'buss', 'båt'];
    const hubs: Hub[] = [];
    for (let i = 0; i < 400; i++) {
      // Snap to a 50 m grid so exact ties (shared positions) occur.
      const xy: [number, number] = [
        X0 + Math.round((rand() * 20000) / 50) * 50,
        Y0 + Math.round((rand() * 20000) / 50) * 50,
      ];
      hubs.push(hub(`H${i}`, xy, types[i % 3] as HubType));
    }
    const idx = createHubIndex(hubs);
    for (let s = 0; s < 300; s++) {
      const g: MultiPolygonXY = [[starRing(rand, X0 + rand() * 20000, Y0 + rand() * 20000, 50, 50 + rand() * 800, 10)]];
      const c = multiPolygonCentroid(g);
      for (const type of [undefined, ...types]) {
        let best: NearestHub | null = null;
        for (const h of hubs) {
          if (type && h.type !== type) continue;
          const cand: NearestHub = {
            hub: h,
            distanceM: distancePointToMultiPolygonM(h.xy, g),
            centroidDistanceM: Math.hypot(h.xy[0] - c[0], h.xy[1] - c[1]) as Meters,
          };
          if (!best || betterHub(cand, best)) best = cand;
        }
        const got = nearestHub(idx, g, c, type);
        expect(got?.hub.id).toBe(best?.hub.id);
        expect(got?.distanceM).toBe(best?.distanceM);
      }
    }
  });
});
