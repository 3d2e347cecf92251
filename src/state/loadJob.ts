// The load dialog's heavy steps as pure functions (preview a file; apply it to the data), run in a worker or inline.
import { analyseLayers, type Dataset } from '../domain/dataset';
import type { OnProgress } from '../domain/analyse';
import type { FieldOverrides } from '../data/fieldNames';
import type { HubRule } from '../data/gtfsHubs';
import { previewGtfsHubs, previewHubs, previewRegions, previewSites, type Preview } from '../data/preview';
import { MAX_GEOJSON_CHARS } from '../data/textChecks';
import type { PreparedSiteMarkers } from '../domain/siteMapFeatures';
import type { EpsgCode, Hub, Region, Site, SiteGeometryMetrics, Warning } from '../domain/types';
import type { RegionLoadOptions } from '../data/regionReader';
import type { ChosenData } from './loadFiles';
import { inspectInput, inspectParsedGeoJson, type GuessReason, type LoadKind } from './loadInspect';
import { openInput, type LoadInput } from '../data/decodeInput';
import type { ParsedCollection } from '../data/loadGeoJson';
import { readFeatureFile } from '../data/readFeatureFile';
import { FULL_TOOLS } from '../data/fullLoadTools';

export type LayerValue = Site[] | Hub[] | Region[];
export type AnyPreview = Preview<LayerValue>;

export interface PreviewRequest {
  type: 'preview';
  data: ChosenData;
  /** The user's choice; null: use the guess. */
  kind: LoadKind | null;
  crs: EpsgCode | null;
  fields: FieldOverrides;
  hubRule: HubRule | null;
  /** Rebuild invalid polygons (as ST_MakeValid) instead of skipping them. */
  repair?: boolean;
  /**
   * The active kommune profile's rule for kommune boundary files (kommunenummer → region); absent: Asker's, the
   * bundled default (as the import CLI without --profile).
   */
  kommuneRegions?: RegionLoadOptions['kommuneRegions'];
  /** The active kommune profile's region names, for guessing a file of named regions; absent: Asker's. */
  regionNames?: readonly string[];
  /** Where the active kommune profile's data lies (lon/lat), for telling UTM 32 from 33; absent: Asker. */
  referenceLngLatBbox?: readonly [number, number, number, number];
  /**
   * The current data a sites file would be applied to: given, a worker may start the apply job of a large sites file
   * as soon as its preview is shown (see applyAhead.ts); inline jobs ignore it.
   */
  ahead?: Omit<BaseLayers, 'sites'>;
}

export interface PreviewReply {
  type: 'preview';
  kind: LoadKind;
  guess: { kind: LoadKind; why: GuessReason };
  propertyNames: string[];
  preview: AnyPreview;
  /**
   * Set when the worker kept the loaded value and sent only its first items (`preview.value` is then a short
   * list for showing): how many items the whole value has. Absent when `preview.value` is complete.
   */
  valueCount?: number;
}

/** What the apply step needs of the current data (the results are recomputed, so they are not sent). */
export type BaseLayers = Pick<Dataset, 'sites' | 'hubs' | 'regions' | 'assumptions' | 'warnings' | 'userFiles'>;

export interface ApplyRequest {
  type: 'apply';
  base: BaseLayers;
  kind: LoadKind;
  value: LayerValue;
  /** The name the loaders used in messages (the file name, or GTFS). */
  file: string;
  warnings: Warning[];
}

export interface ApplyReply {
  type: 'apply';
  dataset: Dataset;
  /** `searchKey` of each site's name, when the worker worked them out (see indexDataset). */
  nameKeys?: string[];
  /** The sites' markers, when the worker made them (large files; its polygons follow, see PreparedSiteMap). */
  siteMap?: PreparedSiteMarkers;
}

export type JobRequest = PreviewRequest | ApplyRequest;
/** A job that could not finish: a code for the words (src/i18n/loadJob.*.ts) and, for a crash, the error's own text. */
export interface FailedReply {
  type: 'failed';
  code: 'job-crashed' | 'preview-lost';
  detail?: string;
}

export type JobReply = PreviewReply | ApplyReply | FailedReply;

/** The file names the bundled layers were loaded under (src/app/defaultData.ts), which their warnings name. */
const BUNDLED_FILE: Record<LoadKind, string> = {
  sites: 'geodata/sites.geojson',
  hubs: 'geodata/hubs.geojson',
  regions: 'geodata/regions.geojson',
};

/** The file read as GeoJSON (as the loaders read it, under its name), or null: not GeoJSON, or not readable so. */
function readGeoJsonOnce(input: LoadInput, file: string): ParsedCollection | null {
  try {
    const decoded = openInput(input, file);
    return decoded.format === 'geojson' ? readFeatureFile(decoded.text, file, { want: 'areas' }, FULL_TOOLS) : null;
  } catch {
    return null;
  }
}

/** `onProgress` gets the share of a SOSI or GML file read (0–1), as its reader reports it. */
export function previewFile(req: PreviewRequest, onProgress?: (share: number) => void): PreviewReply {
  const { data } = req;
  if (data.type === 'gtfs') {
    const preview = previewGtfsHubs(data.files, { file: data.name, rule: req.hubRule ?? undefined });
    return { type: 'preview', kind: 'hubs', guess: { kind: 'hubs', why: 'gtfs' }, propertyNames: [], preview };
  }
  // A GeoJSON file is parsed once, for the guess and the preview both (a 20 000-site file's second parse and its
  // garbage took ~0.2 s); a file that cannot be read so is guessed and previewed as before, and the preview says why.
  const parsed = readGeoJsonOnce(data.text, data.name);
  const look = parsed
    ? inspectParsedGeoJson(parsed, req.regionNames)
    : inspectInput(data.text, MAX_GEOJSON_CHARS, req.regionNames);
  const kind = req.kind ?? look.kind;
  const opts = {
    file: data.name,
    ...(parsed ? { parsed } : {}),
    crs: req.crs ?? undefined,
    fields: req.fields,
    repair: req.repair === true,
    ...(onProgress ? { onProgress } : {}),
    ...(req.referenceLngLatBbox ? { referenceLngLatBbox: req.referenceLngLatBbox } : {}),
  };
  const preview: AnyPreview =
    kind === 'sites'
      ? previewSites(data.text, opts)
      : kind === 'hubs'
        ? previewHubs(data.text, opts)
        : previewRegions(data.text, { ...opts, kommuneRegions: req.kommuneRegions });
  return {
    type: 'preview',
    kind,
    guess: { kind: look.kind, why: look.why },
    propertyNames: look.propertyNames,
    preview,
  };
}

/**
 * The current data with one layer replaced, run through the engine again. Warnings of the replaced layer
 * go (by the file each warning names: the layer's file, or a table of that GTFS feed); those of the other layers stay.
 */
export function applyLayer(req: ApplyRequest, onProgress?: OnProgress, metrics?: SiteGeometryMetrics[]): Dataset {
  const { base, kind } = req;
  const previous = base.userFiles?.[kind] ?? BUNDLED_FILE[kind];
  const fromPrevious = (w: Warning): boolean =>
    w.file !== undefined && (w.file === previous || w.file.startsWith(`${previous}/`));
  const layers = appliedLayers(req);
  return analyseLayers(
    layers,
    {
      origin: 'user',
      userFiles: { ...base.userFiles, [kind]: req.file },
      warnings: [...base.warnings.filter((w) => !fromPrevious(w)), ...req.warnings],
    },
    base.assumptions,
    onProgress,
    metrics,
  );
}

/** The layers an apply job analyses: the current ones with the job's layer replaced. */
export function appliedLayers(req: ApplyRequest): { sites: Site[]; hubs: Hub[]; regions: Region[] } {
  const { base, kind } = req;
  const layers = { sites: base.sites, hubs: base.hubs, regions: base.regions };
  if (kind === 'sites') layers.sites = req.value as Site[];
  else if (kind === 'hubs') layers.hubs = req.value as Hub[];
  else layers.regions = req.value as Region[];
  return layers;
}

/**
 * Never throws: the previews already turn bad input into a result; anything else becomes 'failed'. `onProgress`: for a
 * preview, the share of the file read (as `done` of `total` = 1); for an apply job, the sites analysed.
 */
export function runJob(req: JobRequest, onProgress?: OnProgress): JobReply {
  try {
    if (req.type === 'preview') return previewFile(req, onProgress && ((share) => onProgress(share, 1)));
    return { type: 'apply', dataset: applyLayer(req, onProgress) };
  } catch (e) {
    return { type: 'failed', code: 'job-crashed', detail: e instanceof Error ? e.message : String(e) };
  }
}
