// "Bruk dataene" on a large file closes the dialog in one task and shows the new data in a later one (the browser's
// relayout on close is then cheap); a small file does both in one go, the data first.
import { afterEach, describe, expect, it } from 'vitest';
import { makeBorderData } from '../../../scripts/bench/borderData.ts';
import { handMadeDataset } from '../../component/fixtures';
import { actions } from '../../../src/state/actions';
import { loadActions, useLoadStore } from '../../../src/state/loadStore';
import { useAppStore } from '../../../src/state/store';

function planFile(n: number) {
  const text = JSON.stringify(makeBorderData(n, 0, 5).sites);
  return { name: 'plan.geojson', size: text.length, text: async () => text };
}

/** Loads n sites through the dialog; says what the page showed at each step, and whether a task passed between. */
async function confirmSteps(n: number): Promise<string[]> {
  actions.datasetLoaded({ ...handMadeDataset(), origin: 'bundled' as const });
  const before = useAppStore.getState().dataset;
  await loadActions.chooseFiles([planFile(n)]);
  expect(useLoadStore.getState().reply?.preview.ok).toBe(true);
  const steps: string[] = [];
  let tick = 0;
  let seenTick = 0;
  const step = (what: string) => {
    steps.push(tick === seenTick ? what : `(task) ${what}`);
    seenTick = tick;
  };
  const unsubLoad = useLoadStore.subscribe((s, prev) => {
    if (prev.open && !s.open) step(`closed with ${useAppStore.getState().dataset === before ? 'old' : 'new'} data`);
    if (s.announcement && s.announcement !== prev.announcement) step(`announced ${s.announcement.type}`);
  });
  const unsubApp = useAppStore.subscribe((s, prev) => {
    if (s.dataset !== prev.dataset) step(`data shown: ${s.dataset?.sites.length} sites`);
  });
  // Counts the macrotasks that run while confirm works.
  let running = true;
  const ticker = () => {
    tick++;
    if (running) setTimeout(ticker, 0);
  };
  setTimeout(ticker, 0);
  const ok = await loadActions.confirm();
  running = false;
  unsubLoad();
  unsubApp();
  expect(ok).toBe(true);
  return steps;
}

describe('confirming a load', () => {
  afterEach(() => loadActions.reset());

  it('closes the dialog over the old data first when the file is large, and shows the new data a task later', async () => {
    const steps = await confirmSteps(1200);
    expect(steps).toEqual(['(task) closed with old data', '(task) data shown: 1200 sites', 'announced applied']);
  }, 60_000);

  it('shows the new data and closes the dialog in the same task when the file is small', async () => {
    const steps = await confirmSteps(30);
    expect(steps).toEqual(['(task) data shown: 30 sites', 'closed with new data', 'announced applied']);
  }, 60_000);
});
