// What is in each chunk of the app build: `npx tsx scripts/bundle-contents.ts [--all]`. Builds the app into a temporary
// folder with an extra plugin that records, per chunk, its modules' rendered sizes (the bundler's own metadata), then
// prints the chunks the entry pulls in statically (what the page fetches before any dynamic import) with their gzip
// size and their largest contributors by package or source folder; `--all` lists the lazy chunks too.
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = `/tmp/naeringsarealkart-bundle-${process.pid}`;
const showAll = process.argv.includes('--all');

interface ChunkInfo {
  file: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: Record<string, number>;
}

/** node_modules/<pkg> (scoped too) or the source folder (src/ui/load, src/domain …) a module belongs to. */
function groupOf(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = clean.slice(nm + '/node_modules/'.length).split('/');
    return (parts[0] as string).startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] as string);
  }
  if (clean.startsWith(root)) {
    const rel = clean.slice(root.length + 1).split('/');
    return process.env.BY_FILE
      ? rel.join('/')
      : rel.length > 2
        ? rel.slice(0, rel.length - 1).join('/')
        : rel.join('/');
  }
  return clean;
}

const chunks: ChunkInfo[] = [];
const record: Plugin = {
  name: 'record-chunk-modules',
  generateBundle(_options, bundle) {
    for (const item of Object.values(bundle)) {
      if (item.type !== 'chunk') continue;
      const modules: Record<string, number> = {};
      for (const [id, m] of Object.entries(item.modules)) modules[id] = m.renderedLength;
      chunks.push({
        file: item.fileName,
        isEntry: item.isEntry,
        imports: item.imports,
        dynamicImports: item.dynamicImports,
        modules,
      });
    }
  },
};

await build({ root, logLevel: 'warn', plugins: [record], build: { outDir, emptyOutDir: true } });

const byFile = new Map(chunks.map((c) => [c.file, c]));
const initial = new Set<string>();
const walk = (file: string): void => {
  if (initial.has(file)) return;
  initial.add(file);
  for (const f of byFile.get(file)?.imports ?? []) walk(f);
};
for (const c of chunks) if (c.isEntry && !c.file.includes('Worker')) walk(c.file);

const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;
let total = 0;
for (const c of chunks.sort((a, b) => a.file.localeCompare(b.file))) {
  const first = initial.has(c.file);
  if (!first && !showAll) continue;
  const bytes = readFileSync(join(outDir, c.file));
  const gz = gzipSync(bytes).length;
  if (first) total += gz;
  console.log(`\n${first ? 'FIRST' : 'lazy '} ${c.file}: ${kb(bytes.length)} raw, ${kb(gz)} gzip`);
  const groups = new Map<string, number>();
  for (const [id, len] of Object.entries(c.modules)) groups.set(groupOf(id), (groups.get(groupOf(id)) ?? 0) + len);
  const sorted = [...groups].sort((a, b) => b[1] - a[1]);
  for (const [g, len] of sorted.slice(0, process.env.TOP ? Number(process.env.TOP) : showAll ? 8 : 40))
    console.log(`  ${kb(len).padStart(10)}  ${g}`);
}
console.log(`\nstatic chunks from the entry: ${kb(total)} gzip (the maplibre worker, fetched by the map, not counted)`);
rmSync(outDir, { recursive: true, force: true });
