// Runs load jobs in one long-lived Web Worker (created on first use), or inline where there is no Worker (tests, old
// browsers).
// The job code (every reader, SOSI/GML, repair) is fetched on first use, never with the first page load.
import type { JobReply, JobRequest, LayerValue } from './loadJob';

/** The job module, imported on first inline use; a module that cannot be fetched is a failed job, never a rejection. */
async function runJobHere(request: JobRequest, onProgress?: (done: number, total: number) => void): Promise<JobReply> {
  try {
    return (await import('./loadJob')).runJob(request, onProgress);
  } catch (e) {
    return { type: 'failed', code: 'job-crashed', detail: e instanceof Error ? e.message : String(e) };
  }
}

type Pending = { request: JobRequest; resolve: (reply: JobReply) => void; onProgress?: (share: number) => void };

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();
/** Preview values the worker still holds, by the job that made them: an apply job then sends only that job's id. */
const heldByWorker = new WeakMap<LayerValue, number>();
/** Preview values the worker sent only the first items of (`valueCount` in the reply): never to be applied here. */
const partial = new WeakSet<LayerValue>();

/** The job itself, unless it would apply a partial value (the worker that held the rest is gone or replaced it). */
function runHere(p: Pending): Promise<JobReply> {
  if (p.request.type === 'apply' && partial.has(p.request.value)) {
    return Promise.resolve({ type: 'failed', code: 'preview-lost' });
  }
  return runJobHere(p.request, p.onProgress && ((done, total) => p.onProgress?.(total > 0 ? done / total : 1)));
}

/** Jobs the worker did not finish are run inline, so a worker that cannot start costs responsiveness, not the import.
 * */
function runPendingInline(): void {
  const jobs = [...pending.values()];
  pending.clear();
  for (const p of jobs) void runHere(p).then(p.resolve);
}

function getWorker(): Worker | null {
  if (worker || workerBroken || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./loadWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerBroken = true;
    return null;
  }
  worker.onmessage = (
    event: MessageEvent<
      { id: number; reply: JobReply } | { id: number; progress: number } | { id: number; needValue: true }
    >,
  ) => {
    const { data } = event;
    if ('progress' in data) {
      pending.get(data.id)?.onProgress?.(data.progress);
      return;
    }
    if ('needValue' in data) {
      // The worker no longer holds that preview (a newer one replaced it): send the value itself after all.
      const p = pending.get(data.id);
      if (!p) return;
      if (p.request.type === 'apply' && partial.has(p.request.value)) {
        pending.delete(data.id);
        void runHere(p).then(p.resolve);
      } else worker?.postMessage({ id: data.id, request: p.request });
      return;
    }
    const p = pending.get(data.id);
    pending.delete(data.id);
    if (data.reply.type === 'preview' && data.reply.preview.value) {
      heldByWorker.set(data.reply.preview.value, data.id);
      if (data.reply.valueCount !== undefined) partial.add(data.reply.preview.value);
    }
    p?.resolve(data.reply);
  };
  worker.onerror = (event) => {
    // A worker that cannot start (or dies) is not retried: this and later jobs run inline instead.
    event.preventDefault();
    worker?.terminate();
    worker = null;
    workerBroken = true;
    runPendingInline();
  };
  return worker;
}

/**
 * Resolves with the job's reply; never rejects (failures come back as `{ type: 'failed' }`). `onProgress` gets the
 * share of the analysis done (0–1) while an apply job runs.
 */
export function runLoadJob(request: JobRequest, onProgress?: (share: number) => void): Promise<JobReply> {
  const w = getWorker();
  if (!w) return runJobHere(request, onProgress && ((done, total) => onProgress(total > 0 ? done / total : 1)));
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { request, resolve, onProgress });
    const valueOf = request.type === 'apply' ? heldByWorker.get(request.value) : undefined;
    if (valueOf === undefined) w.postMessage({ id, request });
    else w.postMessage({ id, request: { ...request, value: [] }, valueOf });
  });
}
