// The report CLI reads official exports directly: `npm run report -- --sites <KpArealformål export> --regions <kommune
// file>`.
import { describe, expect, it } from 'vitest';
import { parseCsv, report } from '../cli/reportHarness.ts';

const GOOD = 'tests/fixtures/good';

describe('report on official exports', () => {
  it('plan data as sites and kommune boundaries as regions: exit 0, one row per business site, skips as warnings', async () => {
    const out = await report([
      '--sites',
      `${GOOD}/kp_arealformal_25832.geojson`,
      '--hubs',
      `${GOOD}/hubs_25832.geojson`,
      '--regions',
      `${GOOD}/kommuner_25833.geojson`,
    ]);
    expect(out.code).toBe(0);
    const [header, ...rows] = parseCsv(out.stdout);
    const col = (name: string): number => header?.indexOf(name) ?? -1;
    expect(
      rows.map((r) => [r[col('id')], r[col('status')], r[col('abc')], r[col('region')], r[col('area_m2')]]),
    ).toEqual([
      ['a3f1c2d0-0001', 'eksisterende', 'B', 'Asker nord', '20000.00'],
      ['a3f1c2d0-0003', 'fremtidig', 'B', 'Asker nord', '14000.00'],
      ['a3f1c2d0-0005', 'eksisterende', 'A', 'Asker nord', '30000.00'],
    ]);
    const warnings = out.stderr.trimEnd().split('\n');
    expect(warnings.every((w) => w.startsWith('warning: '))).toBe(true);
    expect(
      warnings.some(
        (w) =>
          w.startsWith(
            'warning: Objekter i tests/fixtures/good/kp_arealformal_25832.geojson med arealformål som ikke er næringsareal',
          ) &&
          w.endsWith(
            '(Teknisk melding: tests/fixtures/good/kp_arealformal_25832.geojson: hoppet over 1 objekt, 1110 Boligbebyggelse: ikke næringsareal: features[1] (id «a3f1c2d0-0002»))',
          ),
      ),
    ).toBe(true);
    expect(warnings.some((w) => w.includes('kommuner_25833.geojson: hoppet over 1 objekt, 0219 Bærum'))).toBe(true);
  });

  it('a reguleringsplan in EPSG:25833 gives the zone-32 areas', async () => {
    const out = await report([
      '--sites',
      `${GOOD}/rp_arealformal_25833.geojson`,
      '--hubs',
      `${GOOD}/hubs_25832.geojson`,
      '--regions',
      `${GOOD}/regions_25832.geojson`,
    ]);
    expect(out.code).toBe(0);
    const rows = parseCsv(out.stdout).slice(1);
    expect(rows.map((r) => [r[0], r[3], r[5]])).toEqual([
      ['7c1e-0001', 'A', '19971.39'],
      ['7c1e-0002', 'C', '59914.46'],
      ['7c1e-0003', 'C', '39943.20'],
      ['7c1e-0004', 'C', '39942.87'],
    ]);
  });
});
