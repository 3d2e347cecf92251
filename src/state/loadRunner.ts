// Runs load jobs in one long-lived Web Worker (created on first use), or inline where there is no Worker (tests, old browsers).
import { runJob, type JobReply, type JobRequest } from './loadJob';

type Pending = { request: JobRequest; resolve: (reply: JobReply) => void; onProgress?: (share: number) => void };

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

/** Jobs the worker did not finish are run inline, so a worker that cannot start costs responsiveness, not the import. */
function runPendingInline(): void {
  const jobs = [...pending.values()];
  pending.clear();
  for (const p of jobs) p.resolve(runJob(p.request, p.onProgress && ((done, total) => p.onProgress?.(total > 0 ? done / total : 1))));
}

function getWorker(): Worker | null {
  if (worker || workerBroken || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./loadWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerBroken = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<{ id: number; reply: JobReply } | { id: number; progress: number }>) => {
    if ('progress' in event.data) {
      pending.get(event.data.id)?.onProgress?.(event.data.progress);
      return;
    }
    const p = pending.get(event.data.id);
    pending.delete(event.data.id);
    p?.resolve(event.data.reply);
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
  if (!w) return Promise.resolve().then(() => runJob(request, onProgress && ((done, total) => onProgress(total > 0 ? done / total : 1))));
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { request, resolve, onProgress });
    w.postMessage({ id, request });
  });
}
