// Benchmark of the land accounts: 10 000 × 10 000 synthetic plan polygons through the engine and through the CLI
// (a fresh process, as a user runs it). Target: the CLI in under 10 s. Called from scripts/bench.ts, or alone:
// `npx tsx scripts/bench-accounts.ts [n]`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { syntheticPlanVersions } from '../src/app/syntheticPlanVersions.ts';
import { loadPlanVersion, loadRegions } from '../src/data/loaders.ts';
import { computeAccounts } from '../src/domain/accounts/accounts.ts';
import { loadCrs } from '../src/domain/crs.ts';

// proj4 is fetched on first need (src/domain/crs.ts); this script projects, so it loads it first.
await loadCrs();

const root = resolve(import.meta.dirname, '..');

export async function runAccountsBench(n = 10000): Promise<boolean> {
  const { before, after } = syntheticPlanVersions(n);
  const dir = mkdtempSync(join(tmpdir(), 'accounts-bench-'));
  try {
    const files = { before: join(dir, 'before.geojson'), after: join(dir, 'after.geojson') };
    writeFileSync(files.before, JSON.stringify(before));
    writeFileSync(files.after, JSON.stringify(after));
    const { readFile } = await import('node:fs/promises');
    const regions = loadRegions(await readFile(join(root, 'geodata/regions.geojson'), 'utf8'), {
      file: 'regions',
    }).value;
    // CPU time beside wall time: on a shared machine the wall clock mostly measures the wait for a core.
    const cpu = (c: NodeJS.CpuUsage): string => `${((c.user + c.system) / 1000).toFixed(0)} ms cpu`;
    const t0 = performance.now();
    const u0 = process.cpuUsage();
    const b = loadPlanVersion(JSON.stringify(before), { file: 'before' }).value;
    const a = loadPlanVersion(JSON.stringify(after), { file: 'after' }).value;
    const t1 = performance.now();
    const u1 = process.cpuUsage();
    const r = computeAccounts({ before: b, after: a, regions, farmland: null }, { keepPieces: false });
    const t2 = performance.now();
    const u2 = process.cpuUsage(u1);
    const c0 = performance.now();
    execFileSync('npx', ['tsx', join(root, 'scripts/accounts.ts'), '--before', files.before, '--after', files.after], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const cliMs = performance.now() - c0;
    console.log(
      `land accounts, ${before.features.length.toLocaleString('en')} × ${after.features.length.toLocaleString('en')} polygons (${r.clusterCount.toLocaleString('en')} groups), load average ${loadavg()[0]?.toFixed(1)}:`,
    );
    console.log(
      `  in process: load ${(t1 - t0).toFixed(0)} ms (${cpu(process.cpuUsage(u0))} incl. overlay), overlay + regions ${(t2 - t1).toFixed(0)} ms (${cpu(u2)})`,
    );
    console.log(`  CLI, a new process with tsx start-up: ${cliMs.toFixed(0)} ms wall`);
    const ok = cliMs < 10000;
    console.log(`target: accounts CLI 10 000 × 10 000 < 10 000 ms → ${cliMs.toFixed(0)} ms ${ok ? 'OK' : 'MISSED'}`);
    return ok;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runAccountsBench(Number(process.argv[2] ?? 10000));
