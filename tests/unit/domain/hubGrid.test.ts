// The grid search of the nearest hub (the default) must give exactly what the flatbush-only search gives: same hub,
// same distances, for evenly spread, clustered and collinear hubs, sites inside and outside the hubs' extent.
import { describe, expect, it } from 'vitest';
import { bboxOf, multiPolygonCentroid } from '../../../src/domain/geometry.ts';
import { createHubIndex, HUB_TYPES, nearestHub, nearestInSet } from '../../../src/domain/hubIndex.ts';
import type { Hub, HubType, MultiPolygonXY, XY } from '../../../src/domain/types.ts';
import { hub, prng, starRing } from './helpers.ts';

const X0 = 580000;
const Y0 = 6630000;
const TYPES: HubType[] = ['tog', 'buss', 'båt'];

function hubsOf(rand: () => number, n: number, place: (i: number) => XY): Hub[] {
  return Array.from({ length: n }, (_, i) => hub(`H${i}`, place(i), TYPES[Math.floor(rand() * 3)] as HubType));
}

function sitesOf(rand: () => number, n: number, spread: number): MultiPolygonXY[] {
  return Array.from({ length: n }, () => {
    const cx = X0 - spread / 4 + rand() * spread * 1.5;
    const cy = Y0 - spread / 4 + rand() * spread * 1.5;
    const r = 20 + rand() * 300;
    const g: XY[][][] = [[starRing(rand, cx, cy, r / 2, r, 6 + Math.floor(rand() * 8))]];
    if (rand() < 0.2) g.push([starRing(rand, cx + 3 * r, cy, r / 3, r / 2, 7)]);
    return g as MultiPolygonXY;
  });
}

function compare(hubs: Hub[], sites: MultiPolygonXY[]): number {
  const grid = createHubIndex(hubs);
  const plain = createHubIndex(hubs, { grid: false });
  let found = 0;
  for (const g of sites) {
    const box = bboxOf(g);
    const c = multiPolygonCentroid(g);
    for (const t of HUB_TYPES) {
      const a = nearestInSet(grid.byType[t], g, box, c);
      const b = nearestInSet(plain.byType[t], g, box, c);
      expect(a).toEqual(b);
      if (a) found++;
    }
    expect(nearestHub(grid, g, c)).toEqual(nearestHub(plain, g, c));
  }
  return found;
}

describe('nearest hub: grid search = flatbush search', () => {
  it('evenly spread hubs', () => {
    const rand = prng(3);
    const hubs = hubsOf(rand, 3000, () => [X0 + rand() * 20000, Y0 + rand() * 20000]);
    expect(compare(hubs, sitesOf(rand, 1500, 20000))).toBeGreaterThan(4000);
  });

  it('clustered hubs (most cells empty), on a grid of round coordinates (ties), and sites far outside', () => {
    const rand = prng(5);
    const clustered = hubsOf(rand, 1500, (i) => {
      const k = i % 5;
      return [X0 + k * 4000 + rand() * 50, Y0 + k * 3000 + rand() * 50];
    });
    expect(compare(clustered, sitesOf(rand, 800, 20000))).toBeGreaterThan(2000);
    const lattice = hubsOf(rand, 900, (i) => [X0 + (i % 30) * 100, Y0 + Math.floor(i / 30) * 100]);
    expect(compare(lattice, sitesOf(rand, 800, 3000))).toBeGreaterThan(2000);
    expect(compare(lattice, sitesOf(rand, 200, 200000))).toBeGreaterThan(500);
  });

  it('hubs all on one line, and a single hub (no usable grid: the flatbush path)', () => {
    const rand = prng(9);
    const line = hubsOf(rand, 400, (i) => [X0 + i * 37, Y0]);
    expect(compare(line, sitesOf(rand, 300, 15000))).toBeGreaterThan(800);
    expect(compare([hub('only', [X0, Y0], 'tog')], sitesOf(rand, 50, 5000))).toBe(50);
  });
});
