// findRingCrossing: bow-ties, pinches and self-touching rings are found; valid rings (convex, concave, with repeated
// points) pass.
import { describe, expect, it } from 'vitest';
import { findRingCrossing } from '../../../src/data/selfIntersection.ts';
import { loadSites } from '../../../src/data/loaders.ts';
import { collection, feature, polygon } from './geojsonText.ts';
import { messageOf } from '../../helpers/problemWords.ts';
import { skipReasonText } from '../../../src/i18n/problemText.ts';

type R = [number, number][];

describe('findRingCrossing', () => {
  it('finds the crossing of a bow-tie and where it is', () => {
    expect(
      findRingCrossing([
        [0, 0],
        [10, 10],
        [10, 0],
        [0, 10],
        [0, 0],
      ]),
    ).toEqual({ edgeA: 0, edgeB: 2, at: [5, 5] });
  });

  it.each<[string, R]>([
    [
      'a square',
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
    ],
    [
      'a concave L',
      [
        [0, 0],
        [20, 0],
        [20, 5],
        [5, 5],
        [5, 20],
        [0, 20],
        [0, 0],
      ],
    ],
    [
      'a triangle',
      [
        [0, 0],
        [10, 0],
        [5, 8],
        [0, 0],
      ],
    ],
    [
      'repeated consecutive points',
      [
        [0, 0],
        [10, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 10],
        [0, 0],
      ],
    ],
  ])('%s has no crossing', (_name, ring) => {
    expect(findRingCrossing(ring)).toBeNull();
  });

  it.each<[string, R]>([
    [
      'a vertex lying on a far edge',
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [5, 0],
        [0, 10],
        [0, 0],
      ],
    ],
    [
      'two edges overlapping along a line',
      [
        [0, 0],
        [10, 0],
        [10, 5],
        [2, 0],
        [0, 5],
        [0, 0],
      ],
    ],
    // OGC (PostGIS ST_IsValid): a ring must be simple, so touching itself at a vertex is invalid too.
    [
      'a ring touching itself at one vertex',
      [
        [0, 0],
        [10, 0],
        [5, 5],
        [10, 10],
        [0, 10],
        [5, 5],
        [0, 0],
      ],
    ],
    [
      'a crossing far apart in the list',
      [
        [0, 0],
        [100, 0],
        [100, 1],
        [50, 1],
        [50, -5],
        [49, -5],
        [49, 2],
        [0, 2],
        [0, 0],
      ],
    ],
  ])('%s is found', (_name, ring) => {
    expect(findRingCrossing(ring)).not.toBeNull();
  });

  it('stays fast on a ring of 20 000 points (a finely digitised boundary)', () => {
    const n = 20_000;
    const ring: R = [];
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      const r = 1000 + 30 * Math.sin(40 * a);
      ring.push([580_000 + r * Math.cos(a), 6_630_000 + r * Math.sin(a)]);
    }
    ring.push(ring[0] as [number, number]);
    const started = performance.now();
    expect(findRingCrossing(ring)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('the loaders skip a crossing ring instead of repairing it', () => {
  it('names the feature, the edges and where, and says what to do', () => {
    const bowtie = polygon([
      [580_000, 6_630_000],
      [580_100, 6_630_100],
      [580_100, 6_630_000],
      [580_000, 6_630_100],
      [580_000, 6_630_000],
    ]);
    const ok = polygon([
      [580_200, 6_630_000],
      [580_300, 6_630_000],
      [580_300, 6_630_100],
      [580_200, 6_630_000],
    ]);
    const r = loadSites(collection([feature(ok, { id: 'A', name: 'a' }), feature(bowtie, { id: 'B', name: 'b' })]), {
      file: 'x',
      onUnusable: 'skip',
    });
    expect(r.value.map((s) => s.id)).toEqual(['A']);
    expect(r.skipped.map((s) => [s.featureIndex, skipReasonText(s, 'en')])).toEqual([
      [1, 'ring that crosses or touches itself'],
    ]);
    expect(messageOf(r.warnings[0])).toBe(
      'x: features[1] (id "B"): is not a valid polygon: polygon 1 ring 1 (outer) crosses or touches itself: the edge from position 1 meets the edge from position 3 near E 580050 N 6630050 (EPSG:25832). Its area cannot be measured as drawn: repair it (QGIS "Fix geometries", PostGIS ST_MakeValid, or load with --repair / "Reparer geometri"), or remove the feature (skipped this feature; the rest were loaded)',
    );
  });
});
