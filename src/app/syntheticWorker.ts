// Web Worker: builds the synthetic dataset (≈0.5 s of geometry for 10 000 sites) off the main thread.
import { buildSyntheticDataset } from './syntheticDataset';

interface Request {
  count: number;
  seed: number;
}

self.onmessage = (event: MessageEvent<Request>) => {
  try {
    self.postMessage({ ok: true, dataset: buildSyntheticDataset(event.data.count, event.data.seed) });
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
