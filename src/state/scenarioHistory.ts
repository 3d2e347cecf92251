// A bounded undo/redo history of immutable states: undo is a step back along a stack of whole states.

/** Enough steps for a working session; a state is a few small objects, so 100 of them cost little memory. */
export const HISTORY_LIMIT = 100;

export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /**
   * What the last recorded change was about (e.g. one input field). A further change with the same key replaces the
   * present instead of adding a step, so typing "3,5" into one field is one undo step, not three.
   */
  lastKey: string | null;
}

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null };
}

/** The history after a change to `next`; the same state object again records nothing. */
export function record<T>(h: History<T>, next: T, key: string | null = null, limit = HISTORY_LIMIT): History<T> {
  if (next === h.present) return h;
  if (key !== null && key === h.lastKey) return { past: h.past, present: next, future: [], lastKey: key };
  const past =
    h.past.length >= limit ? [...h.past.slice(h.past.length - limit + 1), h.present] : [...h.past, h.present];
  return { past, present: next, future: [], lastKey: key };
}

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past.at(-1);
  if (h.past.length === 0) return h;
  return { past: h.past.slice(0, -1), present: previous as T, future: [h.present, ...h.future], lastKey: null };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  return { past: [...h.past, h.present], present: h.future[0] as T, future: h.future.slice(1), lastKey: null };
}

export const canUndo = (h: History<unknown>): boolean => h.past.length > 0;
export const canRedo = (h: History<unknown>): boolean => h.future.length > 0;
