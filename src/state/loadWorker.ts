// Web Worker for the load dialog: parses, checks and analyses the user's file off the main thread, so the page stays responsive.
import { runJob, type JobRequest } from './loadJob';

self.onmessage = (event: MessageEvent<{ id: number; request: JobRequest }>) => {
  const { id } = event.data;
  // Progress of the analysis (share of the sites done), for the dialog's progress bar.
  const onProgress = (done: number, total: number) => self.postMessage({ id, progress: total > 0 ? done / total : 1 });
  self.postMessage({ id, reply: runJob(event.data.request, onProgress) });
};
