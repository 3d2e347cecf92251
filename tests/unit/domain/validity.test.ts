// OGC validity (findInvalidity) and repair: hand-made cases with their rule, seeded property tests, and the size the
// check must handle.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/domain/seededRandom.ts';
import { InvalidAreaError, multiPolygonAreaM2 } from '../../../src/domain/geometry.ts';
import { drawnAreaM2, repairMultiPolygon, RepairFailed, unionMultiPolygons } from '../../../src/domain/repair.ts';
import type { MultiPolygonXY } from '../../../src/domain/types.ts';
import { findInvalidity } from '../../../src/domain/validity.ts';
import { handCases, randomCase, star } from '../../../scripts/validity/randomCases.ts';
import { messageOf } from '../../helpers/problemWords.ts';

describe('findInvalidity on the hand-made cases (PostGIS ST_IsValid agrees on every one: scripts/crosscheck-validity.ts)', () => {
  const rules: Record<string, string | null> = {
    square: null,
    'square with a hole': null,
    'hole touching the shell at one point': null,
    'parts touching at a corner': null,
    'island in a lake': null,
    'repeated points': null,
    'hole larger than its shell': 'hole-outside-shell',
    'hole outside its shell': 'hole-outside-shell',
    'the same hole twice': 'rings-cross',
    'overlapping parts': 'parts-overlap',
    'parts sharing an edge': 'parts-overlap',
    'nested parts': 'parts-overlap',
    'collinear ring': 'ring-no-area',
    'bow-tie': 'ring-self-intersects',
    'ring touching itself': 'ring-self-intersects',
    spike: 'ring-self-intersects',
    'nested holes': 'holes-nested',
    'hole touching the shell twice': 'interior-disconnected',
    'hole along the shell': 'rings-cross',
    'two holes touching twice': 'interior-disconnected',
  };
  it.each(handCases().map((c) => [c.name, c] as const))('%s', (name, c) => {
    expect(Object.hasOwn(rules, name)).toBe(true);
    expect(findInvalidity(c.geometry)?.rule ?? null).toBe(rules[name]);
  });

  it('says where: the hole, its first position and the point', () => {
    const g = handCases().find((c) => c.name === 'hole outside its shell')?.geometry as MultiPolygonXY;
    expect(findInvalidity(g)).toEqual({
      rule: 'hole-outside-shell',
      where: { polygon: 0, ring: 1 },
      other: { polygon: 0, ring: 0 },
      position: 0,
      at: [580_150, 6_630_000],
    });
  });
});

describe("repair gives the areas ST_MakeValid(g, 'method=structure') gives (PostGIS 3.3, measured)", () => {
  it.each([
    // [case, area as drawn, PostGIS ST_Area(ST_MakeValid(g, 'method=structure'))]
    ['hole larger than its shell', -80_000, 0],
    ['hole outside its shell', 7_500, 12_500],
    ['the same hole twice', 2_800, 6_400],
    ['overlapping parts', 20_000, 17_500],
    ['bow-tie', 0, 5_000],
  ])('%s: %d m² as drawn, %d m² repaired', (name, drawn, repaired) => {
    const g = handCases().find((c) => c.name === name)?.geometry as MultiPolygonXY;
    const r = repairMultiPolygon(g);
    expect(r.drawnAreaM2).toBeCloseTo(drawn, 6);
    expect(r.repairedAreaM2).toBeCloseTo(repaired, 6);
    if (r.geometry.length > 0) expect(findInvalidity(r.geometry)).toBeNull();
  });

  it('merging two regions that share a border gives one valid part of the summed area', () => {
    const a: MultiPolygonXY = [
      [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    ];
    const b: MultiPolygonXY = [
      [
        [
          [10, 0],
          [20, 0],
          [20, 10],
          [10, 10],
          [10, 0],
        ],
      ],
    ];
    const u = unionMultiPolygons([a, b]);
    expect(u).toHaveLength(1);
    expect(drawnAreaM2(u)).toBe(200);
    expect(findInvalidity(u)).toBeNull();
  });
});

describe('property tests (seeded)', () => {
  const rand = seededRandom(15);
  const cases = Array.from({ length: 480 }, (_, i) => randomCase(rand, i)).filter((c) => c.expect !== 'unknown');

  it('random valid polygons pass and keep their area through repair', () => {
    const valid = cases.filter((c) => c.expect === 'valid');
    expect(valid.length).toBeGreaterThan(150);
    for (const c of valid) {
      expect(findInvalidity(c.geometry), c.name).toBeNull();
      const area = multiPolygonAreaM2(c.geometry);
      expect(area).toBeGreaterThan(0);
      expect(Math.abs(repairMultiPolygon(c.geometry).repairedAreaM2 / area - 1)).toBeLessThan(1e-9);
    }
  }, 60_000);

  it('random invalid polygons are always rejected, and repair gives a finite area ≥ 0 that is never the drawn sum', () => {
    const invalid = cases.filter((c) => c.expect === 'invalid');
    expect(invalid.length).toBeGreaterThan(200);
    for (const c of invalid) {
      expect(findInvalidity(c.geometry), c.name).not.toBeNull();
      try {
        const r = repairMultiPolygon(c.geometry);
        expect(Number.isFinite(r.repairedAreaM2) && r.repairedAreaM2 >= 0).toBe(true);
        expect(Math.abs(r.repairedAreaM2 - r.drawnAreaM2)).toBeGreaterThan(1);
      } catch (e) {
        expect(e).toBeInstanceOf(RepairFailed);
      }
    }
  }, 60_000);
});

describe('size: every ring is checked, in about n log n', () => {
  it('a finely digitised ring of 200 000 points is valid; the same ring with one bow-tie is not', () => {
    // On a circle, swapping two neighbours makes their chords interleave, so they must cross.
    const ring = star(seededRandom(1), 580_000, 6_630_000, 1_000, 1_000, 200_000);
    expect(findInvalidity([[ring]])).toBeNull();
    const crossed = [...ring];
    [crossed[150_000], crossed[150_001]] = [
      crossed[150_001] as (typeof ring)[number],
      crossed[150_000] as (typeof ring)[number],
    ];
    expect(findInvalidity([[crossed]])?.rule).toBe('ring-self-intersects');
  }, 60_000);
});

describe('area guard', () => {
  it('an invalid geometry that skipped the check throws rather than give a negative area', () => {
    const g = handCases().find((c) => c.name === 'hole larger than its shell')?.geometry as MultiPolygonXY;
    expect(() => multiPolygonAreaM2(g)).toThrow(InvalidAreaError);
  });
});

describe('a repair the clipping library leaves not quite valid', () => {
  it("says so in the warning, with the area still ST_MakeValid's", async () => {
    const { checkPolygons } = await import('../../../src/data/geometryValidity.ts');
    const { FULL_TOOLS } = await import('../../../src/data/fullLoadTools.ts');
    const g = handCases().find((c) => c.name === 'two holes touching twice')?.geometry as MultiPolygonXY;
    const out = checkPolygons(g, FULL_TOOLS.repair);
    expect(out.ok).toBe(true);
    // PostGIS: ST_IsValidReason of this output is "Interior is disconnected[580040 6630010]" too.
    expect(out.ok && messageOf(out.warning)).toContain(
      'note: the rebuilt shape is still not OGC-valid (the rings of polygon 1 touch each other so that they cut its area in two pieces',
    );
  });
});
