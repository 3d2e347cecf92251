// Reads and loads the three input files of the report (given on the command line or the bundled defaults).
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadHubs, loadRegions, loadSites, type LoadInput, type LoadResult } from '../../src/data/loaders.ts';
import { readFeatureInput } from '../cli/common.ts';
import { translator } from '../../src/i18n/index.ts';
import { layerSource, loadProfile, profileAssumptions, type LayerSource, type LoadedProfile } from '../cli/profile.ts';
import type { KommuneProfile } from '../../src/domain/kommuneProfile.ts';
import type { Bbox } from '../../src/data/resolveCrs.ts';
import type { CrsSource } from '../../src/data/resolveCrs.ts';
import { DEFAULT_ASSUMPTIONS } from '../../src/domain/assumptions.ts';
import type { Assumptions, EpsgCode, Hub, Region, Site, Warning } from '../../src/domain/types.ts';
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
  /** The warning in the CLI's language, from the catalogue in src/i18n: set by the CLI's own warnings, and for the
   * loaders' (which are facts only) by withWords (scripts/cli/problemLine.ts) before anything is written. */
  text?: string;
}

export interface LoadedInputs {
  sites: Site[];
  hubs: Hub[];
  regions: Region[];
  inputs: Record<InputRole, InputInfo>;
  warnings: ReportWarning[];
  /** The kommune profile the report is for (file as shown, and whether it is the bundled one). */
  profile: KommuneProfile & { file: string; bundled: boolean };
  /** The profile's capacity and accessibility assumptions (the engine's defaults when it has none). */
  assumptions: Assumptions;
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

type Loader<T> = (
  text: LoadInput,
  o: { file: string; crs?: EpsgCode; referenceLngLatBbox?: Bbox; repair?: boolean },
) => LoadResult<T>;

async function loadOne<T>(role: InputRole, options: ReportOptions, io: FileReader, lp: LoadedProfile, load: Loader<T>) {
  const given = options[role];
  const cwd = io.cwd ?? process.cwd();
  const source = given === undefined ? layerSource(lp, role, cwd, translator(options.lang), options.lang) : null;
  const bundled = given === undefined && lp.bundled;
  const file = given ?? (source as LayerSource).shown;
  const text =
    given !== undefined
      ? await readText(io, isAbsolute(given) ? given : resolve(cwd, given), given)
      : source?.kind === 'inline'
        ? source.text
        : await readText(io, (source as { path: string }).path, file);
  // --crs is about the files the user named, never the profile's (they carry their own crs member).
  const base = { file, referenceLngLatBbox: lp.profile.referenceLngLatBbox, repair: options.repair };
  const result = load(text, given === undefined || options.crs === undefined ? base : { ...base, crs: options.crs });
  const info: InputInfo = {
    file,
    bundled,
    crs: result.crs,
    crsSource: result.crsSource,
    featureCount: result.featureCount,
  };
  return { value: result.value, info, warnings: result.warnings.map((w) => ({ ...w, file })) };
}

/** Loads the profile, then sites, hubs and regions (each from the command line or the profile). Throws DataError. */
export async function loadInputs(options: ReportOptions, io: FileReader): Promise<LoadedInputs> {
  const t = translator(options.lang);
  const lp = await loadProfile(options.profile, (p) => io.readFile(p), io.cwd ?? process.cwd(), t);
  const sites = await loadOne('sites', options, io, lp, LOADERS.sites);
  const hubs = await loadOne('hubs', options, io, lp, LOADERS.hubs);
  const regions = await loadOne('regions', options, io, lp, LOADERS.regions);
  return {
    sites: sites.value,
    hubs: hubs.value,
    regions: regions.value,
    inputs: { sites: sites.info, hubs: hubs.info, regions: regions.info },
    warnings: [...sites.warnings, ...hubs.warnings, ...regions.warnings],
    profile: { ...lp.profile, file: lp.file, bundled: lp.bundled },
    assumptions: (await profileAssumptions(lp, (p) => io.readFile(p), t, options.lang)) ?? DEFAULT_ASSUMPTIONS,
  };
}
