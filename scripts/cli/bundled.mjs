// Runs a CLI (`report` or `import`) from an esbuild bundle with plain node: `node scripts/cli/bundled.mjs report …`.
//
// Why: starting through tsx costs about half a second on every run (it compiles the TypeScript each time), more
// than the report itself on a plan file. The bundle is built on first use, cached under node_modules/.cache, and
// rebuilt when any file it was built from is newer than the build (esbuild's metafile lists them), so a fresh
// clone (`npm ci`, then `npm run report`) and an edited source tree both just work. Plain JavaScript, because it
// must run before anything can compile TypeScript.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [name, ...args] = process.argv.slice(2);
if (name !== 'report' && name !== 'import') {
  process.stderr.write('usage: node scripts/cli/bundled.mjs report|import [arguments]\n');
  process.exit(2);
}
const entry = join(root, 'scripts', `${name}.ts`);
const cacheDir = join(root, 'node_modules', '.cache', 'naeringsarealkart-cli');
const bundle = join(cacheDir, `${name}.mjs`);
const manifest = join(cacheDir, `${name}.inputs.json`);

/** True when the bundle exists and no input (nor the lockfile) changed since its build started. */
function fresh() {
  try {
    const { startedMs, inputs } = JSON.parse(readFileSync(manifest, 'utf8'));
    statSync(bundle);
    return inputs.every((p) => statSync(join(root, p)).mtimeMs < startedMs);
  } catch {
    return false;
  }
}

/**
 * esbuild moves every module into one file, so `import.meta.url` would name the bundle; each module's own
 * `import.meta.url` is put back as a string (scripts/report/inputs.ts finds the bundled geodata through it).
 */
const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (a) => {
      const text = readFileSync(a.path, 'utf8');
      return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(a.path).href)), loader: 'ts' };
    });
  },
};

async function build() {
  const { build: esbuild } = await import('esbuild');
  const startedMs = Date.now() - 1;
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${bundle}.${process.pid}.tmp`;
  const result = await esbuild({
    entryPoints: [entry],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'silent',
    plugins: [keepImportMetaUrl],
    // Some dependencies are CommonJS and call require(); give the ES module bundle one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const inputs = [...Object.keys(result.metafile.inputs), 'package-lock.json'];
  // Written then renamed, so two runs building at once never read a half-written file.
  renameSync(tmp, bundle);
  writeFileSync(`${manifest}.${process.pid}.tmp`, JSON.stringify({ startedMs, inputs }));
  renameSync(`${manifest}.${process.pid}.tmp`, manifest);
}

if (!fresh()) {
  try {
    await build();
  } catch (e) {
    // No esbuild or a build error: run the TypeScript through tsx instead (slower start, same result).
    process.stderr.write(
      `note: could not bundle the ${name} CLI (${String(e?.message ?? e).split('\n')[0]}); running it through tsx\n`,
    );
    const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [entry, ...args], { stdio: 'inherit' });
    process.exit(r.status ?? 3);
  }
}
// Every run is a fresh process whose hot loops (one call per site) are optimised by TurboFan on a background thread
// while they run: a smaller inlining budget (V8's default is 920 bytes of bytecode) makes those compile jobs
// smaller, so they cost less CPU. On node 20 (V8 11), 20 000 border-heavy sites, paired runs: CPU of all threads
// 0.88x with the main thread's unchanged (100 gave 0.80x but a slower main thread on 100 000 sites); see the
// README's "Benchmark". Only for the V8 it was measured on: an unknown flag prints an error, another V8 may differ.
if (process.versions.v8.startsWith('11.')) v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
// The CLI reads its arguments from process.argv.slice(2), as when started directly.
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(bundle).href);
