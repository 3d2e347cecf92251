// Region of largest overlap: fast path, border-straddling sites through the exact overlap (overlapArea.ts), holes,
// ties, nothing.
import { describe, expect, it } from 'vitest';
import { multiPolygonAreaM2 } from '../../../src/domain/geometry.ts';
import { assignRegion, createRegionIndex, regionOverlaps } from '../../../src/domain/regions.ts';
import type { MultiPolygonXY, Region, XY } from '../../../src/domain/types.ts';
import { prng, rect, rectRing, starRing } from './helpers.ts';

const X0 = 580000;
const Y0 = 6630000;
// A 10 km square split at Y0 + 5 000: north half "Asker nord", south half "Asker syd".
const nord: Region = { name: 'Asker nord', geometry: rect(X0, Y0 + 5000, X0 + 10000, Y0 + 10000) };
const syd: Region = { name: 'Asker syd', geometry: rect(X0, Y0, X0 + 10000, Y0 + 5000) };
const idx = createRegionIndex([nord, syd]);

describe('assignRegion', () => {
  it('a site wholly inside one region gets it', () => {
    expect(assignRegion(idx, rect(X0 + 100, Y0 + 6000, X0 + 200, Y0 + 6100))).toBe('Asker nord');
    expect(assignRegion(idx, rect(X0 + 100, Y0 + 1000, X0 + 200, Y0 + 1100))).toBe('Asker syd');
  });

  it('a site across the nord/syd line goes to the larger share (70 % south)', () => {
    // 100 × 100 m from 70 m south of the line to 30 m north of it.
    const g = rect(X0 + 1000, Y0 + 4930, X0 + 1100, Y0 + 5030);
    expect(assignRegion(idx, g)).toBe('Asker syd');
    const o = regionOverlaps(idx, g);
    expect(o.map((r) => r.region)).toEqual(['Asker nord', 'Asker syd']);
    expect(o[0]?.areaM2).toBeCloseTo(3000, 3);
    expect(o[1]?.areaM2).toBeCloseTo(7000, 3);
    // 60 % north the other way round.
    expect(assignRegion(idx, rect(X0 + 1000, Y0 + 4960, X0 + 1100, Y0 + 5060))).toBe('Asker nord');
  });

  it('a site outside all regions is null, also one that only touches a region edge', () => {
    expect(assignRegion(idx, rect(X0 - 500, Y0 - 500, X0 - 100, Y0 - 100))).toBeNull();
    expect(assignRegion(idx, rect(X0 - 100, Y0 + 100, X0, Y0 + 200))).toBeNull();
    expect(assignRegion(createRegionIndex([]), rect(X0, Y0, X0 + 1, Y0 + 1))).toBeNull();
  });

  it('a site partly outside the municipality counts only the part inside', () => {
    // 100 × 100 m, 80 % west of the boundary (outside), 20 % in syd → still syd, overlap 2 000 m².
    const g = rect(X0 - 80, Y0 + 100, X0 + 20, Y0 + 200);
    expect(assignRegion(idx, g)).toBe('Asker syd');
    expect(regionOverlaps(idx, g)[0]?.areaM2).toBeCloseTo(2000, 3);
  });

  it('a multipolygon whose parts lie in different regions goes to the larger part', () => {
    const g: MultiPolygonXY = [
      [rectRing(X0 + 100, Y0 + 6000, X0 + 200, Y0 + 6100)],
      [rectRing(X0 + 100, Y0 + 1000, X0 + 300, Y0 + 1100)],
    ];
    expect(assignRegion(idx, g)).toBe('Asker syd');
    expect(regionOverlaps(idx, g).map((o) => Math.round(o.areaM2))).toEqual([10000, 20000]);
  });

  it('equal overlaps go to the name that sorts first, whatever the file order', () => {
    const g = rect(X0 + 1000, Y0 + 4950, X0 + 1100, Y0 + 5050);
    expect(assignRegion(createRegionIndex([syd, nord]), g)).toBe('Asker nord');
    expect(assignRegion(idx, g)).toBe('Asker nord');
  });

  it('a region hole is outside the region', () => {
    const holed: Region = {
      name: 'Holed',
      geometry: [[rectRing(X0, Y0, X0 + 1000, Y0 + 1000), rectRing(X0 + 400, Y0 + 400, X0 + 600, Y0 + 600)]],
    };
    const hIdx = createRegionIndex([holed]);
    expect(assignRegion(hIdx, rect(X0 + 450, Y0 + 450, X0 + 550, Y0 + 550))).toBeNull();
    // Straddles the hole's east edge: 30 m of 100 m inside the region.
    const g = rect(X0 + 570, Y0 + 450, X0 + 670, Y0 + 550);
    expect(regionOverlaps(hIdx, g)[0]?.areaM2).toBeCloseTo(7000, 3);
    // A site containing the whole hole: 300 × 300 minus the 200 × 200 hole.
    expect(regionOverlaps(hIdx, rect(X0 + 350, Y0 + 350, X0 + 650, Y0 + 650))[0]?.areaM2).toBeCloseTo(90000 - 40000, 3);
  });

  it('handles a jagged (comb-shaped) border correctly', () => {
    // "Comb": base y 0–10, teeth x 0–10, 20–30, 40–50 up to y 100. "Gaps": x 10–20 and 30–40, y 10–100.
    const o = (x: number, y: number): XY => [X0 + x, Y0 + y];
    const comb: Region = {
      name: 'Comb',
      geometry: [
        [
          [
            o(0, 0),
            o(50, 0),
            o(50, 100),
            o(40, 100),
            o(40, 10),
            o(30, 10),
            o(30, 100),
            o(20, 100),
            o(20, 10),
            o(10, 10),
            o(10, 100),
            o(0, 100),
            o(0, 0),
          ],
        ],
      ],
    };
    const gaps: Region = {
      name: 'Gaps',
      geometry: [[rectRing(X0 + 10, Y0 + 10, X0 + 20, Y0 + 100)], [rectRing(X0 + 30, Y0 + 10, X0 + 40, Y0 + 100)]],
    };
    const cIdx = createRegionIndex([comb, gaps]);
    // x 8–42, y 50–60: comb gets 2 + 10 + 2 m of width (140 m²), the gaps 20 m (200 m²).
    const g = rect(X0 + 8, Y0 + 50, X0 + 42, Y0 + 60);
    const ov = regionOverlaps(cIdx, g);
    expect(ov.find((r) => r.region === 'Comb')?.areaM2).toBeCloseTo(140, 3);
    expect(ov.find((r) => r.region === 'Gaps')?.areaM2).toBeCloseTo(200, 3);
    expect(assignRegion(cIdx, g)).toBe('Gaps');
    // x −5–55: the comb's three teeth 300 m², the gaps 200 m².
    expect(assignRegion(cIdx, rect(X0 - 5, Y0 + 50, X0 + 55, Y0 + 60))).toBe('Comb');
  });

  it('overlaps of random star sites on a jagged nord/syd line add up to the site area', () => {
    // A zigzag border: every site that lies inside the outer square must be fully shared out.
    const rand = prng(11);
    const border: XY[] = [];
    for (let i = 0; i <= 40; i++) border.push([X0 + i * 250, Y0 + 5000 + (i % 2 ? 300 : -300) + rand() * 100]);
    const north: Region = {
      name: 'N',
      geometry: [[[[X0, Y0 + 10000], ...border, [X0 + 10000, Y0 + 10000], [X0, Y0 + 10000]]]],
    };
    const south: Region = { name: 'S', geometry: [[[[X0, Y0], [X0 + 10000, Y0], ...[...border].reverse(), [X0, Y0]]]] };
    const jIdx = createRegionIndex([north, south]);
    let straddling = 0;
    for (let s = 0; s < 200; s++) {
      const g: MultiPolygonXY = [[starRing(rand, X0 + 500 + rand() * 9000, Y0 + 4300 + rand() * 1400, 30, 300, 12)]];
      const ov = regionOverlaps(jIdx, g);
      if (ov.length === 2) straddling++;
      const sum = ov.reduce((t, r) => t + r.areaM2, 0);
      expect(sum / multiPolygonAreaM2(g)).toBeCloseTo(1, 9);
    }
    expect(straddling).toBeGreaterThan(20);
  });
});
