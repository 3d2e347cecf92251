// Which files the user gave (one GeoJSON, or the tables of a GTFS feed) and reading them as text, refusing what cannot
// work.
import type { GtfsFiles } from '../data/gtfsHubs';
import { MAX_CSV_CHARS, MAX_GEOJSON_CHARS, MAX_PLAN_CHARS } from '../data/textChecks';

/** The part of a browser File the dialog uses (a plain object in tests). */
export interface FileLike {
  name: string;
  /** Bytes. */
  size: number;
  text(): Promise<string>;
  /** The raw bytes (browser File has it): SOSI and GML files are decoded by the character set they declare. */
  arrayBuffer?(): Promise<ArrayBuffer>;
}

/** A problem found before the loaders run; same shape as a loader's error, so it is translated the same way. */
export interface LoadProblem {
  code: string;
  file: string;
  /** Facts for the words (e.g. `detail`: an error's own text). */
  params?: Readonly<Record<string, string>>;
}

export type GtfsTable = keyof GtfsFiles;

/** GTFS tables the hub loader reads, by file name; other tables of a feed (agency.txt, shapes.txt …) are not read at
 * all. */
const GTFS_TABLES: Readonly<Record<string, GtfsTable>> = {
  'stops.txt': 'stops',
  'routes.txt': 'routes',
  'trips.txt': 'trips',
  'stop_times.txt': 'stopTimes',
  'calendar.txt': 'calendar',
  'calendar_dates.txt': 'calendarDates',
};

/** The feed's name in messages: `GTFS/stops.txt: line 3 …`. */
export const GTFS_NAME = 'GTFS';

export type Selection =
  | { type: 'geojson'; file: FileLike }
  | { type: 'gtfs'; tables: Partial<Record<GtfsTable, FileLike>> }
  | { type: 'error'; problem: LoadProblem };

export type ChosenData =
  /** One feature file: GeoJSON text, or a SOSI/GML file's bytes (the loaders decode them by their declaration). */
  | { type: 'geojson'; name: string; text: string | Uint8Array }
  | { type: 'gtfs'; name: string; files: GtfsFiles; tableNames: string[] };

/** One file of features: GeoJSON, SOSI (.sos, .sosi) or GML (.gml, .xml). */
const FEATURE_FILE_EXTENSIONS = new Set(['geojson', 'json', 'sos', 'sosi', 'gml', 'xml']);
/** Read as bytes, since they declare their own character set. */
const PLAN_EXTENSIONS = new Set(['sos', 'sosi', 'gml', 'xml']);

const lower = (f: FileLike): string => f.name.toLowerCase();
const extension = (f: FileLike): string => {
  const dot = f.name.lastIndexOf('.');
  return dot < 0 ? '' : f.name.slice(dot + 1).toLowerCase();
};

/**
 * One GeoJSON file (.geojson/.json, or a single file of another name, which the parser then judges), or
 * GTFS tables (stops.txt with optional others; a lone .csv is read as stops.txt). A zip, two GeoJSON
 * files, or GeoJSON mixed with GTFS is refused with a code whose words (src/i18n) say what to choose instead.
 */
export function selectFiles(files: readonly FileLike[]): Selection {
  const zip = files.find((f) => extension(f) === 'zip');
  if (zip) return { type: 'error', problem: { code: 'zip-file', file: zip.name } };
  const geojson = files.filter((f) => FEATURE_FILE_EXTENSIONS.has(extension(f)));
  const tables = files.filter((f) => Object.hasOwn(GTFS_TABLES, lower(f)));
  const csv = files.filter((f) => extension(f) === 'csv');
  const tooMany: Selection = {
    type: 'error',
    problem: { code: 'load-too-many-files', file: files.map((f) => f.name).join(', ') },
  };
  if (geojson.length > 1 || (geojson.length === 1 && tables.length + csv.length > 0)) return tooMany;
  if (geojson.length === 1) return { type: 'geojson', file: geojson[0] as FileLike };
  if (tables.length > 0 || csv.length > 0) {
    const chosen: Partial<Record<GtfsTable, FileLike>> = {};
    for (const f of tables) chosen[GTFS_TABLES[lower(f)] as GtfsTable] = f;
    if (!chosen.stops && csv.length === 1 && tables.length === 0) chosen.stops = csv[0] as FileLike;
    if (!chosen.stops) {
      return { type: 'error', problem: { code: 'gtfs-no-stops-file', file: GTFS_NAME } };
    }
    return { type: 'gtfs', tables: chosen };
  }
  if (files.length === 1) return { type: 'geojson', file: files[0] as FileLike };
  return tooMany;
}

const MB = 1024 * 1024;

/**
 * Files far over the loaders' limit are refused before reading, so a huge file never fills the tab's
 * memory. The limit counts characters; GeoJSON and GTFS are nearly all ASCII, so twice the limit in bytes
 * is surely over it. Anything smaller is read and left to the loaders' exact check.
 */
function tooLarge(f: FileLike, limitChars: number): LoadProblem | null {
  if (f.size <= 2 * limitChars) return null;
  // Facts only; the words are src/i18n's ('file-too-large'), with this limit (GTFS tables have a larger one).
  return {
    code: 'file-too-large',
    file: f.name,
    params: { limitMb: String(Math.round(limitChars / MB)), detail: `${(f.size / MB).toFixed(1)} MB` },
  };
}

async function readText(f: FileLike): Promise<string | LoadProblem> {
  try {
    return await f.text();
  } catch (e) {
    return { code: 'file-unreadable', file: f.name, params: { detail: e instanceof Error ? e.message : String(e) } };
  }
}

async function readBytes(f: FileLike & { arrayBuffer(): Promise<ArrayBuffer> }): Promise<Uint8Array | LoadProblem> {
  try {
    return new Uint8Array(await f.arrayBuffer());
  } catch (e) {
    return { code: 'file-unreadable', file: f.name, params: { detail: e instanceof Error ? e.message : String(e) } };
  }
}

/**
 * Reads the chosen files: GeoJSON and GTFS as UTF-8 text (bad bytes become U+FFFD, which the loaders report
 * as a wrong encoding); SOSI and GML as bytes, which the loaders decode by the character set the file declares.
 */
export async function readSelection(
  selection: Exclude<Selection, { type: 'error' }>,
): Promise<ChosenData | LoadProblem> {
  if (selection.type === 'geojson') {
    const f = selection.file;
    const plan = PLAN_EXTENSIONS.has(extension(f));
    const big = tooLarge(f, plan ? MAX_PLAN_CHARS : MAX_GEOJSON_CHARS);
    if (big) return big;
    if (plan && f.arrayBuffer) {
      const bytes = await readBytes(f as FileLike & { arrayBuffer(): Promise<ArrayBuffer> });
      return bytes instanceof Uint8Array ? { type: 'geojson', name: f.name, text: bytes } : bytes;
    }
    const text = await readText(f);
    return typeof text === 'string' ? { type: 'geojson', name: f.name, text } : text;
  }
  const entries = Object.entries(selection.tables) as [GtfsTable, FileLike][];
  for (const [, f] of entries) {
    const big = tooLarge(f, MAX_CSV_CHARS);
    if (big) return big;
  }
  const files: Partial<GtfsFiles> = {};
  for (const [table, f] of entries) {
    const text = await readText(f);
    if (typeof text !== 'string') return text;
    files[table] = text;
  }
  return { type: 'gtfs', name: GTFS_NAME, files: files as GtfsFiles, tableNames: entries.map(([, f]) => f.name) };
}
