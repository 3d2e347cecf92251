// A large sites file's apply job worked ahead while its preview is shown: "Bruk dataene" then gets exactly the messages
// the job would have sent had it run only then (same parts, reply and polygons, in order, under its own id), however far
// the work got; an apply job that asks for anything else gets nothing from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHubs, loadRegions } from '../../../src/data/loaders.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import type { Site } from '../../../src/domain/types.ts';
import { sitePolygonsInSteps } from '../../../src/domain/siteMapFeatures.ts';
import { ApplyAhead, datasetMessages, sameData, type AheadBase, type Outgoing } from '../../../src/state/applyAhead.ts';
import { applyLayer, previewFile, type ApplyRequest } from '../../../src/state/loadJob.ts';
import { makeBorderData } from '../../../scripts/bench/borderData.ts';

const read = (name: string) => readFileSync(`geodata/${name}.geojson`, 'utf8');
const base: AheadBase = {
  hubs: loadHubs(read('hubs'), { file: 'geodata/hubs.geojson' }).value,
  regions: loadRegions(read('regions'), { file: 'geodata/regions.geojson' }).value,
  assumptions: DEFAULT_ASSUMPTIONS,
  warnings: [{ code: 'bundled-note', file: 'geodata/sites.geojson' }],
  userFiles: {},
};

const FILE = 'plan.geojson';
const preview = previewFile({
  type: 'preview',
  data: { type: 'geojson', name: FILE, text: JSON.stringify(makeBorderData(1200, 0, 5).sites) },
  kind: null,
  crs: null,
  fields: {},
  hubRule: null,
});
const value = preview.preview.value as Site[];
const warnings = preview.preview.warnings;

/** The apply job "Bruk dataene" sends for that preview (the page's own sites in base, which a sites file replaces). */
const applyRequest = (over: Partial<ApplyRequest> = {}): ApplyRequest => ({
  type: 'apply',
  base: { ...base, sites: value.slice(0, 3) },
  kind: 'sites',
  value: [],
  file: FILE,
  warnings,
  ...over,
});

/** An ApplyAhead whose later steps run only when the test says, and what it posted. */
function harness(stepSites?: number) {
  const queue: (() => void)[] = [];
  const posted: { id: number; out: Outgoing }[] = [];
  const ahead = new ApplyAhead(
    (id, out) => posted.push({ id, out }),
    (step) => queue.push(step),
    stepSites,
  );
  const run = (steps = Infinity): number => {
    let ran = 0;
    while (ran < steps && queue.length > 0) {
      (queue.shift() as () => void)();
      ran++;
    }
    return ran;
  };
  return { ahead, posted, run, queued: () => queue.length };
}

const PREVIEW_ID = 7;
const APPLY_ID = 8;
const start = (h: ReturnType<typeof harness>) =>
  h.ahead.start(PREVIEW_ID, { value, file: FILE, warnings }, { ...base });

// What the job sends when it runs only once asked (loadWorker.ts, without working ahead).
const direct = applyLayer({ ...applyRequest(), value });
const directMessages = [...datasetMessages(direct)].flatMap((o) => (o ? [o.message] : []));

describe('an apply job worked ahead', () => {
  it('is the job itself: the same dataset as running it when asked, and 3 parts, the reply and the polygons', () => {
    expect(value).toHaveLength(1200);
    // 1 200 sites: parts of 500, then the reply with the markers, then the polygons.
    expect(directMessages.map((m) => Object.keys(m).sort().join('+'))).toEqual([
      'part',
      'part',
      'part',
      'parts+reply',
      'polygons',
    ]);
  });

  it('moves the polygons to the page as UTF-8 bytes of the very batches the map takes', () => {
    const out = [...datasetMessages(direct)].flatMap((o) => (o ? [o] : []));
    const last = out.at(-1)!;
    const polygons = (last.message as { polygons: Uint8Array[] }).polygons;
    expect(polygons).toHaveLength(1); // 1 200 sites, one batch of 1 500
    expect(polygons[0]).toBeInstanceOf(Uint8Array);
    expect(last.transfer).toEqual(polygons.map((b) => b.buffer));
    const text = new TextDecoder().decode(polygons[0]);
    expect(text).toBe(sitePolygonsInSteps(direct.sites, direct.results).result()[0]);
    expect(JSON.parse(text)).toHaveLength(1200);
  });

  // With the metrics 250 sites a step: 5 steps of metrics, 1 for the rest of the analysis, then one per message.
  it.each([
    ['all the work done before the click', Infinity],
    ['the click after the analysis and two parts', 8],
    ['the click right after the analysis', 6],
    ['the click halfway through the metrics', 3],
    ['the click before any step', 0],
  ])('%s: every message of the job, in order, under the apply id', (_, steps) => {
    const h = harness(250);
    start(h);
    h.run(steps);
    const progress = h.posted.filter((p) => 'progress' in p.out.message);
    expect(progress).toHaveLength(Math.min(steps, 5));
    expect(progress.every((p) => p.id === PREVIEW_ID)).toBe(true);
    expect(h.posted.filter((p) => !('progress' in p.out.message))).toEqual([]); // nothing sent before it is asked
    const dataset = h.ahead.take(APPLY_ID, PREVIEW_ID, applyRequest());
    expect(dataset).toEqual(direct);
    // The metrics still to do when asked report their progress under the apply job's id.
    const after = h.posted.slice(progress.length).filter((p) => 'progress' in p.out.message);
    expect(after).toHaveLength(5 - Math.min(steps, 5));
    expect(after.every((p) => p.id === APPLY_ID)).toBe(true);
    const sent = h.posted.filter((p) => !('progress' in p.out.message));
    expect(sent.every((p) => p.id === APPLY_ID)).toBe(true);
    expect(sent.map((p) => p.out.message)).toEqual(directMessages);
    // Each part moves its typed arrays' buffers, as the job's own parts do.
    for (const p of sent.filter((s) => 'part' in s.out.message)) expect(p.out.transfer.length).toBeGreaterThan(0);
    // Taken: no step is left that would post anything more.
    h.run();
    expect(h.posted.filter((p) => !('progress' in p.out.message))).toHaveLength(directMessages.length);
  });

  it('reports the metrics done under the preview id, a step at a time, up to all of them', () => {
    const h = harness(250);
    start(h);
    h.run(5);
    const shares = h.posted.map((p) => (p.out.message as { progress: number }).progress);
    expect(shares).toEqual([250, 500, 750, 1000, 1200].map((n) => n / 1200));
  });

  it.each([
    ['another preview', () => h0(PREVIEW_ID + 1, applyRequest())],
    ['another file name', () => h0(PREVIEW_ID, applyRequest({ file: 'other.geojson' }))],
    ['other warnings', () => h0(PREVIEW_ID, applyRequest({ warnings: [...warnings, { code: 'x', file: FILE }] }))],
    ['hubs changed since', () => h0(PREVIEW_ID, applyRequest({ base: { ...applyRequest().base, hubs: [] } }))],
    [
      'assumptions changed since',
      () =>
        h0(
          PREVIEW_ID,
          applyRequest({
            base: {
              ...applyRequest().base,
              assumptions: { ...DEFAULT_ASSUMPTIONS, nearHubM: DEFAULT_ASSUMPTIONS.nearHubM + 100 },
            },
          }),
        ),
    ],
    ['a hubs file', () => h0(PREVIEW_ID, applyRequest({ kind: 'hubs' }))],
  ])('gives nothing to an apply job of %s, and is dropped', (_, take) => {
    const { dataset, h } = take();
    expect(dataset).toBeNull();
    expect(h.posted.filter((p) => !('progress' in p.out.message))).toEqual([]);
    expect(h.run()).toBe(0);
  });

  it('gives nothing once cancelled, and its queued step does no more work', () => {
    const cancelled = harness(250);
    start(cancelled);
    cancelled.run(2);
    cancelled.ahead.cancel();
    cancelled.run(); // the step already queued finds the work dropped and queues no other
    expect(cancelled.queued()).toBe(0);
    expect(cancelled.ahead.take(APPLY_ID, PREVIEW_ID, applyRequest())).toBeNull();
    expect(cancelled.posted.filter((p) => !('progress' in p.out.message))).toEqual([]);
    expect(cancelled.posted).toHaveLength(2); // the two steps' progress, nothing after
  });

  it('stops working once all is made: nothing more is queued', () => {
    const h = harness();
    start(h);
    // 1 200 sites' metrics in one step of 2 000, the rest of the analysis, one step per message, then the step that
    // finds the messages all made.
    expect(h.run()).toBe(1 + 1 + directMessages.length + 1);
    expect(h.queued()).toBe(0);
  });
});

/** Works the whole job ahead, then lets `request` (apply job of `previewId`) take it. */
function h0(previewId: number, request: ApplyRequest) {
  const h = harness();
  start(h);
  h.run();
  return { dataset: h.ahead.take(APPLY_ID, previewId, request), h };
}

describe('sameData', () => {
  it('compares JSON-like data by value, keys in any order, NaN equal to NaN', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData([NaN], [NaN])).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData({ a: 0 }, { a: -0 })).toBe(false);
    expect(sameData('1', 1)).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});
