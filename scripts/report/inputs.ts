// Reads and loads the three input files of the report (given on the command line or the bundled defaults).
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadHubs, loadRegions, loadSites, type LoadInput, type LoadResult } from '../../src/data/loaders.ts';
import { readFeatureInput } from '../cli/common.ts';
import type { CrsSource } from '../../src/data/resolveCrs.ts';
import type { EpsgCode, Hub, Region, Site, Warning } from '../../src/domain/types.ts';
import type { ReportOptions } from './args.ts';

/** The repository root, so the bundled files are found whatever the current directory is. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type InputRole = 'sites' | 'hubs' | 'regions';

export interface InputInfo {
  /** As shown in messages: the path as given, or `geodata/<role>.geojson` for bundled files. */
  file: string;
  bundled: boolean;
  crs: EpsgCode;
  crsSource: CrsSource;
  featureCount: number;
}

export interface ReportWarning extends Warning {
  file: string;
}

export interface LoadedInputs {
  sites: Site[];
  hubs: Hub[];
  regions: Region[];
  inputs: Record<InputRole, InputInfo>;
  warnings: ReportWarning[];
}

export interface FileReader {
  readFile(path: string): Promise<string>;
  /** The file's bytes, for SOSI/GML files that declare their own character set; text is read when absent. */
  readBytes?: (path: string) => Promise<Uint8Array>;
  cwd?: string;
}

function readText(io: FileReader, path: string, file: string): Promise<LoadInput> {
  return readFeatureInput(io, path, file);
}

const LOADERS = { sites: loadSites, hubs: loadHubs, regions: loadRegions } as const;

async function loadOne<T>(role: InputRole, options: ReportOptions, io: FileReader, load: (text: LoadInput, o: { file: string; crs?: EpsgCode }) => LoadResult<T>) {
  const given = options[role];
  const bundled = given === undefined;
  const file = given ?? `geodata/${role}.geojson`;
  const path = bundled ? resolve(REPO_ROOT, file) : isAbsolute(given) ? given : resolve(io.cwd ?? process.cwd(), given);
  const text = await readText(io, path, file);
  // --crs is about the files the user named, never the bundled ones (they carry their own crs member).
  const result = load(text, bundled || options.crs === undefined ? { file } : { file, crs: options.crs });
  const info: InputInfo = { file, bundled, crs: result.crs, crsSource: result.crsSource, featureCount: result.featureCount };
  return { value: result.value, info, warnings: result.warnings.map((w) => ({ ...w, file })) };
}

/** Loads sites, hubs and regions. Throws DataError (bad input) with a message naming file and feature. */
export async function loadInputs(options: ReportOptions, io: FileReader): Promise<LoadedInputs> {
  const sites = await loadOne('sites', options, io, LOADERS.sites);
  const hubs = await loadOne('hubs', options, io, LOADERS.hubs);
  const regions = await loadOne('regions', options, io, LOADERS.regions);
  return {
    sites: sites.value,
    hubs: hubs.value,
    regions: regions.value,
    inputs: { sites: sites.info, hubs: hubs.info, regions: regions.info },
    warnings: [...sites.warnings, ...hubs.warnings, ...regions.warnings],
  };
}
