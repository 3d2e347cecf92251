// Web Worker for the load dialog: parses, checks and analyses the user's file off the main thread, so the page stays responsive.
import { runJob, type JobRequest } from './loadJob';

self.onmessage = (event: MessageEvent<{ id: number; request: JobRequest }>) => {
  self.postMessage({ id: event.data.id, reply: runJob(event.data.request) });
};
