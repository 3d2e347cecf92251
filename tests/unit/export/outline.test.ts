// The one-pager's SVG outline: true-north drawing in ground metres, fitted to the box, with a round scale bar.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/app/defaultData';
import { metresPerDegree, niceLengthM, siteOutline } from '../../../src/domain/exportOutline';
import type { MultiPolygonXY } from '../../../src/domain/types';

/** Shoelace over the numbers of an SVG path of M/L/Z commands (px²), signed per ring and summed as absolute values. */
function pathAreaPx2(d: string): number {
  return d
    .split('M')
    .filter((part) => part !== '')
    .map((part) => {
      const pts = part
        .replace('Z', '')
        .split('L')
        .map((xy) => xy.split(' ').map(Number) as [number, number]);
      let twice = 0;
      for (let i = 0; i < pts.length; i++) {
        const [x1, y1] = pts[i] as [number, number];
        const [x2, y2] = pts[(i + 1) % pts.length] as [number, number];
        twice += x1 * y2 - x2 * y1;
      }
      return twice / 2;
    })
    .reduce((sum, a, i) => sum + (i === 0 ? Math.abs(a) : -Math.abs(a)), 0);
}

const RECT: MultiPolygonXY = [
  [
    [
      [580000, 6633000],
      [580200, 6633000],
      [580200, 6633100],
      [580000, 6633100],
      [580000, 6633000],
    ],
  ],
];

describe('metresPerDegree', () => {
  it('matches the GRS80 values at 60° N (55 800 m per degree of longitude, 111 412 m of latitude)', () => {
    const m = metresPerDegree(60);
    expect(m.lon).toBeCloseTo(55800.0, -1);
    expect(m.lat).toBeCloseTo(111412.2, -1);
  });
});

describe('niceLengthM', () => {
  it('picks the largest round length that fits, never less than 10 m', () => {
    expect(niceLengthM(130)).toBe(100);
    expect(niceLengthM(260)).toBe(250);
    expect(niceLengthM(3)).toBe(10);
  });
});

describe('siteOutline', () => {
  const box = { widthPx: 400, heightPx: 300, marginPx: 20 };

  it('draws a 200 × 100 m rectangle with 20 000 m² of area at the drawing scale (ground vs UTM: < 0.1 %)', () => {
    const o = siteOutline(RECT, box);
    const pxPerM = o.scaleBar.lengthPx / o.scaleBar.lengthM;
    const areaM2 = pathAreaPx2(o.pathD) / pxPerM ** 2;
    // Rounded to 0.1 px, so allow the rounding too; UTM's scale factor here is 0.99968 (0.06 % in area).
    expect(Math.abs(areaM2 - 20000) / 20000).toBeLessThan(0.002);
    // North-up: UTM grid north is ~1.2° off true north at 10.4° E, so the rotated rectangle is a little wider than 200
    // m.
    expect(o.extentM.eastWest).toBeGreaterThan(200);
    expect(o.extentM.eastWest).toBeLessThan(203);
    expect(o.scaleBar.lengthM).toBe(50);
    expect(pxPerM).toBeCloseTo(360 / o.extentM.eastWest, 6);
  });

  it('fits the drawing inside the margins and centres it', () => {
    const o = siteOutline(RECT, box);
    const nums = o.pathD.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    const xs = nums.filter((_, i) => i % 2 === 0);
    const ys = nums.filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs)).toBeCloseTo(20, 0);
    expect(Math.max(...xs)).toBeCloseTo(380, 0);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...ys)).toBeLessThanOrEqual(280);
    expect((Math.min(...ys) + Math.max(...ys)) / 2).toBeCloseTo(150, 0);
  });

  it('keeps holes as their own sub-path (for even-odd filling) and draws both parts of a multipolygon', () => {
    const dataset = loadBundledDataset();
    const s03 = dataset.sites.find((s) => s.id === 'S03');
    const s16 = dataset.sites.find((s) => s.id === 'S16');
    expect(siteOutline(s03?.geometry ?? [], box).pathD.match(/M/g)).toHaveLength(2);
    expect(siteOutline(s16?.geometry ?? [], box).pathD.match(/M/g)).toHaveLength(2);
    // S03's drawn area minus its hole is its engine area (56 498.6 m²) within 0.2 %.
    const o = siteOutline(s03?.geometry ?? [], box);
    const pxPerM = o.scaleBar.lengthPx / o.scaleBar.lengthM;
    const result = dataset.results.find((r) => r.siteId === 'S03');
    expect(Math.abs(pathAreaPx2(o.pathD) / pxPerM ** 2 - (result?.areaM2 ?? 0)) / (result?.areaM2 ?? 1)).toBeLessThan(
      0.002,
    );
  });

  it('gives an empty drawing for an empty geometry', () => {
    expect(siteOutline([], box).pathD).toBe('');
  });
});
