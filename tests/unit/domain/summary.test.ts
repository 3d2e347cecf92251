// Summary totals: grouping by region × status × ABC, per-region and grand totals, share of area near a hub.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { summarise } from '../../../src/domain/summary.ts';
import type { AbcType, Meters, Site, SiteResult, SiteStatus, SquareMeters } from '../../../src/domain/types.ts';
import { rect, site } from './helpers.ts';

function result(id: string, region: string | null, areaDaa: number, hubM: number | null, jobsMid: number): SiteResult {
  return {
    siteId: id,
    areaM2: (areaDaa * 1000) as SquareMeters,
    centroid: [0, 0],
    hubId: hubM === null ? null : 'H',
    hubDistanceM: hubM as Meters | null,
    hubCentroidDistanceM: null,
    nearestByType: {},
    region,
    areaDaa,
    jobs: { low: jobsMid / 2, mid: jobsMid, high: jobsMid * 2 },
    // Hand-made: a tenth of the mid capacity is there today; half the new jobs come within the horizon.
    jobsToday: jobsMid / 10,
    jobsTodaySource: 'data',
    jobsTodayField: 'jobs_today',
    newJobs: { low: jobsMid * 0.4, mid: jobsMid * 0.9, high: jobsMid * 1.9 },
    availableYear: 2026,
    newJobsWithinHorizon: { low: jobsMid * 0.2, mid: jobsMid * 0.45, high: jobsMid * 0.95 },
    fit: { planned: 'C', access: 'C', verdict: 'ok', rail: null, closerHub: null },
  };
}

function s(id: string, status: SiteStatus | null, abc: AbcType | null): Site {
  return site(id, rect(0, 0, 1, 1), { status, abc });
}

// near = within 1 000 m (DEFAULT_ASSUMPTIONS.nearHubM)
const sites = [
  s('1', 'eksisterende', 'A'),
  s('2', 'eksisterende', 'A'),
  s('3', 'fremtidig', 'C'),
  s('4', 'fremtidig', null),
  s('5', 'eksisterende', 'B'),
];
const results = [
  result('1', 'Asker nord', 10, 0, 100),
  result('2', 'Asker nord', 30, 1500, 300),
  result('3', 'Asker syd', 40, 1000, 50),
  result('4', 'Asker syd', 20, null, 0),
  result('5', null, 5, 200, 10),
];

describe('summarise', () => {
  const sum = summarise(sites, results, DEFAULT_ASSUMPTIONS);

  it('groups by region × status × ABC type, regions by name and outside-all-regions last', () => {
    expect(sum.rows.map((r) => [r.region, r.status, r.abc, r.sites])).toEqual([
      ['Asker nord', 'eksisterende', 'A', 2],
      ['Asker syd', 'fremtidig', 'C', 1],
      ['Asker syd', 'fremtidig', null, 1],
      [null, 'eksisterende', 'B', 1],
    ]);
  });

  it('adds daa and jobs, and the share of area within nearHubM (inclusive) of a hub', () => {
    const nordA = sum.rows[0];
    expect(nordA?.areaDaa).toBe(40);
    expect(nordA?.jobs).toEqual({ low: 200, mid: 400, high: 800 });
    expect(nordA?.shareAreaNearHub).toBeCloseTo(10 / 40, 12);
    expect(sum.rows[1]?.shareAreaNearHub).toBe(1); // exactly 1 000 m counts as near
    expect(sum.rows[2]?.shareAreaNearHub).toBe(0); // no hub at all
  });

  it('gives per-region and grand totals', () => {
    expect(sum.byRegion.map((r) => [r.region, r.status, r.abc, r.sites, r.areaDaa, r.jobs.mid])).toEqual([
      ['Asker nord', null, null, 2, 40, 400],
      ['Asker syd', null, null, 2, 60, 50],
      [null, null, null, 1, 5, 10],
    ]);
    expect(sum.byRegion[1]?.shareAreaNearHub).toBeCloseTo(40 / 60, 12);
    expect(sum.total).toMatchObject({ region: null, status: null, abc: null, sites: 5, areaDaa: 105 });
    expect(sum.total.jobs.mid).toBe(460);
    expect(sum.total.shareAreaNearHub).toBeCloseTo((10 + 40 + 5) / 105, 12);
  });

  it('uses the nearHubM of the assumptions given', () => {
    const wide = summarise(sites, results, { ...DEFAULT_ASSUMPTIONS, nearHubM: 2000 });
    expect(wide.total.shareAreaNearHub).toBeCloseTo(85 / 105, 12);
  });

  it('is empty but well-formed with no sites, and refuses mismatched inputs', () => {
    const empty = summarise([], [], DEFAULT_ASSUMPTIONS);
    expect(empty.rows).toEqual([]);
    expect(empty.total).toMatchObject({ sites: 0, areaDaa: 0, shareAreaNearHub: 0 });
    expect(() => summarise(sites, results.slice(1), DEFAULT_ASSUMPTIONS)).toThrow(/must match/);
  });
});
