// The land-accounts job: read the plan versions (and farmland), overlay them, and say how each file was read.
// Pure apart from the progress callback, so it runs the same in the worker and inline (tests, no Worker).
import { computeAccounts } from '../domain/accounts/accounts';
import { capacityChange, type CapacityChangeRow } from '../domain/accounts/capacityChange';
import { accountsRows, type AccountsRow } from '../domain/accounts/rows';
import type { ChangePiece } from '../domain/accounts/types';
import { DEFAULT_ASSUMPTIONS } from '../domain/assumptions';
import type { Region } from '../domain/types';
import { DataError, loadFarmland, loadPlanVersion, safeLoad, type LoadResult } from '../data/loaders';

export type AccountsSlot = 'before' | 'after' | 'farmland';

export interface AccountsFile {
  name: string;
  text: string;
}

export interface AccountsRequest {
  before: AccountsFile;
  after: AccountsFile;
  farmland: AccountsFile | null;
  regions: Region[];
}

/** How one file was read, for the preview beside its slot. */
export interface FileReading {
  slot: AccountsSlot;
  file: string;
  features: number;
  /** Business land features (plan versions) or farmland polygons used. */
  business: number;
  other: number;
  crs: number;
  warnings: string[];
}

export type AccountsReply =
  | { type: 'done'; rows: AccountsRow[]; capacity: CapacityChangeRow[]; pieces: ChangePiece[]; readings: FileReading[]; clusterCount: number }
  | { type: 'failed'; slot: AccountsSlot; file: string; code: string; message: string };

class SlotFailure {
  constructor(readonly slot: AccountsSlot, readonly error: DataError) {}
}

function read<T>(slot: AccountsSlot, f: AccountsFile, load: () => LoadResult<T[]>): LoadResult<T[]> {
  const r = safeLoad(f.name, load);
  if (!r.ok) throw new SlotFailure(slot, r.error);
  return r.result;
}

/** Never throws: bad input comes back as `failed` naming the file. */
export function runAccountsJob(req: AccountsRequest, onProgress?: (done: number, total: number) => void): AccountsReply {
  try {
    const before = read('before', req.before, () => loadPlanVersion(req.before.text, { file: req.before.name, onUnusable: 'skip' }));
    const after = read('after', req.after, () => loadPlanVersion(req.after.text, { file: req.after.name, onUnusable: 'skip' }));
    const farm = req.farmland ? read('farmland', req.farmland, () => loadFarmland((req.farmland as AccountsFile).text, { file: (req.farmland as AccountsFile).name, onUnusable: 'skip' })) : null;
    const plan = (slot: AccountsSlot, f: AccountsFile, r: typeof before): FileReading => ({
      slot, file: f.name, features: r.featureCount, crs: r.crs,
      business: r.value.filter((a) => a.category === 'business').length,
      other: r.value.filter((a) => a.category !== 'business').length,
      warnings: r.warnings.map((w) => w.message),
    });
    const readings = [plan('before', req.before, before), plan('after', req.after, after)];
    if (farm && req.farmland) readings.push({ slot: 'farmland', file: req.farmland.name, features: farm.featureCount, crs: farm.crs, business: farm.value.length, other: 0, warnings: farm.warnings.map((w) => w.message) });
    const opts = onProgress ? { onProgress } : {};
    const result = computeAccounts({ before: before.value, after: after.value, regions: req.regions, farmland: farm?.value ?? null }, opts);
    return { type: 'done', rows: accountsRows(result), capacity: capacityChange(result.total, DEFAULT_ASSUMPTIONS), pieces: result.pieces, readings, clusterCount: result.clusterCount };
  } catch (e) {
    if (e instanceof SlotFailure) return { type: 'failed', slot: e.slot, file: e.error.file, code: e.error.code, message: e.error.message };
    return { type: 'failed', slot: 'before', file: '', code: 'internal', message: e instanceof Error ? e.message : String(e) };
  }
}
