// The string tables: same keys (also enforced by the type), same placeholders, nothing left empty.
import { describe, expect, it } from 'vitest';
import { cliWordsEn } from '../../../src/i18n/cliWords.en';
import { cliWordsNb } from '../../../src/i18n/cliWords.nb';
import { en } from '../../../src/i18n/en';
import { translator } from '../../../src/i18n/index';
import { nb } from '../../../src/i18n/nb';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n tables', () => {
  it('give every key in both languages, with the same placeholders and no empty string', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(nb[key]));
    }
  });

  it("give the CLIs' words in both languages too, with the same placeholders and no empty string", () => {
    expect(Object.keys(cliWordsEn).sort()).toEqual(Object.keys(cliWordsNb).sort());
    for (const key of Object.keys(cliWordsNb) as (keyof typeof cliWordsNb)[]) {
      expect(cliWordsEn[key].trim(), key).not.toBe('');
      expect(placeholders(cliWordsEn[key]), key).toEqual(placeholders(cliWordsNb[key]));
    }
    // One key table: no CLI word shadows an app word.
    expect(Object.keys(cliWordsNb).filter((k) => k in nb)).toEqual([]);
  });

  it("name each language the same in every table (the language menu shows the current table's names)", () => {
    expect([en.languageNb, en.languageEn]).toEqual([nb.languageNb, nb.languageEn]);
  });

  it('fills placeholders as plain text and leaves unknown ones visible', () => {
    const t = translator('nb');
    expect(t('listCount', { shown: 3, total: 34 })).toBe('3 av 34 områder');
    expect(t('dataError', { message: '<b>x</b>' })).toBe('Kunne ikke laste data: <b>x</b>');
    expect(t('listCount', { shown: 3 })).toBe('3 av {total} områder');
  });
});
