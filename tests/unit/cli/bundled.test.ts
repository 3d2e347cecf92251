// `npm run report` / `npm run import` start from an esbuild bundle (scripts/cli/bundled.mjs): same output and exit
// status as the TypeScript run in-process, the bundled geodata found from the cache folder, a stale bundle rebuilt.
import { execFileSync, spawnSync } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, report } from './reportHarness.ts';

const run = (args: string[]) =>
  spawnSync(process.execPath, [join(REPO, 'scripts/cli/bundled.mjs'), ...args], { cwd: REPO, encoding: 'utf8' });
const bundle = join(REPO, 'node_modules/.cache/naeringsarealkart-cli/report.mjs');

describe('bundled CLI start', () => {
  it('writes the same CSV for the bundled data as the in-process report', async () => {
    const direct = await report([]);
    const bundled = run(['report']);
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toBe(direct.stdout);
    expect(bundled.stdout.split('\n')[0]).toBe(
      'id,name,status,abc,region,area_m2,area_daa,hub_id,hub_name,hub_distance_m,hub_centroid_distance_m,jobs_low,jobs_mid,jobs_high,abc_fit,jobs_today,new_jobs_low,new_jobs_mid,new_jobs_high',
    );
  }, 60_000);

  it('keeps the exit statuses: 2 for a usage error, 2 for an unknown command', () => {
    const bad = run(['report', '--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('error: ukjent valg --bogus');
    expect(run(['nonsense']).status).toBe(2);
  }, 60_000);

  it('rebuilds the bundle when a source file is newer than it', () => {
    run(['report', '--help']);
    const before = statSync(bundle).mtimeMs;
    const source = join(REPO, 'src/domain/overlapArea.ts');
    const old = statSync(source);
    const future = new Date(Date.now() + 5000);
    utimesSync(source, future, future);
    try {
      expect(run(['report', '--help']).status).toBe(0);
      expect(statSync(bundle).mtimeMs).toBeGreaterThan(before);
    } finally {
      utimesSync(source, old.atime, old.mtime);
      execFileSync(process.execPath, [join(REPO, 'scripts/cli/bundled.mjs'), 'report', '--help'], { cwd: REPO });
    }
  }, 60_000);
});
