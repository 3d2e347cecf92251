// Web Worker for the load dialog: parses, checks and analyses the user's file off the main thread, so the page stays
// responsive; it also keeps the applied data in IndexedDB for the next visit, so that copy is not page work either.
import { saveUserData } from './userDataPersist';
import { runJob, type JobRequest, type LayerValue } from './loadJob';
import type { Dataset } from '../domain/dataset';
import type { WorkerMessage } from './loadProtocol';
import { ApplyAhead, datasetMessages, PREPARE_MAP_FROM_SITES, type Outgoing } from './applyAhead';
import { loadCrs } from '../domain/crs';

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
const postOut = (id: number, { message, transfer }: Outgoing): void =>
  self.postMessage({ id, ...message } as WorkerMessage, { transfer });

/** Runs `step` in a later task (a message to itself: timers nested this deep would wait 4 ms each). */
function later(step: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    step();
  };
  channel.port2.postMessage(null);
}

/** A large sites file's apply job, worked ahead while its preview is shown (see applyAhead.ts). */
const ahead = new ApplyAhead(postOut, later);

/**
 * What the page sends: a job (an apply job may name the preview whose value is held here), a persist request, or a
 * release of what the dialog no longer needs (it closed, or applied the file).
 */
type PageMessage =
  { id: number; request: JobRequest; valueOf?: number } | { id: number; persist: number } | { release: true };

/** proj4, fetched once; every message is handled after it (in order: they all wait on this one promise). */
const crsReady = loadCrs();

self.onmessage = (event: MessageEvent<PageMessage>) =>
  void crsReady.then(
    () => handle(event),
    () => handle(event),
  );

function handle(event: MessageEvent<PageMessage>): void {
  if ('release' in event.data) {
    held = null;
    ahead.cancel();
    return;
  }
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
      ahead.cancel();
      post({ id, needValue: true });
      return;
    }
    const dataset = ahead.take(id, valueOf, request);
    if (dataset) {
      applied = { id, dataset };
      return;
    }
    request = { ...request, value: held.value };
  }
  ahead.cancel();
  // Progress: the share of a SOSI/GML file read (preview), or of the sites analysed (apply), for the progress bar.
  const onProgress = (done: number, total: number) => post({ id, progress: total > 0 ? done / total : 1 });
  const reply = runJob(request, onProgress);
  if (reply.type === 'apply') {
    applied = { id, dataset: reply.dataset };
    for (const out of datasetMessages(reply.dataset)) if (out) postOut(id, out);
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
    } else post({ id, reply });
    // A large sites file that can be applied: its apply job is started now, while the user reads the preview.
    if (request.type === 'preview' && request.ahead && reply.kind === 'sites' && reply.preview.ok) {
      if (value.length >= PREPARE_MAP_FROM_SITES) {
        const { name: file } = request.data;
        ahead.start(id, { value, file, warnings: reply.preview.warnings }, request.ahead);
      }
    }
    return;
  }
  post({ id, reply });
}
