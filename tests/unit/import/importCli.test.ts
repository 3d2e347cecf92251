// `npm run import`: official exports → the project's geodata format, with an account of what was mapped and skipped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { multiPolygonAreaM2 } from '../../../src/domain/geometry.ts';
import { loadHubs, loadRegions, loadSites } from '../../../src/data/loaders.ts';
import { importCli, REPO } from './importHarness.ts';
import { problemLine } from '../../../scripts/cli/problemLine.ts';

const GOOD = 'tests/fixtures/good';

describe('plan data → sites', () => {
  it('converts the KpArealformål export: GeoJSON on stdout, the account on stderr', async () => {
    const out = await importCli(['--lang', 'en', '--in', `${GOOD}/kp_arealformal_25832.geojson`, '--kind', 'sites']);
    expect(out.code).toBe(0);
    const account = out.stderr;
    expect(account).toContain(`Imported sites from ${GOOD}/kp_arealformal_25832.geojson\n`);
    expect(account).toContain('  read as: SOSI plan data (arealformål)\n');
    expect(account).toContain("  CRS: EPSG:25832 (from the file's crs member) → written as EPSG:25832\n");
    expect(account).toContain(
      '  fields: id ← LOKALID, name ← FELTNAVN, arealformål ← KPAREALFORMAL, arealbruksstatus ← AREALST, object type ← OBJTYPE\n',
    );
    expect(account).toContain('  features: 7 in the input, 3 imported, 4 skipped\n');
    // 20 000 m² + 30 000 m² existing, 14 000 m² future (hand-checked rectangles).
    expect(account).toContain('  area: 50.0 daa eksisterende (EPSG:25832, planar)\n');
    expect(account).toContain('  area: 14.0 daa fremtidig (EPSG:25832, planar)\n');
    expect(account).toContain(
      '    1 × 2070 Public transport hub: not business land: features[3] (id "a3f1c2d0-0004")\n',
    );
    // The app's words for the code (src/i18n) in the language of --lang; in English they are the loader's own text.
    expect(account).toContain(
      '  warnings:\n    tests/fixtures/good/kp_arealformal_25832.geojson: 1 feature has arealbruksstatus 3',
    );
    const nb = await importCli(['--in', `${GOOD}/kp_arealformal_25832.geojson`, '--kind', 'sites']);
    expect(nb.stderr).toContain(
      '    Noen objekter i tests/fixtures/good/kp_arealformal_25832.geojson har arealbruksstatus 3',
    );
    expect(nb.stderr).toContain(
      '(Teknisk melding: tests/fixtures/good/kp_arealformal_25832.geojson: 1 objekt har arealbruksstatus 3',
    );
    expect(account).toContain('  wrote the GeoJSON to stdout (3 sites, EPSG:25832)\n');

    const back = loadSites(out.stdout, { file: 'out' });
    expect(back.warnings).toEqual([]);
    expect(back.crsSource).toBe('member');
    expect(back.value.map((s) => [s.id, s.status, s.abc, multiPolygonAreaM2(s.geometry)])).toEqual([
      ['a3f1c2d0-0001', 'eksisterende', 'B', 20_000],
      ['a3f1c2d0-0003', 'fremtidig', 'B', 14_000],
      ['a3f1c2d0-0005', 'eksisterende', 'A', 30_000],
    ]);
    const doc = JSON.parse(out.stdout);
    expect(doc.crs).toEqual({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } });
    expect(doc.features[0].properties).toEqual({
      id: 'a3f1c2d0-0001',
      name: 'N1',
      status: 'eksisterende',
      abc: 'B',
      readiness: null,
      note: 'arealformål 1300 Business; ABC type B is the default for this code (business land of unspecified kind: the middle type until the plan says more)',
      arealformal: 1300,
    });
  });

  it("the account is in bokmål by default, and so are the GeoJSON's notes; the data is the same", async () => {
    const nb = await importCli(['--in', `${GOOD}/kp_arealformal_25832.geojson`, '--kind', 'sites']);
    const en = await importCli(['--lang', 'en', '--in', `${GOOD}/kp_arealformal_25832.geojson`, '--kind', 'sites']);
    expect(nb.code).toBe(0);
    const [docNb, docEn] = [JSON.parse(nb.stdout), JSON.parse(en.stdout)];
    expect(docNb.metadata.note).toBe(
      'Konvertert med npm run import (--kind sites): lest som SOSI-plandata (arealformål)',
    );
    expect(docEn.metadata.note).toBe(
      'Converted with npm run import (--kind sites): read as SOSI plan data (arealformål)',
    );
    expect(docNb.features[0].properties.note).toBe(
      'arealformål 1300 Næringsvirksomhet/næringsbebyggelse; ABC-type B er standard for denne koden (næringsareal av ukjent slag: mellomtypen til planen sier mer)',
    );
    // Only the words differ: every other property and every geometry is the same in both languages.
    const strip = (doc: { features: { properties: Record<string, unknown> }[] }) =>
      doc.features.map((f) => ({ ...f, properties: { ...f.properties, note: null } }));
    expect(strip(docNb)).toEqual(strip(docEn));
    expect(docNb.features[2].properties.note).not.toBe(docEn.features[2].properties.note);
    expect(nb.stderr).toContain(`Importerte næringsarealer fra ${GOOD}/kp_arealformal_25832.geojson\n`);
    expect(nb.stderr).toContain('  koordinatsystem: EPSG:25832 (fra filens crs-felt) → skrevet som EPSG:25832\n');
    expect(nb.stderr).toContain('  objekter: 7 i filen, 3 importert, 4 hoppet over\n');
    expect(nb.stderr).toContain('  areal: 50,0 daa eksisterende (EPSG:25832, plant)\n');
    expect(nb.stderr).toContain('  skrev GeoJSON til stdout (3 områder, EPSG:25832)\n');
    expect(nb.stderr.split('\n')).toHaveLength(en.stderr.split('\n').length);
  });

  it('with --out the file is written and the account goes to stdout; EPSG:25833 input comes out in 25832', async () => {
    const out = await importCli([
      '--lang',
      'en',
      '--in',
      `${GOOD}/rp_arealformal_25833.geojson`,
      '--kind',
      'sites',
      '--out',
      'sites_rp.geojson',
    ]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain("  CRS: EPSG:25833 (from the file's crs member) → written as EPSG:25832\n");
    expect(out.stdout).toContain('  wrote sites_rp.geojson (4 sites, EPSG:25832)\n');
    const written = out.written.get(resolve(REPO, 'sites_rp.geojson')) ?? '';
    const sites = loadSites(written, { file: 'w' }).value;
    // 20 000 m² in zone 33 is 19 971.39 m² in zone 32 (see planData.test.ts); written to the centimetre.
    expect(multiPolygonAreaM2(sites[0]?.geometry ?? [])).toBeCloseTo(19_971.39, 0);
  });

  it('a partial import lists what was skipped; --strict fails instead', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'A', name: 'a' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [580000, 6630000],
                [580100, 6630000],
                [580100, 6630100],
                [580000, 6630000],
              ],
            ],
          },
        },
        { type: 'Feature', properties: { id: 'B', name: 'b' }, geometry: null },
      ],
    });
    const loose = await importCli(['--lang', 'en', '--in', 'mixed.geojson', '--kind', 'sites'], {
      'mixed.geojson': text,
    });
    expect(loose.code).toBe(0);
    expect(loose.stderr).toContain('  features: 2 in the input, 1 imported, 1 skipped\n');
    expect(loose.stderr).toContain('    1 × no geometry (unusable): features[1] (id "B")\n');
    const strict = await importCli(['--lang', 'en', '--in', 'mixed.geojson', '--kind', 'sites', '--strict'], {
      'mixed.geojson': text,
    });
    expect(strict.code).toBe(1);
    const message =
      'mixed.geojson: features[1] (id "B"): has no geometry (null); give it a Polygon or MultiPolygon, or remove the feature';
    const problem = { code: 'geometry-null', variant: 'area', file: 'mixed.geojson', featureIndex: 1, featureId: 'B' };
    expect(problemLine(problem, 'en')).toContain(message);
    expect(strict.stderr).toBe(`error: ${problemLine(problem, 'en')}\n`);
  });
});

describe('kommune boundaries → regions', () => {
  it('0220 → Asker nord, 0627 + 0628 → Asker syd; others skipped and listed', async () => {
    const out = await importCli(['--lang', 'en', '--in', `${GOOD}/kommuner_25833.geojson`, '--kind', 'regions']);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain('  read as: kommune boundaries (kommunenummer)\n');
    expect(out.stderr).toContain('  features: 5 in the input, 3 imported, 2 skipped; 2 regions written\n');
    expect(out.stderr).toContain('  note: Kommuner 0627 and 0628 merged into one region "Asker syd".\n');
    expect(out.stderr).toContain(
      '  area: Asker nord 143.80 km² (EPSG:25832, planar)\n  area: Asker syd 354.48 km² (EPSG:25832, planar)\n',
    );
    const regions = loadRegions(out.stdout, { file: 'r' }).value;
    // Røyken and Hurum are dissolved along their shared border (listing them side by side would not be OGC-valid).
    expect(regions.map((g) => [g.name, g.geometry.length])).toEqual([
      ['Asker nord', 1],
      ['Asker syd', 2],
    ]);
  });

  it('--other-kommuner keep keeps Bærum and 3025 under their names', async () => {
    const out = await importCli([
      '--lang',
      'en',
      '--in',
      `${GOOD}/kommuner_25833.geojson`,
      '--kind',
      'regions',
      '--other-kommuner',
      'keep',
    ]);
    expect(loadRegions(out.stdout, { file: 'r' }).value.map((g) => g.name)).toEqual([
      'Asker nord',
      'Asker syd',
      'Bærum',
      'Asker',
    ]);
  });
});

describe('GTFS → hubs', () => {
  it('a feed folder: the rule, the service day and the hubs by type', async () => {
    const out = await importCli(['--lang', 'en', '--in', `${GOOD}/gtfs-asker`, '--kind', 'hubs']);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain(
      `Imported hubs from ${GOOD}/gtfs-asker (stops.txt, routes.txt, trips.txt, stop_times.txt, calendar.txt, calendar_dates.txt)\n`,
    );
    expect(out.stderr).toContain(
      '  CRS: EPSG:4326 (GTFS is always WGS 84 longitude/latitude) → written as EPSG:25832\n',
    );
    expect(out.stderr).toContain(
      '  note: A stop place is a hub when it has at least 2 train (tog), 1 boat (båt), 6 bus (buss) departures per hour between 07:00 and 09:00',
    );
    expect(out.stderr).toContain(
      '  note: Departures counted on 2024-01-02 (the busiest day of the feed): 30 trips run that day.\n',
    );
    expect(out.stderr).toContain('  hubs by type: tog 3, buss 1, båt 1\n');
    expect(out.stderr).toContain(
      '    3 × fewer departures than the hub rule: line 12 (id "NSR:StopPlace:5"), line 14 (id "NSR:StopPlace:6"), line 18 (id "NSR:StopPlace:8")\n',
    );
    const hubs = loadHubs(out.stdout, { file: 'h' });
    expect(hubs.warnings).toEqual([]);
    expect(hubs.value.map((h) => h.name)).toEqual([
      'Asker stasjon',
      'Asker bussterminal',
      'Røyken stasjon',
      'Spikkestad stasjon',
      'Slemmestad brygge',
    ]);
  });

  it('stops.txt given directly reads its neighbours; the rule can be changed on the command line', async () => {
    const out = await importCli([
      '--lang',
      'en',
      '--in',
      `${GOOD}/gtfs-asker/stops.txt`,
      '--kind',
      'hubs',
      '--min-per-hour',
      'tog=1',
      '--window',
      '7-9',
    ]);
    expect(out.code).toBe(0);
    expect(loadHubs(out.stdout, { file: 'h' }).value.map((h) => h.name)).toContain('Høn stasjon');
  });

  it('--date picks the service day; a day with no hub is an error (exit 1)', async () => {
    const out = await importCli(['--lang', 'en', '--in', `${GOOD}/gtfs-asker`, '--kind', 'hubs', '--date', '20240518']);
    expect(out.code).toBe(1);
    const message = `${GOOD}/gtfs-asker/stops.txt: none of the 8 features could be used: 8 × fewer departures than the hub rule.`;
    expect(out.stderr).toContain(message);
    expect(out.stderr.split('\n')).toHaveLength(2);
    expect(out.stderr).toMatch(/^error: None of the features in /);
    const nb = await importCli(['--in', `${GOOD}/gtfs-asker`, '--kind', 'hubs', '--date', '20240518']);
    expect(nb.stderr).toMatch(/^error: Ingen av objektene i /);
  });
});

describe('usage errors exit 2', () => {
  // [argv, the default (nb) words, the words with --lang en]; node's parse errors are said in ours too.
  it.each([
    [[], '--in FIL må oppgis', '--in FILE is required'],
    [['--in', 'x.geojson'], '--kind må oppgis', '--kind is required'],
    [
      ['--in', 'x.geojson', '--kind', 'roads'],
      '--kind må være sites, hubs eller regions, ikke "roads"',
      '--kind must be sites, hubs or regions, not "roads"',
    ],
    [
      ['--in', `${GOOD}/gtfs-asker`, '--kind', 'sites'],
      'er en GTFS-pakke (en mappe eller en .txt/.csv-tabell); den kan bare importeres med --kind hubs',
      'is a GTFS feed (a folder or a .txt/.csv table); it can only be imported with --kind hubs',
    ],
    [
      ['--in', `${GOOD}/gtfs-asker`, '--kind', 'hubs', '--crs', '25833'],
      '--crs gjelder ikke GTFS',
      '--crs does not apply to GTFS',
    ],
    [
      ['--in', 'x', '--kind', 'hubs', '--min-per-hour', 'trikk=3'],
      '--min-per-hour "trikk=3": skriv det som tog=2,buss=6,båt=1',
      '--min-per-hour "trikk=3": write it as tog=2,buss=6,båt=1',
    ],
    [
      ['--in', 'x', '--kind', 'hubs', '--window', '9-7'],
      '--window "9-7": skriv timene som FRA-TIL',
      '--window "9-7": write the hours as FROM-TO',
    ],
    [
      ['--in', 'x', '--kind', 'hubs', '--date', '2024-05-07'],
      '--date "2024-05-07": skriv tjenestedagen som ÅÅÅÅMMDD',
      '--date "2024-05-07": write the service day as YYYYMMDD',
    ],
    [
      ['--in', 'x', '--kind', 'sites', '--crs', 'EPSG:3006'],
      '--crs "EPSG:3006" er ikke et koordinatsystem som støttes',
      '--crs "EPSG:3006" is not a supported CRS',
    ],
    [
      ['--in', 'x', '--kind', 'regions', '--other-kommuner', 'maybe'],
      '--other-kommuner må være skip eller keep',
      '--other-kommuner must be skip or keep',
    ],
    [['--bogus'], 'ukjent valg --bogus', 'unknown option --bogus'],
  ])('%j', async (argv, nbFragment, enFragment) => {
    for (const [args, fragment, usage] of [
      [argv, nbFragment, 'bruk: npm run --silent import --'],
      [['--lang', 'en', ...argv], enFragment, 'usage: npm run --silent import --'],
    ] as const) {
      const out = await importCli([...args]);
      expect(out.code).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(/^error: /);
      expect(out.stderr).toContain(fragment);
      expect(out.stderr).toContain(usage);
    }
  });

  it('--help prints the options and exit codes', async () => {
    const out = await importCli(['--help', '--lang', 'en']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('--min-per-hour tog=N,buss=N,båt=N');
    expect(out.stdout).toContain('3 internal error');
    const nb = await importCli(['--help']);
    expect(nb.stdout).toContain('--min-per-hour tog=N,buss=N,båt=N');
    expect(nb.stdout).toContain('3 intern feil');
  });
});

describe('scripts/import.ts as a process', () => {
  const TSX = resolve(REPO, 'node_modules/.bin/tsx');
  const run = (args: string[]) =>
    spawnSync(TSX, [resolve(REPO, 'scripts/import.ts'), ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });

  it('writes --out and exits 0; bad input exits 1 with one line and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    try {
      const outFile = join(dir, 'sites.geojson');
      const ok = run([
        '--lang',
        'en',
        '--in',
        `${GOOD}/kp_arealformal_25832.geojson`,
        '--kind',
        'sites',
        '--out',
        outFile,
      ]);
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain('3 imported, 4 skipped');
      expect(loadSites(readFileSync(outFile, 'utf8'), { file: 'o' }).value).toHaveLength(3);
      const bad = run(['--in', 'tests/fixtures/bad/latin1.geojson', '--kind', 'sites']);
      expect(bad.status).toBe(1);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toMatch(
        /^error: tests\/fixtures\/bad\/latin1\.geojson er ikke UTF-8[^\n]*tests\/fixtures\/bad\/latin1\.geojson: ser ikke ut som UTF-8[^\n]*\n$/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
