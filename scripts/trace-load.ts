// Where the page's time goes while a large plan file loads: `npx tsx scripts/trace-load.ts [sites=20000]`.
// Builds the app, loads a border-heavy plan file through "Last inn data" (as scripts/bench-browser.ts does) with a
// Chromium trace (the main thread's tasks) and a sampling CPU profile running, then prints each main-thread task over
// 50 ms (start after the file was chosen, length) with the functions that took most of its time (self time, sampled).
import { rmSync, writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/helpers/browser.ts';
import { makeBorderData } from './bench/borderData.ts';
import { buildApp, freshPage, readyMs, serve } from './bench-browser.ts';

const [sites = 20000] = process.argv.slice(2).map(Number);
const dist = `/tmp/naeringsarealkart-trace-app-${process.pid}`;
const planFile = `/tmp/naeringsarealkart-trace-plan-${process.pid}.geojson`;
const LONG_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel',
    transferMode: 'ReportEvents',
  });
  await run();
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

const where = (f: ProfileNode['callFrame']): string =>
  `${f.functionName || '(anonymous)'} ${f.url
    .split('/')
    .pop()
    ?.replace(/-[\w-]{8}\.m?js$/, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;

const main = async (): Promise<void> => {
  buildApp(dist, ['--minify', 'false']);
  const app = await serve(dist);
  const { browser, close } = await launchBrowser();
  try {
    writeFileSync(planFile, JSON.stringify(makeBorderData(sites, 0, 12).sites));
    const p = await freshPage(browser);
    await p.page.goto(`${app.url}/`);
    await readyMs(p.page);
    await p.page.getByRole('button', { name: 'Last inn data' }).click();
    await p.page.getByRole('dialog', { name: 'Last inn egne data' }).waitFor();
    const cdp = await p.page.context().newCDPSession(p.page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    let marks: number[] = [];
    const events = await trace(cdp, async () => {
      const t0 = Date.now();
      await p.page.setInputFiles('[data-testid=file-input]', planFile);
      // Polls every 20 ms, as bench-browser.ts does (a locator's waitFor backs off to 500 ms between checks).
      await p.page.waitForFunction(() => document.querySelector('[data-testid=load-counts]') !== null, undefined, {
        timeout: 120_000,
        polling: 20,
      });
      const t1 = Date.now();
      await p.page.getByRole('button', { name: 'Bruk dataene' }).click();
      await p.page.waitForFunction(
        (n) => document.querySelector('[data-testid="map"]')?.getAttribute('data-map-sites') === String(n),
        sites,
        { timeout: 120_000, polling: 20 },
      );
      marks = [t0, t1, Date.now()];
    });
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    console.log(`preview ${marks[1]! - marks[0]!} ms, apply ${marks[2]! - marks[1]!} ms (wall, as seen from here)`);

    // The page's main thread: the renderer thread named CrRendererMain with the most task time.
    const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const tasks = (pid: number, tid: number) =>
      events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === tid);
    let mainTasks: TraceEvent[] = [];
    for (const t of names) {
      const ts = tasks(t.pid, t.tid);
      const sum = (xs: TraceEvent[]) => xs.reduce((s, e) => s + (e.dur ?? 0), 0);
      if (sum(ts) > sum(mainTasks)) mainTasks = ts;
    }
    const start = Math.min(...mainTasks.map((e) => e.ts));
    const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
    const sampleTimes: number[] = [];
    let t = profile.startTime;
    for (const d of profile.timeDeltas) sampleTimes.push((t += d));
    const long = mainTasks.filter((e) => (e.dur ?? 0) / 1000 > LONG_MS).sort((a, b) => a.ts - b.ts);
    const busy = mainTasks.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    console.log(
      `main thread: ${mainTasks.length} tasks, ${busy.toFixed(0)} ms busy; ${long.length} over ${LONG_MS} ms`,
    );
    for (const task of long) {
      const end = task.ts + (task.dur ?? 0);
      const self = new Map<string, number>();
      let total = 0;
      for (let i = 0; i < sampleTimes.length; i++) {
        const st = sampleTimes[i] as number;
        if (st < task.ts || st > end) continue;
        const node = byId.get(profile.samples[i] as number);
        if (!node) continue;
        const key = where(node.callFrame);
        self.set(key, (self.get(key) ?? 0) + 1);
        total++;
      }
      // What else ran inside the task (layout, paint, GC, script entry points).
      const inner = events
        .filter((e) => e.pid === task.pid && e.tid === task.tid && e.ph === 'X' && e.ts >= task.ts && e.ts < end)
        .filter((e) => e.name !== 'RunTask' && (e.dur ?? 0) > 5000)
        .map(
          (e) =>
            `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName as string})` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`,
        )
        .slice(0, 8);
      console.log(
        `\n+${((task.ts - start) / 1000).toFixed(0)} ms: task ${((task.dur ?? 0) / 1000).toFixed(0)} ms` +
          (inner.length ? ` [${inner.join(', ')}]` : ''),
      );
      for (const [k, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 10))
        console.log(`   ${((100 * c) / Math.max(1, total)).toFixed(0).padStart(3)} %  ${k}`);
    }
    await p.close();
  } finally {
    await close();
    app.server.close();
    rmSync(dist, { recursive: true, force: true });
    rmSync(planFile, { force: true });
  }
};

await main();
