// The all-pairs test for small geometries in findInvalidity must give exactly what the indexed path gives, for
// valid and invalid geometries alike (it may only ever say "valid" when the indexed path finds nothing).
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/domain/seededRandom.ts';
import type { MultiPolygonXY, XY } from '../../../src/domain/types.ts';
import { findInvalidity, findInvalidityIndexed } from '../../../src/domain/validity.ts';
import { handCases, randomCase, star } from '../../../scripts/validity/randomCases.ts';

const sq = (x: number, y: number, s: number, cw = false): XY[] => {
  const r: XY[] = [
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
    [x, y],
  ];
  return cw ? r.reverse() : r;
};

/** Nesting cases without any touching edges, where only the ray rule decides. */
const nestings: [string, MultiPolygonXY, boolean][] = [
  ['island in a hole', [[sq(0, 0, 100), sq(20, 20, 60, true)], [sq(40, 40, 20)]], true],
  ['part inside another part', [[sq(0, 0, 100)], [sq(40, 40, 20)]], false],
  ['hole inside a hole', [[sq(0, 0, 100), sq(10, 10, 80, true), sq(30, 30, 20, true)]], false],
  ['hole outside', [[sq(0, 0, 100), sq(200, 0, 10, true)]], false],
  ['two holes apart', [[sq(0, 0, 100), sq(10, 10, 20, true), sq(60, 60, 20, true)]], true],
  ['part inside the other part, listed first', [[sq(40, 40, 20)], [sq(0, 0, 100)]], false],
  [
    'hole touching its shell at a vertex',
    [
      [
        sq(0, 0, 100),
        [
          [0, 0],
          [10, 20],
          [20, 10],
          [0, 0],
        ] as XY[],
      ],
    ],
    true,
  ],
  [
    'spike',
    [
      [
        [
          [0, 0],
          [10, 0],
          [20, 0],
          [15, 0],
          [10, 10],
          [0, 0],
        ] as XY[],
      ],
    ],
    false,
  ],
  [
    'repeated points',
    [
      [
        [
          [0, 0],
          [0, 0],
          [10, 0],
          [10, 10],
          [10, 10],
          [0, 10],
          [0, 0],
        ] as XY[],
      ],
    ],
    true,
  ],
  [
    'all on a line',
    [
      [
        [
          [0, 0],
          [10, 0],
          [20, 0],
          [0, 0],
        ] as XY[],
      ],
    ],
    false,
  ],
  [
    'bow tie',
    [
      [
        [
          [0, 0],
          [10, 10],
          [10, 0],
          [0, 10],
          [0, 0],
        ] as XY[],
      ],
    ],
    false,
  ],
  [
    'not finite',
    [
      [
        [
          [0, 0],
          [10, NaN],
          [10, 10],
          [0, 0],
        ] as XY[],
      ],
    ],
    false,
  ],
];

describe('findInvalidity: the small-geometry test agrees with the indexed path', () => {
  it.each(nestings)('%s', (_name, g, valid) => {
    const indexed = findInvalidityIndexed(g);
    expect(indexed === null).toBe(valid);
    expect(findInvalidity(g)).toEqual(indexed);
  });

  it('on the hand-made cases', () => {
    for (const c of handCases()) expect(findInvalidity(c.geometry), c.name).toEqual(findInvalidityIndexed(c.geometry));
  });

  it('on 4 000 seeded random cases (valid, invalid and shuffled rings; small and large)', () => {
    const rand = seededRandom(20261202);
    let valid = 0;
    for (let i = 0; i < 4000; i++) {
      const c = randomCase(rand, i);
      const indexed = findInvalidityIndexed(c.geometry);
      if (indexed === null) valid++;
      expect(findInvalidity(c.geometry), `${c.name} #${i}`).toEqual(indexed);
    }
    // Both kinds are well represented, so the comparison is not one-sided.
    expect(valid).toBeGreaterThan(1000);
    expect(4000 - valid).toBeGreaterThan(1000);
  });

  it('on rings that share a vertex or an edge with a neighbouring part (touches go to the indexed path)', () => {
    const rand = seededRandom(7);
    for (let i = 0; i < 500; i++) {
      const a = star(rand, 0, 0, 50, 100, 6 + (i % 9));
      const dx = (rand() < 0.5 ? 100 : 200) * (rand() < 0.5 ? 1 : -1);
      const b = a.map(([x, y]) => [x + dx, y] as XY);
      // Snap one vertex of b onto a vertex of a now and then, so that the parts touch.
      if (i % 3 === 0) b[0] = a[Math.floor(rand() * (a.length - 1))] as XY;
      b[b.length - 1] = b[0] as XY;
      const g: MultiPolygonXY = [[a], [b]];
      expect(findInvalidity(g)).toEqual(findInvalidityIndexed(g));
    }
  });
});
