// The real command in a child process: exit statuses reach the shell, errors are one line with no stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD, GOOD, REPO } from './reportHarness.ts';

const TSX = resolve(REPO, 'node_modules/.bin/tsx');
const SCRIPT = resolve(REPO, 'scripts/report.ts');

function run(args: string[], cwd = REPO) {
  const r = spawnSync(TSX, [SCRIPT, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scripts/report.ts as a process', () => {
  it('bad input: exit 1, one error line, no stack trace', () => {
    const r = run([
      '--sites',
      `${BAD}/null-geometry.geojson`,
      '--hubs',
      `${GOOD}/hubs_25832.geojson`,
      '--regions',
      `${GOOD}/regions_25832.geojson`,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^error: features\[1\] \(id «B2»\) har ingen geometri\. [^\n]*tests\/fixtures\/bad\/null-geometry\.geojson: features\[1\] \(id «B2»\): har ingen geometri \(null\)[^\n]*\n$/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('usage error: exit 2', () => {
    const r = run(['--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('success from another directory: bundled files are found relative to the repository', () => {
    const bundled = existsSync(resolve(REPO, 'geodata/sites.geojson'));
    const args = bundled
      ? []
      : [
          '--sites',
          resolve(REPO, GOOD, 'sites_25832.geojson'),
          '--hubs',
          resolve(REPO, GOOD, 'hubs_25832.geojson'),
          '--regions',
          resolve(REPO, GOOD, 'regions_25832.geojson'),
        ];
    const r = run(args, tmpdir());
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'id,name,status,abc,region,area_m2,area_daa,hub_id,hub_name,hub_distance_m,hub_centroid_distance_m,jobs_low,jobs_mid,jobs_high,abc_fit,jobs_today,new_jobs_low,new_jobs_mid,new_jobs_high',
    );
    expect(r.stdout.trimEnd().split('\n').length).toBeGreaterThan(1);
  }, 60_000);
});
