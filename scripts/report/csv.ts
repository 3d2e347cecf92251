// The CSV output of the report: a fixed column contract that automation depends on (see --help).
import { wholeNewJobs } from '../../src/domain/capacity.ts';
import type { Hub, Site, SiteResult } from '../../src/domain/types.ts';
import type { SiteRow } from './model.ts';

export { wholeNewJobs };

/**
 * The exact header, in order. Changing it breaks consumers: add columns only at the end, and say so. The first 15 are
 * the original contract; jobs_today and the new_jobs columns were appended for issue 9.
 */
export const CSV_COLUMNS = [
  'id',
  'name',
  'status',
  'abc',
  'region',
  'area_m2',
  'area_daa',
  'hub_id',
  'hub_name',
  'hub_distance_m',
  'hub_centroid_distance_m',
  'jobs_low',
  'jobs_mid',
  'jobs_high',
  'abc_fit',
  'jobs_today',
  'new_jobs_low',
  'new_jobs_mid',
  'new_jobs_high',
] as const;

/** Fixed decimals with '.' as decimal mark; null → empty. */
export function fixed(value: number | null, decimals: number): string {
  return value === null ? '' : value.toFixed(decimals);
}

/** Jobs are whole people: rounded half away from zero (all values are ≥ 0). */
export function wholeJobs(value: number): number {
  return Math.round(value);
}

/** RFC 4180: quote a field containing a comma, double quote, CR or LF; double the quotes inside. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row of values (formatted text, unquoted) per site, keyed like CSV_COLUMNS. */
export function csvValues(row: SiteRow): Record<(typeof CSV_COLUMNS)[number], string> {
  return {
    id: row.id,
    name: row.name,
    status: row.status ?? '',
    abc: row.abc ?? '',
    region: row.region ?? '',
    area_m2: fixed(row.areaM2, 2),
    area_daa: fixed(row.areaDaa, 3),
    hub_id: row.hub?.id ?? '',
    hub_name: row.hub?.name ?? '',
    hub_distance_m: fixed(row.hub?.distanceM ?? null, 2),
    hub_centroid_distance_m: fixed(row.hubCentroidDistanceM, 2),
    jobs_low: String(wholeJobs(row.jobs.low)),
    jobs_mid: String(wholeJobs(row.jobs.mid)),
    jobs_high: String(wholeJobs(row.jobs.high)),
    abc_fit: row.fit.verdict,
    jobs_today: String(row.jobsToday),
    new_jobs_low: String(wholeNewJobs(row.jobs.low, row.jobsToday)),
    new_jobs_mid: String(wholeNewJobs(row.jobs.mid, row.jobsToday)),
    new_jobs_high: String(wholeNewJobs(row.jobs.high, row.jobsToday)),
  };
}

/** Header + one line per site, LF line ends, ending with a newline. */
export function formatCsv(rows: readonly SiteRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const values = csvValues(row);
    lines.push(CSV_COLUMNS.map((c) => csvField(values[c])).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The same CSV straight from the engine's results, without building the SiteRow objects first (each with its hub
 * references: on a large plan that costs more than the CSV itself). Field for field what csvValues gives for
 * siteRows(sites, results, hubs); tests/unit/cli/reportCsvDirect.test.ts holds the two to the same bytes.
 */
export function formatCsvFromResults(
  sites: readonly Site[],
  results: readonly SiteResult[],
  hubs: readonly Hub[],
): string {
  const hubsById = new Map(hubs.map((h) => [h.id, h]));
  const lines = new Array<string>(sites.length + 1);
  lines[0] = CSV_COLUMNS.join(',');
  const fields = new Array<string>(CSV_COLUMNS.length);
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i] as Site;
    const r = results[i];
    if (!r || r.siteId !== site.id)
      throw new Error(`engine result ${i} does not belong to site ${JSON.stringify(site.id)}`);
    // As siteRows' hubRef: no hub (or one the lookup does not know) leaves the three hub fields empty.
    const hub = r.hubId === null || r.hubDistanceM === null ? undefined : hubsById.get(r.hubId);
    const { low, mid, high } = r.jobs;
    const today = r.jobsToday;
    fields[0] = csvField(site.id);
    fields[1] = csvField(site.name);
    fields[2] = csvField(site.status ?? '');
    fields[3] = csvField(site.abc ?? '');
    fields[4] = csvField(r.region ?? '');
    fields[5] = fixed(r.areaM2, 2);
    fields[6] = fixed(r.areaDaa, 3);
    fields[7] = hub ? csvField(hub.id) : '';
    fields[8] = hub ? csvField(hub.name) : '';
    fields[9] = hub ? fixed(r.hubDistanceM, 2) : '';
    fields[10] = fixed(r.hubCentroidDistanceM, 2);
    fields[11] = String(wholeJobs(low));
    fields[12] = String(wholeJobs(mid));
    fields[13] = String(wholeJobs(high));
    fields[14] = csvField(r.fit.verdict);
    fields[15] = String(today);
    fields[16] = String(wholeNewJobs(low, today));
    fields[17] = String(wholeNewJobs(mid, today));
    fields[18] = String(wholeNewJobs(high, today));
    lines[i + 1] = fields.join(',');
  }
  return `${lines.join('\n')}\n`;
}
