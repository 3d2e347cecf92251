// Web Worker for the land accounts: 10 000 × 10 000 polygons take seconds, so they run off the main thread and
// report progress as they go. The load dialog's previews of the files run here too.
import { previewAccountsFile, runAccountsJob, type AccountsPreviewRequest, type AccountsRequest } from './accountsJob';

import { loadCrs } from '../domain/crs';

/** proj4, fetched once; every message is handled after it (in order: they all wait on this one promise). */
const crsReady = loadCrs();

self.onmessage = (event: MessageEvent<{ id: number; request: AccountsRequest | AccountsPreviewRequest }>) =>
  void crsReady.then(
    () => handle(event),
    () => handle(event),
  );

function handle(event: MessageEvent<{ id: number; request: AccountsRequest | AccountsPreviewRequest }>): void {
  const { id, request } = event.data;
  if ('type' in request && request.type === 'preview') {
    self.postMessage({ id, reply: previewAccountsFile(request) });
    return;
  }
  const reply = runAccountsJob(request as AccountsRequest, (done, total) =>
    self.postMessage({ id, progress: { done, total } }),
  );
  self.postMessage({ id, reply });
}
