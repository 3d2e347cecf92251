// The first-map gate (issue 12): what the first page load leaves out — proj4, the side panels, the scenario start-up
// — is fetched once the explorer's map is first ready (or has failed), or after FIRST_MAP_MAX_WAIT_MS if it never
// reports, so a map that cannot start never holds the rest of the page back.
import { create } from 'zustand';

export const FIRST_MAP_MAX_WAIT_MS = 8000;

interface FirstMapState {
  /** True once the first map is ready or failed, or the wait ran out. */
  open: boolean;
}

export const useFirstMapStore = create<FirstMapState>(() => ({ open: false }));

let resolveOpen: () => void = () => undefined;
/** Resolves when the gate opens. */
export const firstMapDone: Promise<void> = new Promise((resolve) => {
  resolveOpen = resolve;
});

/** Opens the gate (once; later calls do nothing). */
export function openFirstMapGate(): void {
  if (useFirstMapStore.getState().open) return;
  useFirstMapStore.setState({ open: true });
  resolveOpen();
}

/** Starts the longest wait; the map opens the gate earlier when it is ready. */
export function startFirstMapGate(maxWaitMs = FIRST_MAP_MAX_WAIT_MS): void {
  setTimeout(openFirstMapGate, maxWaitMs);
}
