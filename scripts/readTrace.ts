// Which src/data modules reading one file walks through, and how often a module calls back into one that is still
// waiting for it (up the call stack: "a module calls the next stage, never one it was called from"). Bundles the
// loaders with every src/data function instrumented (readTrace/instrument.ts), reads the file, and prints the counts
// and the call-back edges. `npx tsx scripts/readTrace.ts [--kind sites|hubs|regions] [FILE]`; default: the test
// fixture tests/fixtures/good/sites_25832.geojson as sites.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { instrument } from './readTrace/instrument.ts';
import { loadCrs } from '../src/domain/crs.ts';

// proj4 is fetched on first need (src/domain/crs.ts); this script projects, so it loads it first.
await loadCrs();

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ReadTrace {
  /** src/data files (repo-relative) that ran at least one function. */
  files: string[];
  /** Distinct calls from one src/data module into another, `from → to`. */
  edges: string[];
  /** The calls among them into a module that is still on the call stack below the caller. */
  callBacks: string[];
  /** The calls into a module that, directly or through others, also calls the caller (edges on a cycle). */
  cycleEdges: string[];
}

/** The edges `a → b` of a graph for which b reaches a. */
function edgesOnCycles(edges: readonly [string, string][]): [string, string][] {
  const next = new Map<string, string[]>();
  for (const [a, b] of edges) next.set(a, [...(next.get(a) ?? []), b]);
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>([from]);
    const todo = [from];
    while (todo.length > 0) {
      const n = todo.pop() as string;
      if (n === to) return true;
      for (const m of next.get(n) ?? []) {
        if (seen.has(m)) continue;
        seen.add(m);
        todo.push(m);
      }
    }
    return false;
  };
  return edges.filter(([a, b]) => reaches(b, a));
}

interface Tracer {
  enter(file: string): void;
  leave(): void;
}

/** Reads `file` as `kind` with the instrumented loaders and returns what it walked through. */
export async function traceRead(file: string, kind: 'sites' | 'hubs' | 'regions' = 'sites'): Promise<ReadTrace> {
  const dir = await mkdtemp(join(tmpdir(), 'read-trace-'));
  try {
    const out = join(dir, 'loaders.mjs');
    await build({
      // The bundle has its own copy of crs.ts: proj4 is loaded in it before the loaders run.
      stdin: {
        contents:
          "export * from './src/data/loaders.ts';\nimport { loadCrs } from './src/domain/crs.ts';\nawait loadCrs();",
        resolveDir: ROOT,
        loader: 'ts',
      },
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      plugins: [
        {
          name: 'instrument-src-data',
          setup(b) {
            b.onLoad({ filter: /[\\/]src[\\/]data[\\/].*\.ts$/ }, (a) => {
              const rel = relative(ROOT, a.path).split('\\').join('/');
              return { contents: instrument(readFileSync(a.path, 'utf8'), a.path, rel), loader: 'ts' };
            });
          },
        },
      ],
    });
    const stack: string[] = [];
    const files = new Set<string>();
    const edges = new Set<string>();
    const callBacks = new Set<string>();
    let on = false;
    const tracer: Tracer = {
      enter(f) {
        const top = stack[stack.length - 1];
        stack.push(f);
        if (!on) return;
        files.add(f);
        if (top === undefined || top === f) return;
        edges.add(`${top} → ${f}`);
        if (stack.indexOf(f) < stack.length - 1) callBacks.add(`${top} → ${f}`);
      },
      leave() {
        stack.pop();
      },
    };
    (globalThis as { __readTrace?: Tracer }).__readTrace = tracer;
    const loaders = (await import(pathToFileURL(out).href)) as typeof import('../src/data/loaders.ts');
    const text = readFileSync(file, 'utf8');
    on = true;
    if (kind === 'sites') loaders.loadSites(text, { file, onUnusable: 'skip' });
    else if (kind === 'hubs') loaders.loadHubs(text, { file, onUnusable: 'skip' });
    else loaders.loadRegions(text, { file, onUnusable: 'skip' });
    on = false;
    const sorted = (s: Set<string>) => [...s].sort();
    const pairs = sorted(edges).map((e) => e.split(' → ') as [string, string]);
    const cycleEdges = edgesOnCycles(pairs).map(([a, b]) => `${a} → ${b}`);
    return { files: sorted(files), edges: sorted(edges), callBacks: sorted(callBacks), cycleEdges };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const k = args.indexOf('--kind');
  const kind = (k >= 0 ? args.splice(k, 2)[1] : 'sites') as 'sites' | 'hubs' | 'regions';
  const file = args.filter((a) => a !== '--edges')[0] ?? join(ROOT, 'tests/fixtures/good/sites_25832.geojson');
  const t = await traceRead(file, kind);
  const lines = [
    `${t.files.length} files in src/data, ${t.edges.length} calls between them, ${t.callBacks.length} call-backs, ` +
      `${t.cycleEdges.length} calls on a cycle`,
    ...t.callBacks.map((e) => `  call-back: ${e}`),
    ...t.cycleEdges.map((e) => `  on a cycle: ${e}`),
    ...(args.includes('--edges') ? t.edges.map((e) => `  call: ${e}`) : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
