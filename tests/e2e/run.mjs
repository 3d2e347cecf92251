// Browser-test runner: builds the app (unless E2E_SKIP_BUILD=1), serves it with `vite preview` on a free port, runs the
// specs, always stops the server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  console.error(`e2e: ${CHROMIUM} is missing — install Debian chromium: apt-get install -y chromium`);
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, server, timeoutMs) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`vite preview exited early with code ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

let server = null;
function stopServer() {
  if (server && server.exitCode === null && server.pid) {
    // The server runs in its own process group, so this also ends any child it started.
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopServer();
    process.exit(130);
  });
}

let exitCode = 1;
let summary = 'e2e: did not run';
try {
  // E2E_SKIP_BUILD=1 reuses the dist/ of an earlier run (to run one spec after another without building each time).
  if (process.env.E2E_SKIP_BUILD === '1') {
    if (!existsSync(join(root, 'dist', 'index.html')))
      throw new Error('E2E_SKIP_BUILD=1 but there is no dist/index.html: build first');
    console.log('e2e: E2E_SKIP_BUILD=1, serving the existing dist/');
  } else {
    console.log('e2e: vite build');
    const build = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status})`);
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(bin('vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  await waitForHttp(`${baseUrl}/`, server, 30_000);
  console.log(`e2e: serving dist/ at ${baseUrl}`);

  const specDir = join(here, 'specs');
  const only = process.argv.slice(2);
  const specs = readdirSync(specDir)
    .filter((f) => f.endsWith('.spec.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort()
    .map((f) => join(specDir, f));
  if (specs.length === 0) throw new Error('no spec files matched');

  // One spec file at a time: each drives its own Chromium, and the machines have 2 cores.
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...specs],
    { cwd: root, stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: baseUrl } },
  );
  exitCode = run.status ?? 1;
  summary = `e2e: ${specs.length} spec files, ${exitCode === 0 ? 'all passed' : `FAILED (exit ${exitCode})`}`;
} catch (err) {
  summary = `e2e: FAILED — ${err instanceof Error ? err.message : String(err)}`;
  exitCode = 1;
} finally {
  stopServer();
}
console.log(summary);
process.exit(exitCode);
