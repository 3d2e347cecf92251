// Access class from hub distances and the planned-vs-access verdict with the hubs it names (words:
// tests/unit/i18n/fit.test.ts).
import { describe, expect, it } from 'vitest';
import { accessClass, assessAbcFit } from '../../../src/domain/abcFit.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import type { AbcType, Hub, Meters, SiteGeometryMetrics, SquareMeters } from '../../../src/domain/types.ts';
import { hub } from './helpers.ts';

const T = DEFAULT_ASSUMPTIONS.accessibility; // A: tog ≤ 800 m; B: tog ≤ 1 500 m or any hub ≤ 1 000 m
const HUBS = new Map<string, Hub>([
  ['H01', hub('H01', [580407, 6633751], 'tog', 'Asker stasjon')],
  ['H02', hub('H02', [580367, 6633717], 'buss', 'Asker bussterminal')],
  ['H10', hub('H10', [583322, 6630907], 'båt', 'Vollen')],
]);

/** Metrics with the given distances: rail to H01, bus to H02, boat to H10; the overall nearest is the smallest. */
function metrics(railM: number | null, busM: number | null = null, boatM: number | null = null): SiteGeometryMetrics {
  const byType: SiteGeometryMetrics['nearestByType'] = {};
  const all: [string, number][] = [];
  if (railM !== null) {
    byType.tog = { hubId: 'H01', distanceM: railM as Meters };
    all.push(['H01', railM]);
  }
  if (busM !== null) {
    byType.buss = { hubId: 'H02', distanceM: busM as Meters };
    all.push(['H02', busM]);
  }
  if (boatM !== null) {
    byType['båt'] = { hubId: 'H10', distanceM: boatM as Meters };
    all.push(['H10', boatM]);
  }
  all.sort((a, b) => a[1] - b[1]);
  const best = all[0];
  return {
    siteId: 's',
    areaM2: 20000 as SquareMeters,
    centroid: [0, 0],
    hubId: best?.[0] ?? null,
    hubDistanceM: (best?.[1] ?? null) as Meters | null,
    hubCentroidDistanceM: null,
    nearestByType: byType,
    region: null,
  };
}

describe('accessClass', () => {
  it('A within 800 m of rail (inclusive), B up to 1 500 m, C beyond', () => {
    expect(accessClass(metrics(800), T)).toBe('A');
    expect(accessClass(metrics(801), T)).toBe('B');
    expect(accessClass(metrics(1500), T)).toBe('B');
    expect(accessClass(metrics(1501), T)).toBe('C');
  });

  it('B within 1 000 m of any hub when rail is far; C without any hub', () => {
    expect(accessClass(metrics(5000, 1000), T)).toBe('B');
    expect(accessClass(metrics(5000, 1001), T)).toBe('C');
    expect(accessClass(metrics(null, null, 300), T)).toBe('B');
    expect(accessClass(metrics(null), T)).toBe('C');
  });

  it('follows edited thresholds', () => {
    expect(accessClass(metrics(1000), { ...T, aMaxRailM: 1200 })).toBe('A');
  });
});

describe('assessAbcFit verdicts', () => {
  // planned → [distance giving access A, B, C] → expected verdicts
  const at = { A: metrics(500), B: metrics(1200), C: metrics(2400) };
  const table: [AbcType, AbcType, string][] = [
    ['A', 'A', 'ok'],
    ['A', 'B', 'partial'],
    ['A', 'C', 'mismatch'],
    ['B', 'A', 'ok'],
    ['B', 'B', 'ok'],
    ['B', 'C', 'partial'],
    ['C', 'A', 'mismatch'],
    ['C', 'B', 'partial'],
    ['C', 'C', 'ok'],
  ];
  it.each(table)('planned %s at an %s location → %s', (planned, access, verdict) => {
    const fit = assessAbcFit(planned, at[access], HUBS, T);
    expect(fit.access).toBe(access);
    expect(fit.verdict).toBe(verdict);
  });

  it('unknown without a planned type, but the access class is still given', () => {
    const fit = assessAbcFit(null, at.B, HUBS, T);
    expect(fit).toMatchObject({ access: 'B', verdict: 'unknown' });
    expect(fit.planned).toBeNull();
  });
});

describe('the fit as facts: which hubs, how far', () => {
  it('names the rail station with its distance, and no closer hub when the station is nearest', () => {
    const fit = assessAbcFit('A', metrics(2432), HUBS, T);
    expect(fit).toEqual({
      planned: 'A',
      access: 'C',
      verdict: 'mismatch',
      rail: { hubId: 'H01', name: 'Asker stasjon', type: 'tog', distanceM: 2432 },
      closerHub: null,
    });
  });

  it('names a nearer hub of another type', () => {
    const fit = assessAbcFit('C', metrics(1900, 343), HUBS, T);
    expect(fit.verdict).toBe('partial');
    expect(fit.closerHub).toEqual({ hubId: 'H02', name: 'Asker bussterminal', type: 'buss', distanceM: 343 });
  });

  it('has no rail station when the data has none', () => {
    const fit = assessAbcFit('B', metrics(null, null, 600), HUBS, T);
    expect(fit.rail).toBeNull();
    expect(fit.closerHub).toMatchObject({ hubId: 'H10', name: 'Vollen', type: 'båt' });
  });

  it('falls back to the id, and no type, for a hub the lookup lacks', () => {
    const fit = assessAbcFit('B', metrics(1900, 343), new Map(), T);
    expect(fit.rail).toMatchObject({ hubId: 'H01', name: 'H01' });
    expect(fit.closerHub).toMatchObject({ hubId: 'H02', name: 'H02', type: null });
  });

  it('carries no sentence: every value is a code, a name from the data or a number', () => {
    const fit = assessAbcFit('A', metrics(2432), HUBS, T);
    expect(Object.keys(fit).sort()).toEqual(['access', 'closerHub', 'planned', 'rail', 'verdict']);
  });
});
