// The border-heavy part of `npm run bench`: sites on the nord/syd line and the kommune boundary (borderData.ts),
// timed in-process (parse + metrics) and through the report CLI end to end, process start included.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadHubs, loadRegions, loadSites } from '../../src/data/loaders.ts';
import { computeGeometryMetrics } from '../../src/domain/analyse.ts';
import { makeBorderData } from './borderData.ts';
import { childCpuMs } from './childCpu.ts';

const root = resolve(import.meta.dirname, '../..');
export const CLI_100K_TARGET_MS = 5000;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function timed(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** Lines for the report: in-process parse + metrics, and the CLI wall time, for each size. */
export function borderBench(
  sizes: { n: number; runs: number }[],
  hubs = 5000,
): { lines: string[]; cliMs: Map<number, number> } {
  const dir = `/tmp/naeringsarealkart-bench-border-${process.pid}`;
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  const cliMs = new Map<number, number>();
  try {
    // Build the CLI bundle first so its one-off build is not timed.
    execFileSync(process.execPath, [join(root, 'scripts/cli/bundled.mjs'), 'report', '--help'], {
      cwd: root,
      stdio: 'ignore',
    });
    for (const { n, runs } of sizes) {
      const data = makeBorderData(n, hubs, 12);
      const files = {
        sites: join(dir, 'sites.geojson'),
        hubs: join(dir, 'hubs.geojson'),
        regions: join(dir, 'regions.geojson'),
      };
      const texts = {
        sites: JSON.stringify(data.sites),
        hubs: JSON.stringify(data.hubs),
        regions: JSON.stringify(data.regions),
      };
      for (const k of ['sites', 'hubs', 'regions'] as const) writeFileSync(files[k], texts[k]);
      const parseMs: number[] = [];
      const metricsMs: number[] = [];
      let crossing = 0;
      for (let r = 0; r < runs; r++) {
        let loaded:
          | {
              sites: ReturnType<typeof loadSites>['value'];
              hubs: ReturnType<typeof loadHubs>['value'];
              regions: ReturnType<typeof loadRegions>['value'];
            }
          | undefined;
        parseMs.push(
          timed(() => {
            loaded = {
              sites: loadSites(texts.sites, { file: 'sites' }).value,
              hubs: loadHubs(texts.hubs, { file: 'hubs' }).value,
              regions: loadRegions(texts.regions, { file: 'regions' }).value,
            };
          }),
        );
        const l = loaded as NonNullable<typeof loaded>;
        metricsMs.push(
          timed(() => {
            crossing = computeGeometryMetrics(l.sites, l.hubs, l.regions).filter((m) => m.region === null).length;
          }),
        );
      }
      const wall: number[] = [];
      const cpu0 = childCpuMs();
      for (let r = 0; r < runs; r++) {
        wall.push(
          timed(() =>
            execFileSync(
              process.execPath,
              [
                join(root, 'scripts/cli/bundled.mjs'),
                'report',
                '--sites',
                files.sites,
                '--hubs',
                files.hubs,
                '--regions',
                files.regions,
              ],
              { cwd: root, stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 },
            ),
          ),
        );
      }
      const cpuMs = (childCpuMs() - cpu0) / runs;
      cliMs.set(n, median(wall));
      lines.push(
        `  ${n.toLocaleString('en').padStart(7)} sites (${data.onLine} on the nord/syd line, ${data.onBoundary} on the kommune boundary, ${crossing} outside both): ` +
          `parse ${median(parseMs).toFixed(0)} ms + metrics ${median(metricsMs).toFixed(0)} ms in-process; report CLI end to end ${median(wall).toFixed(0)} ms (median of ${runs}; CPU ${cpuMs.toFixed(0)} ms a run)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { lines, cliMs };
}
