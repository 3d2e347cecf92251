// Hand-drawn plan versions for the land-accounts tests: 100 × 100 m squares near Asker whose overlay is known by hand.
import type { LandCategory } from '../../../src/domain/accounts/categories.ts';
import type { PlanArea } from '../../../src/domain/accounts/types.ts';
import type { AbcType, MultiPolygonXY, Region, SiteStatus } from '../../../src/domain/types.ts';

export const X0 = 590000;
export const Y0 = 6630000;

/** A rectangle [x1..x2] × [y1..y2] metres from (X0, Y0), counter-clockwise. */
export function rect(x1: number, y1: number, x2: number, y2: number): MultiPolygonXY {
  return [
    [
      [
        [X0 + x1, Y0 + y1],
        [X0 + x2, Y0 + y1],
        [X0 + x2, Y0 + y2],
        [X0 + x1, Y0 + y2],
        [X0 + x1, Y0 + y1],
      ],
    ],
  ];
}

let n = 0;
export function area(
  category: LandCategory,
  geometry: MultiPolygonXY,
  abc: AbcType | null = null,
  status: SiteStatus | null = 'eksisterende',
  code: number | null = null,
): PlanArea {
  return { id: `f${++n}`, category, abc, status, code, geometry };
}

/**
 * Before: b1 ∪ b4 = [0,150]×[0,100] (15 000 m², B, overlapping features), b2 future [200,300] (B), b3 [400,500] (C),
 * b5 [2000,2100] (A, outside every region). After: a1 = b1 kept; [100,150] becomes housing; a2 = b2 now existing
 * (realised); b3 half LNFR, half in no feature; a3 [600,700] added (C); a4 [300,400]×[200,300] added (B) across the
 * nord/syd line at x = 350. Farmland: [650,750] arealtype 21 (5 000 m² inside a3).
 */
export function handCase(): { before: PlanArea[]; after: PlanArea[]; regions: Region[]; farmland: MultiPolygonXY[] } {
  const before = [
    area('business', rect(0, 0, 100, 100), 'B'),
    area('business', rect(50, 0, 150, 100), 'B'),
    area('business', rect(200, 0, 300, 100), 'B', 'fremtidig'),
    area('business', rect(400, 0, 500, 100), 'C'),
    area('business', rect(2000, 0, 2100, 100), 'A'),
    area('lnfr', rect(600, 0, 700, 100)),
  ];
  const after = [
    area('business', rect(0, 0, 100, 100), 'B'),
    area('housing', rect(100, 0, 150, 100), null, 'fremtidig', 1110),
    area('business', rect(200, 0, 300, 100), 'B', 'eksisterende'),
    area('lnfr', rect(400, 0, 450, 100), null, 'eksisterende', 5100),
    area('business', rect(600, 0, 700, 100), 'C', 'fremtidig'),
    area('business', rect(300, 200, 400, 300), 'B', 'fremtidig'),
  ];
  const regions: Region[] = [
    { name: 'Asker nord', geometry: rect(-1000, -1000, 350, 1000) },
    { name: 'Asker syd', geometry: rect(350, -1000, 1000, 1000) },
  ];
  return { before, after, regions, farmland: [rect(650, 0, 750, 100)] };
}
