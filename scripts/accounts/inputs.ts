// Reads and loads the inputs of the land accounts: two plan versions, the regions (bundled by default), farmland.
import { isAbsolute, resolve } from 'node:path';
import { loadFarmland, loadPlanVersion, loadRegions, type LoadResult } from '../../src/data/loaders.ts';
import type { CrsSource } from '../../src/data/resolveCrs.ts';
import type { PlanArea } from '../../src/domain/accounts/types.ts';
import type { EpsgCode, MultiPolygonXY, Region } from '../../src/domain/types.ts';
import { readTextFile } from '../cli/common.ts';
import { REPO_ROOT, type FileReader, type ReportWarning } from '../report/inputs.ts';
import type { AccountsOptions } from './args.ts';

export type AccountsRole = 'before' | 'after' | 'regions' | 'farmland';

export interface AccountsInputInfo {
  file: string;
  bundled: boolean;
  crs: EpsgCode;
  crsSource: CrsSource;
  featureCount: number;
  /** Features used, after the loaders' rules (e.g. AR5 types that are not farmland are left out). */
  used: number;
}

export interface LoadedAccountsInputs {
  before: PlanArea[];
  after: PlanArea[];
  regions: Region[];
  farmland: MultiPolygonXY[] | null;
  inputs: Partial<Record<AccountsRole, AccountsInputInfo>>;
  warnings: ReportWarning[];
}

type Loader<T> = (text: string, o: { file: string; crs?: EpsgCode; repair?: boolean }) => LoadResult<T[]>;

async function loadOne<T>(
  given: string | undefined,
  fallback: string,
  options: AccountsOptions,
  io: FileReader,
  load: Loader<T>,
) {
  const bundled = given === undefined;
  const file = given ?? fallback;
  const path = bundled ? resolve(REPO_ROOT, file) : isAbsolute(given) ? given : resolve(io.cwd ?? process.cwd(), given);
  const text = await readTextFile((p) => io.readFile(p), path, file);
  const base = { file, repair: options.repair };
  const result = load(text, bundled || options.crs === undefined ? base : { ...base, crs: options.crs });
  const info: AccountsInputInfo = {
    file,
    bundled,
    crs: result.crs,
    crsSource: result.crsSource,
    featureCount: result.featureCount,
    used: result.value.length,
  };
  return { value: result.value, info, warnings: result.warnings.map((w) => ({ ...w, file })) };
}

/** Loads every input; throws DataError (bad input) naming the file and the feature. */
export async function loadAccountsInputs(options: AccountsOptions, io: FileReader): Promise<LoadedAccountsInputs> {
  const before = await loadOne(options.before, '', options, io, loadPlanVersion);
  const after = await loadOne(options.after, '', options, io, loadPlanVersion);
  const regions = await loadOne(options.regions, 'geodata/regions.geojson', options, io, loadRegions);
  const farmland =
    options.farmland === undefined ? null : await loadOne(options.farmland, '', options, io, loadFarmland);
  const inputs: LoadedAccountsInputs['inputs'] = { before: before.info, after: after.info, regions: regions.info };
  if (farmland) inputs.farmland = farmland.info;
  return {
    before: before.value,
    after: after.value,
    regions: regions.value,
    farmland: farmland?.value ?? null,
    inputs,
    warnings: [...before.warnings, ...after.warnings, ...regions.warnings, ...(farmland?.warnings ?? [])],
  };
}
