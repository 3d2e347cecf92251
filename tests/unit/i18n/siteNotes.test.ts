// A site's derived notes are facts from the loader (src/domain/siteNotes.ts) and words only in src/i18n: every code has
// words in both languages, every arealformål code the loaders know has a name, and each note reads as written here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSINESS_CODES, NAMED_OTHER_CODES } from '../../../src/data/arealformal.ts';
import { loadSites } from '../../../src/data/loaders.ts';
import { DERIVED_NOTE_CODES, isDerivedNote, type DerivedNote } from '../../../src/domain/siteNotes.ts';
import { LANGS } from '../../../src/i18n/index.ts';
import { derivedNotesEn } from '../../../src/i18n/siteNotes.en.ts';
import { derivedNotesNb } from '../../../src/i18n/siteNotes.nb.ts';
import {
  arealformalName,
  arealformalNamedCodes,
  arealformalWhy,
  derivedNotesBoth,
  derivedNoteText,
  siteNoteText,
} from '../../../src/i18n/siteNotes.ts';
import { skipReasonText } from '../../../src/i18n/problemText.ts';

const REPO = resolve(import.meta.dirname, '../../..');
const placeholders = (t: string): string[] => [...t.matchAll(/\{\??(\w+)/g)].map((m) => m[1] as string).sort();

describe('the derived-note catalogue', () => {
  it('has words for every code in both languages, with the same placeholders', () => {
    expect(Object.keys(derivedNotesNb).sort()).toEqual([...DERIVED_NOTE_CODES].sort());
    expect(Object.keys(derivedNotesEn).sort()).toEqual([...DERIVED_NOTE_CODES].sort());
    for (const code of DERIVED_NOTE_CODES)
      expect(placeholders(derivedNotesEn[code] ?? ''), code).toEqual(placeholders(derivedNotesNb[code] ?? ''));
  });

  it('names exactly the codes the loaders keep or name in a skip, and says why for every business code', () => {
    const known = [...BUSINESS_CODES.keys(), ...NAMED_OTHER_CODES].map(String).sort();
    for (const lang of LANGS) {
      expect(arealformalNamedCodes(lang).sort(), lang).toEqual(known);
      for (const code of BUSINESS_CODES.keys())
        expect(arealformalWhy(String(code), lang), `${lang} ${code}`).toBeTruthy();
      expect(arealformalWhy('1110', lang)).toBeUndefined();
    }
    // The bokmål name is the code list's own, which the data keeps as an unnamed site's name.
    for (const [code, rule] of BUSINESS_CODES) expect(arealformalName(String(code), 'nb')).toBe(rule.label);
  });
});

describe('each derived note in words', () => {
  const cases: [DerivedNote, string, string][] = [
    [{ code: 'arealformal', params: { code: '1340' } }, 'arealformål 1340 Industri', 'arealformål 1340 Industry'],
    [
      { code: 'abc-default', params: { abc: 'C', code: '1350' } },
      'ABC-type C er standard for denne koden (lager: få arbeidsplasser per m², tung godstrafikk)',
      'ABC type C is the default for this code (warehousing: few jobs per m², heavy goods traffic)',
    ],
    [
      { code: 'status-from-arealbruksstatus', params: { value: '3', status: 'eksisterende' } },
      'arealbruksstatus 3 (videreutvikling av nåværende) lest som eksisterende',
      'arealbruksstatus 3 (videreutvikling av nåværende) read as eksisterende',
    ],
    // A caller's own table can keep a code the catalogue has no name or reason for: the words leave them out.
    [{ code: 'arealformal', params: { code: '1899' } }, 'arealformål 1899', 'arealformål 1899'],
    [
      { code: 'abc-default', params: { abc: 'B', code: '1899' } },
      'ABC-type B er standard for denne koden',
      'ABC type B is the default for this code',
    ],
  ];
  it.each(cases)('%j', (note, nb, en) => {
    expect(derivedNoteText(note, 'nb')).toBe(nb);
    expect(derivedNoteText(note, 'en')).toBe(en);
  });

  it("the whole note puts the file's own text first; nothing derived leaves the own text alone", () => {
    const derived: DerivedNote[] = [{ code: 'arealformal', params: { code: '1310' } }];
    expect(siteNoteText({ note: 'Ved stasjonen', derived }, 'nb')).toBe('Ved stasjonen; arealformål 1310 Kontor');
    expect(siteNoteText({ note: '', derived }, 'en')).toBe('arealformål 1310 Offices');
    expect(siteNoteText({ note: 'Ved stasjonen' }, 'en')).toBe('Ved stasjonen');
    expect(siteNoteText({ note: '' }, 'nb')).toBe('');
    expect(derivedNotesBoth({ note: 'x' })).toEqual({ nb: null, en: null });
  });

  it('a skip reason names the code from the catalogue (the reader gives only the code)', () => {
    const skip = { code: 'arealformal-not-business', variant: 'named', params: { code: '2070' } };
    expect(skipReasonText(skip, 'nb')).toBe('2070 Kollektivknutepunkt: ikke næringsareal');
    expect(skipReasonText(skip, 'en')).toBe('2070 Public transport hub: not business land');
  });
});

describe('the loader gives facts, the words follow the language', () => {
  const text = readFileSync(resolve(REPO, 'tests/fixtures/good/kp_arealformal_25832.geojson'), 'utf8');
  const sites = loadSites(text, { file: 'kp' }).value;

  it('a plan site carries codes, and its note in words is bokmål or English', () => {
    const s = sites[0];
    expect(s?.note).toBe('');
    expect(s?.derived).toEqual([
      { code: 'arealformal', params: { code: '1300' } },
      { code: 'abc-default', params: { abc: 'B', code: '1300' } },
    ]);
    expect(siteNoteText(s ?? { note: '' }, 'nb')).toBe(
      'arealformål 1300 Næringsvirksomhet/næringsbebyggelse; ABC-type B er standard for denne koden (næringsareal av ukjent slag: mellomtypen til planen sier mer)',
    );
    expect(siteNoteText(s ?? { note: '' }, 'en')).toBe(
      'arealformål 1300 Business; ABC type B is the default for this code (business land of unspecified kind: the middle type until the plan says more)',
    );
    for (const d of s?.derived ?? []) expect(isDerivedNote(d)).toBe(true);
  });

  it('isDerivedNote refuses what is not one (an unknown code, a sentence in place of params)', () => {
    expect(isDerivedNote({ code: 'arealformal', params: { code: '1300' } })).toBe(true);
    expect(isDerivedNote({ code: 'free-text', params: {} })).toBe(false);
    expect(isDerivedNote({ code: 'arealformal', params: 'arealformål 1300' })).toBe(false);
    expect(isDerivedNote({ code: 'arealformal', params: { code: 1300 } })).toBe(false);
    expect(isDerivedNote('arealformål 1300 Næring')).toBe(false);
  });
});
