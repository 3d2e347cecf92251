// Seeded random and hand-made polygons for the validity tests and the PostGIS cross-check: valid ones, ones
// that are invalid by construction, and shuffled rings whose validity only PostGIS decides.
import type { MultiPolygonXY, XY } from '../../src/domain/types.ts';

export type Rand = () => number;

/** Which way a case was made: `valid`/`invalid` are known by construction; `unknown` is for PostGIS to judge. */
export interface Case {
  name: string;
  expect: 'valid' | 'invalid' | 'unknown';
  geometry: MultiPolygonXY;
}

const X0 = 580_000;
const Y0 = 6_630_000;
const close = (ring: XY[]): XY[] => [...ring, ring[0] as XY];

/** A star-shaped ring: angles sorted with gaps below π, so it is always simple. */
export function star(rand: Rand, cx: number, cy: number, rMin: number, rMax: number, k: number): XY[] {
  const ring: XY[] = [];
  for (let i = 0; i < k; i++) {
    const a = ((i + 0.2 + 0.6 * rand()) / k) * 2 * Math.PI;
    const r = rMin + (rMax - rMin) * rand();
    ring.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return close(ring);
}

const square = (x: number, y: number, s: number): XY[] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

/** Hand-made cases with known answers (the ones of issue 15 among them). */
export function handCases(): Case[] {
  const x = X0,
    y = Y0;
  return [
    { name: 'square', expect: 'valid', geometry: [[square(x, y, 100)]] },
    { name: 'square with a hole', expect: 'valid', geometry: [[square(x, y, 100), square(x + 20, y + 20, 20)]] },
    {
      name: 'hole touching the shell at one point',
      expect: 'valid',
      geometry: [
        [
          square(x, y, 100),
          [
            [x, y + 50],
            [x + 30, y + 40],
            [x + 30, y + 60],
            [x, y + 50],
          ],
        ],
      ],
    },
    {
      name: 'parts touching at a corner',
      expect: 'valid',
      geometry: [[square(x, y, 100)], [square(x + 100, y + 100, 50)]],
    },
    {
      name: 'island in a lake',
      expect: 'valid',
      geometry: [[square(x, y, 100), square(x + 10, y + 10, 80)], [square(x + 30, y + 30, 20)]],
    },
    {
      name: 'repeated points',
      expect: 'valid',
      geometry: [
        [
          [
            [x, y],
            [x + 10, y],
            [x + 10, y],
            [x + 10, y + 10],
            [x, y + 10],
            [x, y],
          ],
        ],
      ],
    },
    {
      name: 'hole larger than its shell',
      expect: 'invalid',
      geometry: [[square(x, y, 100), square(x - 50, y - 50, 300)]],
    },
    { name: 'hole outside its shell', expect: 'invalid', geometry: [[square(x, y, 100), square(x + 150, y, 50)]] },
    {
      name: 'the same hole twice',
      expect: 'invalid',
      geometry: [[square(x, y, 100), square(x + 20, y + 20, 60), square(x + 20, y + 20, 60)]],
    },
    { name: 'overlapping parts', expect: 'invalid', geometry: [[square(x, y, 100)], [square(x + 50, y + 50, 100)]] },
    { name: 'parts sharing an edge', expect: 'invalid', geometry: [[square(x, y, 100)], [square(x + 100, y, 100)]] },
    { name: 'nested parts', expect: 'invalid', geometry: [[square(x, y, 100)], [square(x + 20, y + 20, 20)]] },
    {
      name: 'collinear ring',
      expect: 'invalid',
      geometry: [
        [
          [
            [x, y],
            [x + 100, y + 100],
            [x + 200, y + 200],
            [x, y],
          ],
        ],
      ],
    },
    {
      name: 'bow-tie',
      expect: 'invalid',
      geometry: [
        [
          [
            [x, y],
            [x + 100, y + 100],
            [x + 100, y],
            [x, y + 100],
            [x, y],
          ],
        ],
      ],
    },
    {
      name: 'ring touching itself',
      expect: 'invalid',
      geometry: [
        [
          [
            [x, y],
            [x + 100, y],
            [x + 50, y + 50],
            [x + 100, y + 100],
            [x, y + 100],
            [x + 50, y + 50],
            [x, y],
          ],
        ],
      ],
    },
    {
      name: 'spike',
      expect: 'invalid',
      geometry: [
        [
          [
            [x, y],
            [x + 100, y],
            [x + 100, y + 100],
            [x + 100, y + 200],
            [x + 100, y + 100],
            [x, y + 100],
            [x, y],
          ],
        ],
      ],
    },
    {
      name: 'nested holes',
      expect: 'invalid',
      geometry: [[square(x, y, 100), square(x + 10, y + 10, 80), square(x + 30, y + 30, 20)]],
    },
    {
      name: 'hole touching the shell twice',
      expect: 'invalid',
      geometry: [
        [
          square(x, y, 100),
          [
            [x, y + 20],
            [x + 50, y + 50],
            [x, y + 80],
            [x + 20, y + 50],
            [x, y + 20],
          ],
        ],
      ],
    },
    { name: 'hole along the shell', expect: 'invalid', geometry: [[square(x, y, 100), square(x, y + 20, 20)]] },
    {
      name: 'two holes touching twice',
      expect: 'invalid',
      geometry: [
        [
          square(x, y, 100),
          square(x + 10, y + 10, 30),
          [
            [x + 40, y + 10],
            [x + 60, y + 25],
            [x + 40, y + 40],
            [x + 50, y + 25],
            [x + 40, y + 10],
          ],
        ],
      ],
    },
  ];
}

/** One random case of the given kind, centred near Asker. */
export function randomCase(rand: Rand, kind: number): Case {
  const cx = X0 + rand() * 5000,
    cy = Y0 + rand() * 5000;
  const k = 5 + Math.floor(rand() * 40);
  const shell = (): XY[] => star(rand, cx, cy, 200, 400, k);
  const holes = (n: number): XY[][] =>
    Array.from({ length: n }, (_, i) => {
      const a = (i / n) * 2 * Math.PI;
      return star(rand, cx + 100 * Math.cos(a), cy + 100 * Math.sin(a), 5, 30, 3 + Math.floor(rand() * 8));
    });
  switch (kind % 8) {
    case 0:
      return { name: 'random star', expect: 'valid', geometry: [[shell()]] };
    case 1:
      return {
        name: 'random star with holes',
        expect: 'valid',
        geometry: [[shell(), ...holes(1 + Math.floor(rand() * 5))]],
      };
    case 2:
      return {
        name: 'random parts apart',
        expect: 'valid',
        geometry: [[shell()], [star(rand, cx + 1000, cy, 200, 400, k)]],
      };
    case 3:
      return {
        name: 'random hole outside',
        expect: 'invalid',
        geometry: [[shell(), star(rand, cx + 700, cy, 20, 50, 6)]],
      };
    case 4:
      return {
        name: 'random hole round the shell',
        expect: 'invalid',
        geometry: [[shell(), star(rand, cx, cy, 450, 600, 8)]],
      };
    case 5: {
      const h = holes(2);
      return { name: 'random hole twice', expect: 'invalid', geometry: [[shell(), ...h, h[0] as XY[]]] };
    }
    case 6:
      return {
        name: 'random overlapping parts',
        expect: 'invalid',
        geometry: [[shell()], [star(rand, cx + 300, cy, 200, 400, k)]],
      };
    default: {
      // Shuffled angles: usually self-crossing, sometimes not; PostGIS decides.
      const ring = shell().slice(0, -1);
      for (let i = ring.length - 1; i > 0 && rand() < 0.9; i--) {
        const j = Math.floor(rand() * (i + 1));
        [ring[i], ring[j]] = [ring[j] as XY, ring[i] as XY];
      }
      return { name: 'random shuffled ring', expect: 'unknown', geometry: [[close(ring)]] };
    }
  }
}

export function randomCases(rand: Rand, n: number): Case[] {
  return Array.from({ length: n }, (_, i) => randomCase(rand, i));
}

/** WKT of a multipolygon (full precision), for PostGIS. */
export function toWkt(g: MultiPolygonXY): string {
  const ring = (r: readonly XY[]): string => `(${r.map(([x, y]) => `${x} ${y}`).join(',')})`;
  return `MULTIPOLYGON(${g.map((p) => `(${p.map(ring).join(',')})`).join(',')})`;
}
