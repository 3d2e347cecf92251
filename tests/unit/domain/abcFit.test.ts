// Access class from hub distances and the planned-vs-access verdict with its Norwegian and English reason.
import { describe, expect, it } from 'vitest';
import { accessClass, assessAbcFit } from '../../../src/domain/abcFit.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { formatDistance } from '../../../src/domain/distanceText.ts';
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
  if (railM !== null) { byType.tog = { hubId: 'H01', distanceM: railM as Meters }; all.push(['H01', railM]); }
  if (busM !== null) { byType.buss = { hubId: 'H02', distanceM: busM as Meters }; all.push(['H02', busM]); }
  if (boatM !== null) { byType['båt'] = { hubId: 'H10', distanceM: boatM as Meters }; all.push(['H10', boatM]); }
  all.sort((a, b) => a[1] - b[1]);
  const best = all[0];
  return {
    siteId: 's', areaM2: 20000 as SquareMeters, centroid: [0, 0],
    hubId: best?.[0] ?? null, hubDistanceM: (best?.[1] ?? null) as Meters | null, hubCentroidDistanceM: null,
    nearestByType: byType, region: null,
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
    ['A', 'A', 'ok'], ['A', 'B', 'partial'], ['A', 'C', 'mismatch'],
    ['B', 'A', 'ok'], ['B', 'B', 'ok'], ['B', 'C', 'partial'],
    ['C', 'A', 'mismatch'], ['C', 'B', 'partial'], ['C', 'C', 'ok'],
  ];
  it.each(table)('planned %s at an %s location → %s', (planned, access, verdict) => {
    const fit = assessAbcFit(planned, at[access], HUBS, T);
    expect(fit.access).toBe(access);
    expect(fit.verdict).toBe(verdict);
  });

  it('unknown without a planned type, but the access class is still given', () => {
    const fit = assessAbcFit(null, at.B, HUBS, T);
    expect(fit).toMatchObject({ access: 'B', verdict: 'unknown' });
    expect(fit.reasonNb).toBe('Område uten ABC-type, 1,2 km fra nærmeste togstasjon (Asker stasjon): beliggenheten tilsvarer B-område – samsvar kan ikke vurderes uten planlagt type.');
  });
});

describe('reason text', () => {
  it('A-type site 2.4 km from Asker stasjon, in Norwegian and English', () => {
    const fit = assessAbcFit('A', metrics(2432), HUBS, T);
    expect(fit.reasonNb).toBe('A-område 2,4 km fra nærmeste togstasjon (Asker stasjon): beliggenheten tilsvarer C-område – passer dårlig: persontett virksomhet bør ligge ved et kollektivknutepunkt.');
    expect(fit.reasonEn).toBe('A-type site 2.4 km from the nearest rail station (Asker stasjon): the location matches a C-type site – poor fit: people-intensive use belongs at a public-transport hub.');
  });

  it('names a nearer hub of another type, in metres rounded to 10', () => {
    const fit = assessAbcFit('C', metrics(1900, 343), HUBS, T);
    expect(fit.verdict).toBe('partial');
    expect(fit.reasonNb).toBe('C-område 1,9 km fra nærmeste togstasjon (Asker stasjon), 340 m fra nærmeste knutepunkt (Asker bussterminal, buss): beliggenheten tilsvarer B-område – delvis: arealkrevende virksomhet nær et kollektivknutepunkt.');
    expect(fit.reasonEn).toContain('340 m from the nearest hub (Asker bussterminal, bus)');
  });

  it('says so when there is no rail station in the data', () => {
    const fit = assessAbcFit('B', metrics(null, null, 600), HUBS, T);
    expect(fit.reasonNb).toBe('B-område; ingen togstasjon i datagrunnlaget, 600 m fra nærmeste knutepunkt (Vollen, båt): beliggenheten tilsvarer B-område – passer.');
    expect(fit.reasonEn).toContain('B-type site; no rail station in the data, 600 m from the nearest hub (Vollen, boat)');
  });
});

describe('formatDistance', () => {
  it('metres to 10 m below 1 km, else km with one decimal', () => {
    expect(formatDistance(0, 'nb')).toBe('0 m');
    expect(formatDistance(343, 'nb')).toBe('340 m');
    expect(formatDistance(994, 'en')).toBe('990 m');
    expect(formatDistance(996, 'nb')).toBe('1,0 km');
    expect(formatDistance(2432, 'en')).toBe('2.4 km');
    expect(formatDistance(1234567, 'nb')).toBe('1\u00a0234,6 km');
    expect(formatDistance(1234567, 'en')).toBe('1,234.6 km');
  });
});
