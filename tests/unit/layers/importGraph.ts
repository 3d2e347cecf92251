// The import graph of our own modules, read with the TypeScript compiler (ts.preProcessFile finds every import,
// export-from, import type and import(), ts.resolveModuleName resolves them as tsc does), and the cycles in it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export const REPO_ROOT = join(__dirname, '..', '..', '..');

const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;

/** Every source file under the given folders (repo-relative, with '/'), declaration files left out. */
export function sourceFiles(folders: readonly string[], root = REPO_ROOT): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'node_modules') walk(full);
      } else if (SOURCE.test(name) && !name.endsWith('.d.ts')) {
        out.push(relative(root, full).split(sep).join('/'));
      }
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return out;
}

function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = join(root, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root);
  // JavaScript modules (scripts/cli/*.mjs) resolve to their own files too.
  return { ...parsed.options, allowJs: true };
}

/** One import of one file: what it wrote, and the repo file it resolves to (null: a package or a non-code asset). */
export interface ImportEdge {
  from: string;
  specifier: string;
  to: string | null;
}

/**
 * The imports of the given files. Everything ts.preProcessFile reports counts: static imports, `import type`,
 * `export … from` and dynamic `import()`. `new URL('./worker.ts', import.meta.url)` is not an import (the bundler
 * makes it a separate entry that runs in another realm), so it is not an edge.
 */
export function importEdges(files: readonly string[], root = REPO_ROOT): ImportEdge[] {
  const options = compilerOptions(root);
  const host = ts.createCompilerHost(options);
  const edges: ImportEdge[] = [];
  for (const file of files) {
    const full = join(root, file);
    const info = ts.preProcessFile(readFileSync(full, 'utf8'), true, true);
    for (const ref of info.importedFiles) {
      const resolved = ts.resolveModuleName(ref.fileName, full, options, host).resolvedModule;
      let to: string | null = null;
      if (resolved && !resolved.isExternalLibraryImport) {
        const rel = relative(root, resolved.resolvedFileName).split(sep).join('/');
        if (!rel.startsWith('..') && SOURCE.test(rel) && !rel.endsWith('.d.ts')) to = rel;
      }
      edges.push({ from: file, specifier: ref.fileName, to });
    }
  }
  return edges;
}

export type Graph = ReadonlyMap<string, readonly string[]>;

export function graphOf(edges: readonly ImportEdge[]): Graph {
  const graph = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!graph.has(from)) graph.set(from, []);
    if (to !== null && !graph.get(from)?.includes(to)) graph.get(from)?.push(to);
  }
  return graph;
}

/**
 * One cycle per strongly connected component that has one (Tarjan), each as a path that starts and ends at the
 * same module, e.g. ['a.ts', 'b.ts', 'a.ts']; a module that imports itself is a cycle of one.
 */
export function findCycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  const connect = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);

  const cycles: string[][] = [];
  for (const component of components) {
    const members = new Set(component);
    const start = [...component].sort()[0] as string;
    if (component.length === 1 && !(graph.get(start) ?? []).includes(start)) continue;
    cycles.push(pathBack(graph, members, start));
  }
  return cycles.sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

/** The shortest way from `start` back to itself inside one component (breadth first). */
function pathBack(graph: Graph, members: ReadonlySet<string>, start: string): string[] {
  const cameFrom = new Map<string, string>();
  const queue: string[] = [start];
  for (let i = 0; i < queue.length; i += 1) {
    const v = queue[i] as string;
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u: string | undefined = v; u !== undefined && u !== start; u = cameFrom.get(u)) path.unshift(u);
        return [start, ...path];
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
