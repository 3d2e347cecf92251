// Web Worker: builds the synthetic dataset (≈0.5 s of geometry for 10 000 sites) off the main thread.
import { buildSyntheticDataset } from './syntheticDataset';

interface Request {
  count: number;
  seed: number;
}

import { loadCrs } from '../domain/crs';

/** proj4, fetched once before the first request is handled. */
const crsReady = loadCrs();

self.onmessage = (event: MessageEvent<Request>) =>
  void crsReady.then(
    () => handle(event),
    () => handle(event),
  );

function handle(event: MessageEvent<Request>): void {
  try {
    self.postMessage({ ok: true, dataset: buildSyntheticDataset(event.data.count, event.data.seed) });
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
}
