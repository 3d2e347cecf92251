// The modules a source file reaches through static imports (type-only and dynamic imports excluded, as the bundler
// does): what the first page load fetches, checked by the startup tests without running a build.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
const STATIC = /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[\s\S]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')]) {
    if (existsSync(candidate) && /\.(ts|tsx)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Files (relative to `root`) and packages reached from `entry` by static imports. */
export function reachedStatically(entry: string, root = repoRoot): { files: Set<string>; packages: Set<string> } {
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
