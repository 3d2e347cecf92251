// Runs land-accounts jobs in a Web Worker (inline where there is none: tests, old browsers). A new run ends the one
// before it, so only the latest choice of files is ever computed; likewise a new preview of a slot ends that slot's
// earlier preview.
import {
  previewAccountsFile,
  runAccountsJob,
  type AccountsPreviewReply,
  type AccountsPreviewRequest,
  type AccountsReply,
  type AccountsRequest,
  type AccountsSlot,
} from './accountsJob';

interface Running {
  worker: Worker;
  id: number;
}

let nextId = 1;

/** One job in a fresh worker; `inline` runs it on this thread when no worker can start. */
function inWorker<R>(
  request: AccountsRequest | AccountsPreviewRequest,
  inline: () => R,
  onStart: (r: Running) => void,
  onEnd: (id: number) => void,
  onProgress?: (done: number, total: number) => void,
): Promise<R> {
  if (typeof Worker === 'undefined') return Promise.resolve().then(inline);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./accountsWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve().then(inline);
  }
  const id = nextId++;
  onStart({ worker, id });
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<{ id: number; progress?: { done: number; total: number }; reply?: R }>) => {
      if (event.data.id !== id) return;
      if (event.data.progress) onProgress?.(event.data.progress.done, event.data.progress.total);
      if (event.data.reply) {
        worker.terminate();
        onEnd(id);
        resolve(event.data.reply);
      }
    };
    worker.onerror = (event) => {
      // A worker that cannot start: run this job inline instead.
      event.preventDefault();
      worker.terminate();
      onEnd(id);
      resolve(inline());
    };
    worker.postMessage({ id, request });
  });
}

let current: Running | null = null;

export function runAccounts(
  request: AccountsRequest,
  onProgress: (done: number, total: number) => void,
): Promise<AccountsReply> {
  current?.worker.terminate();
  current = null;
  return inWorker<AccountsReply>(
    request,
    () => runAccountsJob(request, onProgress),
    (r) => (current = r),
    (id) => {
      if (current?.id === id) current = null;
    },
    onProgress,
  );
}

const previews = new Map<AccountsSlot, Running>();

/** How one file would be read (see previewAccountsFile); a later preview of the same slot ends this one. */
export function previewAccounts(request: AccountsPreviewRequest): Promise<AccountsPreviewReply> {
  previews.get(request.slot)?.worker.terminate();
  previews.delete(request.slot);
  return inWorker<AccountsPreviewReply>(
    request,
    () => previewAccountsFile(request),
    (r) => previews.set(request.slot, r),
    (id) => {
      if (previews.get(request.slot)?.id === id) previews.delete(request.slot);
    },
  );
}

/** Ends every preview under way (the dialog was closed): their answers are no longer wanted. */
export function cancelAccountsPreviews(): void {
  for (const r of previews.values()) r.worker.terminate();
  previews.clear();
}
