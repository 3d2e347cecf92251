// The CSV contract of `npm run report`: exact header, hand-checked rows, quoting, and the same rows from lon/lat input.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../scripts/report/csv.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { goodArgs, parseCsv, report } from './reportHarness.ts';

/** The original 15 columns, unchanged and in order, then the four appended for jobs today and new jobs (issue 9). */
const HEADER_15 =
  'id,name,status,abc,region,area_m2,area_daa,hub_id,hub_name,hub_distance_m,hub_centroid_distance_m,jobs_low,jobs_mid,jobs_high,abc_fit';
const HEADER = `${HEADER_15},jobs_today,new_jobs_low,new_jobs_mid,new_jobs_high`;

/** Jobs by the documented formula (area × net share × %BRA ÷ m² per job), from the default assumptions. */
function jobs(areaM2: number, abc: 'A' | 'C'): string[] {
  const c = DEFAULT_ASSUMPTIONS.capacity[abc];
  const net = DEFAULT_ASSUMPTIONS.netShare[abc];
  return [c.bra.low / c.m2PerJob.high, c.bra.mid / c.m2PerJob.mid, c.bra.high / c.m2PerJob.low].map((f) =>
    String(Math.round(areaM2 * net * f)),
  );
}

describe('report --format csv', () => {
  it('the header is exactly the contract, and is the default format', async () => {
    const out = await report(goodArgs('25832'));
    expect(out.code).toBe(0);
    expect(out.stdout.split('\n')[0]).toBe(HEADER);
    expect(CSV_COLUMNS.join(',')).toBe(HEADER);
    expect(out.stdout.endsWith('\n')).toBe(true);
    expect(out.stdout).not.toContain('\r');
  });

  it('gives the hand-computed rows for the EPSG:25832 fixture, in input order', async () => {
    const out = await report([...goodArgs('25832'), '--format', 'csv']);
    expect(out.stderr).toBe('');
    const [header, ...rows] = parseCsv(out.stdout);
    expect(header).toEqual([...CSV_COLUMNS]);
    // S1: 100 m × 200 m rectangle (580000–580100 E, 6630000–6630200 N); H1 (tog) at (580400, 6630150), 300 m east
    // of its edge; centroid (580050, 6630100) → √(350² + 50²) = 353.553 m.
    // Capacity on net land 20 000 × 0.7 × 1.0/35, 1.5/30, 2.0/23 = 400 / 700 / 1 217; existing with no jobs field →
    // round(20 000 ÷ 420) = 48 jobs today; new = capacity − 48.
    expect(jobs(20_000, 'A')).toEqual(['400', '700', '1217']);
    expect(rows[0]).toEqual([
      'S1',
      'Rektangel nord',
      'eksisterende',
      'A',
      'Asker nord',
      '20000.00',
      '20.000',
      'H1',
      'Teststasjon',
      '300.00',
      '353.55',
      '400',
      '700',
      '1217',
      'ok',
      '48',
      '352',
      '652',
      '1169',
    ]);
    // S2: 200 × 100 m minus a 50 × 20 m hole = 19 000 m²; H2 (buss) 100 m east of its edge; centroid x =
    // (20000·581100 − 1000·581045) / 19000 = 581102.895 → 197.105 m to H2. Bus within 1 000 m, no rail → B; C on B →
    // partial.
    // Future C: 19 000 × 0.8 × 0.3/150, 0.4/100, 0.5/70 = 30,4 / 60,8 / 108,6; no jobs today, so all of it is new.
    expect(jobs(19_000, 'C')).toEqual(['30', '61', '109']);
    expect(rows[1]).toEqual([
      'S2',
      'Hullet syd',
      'fremtidig',
      'C',
      'Asker syd',
      '19000.00',
      '19.000',
      'H2',
      'Testbuss',
      '100.00',
      '197.11',
      '30',
      '61',
      '109',
      'partial',
      '0',
      '30',
      '61',
      '109',
    ]);
    // S3: 50 × 50 m outside both regions, no status/ABC; nearest is H1: corner (590000, 6640000) → √(9600² + 9850²)
    // = 13754.363 m; centroid (590025, 6640025) → √(9625² + 9875²) = 13789.715 m.
    expect(rows[2]).toEqual([
      'S3',
      'Sjøgata "Nord", del 1',
      '',
      '',
      '',
      '2500.00',
      '2.500',
      'H1',
      'Teststasjon',
      '13754.36',
      '13789.72',
      '0',
      '0',
      '0',
      'unknown',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(rows).toHaveLength(3);
  });

  it('quotes per RFC 4180: commas and quotes inside a name', async () => {
    const out = await report(goodArgs('25832'));
    expect(out.stdout).toContain('\nS3,"Sjøgata ""Nord"", del 1",,,,2500.00,');
  });

  it('keeps formula-like text raw (documented: the consumer must neutralise it)', async () => {
    const sites = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'EPSG:25832' } },
      features: [
        {
          type: 'Feature',
          properties: { id: '=1+1', name: '@SUM(A1)\nneste linje' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [580000, 6630000],
                [580010, 6630000],
                [580010, 6630010],
                [580000, 6630000],
              ],
            ],
          },
        },
      ],
    });
    const out = await report([...goodArgs('25832'), '--sites', 'virtual-sites.geojson'], {
      'virtual-sites.geojson': sites,
    });
    expect(out.code).toBe(0);
    expect(out.stdout.split('\n')[1]).toBe('=1+1,"@SUM(A1)');
    expect(parseCsv(out.stdout)[1]?.slice(0, 2)).toEqual(['=1+1', '@SUM(A1)\nneste linje']);
  });

  it('lon/lat input without a crs member gives the same rows within tolerance, with one warning per file', async () => {
    const utm = parseCsv((await report(goodArgs('25832'))).stdout);
    const out = await report(goodArgs('4326'));
    expect(out.code).toBe(0);
    const warnings = out.stderr.trimEnd().split('\n');
    expect(warnings).toHaveLength(3);
    // The app's words for 'crs-detected' (src/i18n), then the loader's own text.
    for (const w of warnings)
      expect(w).toMatch(
        /^warning: tests\/fixtures\/good\/\w+_4326\.geojson oppgir ikke koordinatsystem, .*\(Teknisk melding: tests\/fixtures\/good\/\w+_4326\.geojson: ikke noe «crs»-felt\. .*\(EPSG:4326\)\.\)$/,
      );
    const wgs = parseCsv(out.stdout);
    expect(wgs).toHaveLength(utm.length);
    const numeric = new Set(['area_m2', 'area_daa', 'hub_distance_m', 'hub_centroid_distance_m']);
    for (let r = 1; r < utm.length; r++) {
      CSV_COLUMNS.forEach((col, c) => {
        const a = utm[r]?.[c] ?? '';
        const b = wgs[r]?.[c] ?? '';
        if (numeric.has(col)) expect(Math.abs(Number(a) - Number(b)), `${col} of row ${r}`).toBeLessThanOrEqual(0.02);
        else expect(b, `${col} of row ${r}`).toBe(a);
      });
    }
  });

  it('--crs applies to the files named on the command line: no guess, no warnings', async () => {
    const out = await report([...goodArgs('4326'), '--crs', 'EPSG:4326']);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
  });

  it('--crs that disagrees with a crs member warns once per file', async () => {
    // EPSG:32632 (WGS 84 / UTM 32N) keeps the data in Norway; read as UTM 33 it would land in Sweden and be refused.
    const out = await report([...goodArgs('25832'), '--crs', '32632']);
    expect(out.code).toBe(0);
    const lines = out.stderr.trimEnd().split('\n');
    expect(
      lines.filter((l) => l.endsWith('«crs»-feltet sier EPSG:25832, men det valgte EPSG:32632 går foran)')),
    ).toHaveLength(3);
  });
});
