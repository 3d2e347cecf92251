// Test helper: a hand-made site row with round numbers, and the bundled data through the app's loader and the report
// CLI.
import { report } from '../cli/reportHarness.ts';
import type { SiteRow } from '../../../src/domain/siteRows.ts';
import type { Meters } from '../../../src/domain/types.ts';

export function handRow(partial: Partial<SiteRow> = {}): SiteRow {
  return {
    id: 'T1',
    name: 'Testtomta',
    status: 'fremtidig',
    abc: 'C',
    readiness: 'må reguleres',
    region: 'Asker syd',
    areaM2: 12345.678,
    areaDaa: 12.345678,
    hub: { id: 'H1', name: 'Røyken stasjon', type: 'tog', distanceM: 1234.5 },
    hubCentroidDistanceM: 1300.004,
    nearestByType: { tog: { id: 'H1', name: 'Røyken stasjon', type: 'tog', distanceM: 1234.5 } },
    jobs: { low: 10.5, mid: 20.49, high: 40 },
    jobsToday: 0,
    jobsTodaySource: 'future',
    jobsTodayField: null,
    newJobs: { low: 10.5, mid: 20.49, high: 40 },
    availableYear: 2030,
    newJobsWithinHorizon: { low: 8.4, mid: 16.392, high: 32 },
    fit: {
      planned: 'C',
      access: 'B',
      verdict: 'partial',
      rail: { hubId: 'H1', name: 'Røyken stasjon', type: 'tog', distanceM: 1234.5 as Meters },
      closerHub: null,
    },
    centroidLngLat: [10.4123456789, 59.7123456789],
    ...partial,
  };
}

/** The fields of one site in `npm run report -- --format json`. */
export interface ReportJsonSite {
  id: string;
  name: string;
  status: string | null;
  abc: string | null;
  readiness: string | null;
  region: string | null;
  area_m2: number;
  area_daa: number;
  hub_id: string | null;
  hub_name: string | null;
  hub_type: string | null;
  hub_distance_m: number | null;
  hub_centroid_distance_m: number | null;
  jobs_low: number;
  jobs_mid: number;
  jobs_high: number;
  abc_fit: string;
  abc_access: string;
  jobs_today: number;
  new_jobs_low: number;
  new_jobs_mid: number;
  new_jobs_high: number;
  nearest_by_type: Record<'tog' | 'buss' | 'båt', { hub_id: string; hub_name: string; distance_m: number } | null>;
  centroid_lon: number;
  centroid_lat: number;
}

/** Runs the report CLI on the bundled data (no arguments but the format) and returns its sites. */
export async function reportJsonSites(): Promise<ReportJsonSite[]> {
  const out = await report(['--format', 'json']);
  if (out.code !== 0) throw new Error(`report exited ${out.code}: ${out.stderr}`);
  return (JSON.parse(out.stdout) as { sites: ReportJsonSite[] }).sites;
}
