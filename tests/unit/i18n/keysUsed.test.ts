// Every catalogue key is used somewhere: a static scan of src/ and scripts/ (outside the catalogue files themselves)
// for the key as a whole identifier or string. A key looked up only by a computed name (a template such as
// `hub${type}`) cannot be found this way and is listed in COMPUTED, each with where its name is built.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nb } from '../../../src/i18n/nb';

const REPO = resolve(import.meta.dirname, '../../..');

/** Keys whose name is built at run time, so no source file spells them out. */
const COMPUTED: Readonly<Record<string, string>> = {};

/** The files that define the words (the catalogue), not use them: src/i18n/nb.ts, en.ts and every *.nb.ts / *.en.ts. */
const isCatalogue = (path: string): boolean => /^src\/i18n\/(nb|en|[\w-]+\.(nb|en))\.ts$/.test(path);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(REPO, dir), { recursive: true, encoding: 'utf8' })
    .map((f) => `${dir}/${f.split('\\').join('/')}`)
    .filter((f) => /\.(ts|tsx|mjs|js)$/.test(f) && !isCatalogue(f));
}

/** Every identifier-like word in the file, with block comments and whole-line `//` comments left out. */
function words(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/^\s*\/\/.*$/gm, ' ');
  // Unicode letters: keys such as hubBåt and readinessMåReguleres are spelled with å.
  return code.match(/[\p{L}_$][\p{L}\p{N}_$]*/gu) ?? [];
}

describe('message catalogue', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('scripts')];
  const used = new Set(files.flatMap((f) => words(readFileSync(join(REPO, f), 'utf8'))));

  it('scans the source tree (and only skips the catalogue files)', () => {
    expect(files).toContain('src/i18n/index.ts');
    expect(files).toContain('scripts/cli/options.ts');
    expect(files.some((f) => isCatalogue(f))).toBe(false);
    expect(isCatalogue(relative(REPO, join(REPO, 'src/i18n/cli.nb.ts')))).toBe(true);
    expect(isCatalogue('src/i18n/nb.ts')).toBe(true);
    expect(isCatalogue('src/i18n/fit.ts')).toBe(false);
  });

  it('has no key that src/ or scripts/ never use', () => {
    const unused = Object.keys(nb).filter((key) => !used.has(key) && !Object.hasOwn(COMPUTED, key));
    expect(unused).toEqual([]);
  });

  it('lists in COMPUTED only keys that exist and really are not spelled out anywhere', () => {
    for (const key of Object.keys(COMPUTED)) {
      expect(Object.hasOwn(nb, key), key).toBe(true);
      expect(used.has(key), `${key} is spelled out in the source; take it off COMPUTED`).toBe(false);
    }
  });
});
