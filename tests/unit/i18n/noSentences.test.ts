// No sentence shown to people is built outside src/i18n: a scan (tests/helpers/sentenceScan.ts, TypeScript's parser)
// of src/data, src/domain, src/state, src/map and src/ui for string and template literals of three words or more.
// Developer logs, Error messages, class names and CSS are told apart by the scan; what is left must be on the
// allow-list below, each with why it is not a word for the catalogue. A new sentence there fails this test.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanFiles, scanText, sourceFiles } from '../../helpers/sentenceScan';

const REPO = resolve(import.meta.dirname, '../../..');
const LAYERS = ['src/data', 'src/domain', 'src/state', 'src/map', 'src/ui'];

/** `file: text` → why it stays. Template parts are shown with ` X ` where the value goes. */
const ALLOWED: Readonly<Record<string, string>> = {
  'src/data/arealformal.ts: Kombinert bebyggelse og anleggsformål':
    "the SOSI code list's own name of code 1800, kept as data: it names a site whose file gives no name",
  'src/domain/contact.ts: Invest in Asker': 'a proper name (the organisation)',
  'src/domain/planTargets.ts: Asker kommune, Temaplan næring 2020–2032 (hearing draft 15 Dec 2020)':
    "a citation of the plan (the source of the built-in figures), data in the report's JSON",
  'src/domain/planTargets.ts: Land zoned for business (incl. public services), existing, 2019':
    "the built-in figure's description in the report's JSON (English data, README); screens take the profile's nb/en words",
  'src/domain/planTargets.ts: Land reserved for future business use, 2019': 'as above',
  'src/domain/planTargets.ts: New jobs the municipal plan opens business land for over 20 years': 'as above',
  'src/domain/planTargets.ts: Average job growth per year assumed in the scenario work': 'as above',
  'src/domain/planTargets.ts: Gross land per workplace today, on average': 'as above',
  'src/domain/accounts/rows.ts: Asker kommune, Temaplan næring 2020–2032 (hearing draft 15 Dec 2020), §6':
    'a citation of the plan (the farmland indicator)',
  'src/map/basemap.ts: © Kartverket (CC BY 4.0)': 'the licence attribution the map must show as the licensor words it',
};

const key = (h: { file: string; text: string }): string => `${h.file}: ${h.text}`;

describe('no sentence for people outside src/i18n', () => {
  const files = LAYERS.flatMap((dir) => sourceFiles(REPO, dir));
  const hits = scanFiles(REPO, files);
  const text = hits.filter((h) => h.category === 'text');

  it('scans every layer (and not the catalogue or the tests)', () => {
    for (const dir of LAYERS)
      expect(
        files.some((f) => f.startsWith(`${dir}/`)),
        dir,
      ).toBe(true);
    expect(files).toContain('src/domain/exportCsvExcel.ts');
    expect(files.some((f) => f.startsWith('src/i18n/') || f.endsWith('.test.ts'))).toBe(false);
  });

  it('finds only allow-listed text', () => {
    expect(text.filter((h) => !Object.hasOwn(ALLOWED, key(h))).map((h) => `${key(h)} (line ${h.line})`)).toEqual([]);
  });

  it('has no allow-list entry left over from text that is gone', () => {
    const found = new Set(text.map(key));
    expect(Object.keys(ALLOWED).filter((k) => !found.has(k))).toEqual([]);
  });

  it('the scan would catch a sentence coming back, and tells the other kinds apart', () => {
    const scan = (src: string) => scanText('x.tsx', src).map((h) => [h.text, h.category]);
    expect(scan("const note = 'ABC type B is the default';")).toEqual([['ABC type B is the default', 'text']]);
    expect(scan('const n = `arealformål ${code} ${label} er valgt`;')).toEqual([
      ['arealformål  X   X  er valgt', 'text'],
    ]);
    expect(scan("console.warn('the map did not load');")).toEqual([['the map did not load', 'console']]);
    expect(scan("throw new Error('row 3 does not belong here');")).toEqual([['row 3 does not belong here', 'error']]);
    expect(scan('const a = <div className="swatch swatch--region big" />;')).toEqual([
      ['swatch swatch--region big', 'markup'],
    ]);
    expect(scan("import x from 'a b c d';\ntype T = 'one two three';\n// a comment with many words")).toEqual([]);
    expect(scan("const short = 'two words';")).toEqual([]);
  });
});
