// The land-accounts job: read the plan versions (and farmland), overlay them, and say how each file was read.
// Pure apart from the progress callback, so it runs the same in the worker and inline (tests, no Worker).
import { computeAccounts } from '../domain/accounts/accounts';
import { capacityChange, type CapacityChangeRow } from '../domain/accounts/capacityChange';
import { accountsRows, type AccountsRow } from '../domain/accounts/rows';
import type { ChangePiece } from '../domain/accounts/types';
import { DEFAULT_ASSUMPTIONS } from '../domain/assumptions';
import { featurePoint } from '../domain/previewPlacement';
import type { EpsgCode, MultiPolygonXY, Region, Site, Warning } from '../domain/types';
import { DataError, loadFarmland, loadPlanVersion, safeLoad, type LoadInput, type LoadResult } from '../data/loaders';
import type { FieldOverrides } from '../data/fieldNames';
import { countSkipped, type SkipCount } from '../data/loadPolicy';
import { previewFarmland, previewPlanVersion, type Preview } from '../data/preview';
import { MAX_GEOJSON_CHARS } from '../data/textChecks';
import type { Problem } from '../data/problems';
import { inspectInput } from './loadInspect';

export type AccountsSlot = 'before' | 'after' | 'farmland';

export interface AccountsFile {
  name: string;
  /** GeoJSON text, or a SOSI/GML file's bytes (decoded by the character set they declare). */
  text: LoadInput;
  /** The user's coordinate system from the preview; absent: the file's own, or guessed. */
  crs?: EpsgCode | null | undefined;
  /** The user pressed "Reparer geometri" in the preview: invalid polygons are rebuilt instead of skipped. */
  repair?: boolean | undefined;
  /** The user's field mapping from the preview (plan versions); absent: detected. */
  fields?: FieldOverrides | undefined;
}

/** The loader options a file's preview choices stand for; the run reads the file exactly as its preview did. */
function loadOptions(f: AccountsFile): {
  file: string;
  onUnusable: 'skip';
  crs?: EpsgCode;
  repair?: boolean;
  fields?: FieldOverrides;
} {
  const fields = f.fields && Object.keys(f.fields).length > 0 ? { fields: f.fields } : {};
  return {
    file: f.name,
    onUnusable: 'skip',
    ...(f.crs ? { crs: f.crs } : {}),
    ...(f.repair ? { repair: true } : {}),
    ...fields,
  };
}

export interface AccountsPreviewRequest {
  type: 'preview';
  slot: AccountsSlot;
  file: AccountsFile;
}

/**
 * How one file would be read, before anything is computed: the load dialog's preview, plus the business / other
 * split of a plan version. Its value is what the preview shows (business land, or farmland, as sites for the list
 * and the small map), not what is computed: past the map's outline limit only the first few keep their shape.
 */
export interface AccountsPreviewReply {
  type: 'preview';
  slot: AccountsSlot;
  preview: Preview<Site[]>;
  /** Plan versions: business-land areas; farmland: polygons that count as farmland. */
  business: number;
  /** Plan versions: areas of every other land use; farmland: 0. */
  other: number;
  /** The file's property names (plan versions), for the field mapping; [] for farmland. */
  propertyNames: string[];
}

/** Up to this many areas keep their outline for the preview map (src/ui/load/PreviewMap.tsx draws dots past it). */
const OUTLINES_SENT = 400;
/** The preview lists the first five with their area. */
const FIRST_SENT = 5;

/** A square metre at a point: where the preview map puts a dot, without sending the whole polygon back. */
function dot([x, y]: readonly [number, number]): MultiPolygonXY {
  return [
    [
      [
        [x - 0.5, y - 0.5],
        [x + 0.5, y - 0.5],
        [x + 0.5, y + 0.5],
        [x - 0.5, y + 0.5],
        [x - 0.5, y - 0.5],
      ],
    ],
  ];
}

function shown(
  items: { id: string; name: string; status: Site['status']; abc: Site['abc']; geometry: MultiPolygonXY }[],
): Site[] {
  const many = items.length > OUTLINES_SENT;
  return items.map((a, i) => {
    const site: Site = {
      id: a.id,
      name: a.name,
      status: a.status,
      abc: a.abc,
      readiness: null,
      note: '',
      geometry: a.geometry,
    };
    return many && i >= FIRST_SENT ? { ...site, geometry: dot(featurePoint('sites', site)) } : site;
  });
}

/** Never throws: a file that cannot be read comes back as a preview that says why (`preview.ok` false). */
export function previewAccountsFile(req: AccountsPreviewRequest): AccountsPreviewReply {
  if (req.slot === 'farmland') {
    const p = previewFarmland(req.file.text, loadOptions(req.file));
    const value = p.value
      ? shown(p.value.map((geometry, i) => ({ id: String(i + 1), name: 'AR5', status: null, abc: null, geometry })))
      : null;
    return {
      type: 'preview',
      slot: req.slot,
      preview: { ...p, value },
      business: p.value?.length ?? 0,
      other: 0,
      propertyNames: [],
    };
  }
  const p = previewPlanVersion(req.file.text, loadOptions(req.file));
  const { propertyNames } = inspectInput(req.file.text, MAX_GEOJSON_CHARS);
  const land = (p.value ?? []).filter((a) => a.category === 'business');
  const business = land.length;
  const value = p.value
    ? shown(land.map((a) => ({ ...a, name: a.code === null ? a.id : `arealformål ${a.code}` })))
    : null;
  return {
    type: 'preview',
    slot: req.slot,
    preview: { ...p, value },
    business,
    other: (p.value?.length ?? 0) - business,
    propertyNames,
  };
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
  /** Features left out, counted per reason (the page words them, src/i18n/problemText.ts). */
  skipped: SkipCount[];
  /** The loader's other notes (the warning that repeats each skip count is left out). */
  warnings: Warning[];
}

/** How a file's skips and notes are handed to the page: by code, so they are worded in the page's language. */
function notesOf(r: LoadResult<unknown>): Pick<FileReading, 'skipped' | 'warnings'> {
  const skipped = countSkipped(r.skipped);
  const filtered = new Set(skipped.filter((c) => c.kind === 'filtered').map((c) => c.code));
  return { skipped, warnings: r.warnings.filter((w) => w.featureIndex !== undefined || !filtered.has(w.code)) };
}

export type AccountsReply =
  | {
      type: 'done';
      rows: AccountsRow[];
      capacity: CapacityChangeRow[];
      pieces: ChangePiece[];
      readings: FileReading[];
      clusterCount: number;
    }
  /** `problem`: the loader's problem (words in src/i18n); `detail`: an internal error's technical text. */
  | { type: 'failed'; slot: AccountsSlot; file: string; code: string; problem?: Problem; detail?: string };

class SlotFailure {
  constructor(
    readonly slot: AccountsSlot,
    readonly error: DataError,
  ) {}
}

function read<T>(slot: AccountsSlot, f: AccountsFile, load: () => LoadResult<T[]>): LoadResult<T[]> {
  const r = safeLoad(f.name, load);
  if (!r.ok) throw new SlotFailure(slot, r.error);
  return r.result;
}

/** Never throws: bad input comes back as `failed` naming the file. */
export function runAccountsJob(
  req: AccountsRequest,
  onProgress?: (done: number, total: number) => void,
): AccountsReply {
  try {
    const before = read('before', req.before, () => loadPlanVersion(req.before.text, loadOptions(req.before)));
    const after = read('after', req.after, () => loadPlanVersion(req.after.text, loadOptions(req.after)));
    const farm = req.farmland
      ? read('farmland', req.farmland, () =>
          loadFarmland((req.farmland as AccountsFile).text, loadOptions(req.farmland as AccountsFile)),
        )
      : null;
    const plan = (slot: AccountsSlot, f: AccountsFile, r: typeof before): FileReading => ({
      slot,
      file: f.name,
      features: r.featureCount,
      crs: r.crs,
      business: r.value.filter((a) => a.category === 'business').length,
      other: r.value.filter((a) => a.category !== 'business').length,
      ...notesOf(r),
    });
    const readings = [plan('before', req.before, before), plan('after', req.after, after)];
    if (farm && req.farmland)
      readings.push({
        slot: 'farmland',
        file: req.farmland.name,
        features: farm.featureCount,
        crs: farm.crs,
        business: farm.value.length,
        other: 0,
        ...notesOf(farm),
      });
    const opts = onProgress ? { onProgress } : {};
    const result = computeAccounts(
      { before: before.value, after: after.value, regions: req.regions, farmland: farm?.value ?? null },
      opts,
    );
    return {
      type: 'done',
      rows: accountsRows(result),
      capacity: capacityChange(result.total, DEFAULT_ASSUMPTIONS),
      pieces: result.pieces,
      readings,
      clusterCount: result.clusterCount,
    };
  } catch (e) {
    if (e instanceof SlotFailure)
      return { type: 'failed', slot: e.slot, file: e.error.file, code: e.error.code, problem: e.error.problem };
    return {
      type: 'failed',
      slot: 'before',
      file: '',
      code: 'internal',
      detail: e instanceof Error ? e.message : String(e),
    };
  }
}
