// The land-accounts CLI on the hand case: the exact CSV contract, json, Norwegian md and the exit codes.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runAccounts } from '../../../scripts/accounts/run.ts';
import { REPO, parseCsv } from '../cli/reportHarness.ts';

const F = 'tests/fixtures/accounts';
const ALL = [
  '--before',
  `${F}/before_25832.geojson`,
  '--after',
  `${F}/after_25832.geojson`,
  '--regions',
  `${F}/regions_25832.geojson`,
  '--farmland',
  `${F}/farmland_25832.geojson`,
];

async function accounts(argv: string[], virtualFiles: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runAccounts(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    readFile: async (p) => {
      const hit = Object.keys(virtualFiles).find((suffix) => p.endsWith(suffix));
      return hit === undefined ? readFile(p, 'utf8') : (virtualFiles[hit] as string);
    },
    cwd: REPO,
  });
  return { code, stdout, stderr };
}

describe('accounts CLI: csv', () => {
  it('writes the exact header, regions in file order, then total, with hand-checked figures', async () => {
    const r = await accounts(ALL);
    expect(r.code).toBe(0);
    expect(parseCsv(r.stdout)).toEqual([
      [
        'region',
        'before_daa',
        'after_daa',
        'added_daa',
        'removed_daa',
        'net_daa',
        'to_housing_daa',
        'realised_daa',
        'farmland_added_daa',
      ],
      ['Asker nord', '25.000', '25.000', '5.000', '5.000', '0.000', '5.000', '10.000', '0.000'],
      ['Asker syd', '10.000', '15.000', '15.000', '10.000', '5.000', '0.000', '0.000', '5.000'],
      ['total', '45.000', '40.000', '20.000', '25.000', '-5.000', '5.000', '10.000', '5.000'],
    ]);
    // 10 daa of removed land lies outside both regions, and the AR5 type 30 polygon is left out: both said.
    expect(r.stderr).toMatch(/warning: .*arealtype 30 er ikke jordbruksareal/);
    expect(r.stderr).toMatch(/warning: 10,000 daa næringsareal .* utenfor alle regioner/);
  });

  it('leaves farmland_added_daa empty without --farmland', async () => {
    const r = await accounts(ALL.slice(0, 6));
    const rows = parseCsv(r.stdout);
    expect(rows.slice(1).map((row) => row[8])).toEqual(['', '', '']);
  });
});

describe('accounts CLI: json and md', () => {
  it('json has removed land by every category and the capacity change by ABC type', async () => {
    const r = await accounts([...ALL, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.total).toMatchObject({ before_daa: 45, after_daa: 40, net_daa: -5, farmland_added_daa: 5 });
    expect(j.total.removed_by_daa).toEqual({
      housing: 5,
      builtOther: 0,
      transport: 0,
      green: 0,
      defence: 0,
      lnfr: 5,
      sea: 0,
      notInPlan: 15,
    });
    const total = j.capacity_change.find((c: { region: string }) => c.region === 'total');
    // New-job capacity (net land, less jobs today on removed built-up land, 420 m² per job):
    // A: 10 daa existing removed: 10 000 × 0.7 × 1.5 ÷ 30 = 350 − 24 today = 326 lost;
    // B: +10 daa (77.1) − 5 daa existing (38.6 − 12 = 26.6) = +50.6 → 51 mid.
    expect(total.by_abc.find((c: { abc: string }) => c.abc === 'A').jobs_net.mid).toBe(-326);
    expect(total.by_abc.find((c: { abc: string }) => c.abc === 'B').jobs_net.mid).toBe(51);
    expect(j.farmland_indicator).toMatchObject({
      max_daa_per_year: 15,
      farmland_added_daa: 5,
      years_of_allowance: 0.33,
    });
  });

  it('md is a Norwegian report with the figures in Norwegian number format', async () => {
    const r = await accounts([...ALL, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Næringsarealregnskap');
    expect(r.stdout).toContain('| **Totalt** | 45,0 | 40,0 | 20,0 | 25,0 | −5,0 | 5,0 | 10,0 | 5,0 |');
    expect(r.stdout).toContain('Tilgangen tar 5,0 daa dyrka mark');
  });
});

describe('accounts CLI: md --lang en', () => {
  it('is the same report in English words and British number formats', async () => {
    const r = await accounts([...ALL, '--format', 'md', '--lang', 'en']);
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md.startsWith('# Business land accounts\n')).toBe(true);
    expect(md).toContain(
      '| Region | Before | After | Added | Removed | Net | To housing | Realised | Farmland in added |',
    );
    expect(md).toContain('| **Total** | 45.0 | 40.0 | 20.0 | 25.0 | −5.0 | 5.0 | 10.0 | 5.0 |');
    expect(md).toContain('| Asker syd | 10.0 | 15.0 | 15.0 | 10.0 | +5.0 | 0.0 | 0.0 | 5.0 |');
    expect(md).toContain('## What the removed land became');
    expect(md).toContain('| **Total** | 5.0 | 0.0 | 0.0 | 0.0 | 0.0 | 5.0 | 0.0 | 15.0 |');
    expect(md).toContain(
      "The added land takes 5.0 daa of farmland (AR5 21, 22 and 23). The plan's indicator is at most 15 daa converted a year (§6): that is 0.3 years' allowance.",
    );
    expect(md).toContain('| A | 0.0 | 10.0 | 0 | 326 | −176 / −326 / −585 |');
    expect(md).toContain('| unknown | 0.0 | 0.0 | 0 | 0 | 0 / 0 / 0 |');
    expect(md).toContain('(420 m² per job)');
    expect(md).toContain('## Warnings\n');
    for (const word of ['Tilgang', 'Avgang', 'Totalt', 'Dyrka mark', 'ukjent', 'Advarsler'])
      expect(md, word).not.toContain(word);
    expect(md).not.toContain('\u00a0');
    // The same tables as the bokmål report, row for row.
    const nb = await accounts([...ALL, '--format', 'md']);
    const rows = (text: string) => text.split('\n').filter((l) => l.startsWith('|')).length;
    expect(rows(md)).toBe(rows(nb.stdout));
  });

  it('says in English that no farmland layer was given', async () => {
    const r = await accounts([...ALL.slice(0, 6), '--format', 'md', '--lang', 'en']);
    expect(r.stdout).toContain('No farmland layer was given (--farmland), so converted farmland is not computed.');
    expect(r.stdout).not.toContain('Farmland in added');
  });
});

describe('accounts CLI: exit codes', () => {
  it('2 without --before or --after, or with a bad --format/--crs', async () => {
    for (const argv of [
      ['--after', 'x'],
      ['--before', 'x'],
      [...ALL, '--format', 'xlsx'],
      [...ALL, '--crs', 'EPSG:1'],
      ['--nope'],
    ]) {
      const r = await accounts(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: .*\nbruk: /);
    }
  });

  it('1 naming the file and the feature for bad input', async () => {
    const broken = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'x', arealformål: 1300 }, geometry: null }],
    });
    const r = await accounts(['--before', 'bad.geojson', '--after', `${F}/after_25832.geojson`], {
      'bad.geojson': broken,
    });
    expect(r.code).toBe(1);
    // The app's words for the code (src/i18n), then the detail naming the file, the feature and the facts.
    expect(r.stderr).toMatch(
      /^error: features\[0\] \(id «x»\) har ingen geometri\..*bad\.geojson: features\[0\] \(id «x»\): har ingen geometri \(null\)/,
    );
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('1 for a file that does not exist', async () => {
    const r = await accounts(['--before', 'nope.geojson', '--after', `${F}/after_25832.geojson`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: nope.geojson: kan ikke lese filen (filen finnes ikke)\n');
    const en = await accounts(['--before', 'nope.geojson', '--after', `${F}/after_25832.geojson`, '--lang', 'en']);
    expect(en.stderr).toBe('error: nope.geojson: cannot read the file (no such file)\n');
  });

  it('0 with --help', async () => {
    const r = await accounts(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('region,before_daa,after_daa');
  });
});

describe('accounts CLI: polygons that are not OGC-valid', () => {
  // Two region parts that overlap (as the shared Asker syd file's Røyken and Hurum share an edge): 200 × 100 m twice,
  // overlapping by 100 × 100 m → 40 000 m² drawn, 40 000 − 10 000 = 30 000 m² as a valid region.
  const regions = JSON.stringify({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
    features: [
      {
        type: 'Feature',
        properties: { name: 'Overlapp' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [590000, 6630000],
                [590200, 6630000],
                [590200, 6630100],
                [590000, 6630100],
                [590000, 6630000],
              ],
            ],
            [
              [
                [590100, 6630000],
                [590300, 6630000],
                [590300, 6630100],
                [590100, 6630100],
                [590100, 6630000],
              ],
            ],
          ],
        },
      },
    ],
  });
  const args = [
    '--before',
    `${F}/before_25832.geojson`,
    '--after',
    `${F}/after_25832.geojson`,
    '--regions',
    'overlap-regions.geojson',
  ];

  it('refuses them by default (exit 1), naming the file, the feature and the fix', async () => {
    const r = await accounts(args, { 'overlap-regions.geojson': regions });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: features\[0\] \(id «Overlapp»\).*overlap-regions\.geojson: features\[0\].*er ikke en gyldig polygon.*--repair/,
    );
  });

  it('with --repair rebuilds them as ST_MakeValid would and says the area before and after', async () => {
    const r = await accounts([...args, '--repair'], { 'overlap-regions.geojson': regions });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /overlap-regions\.geojson: features\[0\].*reparert slik ST_MakeValid ville gjort: areal 40[\s,.]000 m² slik den er tegnet, 30[\s,.]000 m² etter reparasjon/,
    );
    expect(parseCsv(r.stdout)[1]?.[0]).toBe('Overlapp');
  });
});
