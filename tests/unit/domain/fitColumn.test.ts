// assessSites reads each site's ABC fit from a column kept per metrics array (abcFit.ts fitColumnFor); the fits must
// be those assessAbcFit gives, through planned-type and threshold changes, and when the metrics array changes.
import { describe, expect, it } from 'vitest';
import { assessAbcFit, assessAbcFitAt, fitColumnFor } from '../../../src/domain/abcFit.ts';
import { assessSites, computeGeometryMetrics, hubLookup } from '../../../src/domain/analyse.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import type { AbcType, Assumptions, Hub, Site } from '../../../src/domain/types.ts';
import { hub, rect, site } from './helpers.ts';

// Three sites east of a rail station at x = 0: 200 m (access A), 1 200 m (B) and 3 000 m (C) from its edge.
const HUBS: Hub[] = [hub('T', [0, 0], 'tog', 'Stasjon'), hub('B1', [3100, 0], 'buss', 'Buss')];
const SITES: Site[] = [
  site('near', rect(200, -50, 300, 50), { abc: 'A' }),
  site('mid', rect(1200, -50, 1300, 50), { abc: 'A' }),
  site('far', rect(3000, -50, 3050, 50), { abc: null }),
];

function withRailA(m: number): Assumptions {
  return { ...DEFAULT_ASSUMPTIONS, accessibility: { ...DEFAULT_ASSUMPTIONS.accessibility, aMaxRailM: m } };
}

describe('the fit column of assessSites', () => {
  it('gives the fits assessAbcFit gives, hand-checked: A/A ok, A/B partial, none/B unknown', () => {
    const metrics = computeGeometryMetrics(SITES, HUBS, []);
    const results = assessSites(SITES, metrics, HUBS, DEFAULT_ASSUMPTIONS);
    expect(results.map((r) => [r.fit.planned, r.fit.access, r.fit.verdict])).toEqual([
      ['A', 'A', 'ok'],
      ['A', 'B', 'partial'],
      // 3 000 m from rail, 50 m from the bus stop: B by the any-hub rule.
      [null, 'B', 'unknown'],
    ]);
    expect(results[1]?.fit.rail).toEqual({ hubId: 'T', name: 'Stasjon', type: 'tog', distanceM: 1200 });
    expect(results[2]?.fit.closerHub).toEqual({ hubId: 'B1', name: 'Buss', type: 'buss', distanceM: 50 });
    const lookup = hubLookup(HUBS);
    results.forEach((r, i) => {
      const s = SITES[i] as Site;
      expect(r.fit).toEqual(assessAbcFit(s.abc, metrics[i]!, lookup, DEFAULT_ASSUMPTIONS.accessibility));
    });
  });

  it('keeps the same fit object across re-assessments that change nothing about it', () => {
    const metrics = computeGeometryMetrics(SITES, HUBS, []);
    const first = assessSites(SITES, metrics, HUBS, DEFAULT_ASSUMPTIONS);
    const again = assessSites(SITES, metrics, HUBS, { ...DEFAULT_ASSUMPTIONS, landPerJobTodayM2: 300 });
    again.forEach((r, i) => expect(r.fit).toBe(first[i]?.fit));
  });

  it('follows a threshold change and a planned-type change (and back)', () => {
    const metrics = computeGeometryMetrics(SITES, HUBS, []);
    // aMaxRailM 1 500: the 1 200 m site becomes A.
    const wide = assessSites(SITES, metrics, HUBS, withRailA(1500));
    expect(wide[1]?.fit.access).toBe('A');
    expect(wide[1]?.fit.verdict).toBe('ok');
    const back = assessSites(SITES, metrics, HUBS, DEFAULT_ASSUMPTIONS);
    expect(back[1]?.fit.verdict).toBe('partial');
    const retyped = SITES.map((s) => ({ ...s, abc: 'C' as AbcType }));
    const c = assessSites(retyped, metrics, HUBS, DEFAULT_ASSUMPTIONS);
    expect(c.map((r) => r.fit.verdict)).toEqual(['mismatch', 'partial', 'partial']);
  });

  it('does not hand one metrics object the fit of another at the same index', () => {
    const metrics = computeGeometryMetrics(SITES, HUBS, []);
    const lookup = hubLookup(HUBS);
    const col = fitColumnFor(metrics, lookup);
    const t = DEFAULT_ASSUMPTIONS.accessibility;
    expect(assessAbcFitAt(col, 0, 'A', metrics[0]!, t).verdict).toBe('ok');
    // Another site's metrics at index 0 (an array edited in place): its own fit, not the kept one.
    expect(assessAbcFitAt(col, 0, 'A', metrics[2]!, t)).toEqual(assessAbcFit('A', metrics[2]!, lookup, t));
    expect(assessAbcFitAt(col, 0, 'A', metrics[2]!, t).verdict).toBe('partial');
  });

  it('makes a new column when the hubs change', () => {
    const metrics = computeGeometryMetrics(SITES, HUBS, []);
    const a = fitColumnFor(metrics, hubLookup(HUBS));
    expect(fitColumnFor(metrics, hubLookup(HUBS))).toBe(a);
    expect(fitColumnFor(metrics, hubLookup([...HUBS]))).not.toBe(a);
  });
});
