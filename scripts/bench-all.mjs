// `npm run bench`: the benchmarks in turn, stopping at the first that fails. Arguments (`-- --no-browser`) are
// options of scripts/bench.ts and go to it alone; the validity and SOSI benchmarks take none from here.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const steps = [
  ['scripts/bench.ts', ...process.argv.slice(2)],
  ['scripts/bench-validity.ts'],
  ['scripts/bench-sosi.ts'],
];
for (const args of steps) {
  const run = spawnSync(tsx, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
