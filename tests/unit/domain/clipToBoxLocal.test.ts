// localRingsInBox (clipToBox.ts) must give what localRings of clipMultiPolygonToBox gives, to the last bit: the
// region overlap of every border site goes through it (regions.ts), and its areas are held to PostGIS.
import { describe, expect, it } from 'vitest';
import { clipMultiPolygonToBox, localRingsInBox } from '../../../src/domain/clipToBox.ts';
import type { BboxXY } from '../../../src/domain/geometry.ts';
import { localRingsOf, type LocalRing } from '../../../src/domain/overlapArea.ts';
import type { MultiPolygonXY, RingXY, XY } from '../../../src/domain/types.ts';
import { prng, rect, starRing } from './helpers.ts';

function reference(g: MultiPolygonXY, box: BboxXY, ox: number, oy: number): { rings: LocalRing[]; parts: number } {
  const piece = clipMultiPolygonToBox(g, box);
  return { rings: localRingsOf(piece, ox, oy).rings, parts: piece.length };
}

/** Every number compared with Object.is, so a -0 for a 0 or one ulp apart fails. */
function expectSameBits(a: { rings: LocalRing[]; parts: number }, b: { rings: LocalRing[]; parts: number }): void {
  expect(a.parts).toBe(b.parts);
  expect(a.rings.length).toBe(b.rings.length);
  a.rings.forEach((r, i) => {
    const s = b.rings[i] as LocalRing;
    expect(r.sign).toBe(s.sign);
    expect([r.minX, r.minY, r.maxX, r.maxY].every((v, k) => Object.is(v, [s.minX, s.minY, s.maxX, s.maxY][k]))).toBe(
      true,
    );
    expect(r.xy.length).toBe(s.xy.length);
    expect(Array.from(r.xy).every((v, k) => Object.is(v, s.xy[k]))).toBe(true);
  });
}

describe('localRingsInBox', () => {
  it('cuts a 100 × 100 m square to a box over its right half: the 50 × 100 m part, from the box corner', () => {
    const got = localRingsInBox(rect(0, 0, 100, 100), [50, -10, 200, 200], 50, -10);
    expect(got.parts).toBe(1);
    expect(got.rings).toHaveLength(1);
    const ring = got.rings[0] as LocalRing;
    expect(ring.sign).toBe(1);
    // x from 0 to 50, y from 10 to 110 relative to (50, -10).
    expect([ring.minX, ring.minY, ring.maxX, ring.maxY]).toEqual([0, 10, 50, 110]);
    expectSameBits(got, reference(rect(0, 0, 100, 100), [50, -10, 200, 200], 50, -10));
  });

  it('gives nothing for a box away from the polygon, and drops a hole the box leaves out', () => {
    expect(localRingsInBox(rect(0, 0, 10, 10), [20, 20, 30, 30], 20, 20)).toEqual({ rings: [], parts: 0 });
    const withHole: MultiPolygonXY = [[rect(0, 0, 100, 100)[0]![0]!, [...rect(60, 60, 90, 90)[0]![0]!].reverse()]];
    const got = localRingsInBox(withHole, [0, 0, 50, 50], 0, 0);
    expect(got.parts).toBe(1);
    expect(got.rings.map((r) => r.sign)).toEqual([1]);
    expectSameBits(got, reference(withHole, [0, 0, 50, 50], 0, 0));
  });

  it('matches the reference bit for bit on 3 000 random concave, holed and multi-part shapes and boxes', () => {
    const rand = prng(20261202);
    for (let k = 0; k < 3000; k++) {
      const cx = 580000 + rand() * 1000;
      const cy = 6630000 + rand() * 1000;
      const outer = starRing(rand, cx, cy, 20 + rand() * 100, 150 + rand() * 400, 3 + Math.floor(rand() * 60));
      const polygon: RingXY[] = [outer];
      if (rand() < 0.3) polygon.push([...starRing(rand, cx, cy, 2, 15, 3 + Math.floor(rand() * 8))].reverse());
      const g: RingXY[][] = [polygon];
      if (rand() < 0.2) g.push([starRing(rand, cx + 600, cy, 10, 80, 5)]);
      // Rings left open sometimes (clipRingToBox accepts both), with a repeated position now and then.
      if (rand() < 0.1) outer.pop();
      if (rand() < 0.1) outer.splice(1, 0, outer[1] as XY);
      const w = rand() * 500;
      const h = rand() * 500;
      const x0 = cx - 300 + rand() * 600;
      const y0 = cy - 300 + rand() * 600;
      // Box edges sometimes on a vertex's coordinate, where the inside tests are equalities.
      const onVertex = rand() < 0.2 ? ((outer[0] as XY)[0] as number) : x0;
      const box: BboxXY = [onVertex, y0, onVertex + w, y0 + h];
      expectSameBits(localRingsInBox(g, box, box[0], box[1]), reference(g, box, box[0], box[1]));
    }
  });
});
