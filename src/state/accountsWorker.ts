// Web Worker for the land accounts: 10 000 × 10 000 polygons take seconds, so they run off the main thread and
// report progress as they go. The load dialog's previews of the files run here too.
import { previewAccountsFile, runAccountsJob, type AccountsPreviewRequest, type AccountsRequest } from './accountsJob';

self.onmessage = (event: MessageEvent<{ id: number; request: AccountsRequest | AccountsPreviewRequest }>) => {
  const { id, request } = event.data;
  if ('type' in request && request.type === 'preview') {
    self.postMessage({ id, reply: previewAccountsFile(request) });
    return;
  }
  const reply = runAccountsJob(request as AccountsRequest, (done, total) =>
    self.postMessage({ id, progress: { done, total } }),
  );
  self.postMessage({ id, reply });
};
