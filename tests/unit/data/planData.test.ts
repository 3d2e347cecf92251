// Plan data (KpArealformål / RpArealformål exports): field recognition, business-land filter, ABC defaults, status
// codes, areas.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toLngLat } from '../../../src/domain/crs.ts';
import { multiPolygonAreaM2, multiPolygonCentroid } from '../../../src/domain/geometry.ts';
import { loadSites } from '../../../src/data/loaders.ts';
import { collection, feature, polygon, rectRing } from './geojsonText.ts';
import { messageOf } from '../../helpers/problemWords.ts';
import { skipReasonText } from '../../../src/i18n/problemText.ts';

const GOOD = resolve(import.meta.dirname, '../../fixtures/good');
const read = (name: string): string => readFileSync(resolve(GOOD, name), 'utf8');
const RECT = polygon(rectRing(580_000, 6_630_000, 100, 100));

describe('a kommuneplan export (ArcGIS style, EPSG:25832): kp_arealformal_25832.geojson', () => {
  const r = loadSites(read('kp_arealformal_25832.geojson'), { file: 'kp' });

  it('is read as plan data with the fields the export uses', () => {
    expect(r.crs).toBe(25832);
    expect(r.crsSource).toBe('member');
    expect(r.mapping.mode).toBe('plan');
    expect(r.mapping.fields).toEqual({
      id: 'LOKALID',
      name: 'FELTNAVN',
      arealformal: 'KPAREALFORMAL',
      arealbruksstatus: 'AREALST',
      objtype: 'OBJTYPE',
    });
  });

  it('keeps the three business-land features, with hand-checked areas (rectangles, one with a hole)', () => {
    const rows = r.value.map((s) => [s.id, s.name, s.status, s.abc, s.arealformal, multiPolygonAreaM2(s.geometry)]);
    expect(rows).toEqual([
      // 200 m × 100 m
      ['a3f1c2d0-0001', 'N1', 'eksisterende', 'B', 1300, 20_000],
      // 150 m × 100 m minus a 50 m × 20 m hole
      ['a3f1c2d0-0003', 'KB2', 'fremtidig', 'B', 1800, 14_000],
      // 200 m × 150 m; arealbruksstatus 3; no FELTNAVN, so named by its arealformål
      ['a3f1c2d0-0005', 'Sentrumsformål (1130)', 'eksisterende', 'A', 1130, 30_000],
    ]);
  });

  it('skips the rest with a counted reason each, and says why in plain words', () => {
    expect(r.featureCount).toBe(7);
    expect(r.skipped.map((s) => [s.featureIndex, s.kind, skipReasonText(s, 'en')])).toEqual([
      [1, 'filtered', '1110 Housing: not business land'],
      [3, 'filtered', '2070 Public transport hub: not business land'],
      [5, 'filtered', '5100 LNFR: not business land'],
      [6, 'filtered', 'object type "KpHensynSone" is not a land-use area (arealformålområde)'],
    ]);
    expect(r.warnings.map((w) => messageOf(w))).toContain(
      'kp: skipped 1 feature, 2070 Public transport hub: not business land: features[3] (id "a3f1c2d0-0004")',
    );
  });

  it('records arealbruksstatus 3 in the derived notes (as facts) and in one file warning', () => {
    expect(r.value[2]?.note).toBe('');
    expect(r.value[2]?.derived).toEqual([
      { code: 'arealformal', params: { code: '1130' } },
      { code: 'status-from-arealbruksstatus', params: { value: '3', status: 'eksisterende' } },
      { code: 'abc-default', params: { abc: 'A', code: '1130' } },
    ]);
    expect(r.warnings.filter((w) => w.code === 'status-videreutvikling')).toHaveLength(1);
  });
});

describe('a reguleringsplan export (Geonorge style, nested ids, EPSG:25833): rp_arealformal_25833.geojson', () => {
  const r = loadSites(read('rp_arealformal_25833.geojson'), { file: 'rp' });

  it('reads nested identifikasjon.lokalId, arealformål with æ/å and feltbetegnelse', () => {
    expect(r.mapping.fields).toEqual({
      id: 'identifikasjon.lokalId',
      name: 'feltbetegnelse',
      arealformal: 'arealformål',
      objtype: 'objekttype',
    });
    expect(r.value.map((s) => [s.id, s.name, s.abc, s.status])).toEqual([
      ['7c1e-0001', 'BKT1', 'A', null],
      ['7c1e-0002', 'BI1', 'C', null],
      ['7c1e-0003', 'BL1', 'C', null],
      ['7c1e-0004', 'BGT1', 'C', null],
    ]);
    expect(r.skipped.map((s) => skipReasonText(s, 'en'))).toEqual([
      '1110 Housing: not business land',
      '2011: not a business-land code in the table',
      '3040 Public open space: not business land',
    ]);
  });

  it('areas agree with the UTM scale-factor series: area32 = area33 × (k32 / k33)², within 0.001 %', () => {
    // k = k0 (1 + x²/(2ρν) + x⁴/(24ρ²ν²)), x = (E − 500 000)/k0, on GRS80 at the site's latitude.
    const a = 6_378_137;
    const f = 1 / 298.257222101;
    const e2 = f * (2 - f);
    const k0 = 0.9996;
    const sizes33: [number, number][] = [
      [245_050, 20_000],
      [245_350, 60_000],
      [245_700, 40_000],
      [245_200, 40_000],
    ];
    r.value.forEach((site, i) => {
      const [e33, area33] = sizes33[i] as [number, number];
      const c = multiPolygonCentroid(site.geometry);
      const lat = (toLngLat(c)[1] * Math.PI) / 180;
      const s2 = Math.sin(lat) ** 2;
      const nu = a / Math.sqrt(1 - e2 * s2);
      const rho = (a * (1 - e2)) / (1 - e2 * s2) ** 1.5;
      const k = (e: number): number => {
        const x = (e - 500_000) / k0;
        return k0 * (1 + (x * x) / (2 * rho * nu) + x ** 4 / (24 * (rho * nu) ** 2));
      };
      const expected = area33 * (k(c[0]) / k(e33)) ** 2;
      expect(Math.abs(multiPolygonAreaM2(site.geometry) / expected - 1)).toBeLessThan(1e-5);
    });
    // The office plot: 100 m × 200 m in zone 33 is 19 971.4 m² in zone 32 (zone 33 stretches Asker by 0.07 %).
    expect(multiPolygonAreaM2(r.value[0]?.geometry ?? [])).toBeCloseTo(19_971.39, 1);
  });
});

describe('field names as real exports spell them', () => {
  it.each([
    [{ KPAREALFORMAL: 1300, AREALST: 2 }],
    [{ arealformål: 1300, arealbruksstatus: 2 }],
    [{ arealformal: '1300', Arealstatus: '2' }],
    [{ KpFormål: 1300, KPAREALBRUKSSTATUS: 2 }],
    [{ RPAREALFORMAL: 1300, arealbruksstatus: 'Framtidig' }],
    [{ areal_formål: '1300 - Næringsbebyggelse', AREALST: 2 }],
  ])('%j → 1300, fremtidig, B', (props) => {
    const r = loadSites(collection([feature(RECT, { LOKALID: 'x', ...props })]), { file: 'f' });
    expect(r.value[0]).toMatchObject({ id: 'x', status: 'fremtidig', abc: 'B', arealformal: 1300 });
  });

  it.each([
    [{ lokalId: 'L1' }, 'L1'],
    [{ OBJID: 77 }, '77'],
    [{ 'identifikasjon.lokalId': 'flat-dotted' }, 'flat-dotted'],
    [{ identifikasjon: { lokalId: 'nested' } }, 'nested'],
  ])('id from %j', (props, id) => {
    expect(loadSites(collection([feature(RECT, { KPAREALFORMAL: 1300, ...props })]), { file: 'f' }).value[0]?.id).toBe(
      id,
    );
  });

  it.each([
    [{ FELTNAVN: 'BN1' }, 'BN1'],
    [{ feltbetegnelse: 'BKB2' }, 'BKB2'],
    [{ navn: 'Billingstad' }, 'Billingstad'],
    [{ PLANNAVN: 'Plan 123' }, 'Plan 123'],
  ])('name from %j', (props, name) => {
    expect(
      loadSites(collection([feature(RECT, { id: 'a', KPAREALFORMAL: 1300, ...props })]), { file: 'f' }).value[0]?.name,
    ).toBe(name);
  });

  it('the file’s own abc beats the default of the code; an unknown arealbruksstatus warns', () => {
    const r = loadSites(collection([feature(RECT, { id: 'a', KPAREALFORMAL: 1340, abc: 'b', AREALST: 9 })]), {
      file: 'f',
    });
    expect(r.value[0]).toMatchObject({ abc: 'B', status: null });
    expect(r.value[0]?.note).not.toContain('default');
    expect(r.warnings.map((w) => messageOf(w))).toEqual([
      'f: features[0] (id "a"): arealbruksstatus 9 is not recognised (expected 1 nåværende, 2 framtidig or 3 videreutvikling); treated as unknown',
    ]);
  });

  it('a field mapping chosen by the user beats detection, and null ignores a field', () => {
    const text = collection([feature(RECT, { id: 'a', KPAREALFORMAL: 1300, FELTNAVN: 'N1', OMRNAVN: 'Slependen' })]);
    const r = loadSites(text, { file: 'f', fields: { name: 'OMRNAVN', arealformal: null } });
    expect(r.value[0]?.name).toBe('Slependen');
    expect(r.mapping.mode).toBe('project');
  });

  it('a custom code table changes what is kept and the ABC default', () => {
    const table = new Map([
      [1160, { label: 'Offentlig eller privat tjenesteyting', abc: 'B' as const, why: 'public jobs count here' }],
    ]);
    const text = collection([
      feature(RECT, { id: 'a', KPAREALFORMAL: 1160 }),
      feature(RECT, { id: 'b', KPAREALFORMAL: 1300 }),
    ]);
    const r = loadSites(text, { file: 'f', arealformalTable: table });
    expect(r.value.map((s) => [s.id, s.abc])).toEqual([['a', 'B']]);
    expect(skipReasonText(r.skipped[0] ?? { code: '' }, 'en')).toBe('1300: not a business-land code in the table');
  });
});
