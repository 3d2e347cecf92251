// Reading plan versions and farmland for the accounts: every land-use area with its category; AR5 types filtered.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainGroupOf } from '../../../src/domain/accounts/categories.ts';
import { loadFarmland, loadPlanVersion } from '../../../src/data/loaders.ts';
import { countSkipped } from '../../../src/data/loadPolicy.ts';
import { skipReasonText } from '../../../src/i18n/problemText.ts';
import { REPO } from '../cli/reportHarness.ts';
import { messageOf } from '../../helpers/problemWords.ts';

const fc = (features: unknown[]) =>
  JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:25832' } }, features });
const square = (x: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 6630000],
      [x + 100, 6630000],
      [x + 100, 6630100],
      [x, 6630100],
      [x, 6630000],
    ],
  ],
});
const feature = (props: Record<string, unknown>, x = 590000) => ({
  type: 'Feature',
  properties: props,
  geometry: square(x),
});

describe('mainGroupOf', () => {
  it('groups codes by the SOSI main groups, housing 1110 on its own', () => {
    expect([1110, 1120, 1160, 2010, 3040, 4001, 5100, 5230, 6001].map(mainGroupOf)).toEqual([
      'housing',
      'builtOther',
      'builtOther',
      'transport',
      'green',
      'defence',
      'lnfr',
      'lnfr',
      'sea',
    ]);
    expect(mainGroupOf(9000)).toBeNull();
  });
});

describe('loadPlanVersion', () => {
  it('keeps every arealformål area: business per the table (with its ABC default), others by main group', () => {
    const r = loadPlanVersion(
      fc([
        feature({ id: 'a', KPAREALFORMAL: 1300, KPAREALBRUKSSTATUS: 2 }),
        feature({ id: 'b', KPAREALFORMAL: '1110 - Boligbebyggelse', KPAREALBRUKSSTATUS: 1 }),
        feature({ id: 'c', KPAREALFORMAL: 1340, KPAREALBRUKSSTATUS: 3 }),
        feature({ id: 'd', KPAREALFORMAL: 9999 }),
      ]),
      { file: 'kp.geojson' },
    );
    expect(r.value.map((a) => [a.id, a.category, a.abc, a.status, a.code])).toEqual([
      ['a', 'business', 'B', 'fremtidig', 1300],
      ['b', 'housing', null, 'eksisterende', 1110],
      ['c', 'business', 'C', 'eksisterende', 1340],
    ]);
    expect(r.warnings.some((w) => /9999.*not a SOSI arealformål code/.test(messageOf(w)))).toBe(true);
  });

  it('reads the project site format as business land', () => {
    const text = readFileSync(resolve(REPO, 'tests/fixtures/good/sites_25832.geojson'), 'utf8');
    const r = loadPlanVersion(text, { file: 'sites.geojson' });
    expect(r.value.length).toBeGreaterThan(0);
    expect(r.value.every((a) => a.category === 'business' && a.code === null)).toBe(true);
  });
});

describe('loadFarmland', () => {
  it('keeps only AR5 21, 22 and 23 when the file has arealtype', () => {
    const r = loadFarmland(
      fc([feature({ arealtype: 21 }), feature({ ARTYPE: '23' }, 590200), feature({ arealtype: 30 }, 590400)]),
      { file: 'ar5.geojson' },
    );
    expect(r.value).toHaveLength(2);
    expect(r.skipped.map((s) => skipReasonText(s, 'en'))).toEqual(['arealtype 30 is not farmland (21, 22 or 23)']);
  });

  it('an AR5 file without any farmland type gives no farmland, with a warning, not an error', () => {
    const r = loadFarmland(fc([feature({ arealtype: 30 }), feature({ arealtype: 50 }, 590200)]), {
      file: 'skog.geojson',
    });
    expect(r.value).toEqual([]);
    expect(r.warnings.map((w) => messageOf(w))).toEqual([
      'skog.geojson: none of the 2 features is farmland (AR5 arealtype 21, 22 or 23), so no farmland is counted',
    ]);
  });

  it('counts every polygon without arealtype', () => {
    expect(loadFarmland(fc([feature({ id: 'x' })]), { file: 'f.geojson' }).value).toHaveLength(1);
  });
});

describe('the farmland skip reason in words', () => {
  const counts = () =>
    countSkipped(
      loadFarmland(
        fc([
          feature({ arealtype: 21 }),
          feature({ arealtype: 30 }, 590200),
          feature({ arealtype: 30 }, 590400),
          feature({ ARTYPE: '50' }, 590600),
        ]),
        { file: 'ar5.geojson' },
      ).skipped,
    );

  it('reads in bokmål and in English, naming the arealtype each group was left out for', () => {
    const c = counts();
    expect(c.map((s) => s.count)).toEqual([2, 1]);
    expect(c.map((s) => skipReasonText(s, 'nb'))).toEqual([
      'arealtype 30 er ikke jordbruksareal (bare 21, 22 og 23 teller)',
      'arealtype "50" er ikke jordbruksareal (bare 21, 22 og 23 teller)',
    ]);
    expect(c.map((s) => skipReasonText(s, 'en'))).toEqual([
      'arealtype 30 is not farmland (21, 22 or 23)',
      'arealtype "50" is not farmland (21, 22 or 23)',
    ]);
  });

  it('says the short reason for the code rather than a half-filled template when the value is not given', () => {
    const bare = { code: 'artype-not-farmland' };
    expect(skipReasonText(bare, 'nb')).toBe('ikke jordbruksareal');
    expect(skipReasonText(bare, 'en')).toBe('not farmland');
  });
});
