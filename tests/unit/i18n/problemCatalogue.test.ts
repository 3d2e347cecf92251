// The loaders give facts and codes; every word is in src/i18n. This checks the catalogue from both sides: every code
// (and variant) the loaders' source can give has words in bokmål and English, the two languages have the same keys
// and placeholders, and src/data builds no sentences (no `message` left on problems).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDetailsEn, skipReasonsEn, validityWhatEn } from '../../../src/i18n/loadDetail.en.ts';
import { loadDetailsNb, skipReasonsNb, validityWhatNb } from '../../../src/i18n/loadDetail.nb.ts';
import { hasProblemWords, problemText, skipReasonText } from '../../../src/i18n/problemText.ts';
import type { Lang } from '../../../src/i18n/index.ts';
import { MAPPING_NOTE_CODES } from '../../../src/data/problems.ts';
import { DERIVED_NOTE_CODES } from '../../../src/domain/siteNotes.ts';

const REPO = resolve(__dirname, '../../..');
const LANGS: Lang[] = ['nb', 'en'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}
const DATA = sources(resolve(REPO, 'src/data')).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** A literal `code: 'x'` or a reporter/fail call's first argument: the codes the loaders can give. */
function codesIn(text: string): string[] {
  const found = new Set<string>();
  for (const re of [
    /\bcode: '([a-z0-9-]+)'/g,
    /\breport\.(?:error|warn)\('([a-z0-9-]+)'/g,
    /\bfail\('([a-z0-9-]+)'/g,
    /\bwarn\('([a-z0-9-]+)'/g,
  ])
    for (const m of text.matchAll(re)) found.add(m[1] as string);
  return [...found];
}

/** `report.skip('code'`: the skips, whose reasons are counted and listed. */
function skipsIn(text: string): string[] {
  return [...text.matchAll(/\breport\.skip\('([a-z0-9-]+)'/g)].map((m) => m[1] as string);
}

const placeholders = (t: string): string[] =>
  [...new Set([...t.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1] as string))].sort();

describe('the load problem catalogue', () => {
  // Mapping notes and a site's derived notes have codes too; their words are checked in mappingNotes.test.ts and
  // siteNotes.test.ts.
  const notes: readonly string[] = [...MAPPING_NOTE_CODES, ...DERIVED_NOTE_CODES];
  const codes = [...new Set(DATA.flatMap((f) => codesIn(f.text)))].filter((c) => !notes.includes(c));

  it('finds the codes in the loaders (the scan is not empty)', () => {
    expect(codes.length).toBeGreaterThan(60);
    for (const c of ['json-invalid', 'geometry-null', 'sosi-ring-open', 'gml-coordinates', 'csv-missing-column'])
      expect(codes).toContain(c);
  });

  it.each(LANGS)('every code the loaders give has words in %s, for the file and for a feature', (lang) => {
    const missing = codes.filter(
      (code) =>
        !hasProblemWords({ code }, lang) &&
        !hasProblemWords({ code, featureIndex: 0 }, lang) &&
        !Object.keys(lang === 'nb' ? loadDetailsNb : loadDetailsEn).some((k) => k.startsWith(`${code}/`)),
    );
    expect(missing).toEqual([]);
  });

  it.each(LANGS)('every skip the loaders make has a reason in %s', (lang) => {
    const skips = [...new Set(DATA.flatMap((f) => skipsIn(f.text)))];
    expect(skips.length).toBeGreaterThan(5);
    for (const code of skips) expect(skipReasonText({ code }, lang), code).not.toBe(code);
  });

  it('bokmål and English have the same keys with the same placeholders', () => {
    for (const [nb, en] of [
      [loadDetailsNb, loadDetailsEn],
      [validityWhatNb, validityWhatEn],
      [skipReasonsNb, skipReasonsEn],
    ] as const) {
      expect(Object.keys(nb).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en))
        expect(placeholders(nb[key] as string), key).toEqual(placeholders(en[key] as string));
    }
  });

  it('fails for a code without words: the fallback names the code, never an empty line', () => {
    expect(hasProblemWords({ code: 'no-such-code' }, 'nb')).toBe(false);
    const text = problemText({ code: 'no-such-code', file: 'f.geojson' }, { file: 'f.geojson', gtfs: false }, 'en', {
      daa: (n) => String(n),
    });
    expect(text).toEqual({ headline: 'f.geojson: no-such-code', detail: null });
  });

  it('fills every placeholder of a detail from the params it is given, in both languages', () => {
    const p = {
      code: 'sosi-ring-gap',
      variant: 'flipped',
      file: 'p.sos',
      featureIndex: 2,
      ref: { kind: 'sosi', line: 8, object: 'FLATE', serial: 1 } as const,
      params: { hole: '1', prev: ':1', ref: ':2', end: '(1 2)', start: '(3 4)', gap: '2.83', reversed: ':-2' },
    };
    for (const lang of LANGS) {
      const text = problemText(p, { file: 'p.sos', gtfs: false }, lang, { daa: (n) => String(n) });
      expect(`${text.headline} ${text.detail ?? ''}`).not.toMatch(/\{\w+/);
      expect(text.detail).toContain(':-2');
    }
  });
});

describe('src/data builds no sentences', () => {
  it('no problem, warning or skip carries a `message`', () => {
    const withMessage = DATA.filter((f) => /(^|[{,])\s*message\??\s*:/m.test(f.text)).map((f) => f.path);
    expect(withMessage).toEqual([]);
    const types = readFileSync(resolve(REPO, 'src/domain/types.ts'), 'utf8');
    const warning = /export interface Warning \{[\s\S]*?\n\}/.exec(types)?.[0] ?? '';
    expect(warning).toContain('code: string');
    expect(warning).not.toMatch(/\bmessage\b/);
  });

  it('no reporter call or DataError is given words: their arguments are codes and params', () => {
    const worded = DATA.flatMap((f) =>
      [
        ...f.text.matchAll(
          /\b(?:report\.(?:error|warn|skip)|fail)\('[a-z0-9-]+',\s*(?:`|'[^']* [^']*'|"[^"]* [^"]*")/g,
        ),
      ].map((m) => `${f.path}: ${m[0]}`),
    );
    expect(worded).toEqual([]);
  });
});
