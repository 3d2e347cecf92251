// The load worker's apply job for a large sites file, started before it is asked for. Once the preview is on screen,
// the worker analyses the file and makes the messages of its apply reply (the parts, the reply with the markers, the
// polygons) a step at a time, while the user reads the dialog; "Bruk dataene" then finds the work done or under way.
// The work is used only for an apply job that asks for exactly what it was made from (the same preview, file, warnings
// and current hubs, regions and assumptions); anything else drops it and the job runs as it always did.
import type { Dataset } from '../domain/dataset';
import { searchKey } from '../domain/nameSearch';
import { prepareSiteMarkers, sitePolygonsInSteps, type SitePolygons } from '../domain/siteMapFeatures';
import { geometryMetricsInSteps } from '../domain/analyse';
import { applyLayer, appliedLayers, type ApplyRequest, type BaseLayers } from './loadJob';
import { REPLY_PART_SITES, type WorkerMessage } from './loadProtocol';
import { encodePart, partTransfer } from './partCodec';

/** From this many sites the worker also makes the sites' map data (as the map prepares large data in slices). */
export const PREPARE_MAP_FROM_SITES = 1000;

type Body<M> = M extends unknown ? Omit<M, 'id'> : never;
/** A message to the page without its job id (set when it is posted), with what it moves rather than copies. */
export interface Outgoing {
  message: Body<WorkerMessage>;
  transfer: Transferable[];
}

/**
 * An applied dataset's messages to the page, made one at a time: its sites and geometry metrics a slice at a time (the
 * page unpacks each in a task of its own), then the reply; for a large file the reply carries the markers and the
 * polygons follow in a message of their own. Made lazily, so each is posted as soon as it is made. A null is a step of
 * work with nothing to send yet (a batch of the polygons), where a caller working ahead may stop for a while.
 */
export function* datasetMessages(dataset: Dataset): Generator<Outgoing | null, void, undefined> {
  const { sites, results } = dataset;
  let parts = 0;
  for (let i = 0; i < sites.length; i += REPLY_PART_SITES) {
    const slice = sites.slice(i, i + REPLY_PART_SITES);
    // The names' search keys too, so the page's index need not normalise every name (see indexDataset); the metrics
    // only (results extend them): the page assesses the sites itself, as the worker did.
    const nameKeys = slice.map((s) => searchKey(s.name));
    const part = encodePart({ sites: slice, metrics: results.slice(i, i + REPLY_PART_SITES), nameKeys });
    yield { message: { part }, transfer: partTransfer(part) };
    parts++;
  }
  // Made while the page unpacks the parts above (the two run side by side), not before them. The markers go with the
  // reply, so the page can draw every site at the overview; the polygons are made while it does and sent after it.
  const markers = sites.length >= PREPARE_MAP_FROM_SITES ? prepareSiteMarkers(sites, results) : null;
  const reply = { type: 'apply' as const, dataset: { ...dataset, sites: [], results: [] } };
  if (!markers) {
    yield { message: { reply, parts }, transfer: [] };
    return;
  }
  yield {
    message: { reply: { ...reply, siteMap: markers }, parts },
    transfer: [markers.markerLngLat.buffer as ArrayBuffer],
  };
  const polygons = sitePolygonsInSteps(sites, results);
  while (polygons.next()) yield null;
  yield polygonsMessage(polygons.result());
}

/**
 * The polygons' message: text batches as UTF-8 bytes, moved to the page rather than copied (the page decodes a batch
 * in the task that hands it to maplibre; copying 100 000 sites' batches as strings in one message stopped the page
 * ~0.19 s); features as they are.
 */
function polygonsMessage(polygons: SitePolygons): Outgoing {
  if (typeof polygons[0] !== 'string') return { message: { polygons }, transfer: [] };
  const encoder = new TextEncoder();
  const bytes = (polygons as string[]).map((text) => encoder.encode(text));
  return { message: { polygons: bytes }, transfer: bytes.map((b) => b.buffer as ArrayBuffer) };
}

/** Structural equality of JSON-like data (plain objects, arrays, numbers with NaN equal to NaN); key order aside. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    if (a.length !== bs.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], bs[i])) return false;
    return true;
  }
  const ak = Object.keys(a);
  const bo = b as Record<string, unknown>;
  if (ak.length !== Object.keys(bo).length) return false;
  const ao = a as Record<string, unknown>;
  for (const k of ak) if (!Object.hasOwn(bo, k) || !sameData(ao[k], bo[k])) return false;
  return true;
}

/** What a sites apply job takes of the current data (a sites file replaces the sites, so they are not part of it). */
export type AheadBase = Omit<BaseLayers, 'sites'>;

function baseOf(base: BaseLayers | AheadBase): AheadBase {
  const { hubs, regions, assumptions, warnings, userFiles } = base;
  return { hubs, regions, assumptions, warnings, userFiles };
}

interface AheadJob {
  previewId: number;
  request: ApplyRequest;
  /** The sites' geometry metrics as far as they are done (null: not begun). */
  metrics: ReturnType<typeof geometryMetricsInSteps> | null;
  dataset: Dataset | null;
  steps: Generator<Outgoing | null, void, undefined> | null;
  made: Outgoing[];
}

/** Sites whose geometry metrics one step computes: ~45 ms for border-heavy sites here, so a page message waits little. */
export const METRICS_STEP_SITES = 2000;

/**
 * One apply job at a time, worked ahead in steps (`later` runs the next step in a later task, so a message from the
 * page is handled between any two): the sites' geometry metrics `stepSites` at a time, then the rest of the analysis
 * (the assessment, the summary, the warnings), then each message of datasetMessages.
 */
export class ApplyAhead {
  private job: AheadJob | null = null;

  constructor(
    private readonly post: (id: number, out: Outgoing) => void,
    private readonly later: (step: () => void) => void,
    private readonly stepSites: number = METRICS_STEP_SITES,
  ) {}

  /**
   * Starts the apply job of preview `previewId` (a sites file) against `base`. While the metrics are computed, their
   * progress goes out under the preview's id (the page passes it on once that preview's apply job is asked for).
   */
  start(previewId: number, request: Omit<ApplyRequest, 'type' | 'base' | 'kind'>, base: AheadBase): void {
    const job: AheadJob = {
      previewId,
      request: { ...request, type: 'apply', kind: 'sites', base: { ...baseOf(base), sites: [] } },
      metrics: null,
      dataset: null,
      steps: null,
      made: [],
    };
    this.job = job;
    const step = (): void => {
      if (this.job !== job) return;
      if (!job.dataset) {
        if (!this.analyse(job, previewId, this.stepSites)) return;
      } else {
        const next = (job.steps as Generator<Outgoing | null, void, undefined>).next();
        if (next.done) return;
        if (next.value) job.made.push(next.value);
      }
      this.later(step);
    };
    this.later(step);
  }

  /**
   * One step of the job's analysis: metrics for up to `sites` more sites, or, once all have theirs, the rest of it.
   * False when the analysis failed (the job is dropped; run when asked, it fails there with its own message).
   */
  private analyse(job: AheadJob, progressId: number, sites: number): boolean {
    try {
      const layers = appliedLayers(job.request);
      job.metrics ??= geometryMetricsInSteps(layers.sites, layers.hubs, layers.regions);
      if (job.metrics.metrics.length < layers.sites.length) {
        job.metrics.next(sites);
        const share = layers.sites.length > 0 ? job.metrics.metrics.length / layers.sites.length : 1;
        this.post(progressId, { message: { progress: share }, transfer: [] });
        return true;
      }
      job.dataset = applyLayer(job.request, undefined, job.metrics.metrics);
      job.steps = datasetMessages(job.dataset);
      return true;
    } catch {
      if (this.job === job) this.job = null;
      return false;
    }
  }

  /** Drops the work (a newer job came); its messages are never sent. */
  cancel(): void {
    this.job = null;
  }

  /**
   * Takes on apply job `id` when it asks for what was worked ahead: finishes the analysis if need be, posts the
   * messages made, then makes and posts the rest, and returns the dataset. Null (and the work dropped) when it asks
   * for anything else or the analysis failed: the caller runs the job itself.
   */
  take(id: number, previewId: number, request: ApplyRequest): Dataset | null {
    const job = this.job;
    const same =
      job !== null &&
      job.previewId === previewId &&
      request.kind === 'sites' &&
      request.file === job.request.file &&
      sameData(request.warnings, job.request.warnings) &&
      sameData(baseOf(request.base), baseOf(job.request.base));
    if (!same) {
      this.job = null;
      return null;
    }
    while (!job.dataset) if (!this.analyse(job, id, this.stepSites)) return null;
    this.job = null;
    for (const out of job.made) this.post(id, out);
    for (const out of job.steps as Generator<Outgoing | null, void, undefined>) if (out) this.post(id, out);
    return job.dataset;
  }
}
