// Progress of the costly geometry step, for the load dialog's progress bar: every 1 000 sites, in order, never past the
// total.
import { describe, expect, it } from 'vitest';
import { computeGeometryMetrics } from '../../../src/domain/analyse.ts';
import { runLoadJob } from '../../../src/state/loadRunner.ts';
import { hub, rect, site } from './helpers.ts';

const X0 = 580000;
const Y0 = 6630000;
const sites = Array.from({ length: 2500 }, (_, i) => site(`S${i}`, rect(X0 + i * 10, Y0, X0 + i * 10 + 5, Y0 + 5)));
const hubs = [hub('H1', [X0, Y0 - 100])];

describe('analysis progress', () => {
  it('computeGeometryMetrics reports 0, 1 000 and 2 000 of 2 500 sites done', () => {
    const seen: [number, number][] = [];
    const m = computeGeometryMetrics(sites, hubs, [], (done, total) => seen.push([done, total]));
    expect(seen).toEqual([
      [0, 2500],
      [1000, 2500],
      [2000, 2500],
    ]);
    expect(m).toHaveLength(2500);
    // The first site: 5 × 5 m, 100 m north of the hub.
    expect(m[0]?.areaM2).toBeCloseTo(25, 9);
    expect(m[0]?.hubDistanceM).toBeCloseTo(100, 9);
  });

  it('an apply job run inline (no Worker, as in tests) passes the share done to its caller', async () => {
    const shares: number[] = [];
    const reply = await runLoadJob(
      {
        type: 'apply',
        base: {
          sites: [],
          hubs,
          regions: [],
          assumptions: (await import('../../../src/domain/assumptions.ts')).DEFAULT_ASSUMPTIONS,
          warnings: [],
          userFiles: undefined,
        },
        kind: 'sites',
        value: sites,
        file: 'plan.geojson',
        warnings: [],
      },
      (s) => shares.push(s),
    );
    expect(reply.type).toBe('apply');
    expect(shares).toEqual([0, 0.4, 0.8]);
  });
});
