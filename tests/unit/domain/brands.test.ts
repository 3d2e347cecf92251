// Units and coordinate kinds are kept apart by the type checker (`npx tsc --noEmit` checks the @ts-expect-error lines
// below: if a mix-up compiled, that line would fail the typecheck), and the ABC types come from one list.
import { describe, expect, it } from 'vitest';
import { areaDaa, jobCapacity } from '../../../src/domain/capacity.ts';
import { toLngLat } from '../../../src/domain/crs.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { distanceM } from '../../../src/domain/geometry.ts';
import {
  ABC_TYPES,
  type AbcType,
  type LngLat,
  type Meters,
  type SquareMeters,
  type XY,
} from '../../../src/domain/types.ts';
import { meters, squareMeters } from '../../../src/domain/units.ts';

describe('branded coordinates and units', () => {
  it('a projected XY is not a LngLat, nor the other way round', () => {
    const xy: XY = [580407.01, 6633751.228];
    const ll: LngLat = toLngLat(xy);
    // @ts-expect-error EPSG:25832 metres are not longitude/latitude
    const wrongWay: LngLat = xy;
    // @ts-expect-error longitude/latitude are not EPSG:25832 metres
    const otherWay: XY = ll;
    expect(wrongWay).toBe(xy);
    expect(otherWay).toBe(ll);
  });

  it('an area is not a distance: areaDaa and jobCapacity take SquareMeters, distances are Meters', () => {
    const d: Meters = distanceM([0, 0], [300, 400]);
    expect(d).toBe(500);
    // @ts-expect-error a distance is not an area
    const asArea: SquareMeters = d;
    // @ts-expect-error a bare number has no unit: say which it is (squareMeters / meters)
    areaDaa(20000);
    expect(asArea).toBe(500);
    expect(areaDaa(squareMeters(20000))).toBe(20);
    expect(jobCapacity(squareMeters(20000), 'A', DEFAULT_ASSUMPTIONS).mid).toBeCloseTo(700, 9);
    expect(meters(5)).toBe(5);
  });
});

describe('ABC_TYPES', () => {
  it('is the one ordered list of ABC types, and AbcType is its members', () => {
    expect(ABC_TYPES).toEqual(['A', 'B', 'C']);
    const each: AbcType[] = [...ABC_TYPES];
    // @ts-expect-error 'D' is no ABC type
    const notOne: AbcType = 'D';
    expect(each).not.toContain(notOne);
  });
});
