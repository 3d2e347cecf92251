// Runs one land-accounts job at a time in a Web Worker (inline where there is none: tests, old browsers). A new job
// ends the one before it, so only the latest choice of files is ever computed.
import { runAccountsJob, type AccountsReply, type AccountsRequest } from './accountsJob';

let current: { worker: Worker; id: number } | null = null;
let nextId = 1;

export function runAccounts(request: AccountsRequest, onProgress: (done: number, total: number) => void): Promise<AccountsReply> {
  current?.worker.terminate();
  current = null;
  if (typeof Worker === 'undefined') return Promise.resolve().then(() => runAccountsJob(request, onProgress));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./accountsWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve().then(() => runAccountsJob(request, onProgress));
  }
  const id = nextId++;
  current = { worker, id };
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<{ id: number; progress?: { done: number; total: number }; reply?: AccountsReply }>) => {
      if (event.data.id !== id) return;
      if (event.data.progress) onProgress(event.data.progress.done, event.data.progress.total);
      if (event.data.reply) {
        worker.terminate();
        if (current?.id === id) current = null;
        resolve(event.data.reply);
      }
    };
    worker.onerror = (event) => {
      // A worker that cannot start: run this job inline instead.
      event.preventDefault();
      worker.terminate();
      if (current?.id === id) current = null;
      resolve(runAccountsJob(request, onProgress));
    };
    worker.postMessage({ id, request });
  });
}
