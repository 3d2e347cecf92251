// Times a filter change in the page: from the change event until the list count has changed and the map is idle.
import type { Page } from 'playwright-core';

export interface FilterTiming {
  /** Until the list's "N av M" text changed (React committed the new list). */
  listMs: number;
  /** Until the map fired 'idle' after repainting the new visibility. */
  mapMs: number;
  /** The later of the two: when both the list and the map show the new filter. */
  totalMs: number;
  countText: string;
}

/** Sets a filter <select> to `value` inside the page and waits for both the list and the map. */
export async function timeSelectChange(page: Page, selectId: string, value: string): Promise<FilterTiming> {
  return page.evaluate(
    ({ selectId: id, value: v }) =>
      new Promise<FilterTiming>((resolve, reject) => {
        const map = (
          window as unknown as { __naeringsarealkart: { map: { once: (e: string, cb: () => void) => void } } }
        ).__naeringsarealkart.map;
        const count = document.querySelector('[data-testid="site-count"]');
        const select = document.getElementById(id) as HTMLSelectElement | null;
        if (!count || !select) {
          reject(new Error('no list count or no select'));
          return;
        }
        const before = count.textContent;
        // No named function constants in here: tsx would wrap them in a `__name` helper the page does not have.
        const seen = { listAt: 0, idleAt: 0, t0: 0 };
        const observer = new MutationObserver(() => {
          if (count.textContent === before || seen.listAt) return;
          seen.listAt = performance.now();
          observer.disconnect();
          if (seen.idleAt)
            resolve({
              listMs: seen.listAt - seen.t0,
              mapMs: seen.idleAt - seen.t0,
              totalMs: Math.max(seen.listAt, seen.idleAt) - seen.t0,
              countText: count.textContent ?? '',
            });
        });
        observer.observe(count, { childList: true, subtree: true, characterData: true });
        map.once('idle', () => {
          seen.idleAt = performance.now();
          if (seen.listAt)
            resolve({
              listMs: seen.listAt - seen.t0,
              mapMs: seen.idleAt - seen.t0,
              totalMs: Math.max(seen.listAt, seen.idleAt) - seen.t0,
              countText: count.textContent ?? '',
            });
        });
        setTimeout(
          () =>
            reject(
              new Error(`no list change and map idle within 10 s (list ${seen.listAt > 0}, map ${seen.idleAt > 0})`),
            ),
          10_000,
        );
        seen.t0 = performance.now();
        select.value = v;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    { selectId, value },
  );
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
