// Web Worker for the load dialog: parses, checks and analyses the user's file off the main thread, so the page stays
// responsive.
import { runJob, type JobRequest, type LayerValue } from './loadJob';

/**
 * The value of the latest preview, kept here so that "Bruk dataene" does not send tens of thousands of sites back
 * from the page (copying them is main-thread work the page would feel); see `valueOf` in loadRunner.ts.
 */
let held: { id: number; value: LayerValue } | null = null;
/** Items of a preview's value sent to the page (the dialog lists the first five). */
const SENT_ITEMS = 20;

self.onmessage = (event: MessageEvent<{ id: number; request: JobRequest; valueOf?: number }>) => {
  const { id, valueOf } = event.data;
  let request = event.data.request;
  if (request.type === 'apply' && valueOf !== undefined) {
    if (held?.id !== valueOf) {
      self.postMessage({ id, needValue: true });
      return;
    }
    request = { ...request, value: held.value };
  }
  // Progress of the analysis (share of the sites done), for the dialog's progress bar.
  const onProgress = (done: number, total: number) => self.postMessage({ id, progress: total > 0 ? done / total : 1 });
  const reply = runJob(request, onProgress);
  if (reply.type === 'preview' && reply.preview.value) {
    const value = reply.preview.value;
    held = { id, value };
    // The page shows only the first few items; the rest stays here until "Bruk dataene" (the copy is page work).
    if (value.length > SENT_ITEMS) {
      self.postMessage({
        id,
        reply: { ...reply, preview: { ...reply.preview, value: value.slice(0, SENT_ITEMS) }, valueCount: value.length },
      });
      return;
    }
  }
  self.postMessage({ id, reply });
};
