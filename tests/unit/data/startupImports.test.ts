// The first page load must not fetch the SOSI/GML readers or the polygon repair (issue 12): walks the static imports
// from src/main.tsx (type-only and dynamic imports excluded, as the bundler does) and checks what is reached.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const STATIC = /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[\s\S]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')]) {
    if (existsSync(candidate) && /\.(ts|tsx)$/.test(candidate)) return candidate;
  }
  return null;
}

function reached(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(STATIC)) {
      const spec = m[1] as string;
      // `import { type A, type B } from` is erased too.
      if (/^\s*import\s*\{\s*(type\s+\w+\s*,?\s*)+\}/.test(m[0].trim())) continue;
      if (!spec.startsWith('.')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
        continue;
      }
      const next = resolveImport(file, spec);
      if (next) todo.push(next);
    }
  }
  return { files: new Set([...files].map((f) => relative(root, f))), packages };
}

describe('what the first page load imports', () => {
  const { files, packages } = reached(resolve(root, 'src/main.tsx'));

  it('reaches the bundled-data loaders (the walk works)', () => {
    expect(files).toContain('src/app/defaultData.ts');
    expect(files).toContain('src/data/layerLoaders.ts');
    expect(packages).toContain('react');
  });

  it('not the SOSI/GML readers, the repair or the load jobs', () => {
    const heavy = [...files].filter((f) =>
      /^src\/data\/(sosi|gml)\/|^src\/data\/fullLoadTools\.ts$|^src\/domain\/repair\.ts$|^src\/state\/loadJob\.ts$/.test(
        f,
      ),
    );
    expect(heavy).toEqual([]);
    expect([...packages].filter((p) => ['polyclip-ts', 'polygon-clipping', 'saxes'].includes(p))).toEqual([]);
  });
});
