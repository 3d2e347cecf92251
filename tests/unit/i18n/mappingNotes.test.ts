// The readers' mapping notes are facts (code, variant, params) and the words are in src/i18n/mappingNotes.*.ts. This
// checks the catalogue from both sides (every note code has bokmål and English words with the same placeholders, no
// stale keys), that every template fills from its params, that a real file's notes read in both languages, and that
// src/data gives no note as a sentence again.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSites } from '../../../src/data/loaders.ts';
import { MAPPING_NOTE_CODES } from '../../../src/data/problems.ts';
import type { FieldRole } from '../../../src/data/fieldNames.ts';
import type { Lang } from '../../../src/i18n/index.ts';
import { mappingNotesEn } from '../../../src/i18n/mappingNotes.en.ts';
import { mappingNotesNb } from '../../../src/i18n/mappingNotes.nb.ts';
import {
  fieldRoleKeys,
  hasMappingNoteWords,
  mappingFieldsText,
  mappingNoteKeys,
  mappingNoteText,
} from '../../../src/i18n/mappingNotes.ts';

const REPO = resolve(__dirname, '../../..');
const LANGS: Lang[] = ['nb', 'en'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}
const DATA = sources(resolve(REPO, 'src/data')).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

const placeholders = (t: string): string[] =>
  [...new Set([...t.matchAll(/\{\??(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1] as string))].sort();

const split = (key: string): { code: string; variant?: string } => {
  const [code, variant] = key.split('/') as [string, string | undefined];
  return variant === undefined ? { code } : { code, variant };
};

describe('the mapping note catalogue', () => {
  it.each(LANGS)('every note code has words in %s', (lang) => {
    const keys = mappingNoteKeys(lang);
    const missing = MAPPING_NOTE_CODES.filter((c) => !keys.some((k) => k === c || k.startsWith(`${c}/`)));
    expect(missing).toEqual([]);
  });

  it('has no words for codes the readers do not give', () => {
    const known: readonly string[] = MAPPING_NOTE_CODES;
    for (const lang of LANGS) expect(mappingNoteKeys(lang).filter((k) => !known.includes(split(k).code))).toEqual([]);
  });

  it('bokmål and English have the same keys with the same placeholders', () => {
    expect(Object.keys(mappingNotesNb).sort()).toEqual(Object.keys(mappingNotesEn).sort());
    for (const key of Object.keys(mappingNotesEn))
      expect(placeholders(mappingNotesNb[key] as string), key).toEqual(placeholders(mappingNotesEn[key] as string));
  });

  it.each(LANGS)('every template in %s fills from its params (no placeholder left, no "undefined")', (lang) => {
    for (const key of mappingNoteKeys(lang)) {
      const template = (lang === 'nb' ? mappingNotesNb : mappingNotesEn)[key] as string;
      const params = Object.fromEntries(placeholders(template).map((p) => [p, '2']));
      const note = { ...split(key), params };
      expect(hasMappingNoteWords(note, lang), key).toBe(true);
      const text = mappingNoteText(note, lang);
      expect(text, key).not.toMatch(/[{}]|undefined/);
      expect(text.length, key).toBeGreaterThan(5);
    }
  });

  it('a note without words is its code, never an empty line', () => {
    expect(hasMappingNoteWords({ code: 'no-such-note' }, 'en')).toBe(false);
    expect(mappingNoteText({ code: 'no-such-note' }, 'nb')).toBe('no-such-note');
  });

  it('words the optional parts and the counts: one, many, and a part only when its fact is given', () => {
    const one = { code: 'sosi-objects', variant: 'points', params: { count: '1' } };
    expect(mappingNoteText(one, 'en')).toBe('1 .PUNKT/.SYMBOL object read.');
    expect(mappingNoteText(one, 'nb')).toBe('1 .PUNKT/.SYMBOL-objekt lest.');
    const many = { code: 'sosi-objects', variant: 'points', params: { count: '12345', notRead: '2 .TEKST' } };
    expect(mappingNoteText(many, 'en')).toBe('12,345 .PUNKT/.SYMBOL objects read; not read as features: 2 .TEKST.');
    expect(mappingNoteText(many, 'nb')).toBe(
      '12\u00a0345 .PUNKT/.SYMBOL-objekter lest; ikke lest som objekter: 2 .TEKST.',
    );
    const merged = { code: 'kommuner-merged', params: { knrs: '0627,0628', name: '"Asker syd"' } };
    expect(mappingNoteText(merged, 'nb')).toBe('Kommunene 0627 og 0628 er slått sammen til én region "Asker syd".');
    const rule = {
      code: 'gtfs-hub-rule',
      params: { tog: '2', baat: '1', buss: '6', fromHour: '7', toHour: '9' },
    };
    expect(mappingNoteText(rule, 'nb')).toContain('mellom 07:00 og 09:00');
  });

  it.each(LANGS)('every field role has a word in %s', (lang) => {
    const roles: Record<FieldRole, true> = {
      id: true,
      name: true,
      status: true,
      abc: true,
      readiness: true,
      note: true,
      jobsToday: true,
      vacantDaa: true,
      arealformal: true,
      arealbruksstatus: true,
      objtype: true,
      hubType: true,
      kommunenummer: true,
      kommunenavn: true,
    };
    expect(fieldRoleKeys(lang).sort()).toEqual(Object.keys(roles).sort());
  });

  it('a SOSI file read: its notes in bokmål and in English', () => {
    const bytes = readFileSync(resolve(REPO, 'tests/fixtures/plan/plan_22_iso8859-10.sos'));
    const r = loadSites(bytes, { file: 'plan.sos' });
    const nb = r.mapping.notes.map((n) => mappingNoteText(n, 'nb'));
    const en = r.mapping.notes.map((n) => mappingNoteText(n, 'en'));
    expect(nb[0]).toContain('tegnsett ISO8859-10; ..KOORDSYS 22 (EUREF89 UTM sone 32) → EPSG:25832');
    expect(en[0]).toContain('character set ISO8859-10; ..KOORDSYS 22 (EUREF89 UTM zone 32) → EPSG:25832');
    expect(nb[1]).toMatch(/^5 \.FLATE-objekter lest, grensene bygd av 8 kurver; ikke lest som objekter: /);
    expect(en[1]).toMatch(/^5 \.FLATE objects read, their boundaries built from 8 curves; not read as features: /);
    expect(mappingFieldsText(r.mapping.fields, 'nb')).toContain('id ← IDENTIFIKASJON.LOKALID');
  });
});

describe('src/data gives its mapping notes as facts, not sentences', () => {
  // The site's derived notes (plan data: the arealformål, the default ABC type) are facts too (`derived`, checked in
  // siteNotes.test.ts); nothing is left.
  const KNOWN_LEFT: string[] = [];

  it('no note is pushed or listed as a string or template literal', () => {
    const worded = DATA.flatMap((f) =>
      [...f.text.matchAll(/\bnotes(?:\.push\(|\??:\s*\[(?:\.\.\.[\w.]+,\s*)*)\s*(?:`|'|")/g)].map(
        (m) => `${f.path.slice(REPO.length + 1)}: ${m[0]}`,
      ),
    );
    expect(worded).toEqual(KNOWN_LEFT);
  });

  it('a note is an object with a code from the list: the types say so', () => {
    const problems = readFileSync(resolve(REPO, 'src/data/problems.ts'), 'utf8');
    const note = /export interface MappingNote \{[\s\S]*?\n\}/.exec(problems)?.[0] ?? '';
    expect(note).toContain('code: MappingNoteCode');
    expect(note).not.toMatch(/\bmessage\b|\btext\b/);
    const pipeline = readFileSync(resolve(REPO, 'src/data/featurePipeline.ts'), 'utf8');
    expect(pipeline).toMatch(/\bnotes: MappingNote\[\];/);
  });

  it('the grep would catch a sentence coming back', () => {
    const re = /\bnotes(?:\.push\(|\??:\s*\[(?:\.\.\.[\w.]+,\s*)*)\s*(?:`|'|")/;
    expect(re.test("mapping.notes.push('Plan data: only business land.')")).toBe(true);
    expect(re.test('notes: [...sites.mapping.notes, `Site format`]')).toBe(true);
    expect(re.test("notes.push({ code: 'plan-no-name-field' })")).toBe(false);
  });
});
