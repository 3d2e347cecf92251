// Reads the import's input: one GeoJSON file, or a GTFS feed (a folder, or its stops.txt with the other tables beside
// it).
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { GtfsFiles } from '../../src/data/gtfsHubs.ts';
import { readFeatureInput, readTextFile } from '../cli/common.ts';

export interface InputIo {
  readFile(path: string): Promise<string>;
  /** The file's bytes, for SOSI/GML files that declare their own character set; text is read when absent. */
  readBytes?: (path: string) => Promise<Uint8Array>;
  /** Null when the path does not exist. */
  isDirectory(path: string): Promise<boolean | null>;
  cwd?: string;
}

export type ImportInput =
  | { format: 'geojson'; file: string; text: string | Uint8Array }
  | { format: 'gtfs'; file: string; files: GtfsFiles; read: string[] };

function readText(io: InputIo, path: string, shown: string): Promise<string> {
  return readTextFile((p) => io.readFile(p), path, shown);
}

const GTFS_OPTIONAL: readonly [keyof GtfsFiles, string][] = [
  ['routes', 'routes.txt'],
  ['trips', 'trips.txt'],
  ['stopTimes', 'stop_times.txt'],
  ['calendar', 'calendar.txt'],
  ['calendarDates', 'calendar_dates.txt'],
];

/** True when `given` names a GTFS feed rather than a GeoJSON file. */
export async function isGtfs(io: InputIo, given: string): Promise<boolean> {
  const path = isAbsolute(given) ? given : resolve(io.cwd ?? process.cwd(), given);
  return (await io.isDirectory(path)) === true || /\.(txt|csv)$/i.test(given);
}

/** Reads the input named on the command line (`given`, as shown in messages). Throws DataError. */
export async function readInput(io: InputIo, given: string, gtfs: boolean): Promise<ImportInput> {
  const path = isAbsolute(given) ? given : resolve(io.cwd ?? process.cwd(), given);
  if (!gtfs) return { format: 'geojson', file: given, text: await readFeatureInput(io, path, given) };
  const folder = (await io.isDirectory(path)) === true;
  const dir = folder ? path : dirname(path);
  const shownDir = folder ? given.replace(/[\\/]+$/, '') : dirname(given);
  const stopsPath = folder ? join(dir, 'stops.txt') : path;
  const files: GtfsFiles = { stops: await readText(io, stopsPath, folder ? `${shownDir}/stops.txt` : given) };
  const read = [folder ? 'stops.txt' : basename(given)];
  for (const [key, name] of GTFS_OPTIONAL) {
    const p = join(dir, name);
    if ((await io.isDirectory(p)) !== false) continue;
    files[key] = await readText(io, p, `${shownDir}/${name}`);
    read.push(name);
  }
  return { format: 'gtfs', file: shownDir, files, read };
}
