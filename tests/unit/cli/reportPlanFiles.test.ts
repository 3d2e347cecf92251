// Both CLIs read SOSI and GML plan files directly (by content, as bytes): `--sites plan.sos`, `--sites plan.gml`, `--in
// plan.gml`.
import { describe, expect, it } from 'vitest';
import { importCli } from '../import/importHarness.ts';
import { parseCsv, report } from './reportHarness.ts';

const PLAN = 'tests/fixtures/plan';

describe('report --sites with plan files', () => {
  it('a SOSI file in ISO8859-10: names with æøå and hand-checked areas in the CSV', async () => {
    const out = await report(['--sites', `${PLAN}/plan_22_iso8859-10.sos`]);
    expect(out.code).toBe(0);
    const rows = parseCsv(out.stdout)
      .slice(1)
      .map((r) => [r[0], r[1], r[2], r[3], r[5]]);
    expect(rows).toEqual([
      ['sq-1', 'Næringsområde Åsløkka', 'eksisterende', 'B', '10000.00'],
      ['hole-2', 'Industri med hull', 'fremtidig', 'C', '17500.00'],
      ['shared-3', 'Nabofelt med felles grense', 'eksisterende', 'B', '10000.00'],
      ['arc-4', 'Halvsirkel ved sjøen', 'fremtidig', 'A', '15707.75'],
    ]);
    expect(out.stderr).toMatch(
      /^warning: Objekter i tests\/fixtures\/plan\/plan_22_iso8859-10\.sos med arealformål som ikke er næringsareal, .*\(Teknisk melding: tests\/fixtures\/plan\/plan_22_iso8859-10\.sos: hoppet over 1 objekt, 1110 Boligbebyggelse: ikke næringsareal: linje 104, \.FLATE 5 \(id «bolig-5»\)\)$/m,
    );
  });

  it('a GML file (EPSG:4258, latitude first)', async () => {
    const out = await report(['--sites', `${PLAN}/plan_4258.gml`, '--format', 'json']);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as {
      sites: { id: string; area_m2: number }[];
      inputs: { sites: { crs: string } };
    };
    expect(json.sites.map((s) => [s.id, s.area_m2])).toEqual([['rp.ll.1', 12499.9]]);
    expect(json.inputs.sites.crs).toBe('EPSG:4258');
  });
});

describe('import --in with a GML file', () => {
  it('writes the business areas as EPSG:25832 GeoJSON and accounts for what was not read', async () => {
    const out = await importCli([
      '--lang',
      'en',
      '--in',
      `${PLAN}/plan_25832.gml`,
      '--kind',
      'sites',
      '--out',
      '/tmp/issue-14-import.geojson',
    ]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(
      'note: Read as GML (gml:FeatureCollection); 3 features with an area; not read: 1 app:RpGrense.',
    );
    expect(out.stdout).toContain('1 × 5100 LNFR: not business land: line 81, app:KpArealformålOmråde (id "kp.3")');
    const written = JSON.parse([...out.written.values()][0] as string) as {
      features: { properties: { id: string; name: string } }[];
    };
    expect(written.features.map((f) => [f.properties.id, f.properties.name])).toEqual([
      ['kp-1', 'Næring med hull'],
      ['rp-2', 'BKB1'],
    ]);
  });
});
