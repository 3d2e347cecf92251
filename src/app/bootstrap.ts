// Start-up wiring: URL → store, then the bundled data → store (errors become a message, never a blank page).
import { actions } from '../state/actions';
import { startUrlSync } from '../state/urlSync';
import { loadBundledDataset } from './defaultData';

export function bootstrap(): void {
  startUrlSync();
  try {
    actions.datasetLoaded(loadBundledDataset());
  } catch (err) {
    actions.datasetFailed(err instanceof Error ? err.message : String(err));
  }
}
