// No import cycles in src/ or scripts/. Type-only imports count: a type-only cycle still means neither module can be
// read (or moved) without the other, and one `import type` turned into a value import later makes it a runtime cycle
// with modules seen half-initialised. Dynamic import() counts too; a worker's `new URL(…)` is a separate entry, not
// an import.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCycles, graphOf, importEdges, sourceFiles } from './importGraph';

/** Reading ~300 files with the compiler takes a few seconds on a busy machine. */
const SLOW = { timeout: 120_000 };

describe('findCycles', () => {
  const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

  it('finds none in a graph without cycles, diamonds included', () => {
    expect(findCycles(graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }))).toEqual([]);
  });

  it('names a cycle as the path back to where it starts', () => {
    expect(findCycles(graph({ a: ['b'], b: ['c'], c: ['a'], x: ['a'] }))).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('gives one cycle per tangle and finds separate tangles apart, self-imports too', () => {
    const cycles = findCycles(graph({ a: ['b'], b: ['a', 'c'], c: ['d'], d: ['c'], e: ['e'] }));
    expect(cycles).toEqual([
      ['a', 'b', 'a'],
      ['c', 'd', 'c'],
      ['e', 'e'],
    ]);
  });

  it('takes the shortest way back when a tangle has several', () => {
    expect(findCycles(graph({ a: ['b', 'd'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'd', 'a']]);
  });
});

describe('importEdges', () => {
  const root = mkdtempSync(join(tmpdir(), 'import-graph-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  it('counts value, type-only, re-export and dynamic imports, resolved as tsc does; packages and assets are no edges', () => {
    write(
      'tsconfig.json',
      JSON.stringify({
        compilerOptions: {
          module: 'ESNext',
          moduleResolution: 'bundler',
          allowImportingTsExtensions: true,
          noEmit: true,
        },
      }),
    );
    write(
      'src/a.ts',
      "import { b } from './b';\nimport type { C } from './sub/c.ts';\nexport { d } from './d';\nexport const e = () => import('./e');\nimport 'node:fs';\nimport text from './data.geojson?raw';\nexport { b, text };\nexport type { C };\n",
    );
    write('src/b.ts', 'export const b = 1;\n');
    write('src/sub/c.ts', 'export interface C { x: number }\n');
    write('src/d.ts', 'export const d = 1;\n');
    write('src/e.ts', "const worker = new URL('./b.ts', import.meta.url);\nexport { worker };\n");
    const files = sourceFiles(['src'], root);
    expect(files).toEqual(['src/a.ts', 'src/b.ts', 'src/d.ts', 'src/e.ts', 'src/sub/c.ts']);
    const graph = graphOf(importEdges(files, root));
    expect([...(graph.get('src/a.ts') ?? [])].sort()).toEqual(['src/b.ts', 'src/d.ts', 'src/e.ts', 'src/sub/c.ts']);
    expect(graph.get('src/e.ts') ?? []).toEqual([]);
  });

  it('finds a cycle made only of a type-only import and a dynamic import', () => {
    write('loop/x.ts', "import type { Y } from './y';\nexport type X = Y;\n");
    write('loop/y.ts', "export interface Y { n: number }\nexport const load = () => import('./x');\n");
    expect(findCycles(graphOf(importEdges(sourceFiles(['loop'], root), root)))).toEqual([
      ['loop/x.ts', 'loop/y.ts', 'loop/x.ts'],
    ]);
  });
});

describe('the repository', () => {
  it('has no import cycles in src/ or scripts/', SLOW, () => {
    const files = sourceFiles(['src', 'scripts']);
    const edges = importEdges(files);
    // The graph is really read: hundreds of files, most of them importing our own modules.
    expect(files.length).toBeGreaterThan(200);
    expect(edges.filter((e) => e.to !== null).length).toBeGreaterThan(files.length);
    const cycles = findCycles(graphOf(edges)).map((c) => c.join(' → '));
    expect(cycles, `import cycles:\n${cycles.join('\n')}`).toEqual([]);
  });
});
