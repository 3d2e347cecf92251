// Feature references are facts from the loaders; their words, nb and en, come from src/i18n alone.
import { describe, expect, it } from 'vitest';
import type { FeatureRef } from '../../../src/domain/types.ts';
import { featureRefText, namedFeatureText } from '../../../src/i18n/featureRef.ts';
import { problemText } from '../../../src/i18n/problemText.ts';

const CASES: [FeatureRef, string, string][] = [
  [{ kind: 'feature', index: 3 }, 'features[3]', 'features[3]'],
  [{ kind: 'sosi', line: 40, object: 'FLATE', serial: 17 }, 'linje 40, .FLATE 17', 'line 40, .FLATE 17'],
  [
    { kind: 'sosi', line: 9, object: 'PUNKT' },
    'linje 9, .PUNKT (uten serienummer)',
    'line 9, .PUNKT (no serial number)',
  ],
  [
    { kind: 'gml', line: 81, element: 'app:KpArealformålOmråde' },
    'linje 81, app:KpArealformålOmråde',
    'line 81, app:KpArealformålOmråde',
  ],
  [{ kind: 'csv', line: 5 }, 'linje 5', 'line 5'],
  [{ kind: 'text', text: 'row 7 <b>' }, 'row 7 <b>', 'row 7 <b>'],
];

describe('featureRefText', () => {
  for (const [ref, nb, en] of CASES) {
    it(`${ref.kind}: «${nb}» / "${en}"`, () => {
      expect(featureRefText(ref, 'nb')).toBe(nb);
      expect(featureRefText(ref, 'en')).toBe(en);
    });
  }

  it('names a feature with its id in each language', () => {
    const f = { ref: { kind: 'sosi', line: 104, object: 'FLATE', serial: 5 } as const, featureId: 'bolig-5' };
    expect(namedFeatureText(f, 'nb')).toBe('linje 104, .FLATE 5 (id «bolig-5»)');
    expect(namedFeatureText(f, 'en')).toBe('line 104, .FLATE 5 (id "bolig-5")');
  });
});

describe('the features a problem names', () => {
  const fmt = { daa: (n: number) => String(n) };
  it('id-duplicate: `first` is the named feature, in the words of the language', () => {
    const p = {
      code: 'id-duplicate',
      file: 'p.sos',
      featureIndex: 1,
      featureId: 'A-2',
      ref: { kind: 'sosi', line: 30, object: 'FLATE', serial: 2 } as const,
      params: { id: '"A"', renamed: '"A-2"' },
      named: [{ ref: { kind: 'sosi', line: 12, object: 'FLATE', serial: 1 } as const }],
    };
    expect(problemText(p, { file: 'p.sos', gtfs: false }, 'nb', fmt).detail).toContain(
      'alt brukt av linje 12, .FLATE 1;',
    );
    expect(problemText(p, { file: 'p.sos', gtfs: false }, 'en', fmt).detail).toContain(
      'already used by line 12, .FLATE 1;',
    );
  });

  it('a grouped skip lists its features with their ids, joined', () => {
    const p = {
      code: 'arealformal-not-business',
      variant: 'filtered',
      file: 'p.gml',
      params: { code: '1110', label: 'Boligbebyggelse', count: '2' },
      named: [
        { ref: { kind: 'gml', line: 4, element: 'app:A' } as const, featureId: 'x' },
        { ref: { kind: 'gml', line: 9, element: 'app:A' } as const },
      ],
    };
    const text = (lang: 'nb' | 'en'): string => {
      const t = problemText(p, { file: 'p.gml', gtfs: false }, lang, fmt);
      return `${t.headline} ${t.detail ?? ''}`;
    };
    expect(text('nb')).toContain('linje 4, app:A (id «x»), linje 9, app:A');
    expect(text('en')).toContain('line 4, app:A (id "x"), line 9, app:A');
  });
});
