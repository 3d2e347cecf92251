// Expected values for the browser tests, taken from the command-line report (the same engine, run outside the app).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface ReportSite {
  id: string;
  name: string;
  status: string | null;
  abc: 'A' | 'B' | 'C' | null;
  region: string | null;
  area_m2: number;
  area_daa: number;
  hub_distance_m: number | null;
  jobs_low: number;
  jobs_mid: number;
  jobs_high: number;
  jobs_today: number;
  new_jobs_low: number;
  new_jobs_mid: number;
  new_jobs_high: number;
  centroid_lon: number;
  centroid_lat: number;
}

let cached: ReportSite[] | null = null;

/** Runs `tsx scripts/report.ts --format json` once per test process and returns its sites. */
export function reportSites(): ReportSite[] {
  if (cached) return cached;
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const out = execFileSync(tsx, ['scripts/report.ts', '--format', 'json'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const doc = JSON.parse(out) as { sites?: ReportSite[] };
  if (!Array.isArray(doc.sites) || doc.sites.length === 0) throw new Error('the report JSON has no sites');
  cached = doc.sites;
  return cached;
}
