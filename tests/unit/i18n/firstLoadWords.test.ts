// The first page load carries the app's bokmål words and no other table (issue 12): English is fetched when chosen,
// the CLIs' words never, the loaders' problem texts with the warnings list. Walks the static imports from
// src/main.tsx (tests/helpers/staticImports.ts), as the bundler does.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reachedStatically, repoRoot } from '../../helpers/staticImports';

describe('the words the first page load carries', () => {
  const { files } = reachedStatically(resolve(repoRoot, 'src/main.tsx'));
  const words = [...files].filter((f) => f.startsWith('src/i18n/'));

  it('the bokmål table of the first screen (the walk works)', () => {
    expect(words).toContain('src/i18n/first.nb.ts');
    expect(words).toContain('src/i18n/appWords.ts');
    expect(words).toContain('src/i18n/load.nb.ts');
  });

  it('not the bokmål words the first screen does not use (later.nb.ts, fetched with the panels and pages)', () => {
    const later = ['later', 'newJobs', 'validity', 'present', 'profileErrors', 'profileWords'];
    expect(words.filter((f) => later.some((name) => f === `src/i18n/${name}.nb.ts`))).toEqual([]);
    expect(words).not.toContain('src/i18n/nb.ts');
  });

  it('no English table', () => {
    expect(words.filter((f) => /(^|\/|\.)en\.ts$/.test(f))).toEqual([]);
  });

  it("none of the CLIs' words and none of the loaders' problem texts", () => {
    const cli = /\/(cliWords|report|reportScenario|accountsMd|cli|cliArgs|import)\.(nb|en)\.ts$/;
    expect(words.filter((f) => cli.test(f) || /\/(loadDetail\.(nb|en)|problemText|allWords)\.ts$/.test(f))).toEqual([]);
  });
});
