// A dataset kept by the version before typed feature references (refs and named features as English text) still
// loads, and its warnings read as they did, now in either language.
import { describe, expect, it } from 'vitest';
import { problemText } from '../../../src/i18n/problemText';
import { refFromText } from '../../../src/state/keptWarning';
import { readStoredUserData, toStored } from '../../../src/state/userDataPersist';
import { handMadeDataset } from '../../component/fixtures';

const fmt = { daa: (n: number) => String(n) };

describe('a kept record from the version with text references', () => {
  const dataset = { ...handMadeDataset(), origin: 'user' as const, userFiles: { sites: 'plan.sos' } };
  const base = JSON.parse(JSON.stringify(toStored(dataset, new Date('2026-11-30T12:00:00Z')))) as Record<
    string,
    unknown
  >;
  // As that version wrote them: `ref` text, and the named features already in the params as text.
  const old = {
    ...base,
    warnings: [
      {
        code: 'status-unknown',
        file: 'plan.sos',
        featureIndex: 4,
        featureId: 'N5',
        ref: 'line 104, .FLATE 5',
        params: { value: '"9"' },
      },
      {
        code: 'id-duplicate',
        file: 'stops.txt',
        featureIndex: 2,
        featureId: 'S1-2',
        ref: 'line 7',
        params: { id: '"S1"', first: 'line 3', renamed: '"S1-2"' },
      },
      {
        code: 'arealformal-not-business',
        variant: 'filtered',
        file: 'plan.sos',
        params: { code: '1110', label: 'Boligbebyggelse', count: '1', features: 'line 60, .FLATE 2 (id "2")' },
      },
      { code: 'sosi-no-slutt', file: 'plan.sos', ref: 'somewhere odd' },
    ],
  };

  it('loads, with each text reference read back as the facts it described', () => {
    const back = readStoredUserData(old);
    expect(back).not.toBeNull();
    expect(back?.warnings.map((w) => w.ref)).toEqual([
      { kind: 'sosi', line: 104, object: 'FLATE', serial: 5 },
      { kind: 'csv', line: 7 },
      undefined,
      { kind: 'text', text: 'somewhere odd' },
    ]);
  });

  it('shows the same English words as before, and bokmål reference words', () => {
    const back = readStoredUserData(old);
    const [unknown, duplicate, filtered] = back?.warnings ?? [];
    const words = (w: typeof unknown, lang: 'nb' | 'en'): string => {
      const t = problemText(w ?? { code: '?' }, { file: 'plan.sos', gtfs: false }, lang, fmt);
      return `${t.headline} ${t.detail ?? ''}`;
    };
    expect(words(unknown, 'en')).toContain('line 104, .FLATE 5 (id "N5")');
    expect(words(unknown, 'nb')).toContain('linje 104, .FLATE 5 (id «N5»)');
    expect(words(duplicate, 'en')).toContain('already used by line 3;');
    expect(words(filtered, 'en')).toContain(': line 60, .FLATE 2 (id "2")');
  });

  it('reads every text shape the older loaders wrote', () => {
    expect(refFromText('features[12]')).toEqual({ kind: 'feature', index: 12 });
    expect(refFromText('line 8, .PUNKT (no serial number)')).toEqual({ kind: 'sosi', line: 8, object: 'PUNKT' });
    expect(refFromText('line 81, app:KpArealformålOmråde')).toEqual({
      kind: 'gml',
      line: 81,
      element: 'app:KpArealformålOmråde',
    });
    expect(refFromText('line 5')).toEqual({ kind: 'csv', line: 5 });
  });

  it('still refuses a record whose warnings are not warnings', () => {
    expect(readStoredUserData({ ...old, warnings: [{ ref: 'line 3' }] })).toBeNull();
  });
});
