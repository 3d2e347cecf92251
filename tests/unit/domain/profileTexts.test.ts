// Every text of a kommune profile is written in bokmål and English; the schema refuses anything else. The investor
// organisation and the kommune's own scenario presets come from the profile (Asker has both, Bærum neither).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inLang, parseProfile, ProfileError } from '../../../src/domain/kommuneProfile.ts';
import { translator } from '../../../src/i18n/index.ts';
import { profileErrorText } from '../../../src/i18n/profileErrors.ts';

const read = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../geodata/profiles', `${name}.json`), 'utf8')) as Record<
    string,
    unknown
  >;

const errorOf = (json: unknown): string => {
  try {
    parseProfile(json);
  } catch (e) {
    if (e instanceof ProfileError) return profileErrorText(e, translator('en'));
    throw e;
  }
  throw new Error('expected a ProfileError');
};

describe('bilingual profile texts', () => {
  it('both bundled profiles give every text in nb and en, and they differ where they should', () => {
    for (const id of ['asker', 'baerum']) {
      const p = parseProfile(read(id));
      for (const t of [p.source, p.regionsHow])
        expect(t.nb.length > 0 && t.en.length > 0 && t.nb !== t.en, id).toBe(true);
      for (const f of Object.values(p.planTargets)) {
        expect(f.label.nb).not.toBe(f.label.en);
        const said = f.known ? f.source : f.reason;
        expect(said.nb.length > 0 && said.en.length > 0, id).toBe(true);
      }
    }
    const baerum = parseProfile(read('baerum'));
    expect(baerum.sites.kind === 'missing' && inLang(baerum.sites.reason, 'nb')).toMatch(
      /^prosjektets datagrunnlag har ingen kommuneplan/,
    );
    expect(baerum.sites.kind === 'missing' && inLang(baerum.sites.reason, 'en')).toMatch(
      /^the project's data has no kommuneplan/,
    );
  });

  it('refuses a plain string, a missing language, an empty text and a third language, naming the field', () => {
    const asker = read('asker');
    const kommune = asker.kommune as Record<string, unknown>;
    const withSource = (source: unknown) => ({ ...asker, kommune: { ...kommune, source } });
    expect(errorOf(withSource('Kartverket'))).toBe(
      'profile.kommune.source must be a text in both languages, {"nb": "…", "en": "…"}, not "Kartverket"',
    );
    expect(errorOf(withSource({ nb: 'Kartverket' }))).toMatch(/profile\.kommune\.source .*"en" is missing or empty/);
    expect(errorOf(withSource({ nb: ' ', en: 'Kartverket' }))).toMatch(/"nb" is missing or empty/);
    expect(errorOf(withSource({ nb: 'a', en: 'b', nn: 'c' }))).toMatch(/"nn" is not one/);
    const regions = asker.regions as Record<string, unknown>;
    expect(errorOf({ ...asker, regions: { ...regions, how: 'English only' } })).toMatch(/^profile\.regions\.how must/);
    const targets = asker.planTargets as Record<string, Record<string, unknown>>;
    const bad = { ...asker, planTargets: { ...targets, futureDaa: { ...targets.futureDaa, label: 'Future' } } };
    expect(errorOf(bad)).toMatch(/^profile\.planTargets\.futureDaa\.label must be a text in both languages/);
  });
});

describe('what the profile says about investors and presets', () => {
  it('Asker names Invest in Asker and its own preset; Bærum names neither', () => {
    const asker = parseProfile(read('asker'));
    expect(asker.investor?.organisation).toEqual({ nb: 'Invest in Asker', en: 'Invest in Asker' });
    expect(asker.scenarioPresets).toEqual(['satsing-syd']);
    const baerum = parseProfile(read('baerum'));
    expect(baerum.investor).toBeNull();
    expect(baerum.scenarioPresets).toEqual([]);
  });

  it('Bærum maps each number it has had to its one region: 0219 (to 2019), 3024 (2020–2023), 3201 (2024–)', () => {
    expect([...parseProfile(read('baerum')).regionsFromKommuner]).toEqual([
      ['0219', 'Bærum'],
      ['3024', 'Bærum'],
      ['3201', 'Bærum'],
    ]);
  });

  it('refuses an investor without an organisation in both languages, and preset ids that are not ids', () => {
    const asker = read('asker');
    expect(errorOf({ ...asker, investor: { organisation: 'Invest in Asker' } })).toMatch(
      /^profile\.investor\.organisation must be a text in both languages/,
    );
    expect(errorOf({ ...asker, scenarioPresets: { ids: ['Satsing syd'] } })).toMatch(/^profile\.scenarioPresets must/);
  });
});
