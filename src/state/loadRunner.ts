// Runs load jobs in one long-lived Web Worker (created on first use), or inline where there is no Worker (tests, old
// browsers).
// The job code (every reader, SOSI/GML, repair) is fetched on first use, never with the first page load.
import type { Dataset } from '../domain/dataset';
import type { Site, SiteGeometryMetrics, SiteResult } from '../domain/types';
import { assessSites } from '../domain/analyse';
import type { JobReply, JobRequest, LayerValue } from './loadJob';
import type { WorkerMessage } from './loadProtocol';
import { decodePart, type DatasetPart } from './partCodec';
import { saveUserData } from './userDataPersist';
import { keepPreparedSiteMap } from './preparedSites';
import { loadCrs } from '../domain/crs';
import { sitePolygonFeatures, type SitePolygons } from '../domain/siteMapFeatures';

/** The job module, imported on first inline use; a module that cannot be fetched is a failed job, never a rejection. */
async function runJobHere(request: JobRequest, onProgress?: (done: number, total: number) => void): Promise<JobReply> {
  try {
    return (await import('./loadJob')).runJob(request, onProgress);
  } catch (e) {
    return { type: 'failed', code: 'job-crashed', detail: e instanceof Error ? e.message : String(e) };
  }
}

type Pending = {
  request: JobRequest;
  resolve: (reply: JobReply) => void;
  onProgress?: (share: number) => void;
  /**
   * The parts of an applied dataset received so far (see sendDataset in loadWorker.ts), each with its sites assessed
   * as it came when the hubs they are assessed against are the page's own (null: assessed once all are in).
   */
  parts?: (DatasetPart & { results: SiteResult[] | null })[];
};

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();
/** Preview values the worker still holds, by the job that made them: an apply job then sends only that job's id. */
const heldByWorker = new WeakMap<LayerValue, number>();
/** Preview values the worker sent only the first items of (`valueCount` in the reply): never to be applied here. */
const partial = new WeakSet<LayerValue>();
/** Datasets an apply job in the worker made, which the worker still holds: storing one there is not page work. */
const appliedByWorker = new WeakMap<Dataset, number>();
/**
 * Applied datasets whose map markers came with the reply, waiting for their polygons (the worker's next message for
 * that job); `fallback` makes them here when the worker is gone first.
 */
const polygonsDue = new Map<number, { resolve: (polygons: SitePolygons) => void; fallback: () => SitePolygons }>();
/**
 * Apply jobs by the preview they apply: the worker may have started one before it was asked (applyAhead.ts), and
 * reports that analysis's progress under the preview's id.
 */
const applyOfPreview = new Map<number, number>();
/** Persist requests waiting for the worker's answer, by request id. */
const persisting = new Map<number, { dataset: Dataset; resolve: (kept: boolean) => void }>();

/** The job itself, unless it would apply a partial value (the worker that held the rest is gone or replaced it). */
function runHere(p: Pending): Promise<JobReply> {
  if (p.request.type === 'apply' && partial.has(p.request.value)) {
    return Promise.resolve({ type: 'failed', code: 'preview-lost' });
  }
  return runJobHere(p.request, p.onProgress && ((done, total) => p.onProgress?.(total > 0 ? done / total : 1)));
}

/** Jobs the worker did not finish are run inline, so a worker that cannot start costs responsiveness, not the import.
 * */
function runPendingInline(): void {
  const jobs = [...pending.values()];
  pending.clear();
  for (const p of jobs) void runHere(p).then(p.resolve);
  const due = [...polygonsDue.values()];
  polygonsDue.clear();
  for (const d of due) d.resolve(d.fallback());
  const stores = [...persisting.values()];
  persisting.clear();
  for (const s of stores) void saveUserData(s.dataset).then(s.resolve);
}

/**
 * An apply reply whose sites and results came in parts, put back together (the parts arrive in order); with the
 * markers the worker made, kept for the map with its polygons to come (job `id`'s next message).
 */
function joined(id: number, reply: JobReply, p: Pending | undefined): JobReply {
  if (reply.type !== 'apply' || !p?.parts) return reply;
  const sites: Site[] = [];
  const metrics: SiteGeometryMetrics[] = [];
  const nameKeys: string[] = [];
  let results: SiteResult[] | null = [];
  for (const part of p.parts) {
    for (const s of part.sites) sites.push(s);
    for (const m of part.metrics) metrics.push(m);
    for (const k of part.nameKeys) nameKeys.push(k);
    if (results && part.results) for (const r of part.results) results.push(r);
    else results = null;
  }
  // The worker's assessment again, here: the same function on the same sites, metrics, hubs and assumptions.
  results ??= assessSites(sites, metrics, reply.dataset.hubs, reply.dataset.assumptions);
  const { siteMap, ...rest } = reply;
  if (siteMap) {
    const polygons = new Promise<SitePolygons>((resolve) =>
      polygonsDue.set(id, { resolve, fallback: () => sitePolygonFeatures(sites, results) }),
    );
    keepPreparedSiteMap(sites, results, { ...siteMap, polygons });
  }
  return { ...rest, dataset: { ...reply.dataset, sites, results }, nameKeys };
}

function getWorker(): Worker | null {
  if (worker || workerBroken || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./loadWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerBroken = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const { data } = event;
    if ('progress' in data) {
      (pending.get(data.id) ?? pending.get(applyOfPreview.get(data.id) ?? 0))?.onProgress?.(data.progress);
      return;
    }
    if ('polygons' in data) {
      polygonsDue.get(data.id)?.resolve(data.polygons);
      polygonsDue.delete(data.id);
      return;
    }
    if ('part' in data) {
      const p = pending.get(data.id);
      if (!p) return;
      const part = decodePart(data.part);
      // A new sites layer is assessed against the hubs the page has (the worker's are a copy of them), a part at a
      // time: one pass over 20 000 sites in the reply's task was a 150 ms task (cold code).
      const { request } = p;
      const base = request.type === 'apply' && request.kind !== 'hubs' ? request.base : null;
      const results = base ? assessSites(part.sites, part.metrics, base.hubs, base.assumptions) : null;
      (p.parts ??= []).push({ ...part, results });
      return;
    }
    if ('persisted' in data) {
      const s = persisting.get(data.id);
      persisting.delete(data.id);
      if (!s) return;
      // The worker no longer holds it (a later job replaced it): stored from here after all.
      if (data.persisted === null) void saveUserData(s.dataset).then(s.resolve);
      else s.resolve(data.persisted);
      return;
    }
    if ('needValue' in data) {
      // The worker no longer holds that preview (a newer one replaced it): send the value itself after all.
      const p = pending.get(data.id);
      if (!p) return;
      if (p.request.type === 'apply' && partial.has(p.request.value)) {
        pending.delete(data.id);
        void runHere(p).then(p.resolve);
      } else worker?.postMessage({ id: data.id, request: p.request });
      return;
    }
    const p = pending.get(data.id);
    pending.delete(data.id);
    for (const [preview, job] of applyOfPreview) if (job === data.id) applyOfPreview.delete(preview);
    const reply = joined(data.id, data.reply, p);
    if (reply.type === 'preview' && reply.preview.value) {
      heldByWorker.set(reply.preview.value, data.id);
      if (reply.valueCount !== undefined) partial.add(reply.preview.value);
    }
    if (reply.type === 'apply') appliedByWorker.set(reply.dataset, data.id);
    p?.resolve(reply);
  };
  worker.onerror = (event) => {
    // A worker that cannot start (or dies) is not retried: this and later jobs run inline instead.
    event.preventDefault();
    worker?.terminate();
    worker = null;
    workerBroken = true;
    runPendingInline();
  };
  return worker;
}

/** Starts the worker (and its proj4) ahead of the first job, e.g. while the person picks a file. */
export function warmUp(): void {
  getWorker();
}

/**
 * Resolves with the job's reply; never rejects (failures come back as `{ type: 'failed' }`). `onProgress` gets the
 * share of the analysis done (0–1) while an apply job runs.
 */
export async function runLoadJob(request: JobRequest, onProgress?: (share: number) => void): Promise<JobReply> {
  // The page draws what a job returns (lon/lat for the map), and the inline job projects: proj4 first.
  try {
    await loadCrs();
  } catch (e) {
    return { type: 'failed', code: 'job-crashed', detail: e instanceof Error ? e.message : String(e) };
  }
  const w = getWorker();
  if (!w) return runJobHere(request, onProgress && ((done, total) => onProgress(total > 0 ? done / total : 1)));
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { request, resolve, onProgress });
    const valueOf = request.type === 'apply' ? heldByWorker.get(request.value) : undefined;
    if (valueOf === undefined) w.postMessage({ id, request });
    else {
      applyOfPreview.set(valueOf, id);
      w.postMessage({ id, request: { ...request, value: [] }, valueOf });
    }
  });
}

/**
 * Lets the worker drop the preview's value it holds and any apply job it worked ahead (the dialog closed, or the file
 * was applied): for a large file that is several copies of its sites, which the page will not ask for again.
 */
export function releaseHeld(): void {
  worker?.postMessage({ release: true });
}

/**
 * Keeps an applied dataset for the next visit (IndexedDB, see userDataPersist.ts): in the worker when it made the
 * dataset and still holds it, so the copy into the store is not page work; here otherwise. Resolves false when it could
 * not be kept; never rejects.
 */
export function persistDataset(dataset: Dataset): Promise<boolean> {
  const job = appliedByWorker.get(dataset);
  if (job === undefined || !worker) return saveUserData(dataset);
  const id = nextId++;
  const w = worker;
  return new Promise((resolve) => {
    persisting.set(id, { dataset, resolve });
    w.postMessage({ id, persist: job });
  });
}
