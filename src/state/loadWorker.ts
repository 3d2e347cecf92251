// Web Worker for the load dialog: parses, checks and analyses the user's file off the main thread, so the page stays
// responsive; it also keeps the applied data in IndexedDB for the next visit, so that copy is not page work either.
import { saveUserData } from './userDataPersist';
import { runJob, type JobRequest, type LayerValue } from './loadJob';
import type { Dataset } from '../domain/dataset';
import { searchKey } from '../domain/nameSearch';
import { REPLY_PART_SITES, type WorkerMessage } from './loadProtocol';
import { encodePart, partTransfer } from './partCodec';
import { prepareSiteMarkers, prepareSitePolygons } from '../domain/siteMapFeatures';
import { loadCrs } from '../domain/crs';

/** From this many sites the worker also makes the sites' map data (as the map prepares large data in slices). */
const PREPARE_MAP_FROM_SITES = 1000;

/**
 * The value of the latest preview, kept here so that "Bruk dataene" does not send tens of thousands of sites back
 * from the page (copying them is main-thread work the page would feel); see `valueOf` in loadRunner.ts.
 */
let held: { id: number; value: LayerValue } | null = null;
/** The dataset of the latest apply job, kept until the page asks for it to be stored (`persist`). */
let applied: { id: number; dataset: Dataset } | null = null;
/** Items of a preview's value sent to the page (the dialog lists the first five). */
const SENT_ITEMS = 20;

const post = (message: WorkerMessage): void => self.postMessage(message);

/**
 * An applied dataset goes to the page in parts: its sites and results a slice at a time, then the rest. The page
 * unpacks each message in a task of its own, so receiving 20 000 sites is many short tasks instead of one long one.
 */
function sendDataset(id: number, dataset: Dataset): void {
  const { sites, results } = dataset;
  let parts = 0;
  for (let i = 0; i < sites.length; i += REPLY_PART_SITES) {
    const slice = sites.slice(i, i + REPLY_PART_SITES);
    // The names' search keys too, so the page's index need not normalise every name (see indexDataset); the metrics
    // only (results extend them): the page assesses the sites itself, as the worker did.
    const nameKeys = slice.map((s) => searchKey(s.name));
    const part = encodePart({ sites: slice, metrics: results.slice(i, i + REPLY_PART_SITES), nameKeys });
    self.postMessage({ id, part } satisfies WorkerMessage, { transfer: partTransfer(part) });
    parts++;
  }
  // Made while the page unpacks the parts above (the two run side by side), not before them. The markers go with the
  // reply, so the page can draw every site at the overview; the polygons are made while it does and sent after it.
  const markers = sites.length >= PREPARE_MAP_FROM_SITES ? prepareSiteMarkers(sites, results) : null;
  const message: WorkerMessage = {
    id,
    reply: { type: 'apply', dataset: { ...dataset, sites: [], results: [] }, ...(markers ? { siteMap: markers } : {}) },
    parts,
  };
  if (!markers) {
    post(message);
    return;
  }
  self.postMessage(message, { transfer: [markers.markerLngLat.buffer as ArrayBuffer] });
  post({ id, polygons: prepareSitePolygons(sites, results) });
}

/** proj4, fetched once; every message is handled after it (in order: they all wait on this one promise). */
const crsReady = loadCrs();

self.onmessage = (
  event: MessageEvent<{ id: number; request: JobRequest; valueOf?: number } | { id: number; persist: number }>,
) =>
  void crsReady.then(
    () => handle(event),
    () => handle(event),
  );

function handle(
  event: MessageEvent<{ id: number; request: JobRequest; valueOf?: number } | { id: number; persist: number }>,
): void {
  if ('persist' in event.data) {
    const { id, persist } = event.data;
    // null: this worker no longer holds that dataset (the page stores it itself).
    if (applied?.id !== persist) post({ id, persisted: null });
    else {
      const { dataset } = applied;
      applied = null; // stored once; the worker need not hold a second copy of the page's data
      void saveUserData(dataset).then((kept) => post({ id, persisted: kept }));
    }
    return;
  }
  const { id, valueOf } = event.data;
  let request = event.data.request;
  if (request.type === 'apply' && valueOf !== undefined) {
    if (held?.id !== valueOf) {
      post({ id, needValue: true });
      return;
    }
    request = { ...request, value: held.value };
  }
  // Progress: the share of a SOSI/GML file read (preview), or of the sites analysed (apply), for the progress bar.
  const onProgress = (done: number, total: number) => post({ id, progress: total > 0 ? done / total : 1 });
  const reply = runJob(request, onProgress);
  if (reply.type === 'apply') {
    applied = { id, dataset: reply.dataset };
    sendDataset(id, reply.dataset);
    return;
  }
  if (reply.type === 'preview' && reply.preview.value) {
    const value = reply.preview.value;
    held = { id, value };
    // The page shows only the first few items; the rest stays here until "Bruk dataene" (the copy is page work).
    if (value.length > SENT_ITEMS) {
      post({
        id,
        reply: { ...reply, preview: { ...reply.preview, value: value.slice(0, SENT_ITEMS) }, valueCount: value.length },
      });
      return;
    }
  }
  post({ id, reply });
}
