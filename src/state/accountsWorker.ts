// Web Worker for the land accounts: 10 000 × 10 000 polygons take seconds, so they run off the main thread and
// report progress as they go.
import { runAccountsJob, type AccountsRequest } from './accountsJob';

self.onmessage = (event: MessageEvent<{ id: number; request: AccountsRequest }>) => {
  const { id, request } = event.data;
  const reply = runAccountsJob(request, (done, total) => self.postMessage({ id, progress: { done, total } }));
  self.postMessage({ id, reply });
};
