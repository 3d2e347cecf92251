// A refused kommune profile or assumptions file is facts (code, params) in src/domain; the words are in
// src/i18n/profileErrors.*.ts. Every code has bokmål and English words that fill from its params, the two languages
// name the same facts, and the CLI and the app word the same error the same way.
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTIONS_ERROR_CODES,
  AssumptionsError,
  checkAssumptions,
  DEFAULT_ASSUMPTIONS,
  parseAssumptionsFile,
} from '../../../src/domain/assumptions.ts';
import { PROFILE_ERROR_CODES, ProfileError } from '../../../src/domain/kommuneProfile.ts';
import { translator, type Lang } from '../../../src/i18n/index.ts';
import { assumptionsErrorText, profileErrorText } from '../../../src/i18n/profileErrors.ts';
import { profileErrorsEn } from '../../../src/i18n/profileErrors.en.ts';
import { profileErrorsNb } from '../../../src/i18n/profileErrors.nb.ts';

const LANGS: Lang[] = ['nb', 'en'];
const PARAMS = { field: 'profile.x', value: '"v"', lang: 'en', keys: '"nn"', key: '"0220"' };
const placeholders = (t: string): string[] =>
  [...new Set([...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();

describe('profile and assumptions errors in words', () => {
  it.each(LANGS)('every profile error code has words in %s that name the field and fill every placeholder', (lang) => {
    for (const code of PROFILE_ERROR_CODES) {
      const text = profileErrorText(new ProfileError(code, PARAMS), translator(lang));
      expect(text, code).toContain('profile.x');
      expect(text, code).not.toMatch(/\{\w+\}/);
    }
  });

  it.each(LANGS)('every assumptions error code has words in %s', (lang) => {
    for (const code of ASSUMPTIONS_ERROR_CODES.filter((c) => c !== 'check')) {
      const text = assumptionsErrorText(new AssumptionsError(code, PARAMS), lang);
      expect(text, code).toContain('profile.x');
      expect(text, code).not.toMatch(/\{\w+\}/);
    }
  });

  it('bokmål and English have the same keys with the same placeholders, and say it differently', () => {
    expect(Object.keys(profileErrorsNb).sort()).toEqual(Object.keys(profileErrorsEn).sort());
    for (const [key, nb] of Object.entries(profileErrorsNb)) {
      const en = profileErrorsEn[key as keyof typeof profileErrorsNb];
      expect(placeholders(nb), key).toEqual(placeholders(en));
      expect(nb, key).not.toBe(en);
    }
  });

  it('a figure without a source: facts in the error, words in both languages', () => {
    const bad = structuredClone(DEFAULT_ASSUMPTIONS) as unknown as Record<string, unknown>;
    let error: unknown;
    try {
      parseAssumptionsFile(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AssumptionsError);
    const e = error as AssumptionsError;
    expect(e.code).toBe('missing');
    expect(e.params['field']).toMatch(/^capacity\.A\.bra\.low\.value$/);
    expect(assumptionsErrorText(e, 'en')).toBe('Missing "capacity.A.bra.low.value" in the assumptions file.');
    expect(assumptionsErrorText(e, 'nb')).toBe('"capacity.A.bra.low.value" mangler i antakelsesfilen.');
  });

  it('an assumptions check names each problem through the scenario problem words', () => {
    const edited = structuredClone(DEFAULT_ASSUMPTIONS);
    edited.netShare.B = 1.2;
    const problems = checkAssumptions(edited);
    expect(problems.length).toBeGreaterThan(0);
    const e = new AssumptionsError('check', {}, problems);
    expect(e.message).toContain('netShare.B');
    for (const lang of LANGS) {
      const text = assumptionsErrorText(e, lang);
      expect(text).toContain('1.2'); // the value as the file gives it
      expect(text).not.toMatch(/\{\w+\}|netShare/);
    }
    expect(assumptionsErrorText(e, 'nb')).toMatch(/^Netto utbyggbar andel, B: /);
    expect(assumptionsErrorText(e, 'nb')).not.toBe(assumptionsErrorText(e, 'en'));
  });
});
