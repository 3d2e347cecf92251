// `report --scenario`: csv rows follow the scenario, json and md compare it with the basis, bad files exit 1.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../scripts/report/csv.ts';
import { goodArgs, parseCsv, report } from './reportHarness.ts';

const FIX = 'tests/unit/cli/fixtures';
const GOOD_SCENARIO = `${FIX}/scenario-good.json`;
const col = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name);

describe('--scenario: a figure the scenario sets is sourced to it in the words of --lang', () => {
  const scenario = JSON.stringify({
    schemaVersion: 2,
    id: 'kilder',
    name: 'Kilder',
    description: 'Sets the net share of A land and the take-up pace.',
    horizonYears: 20,
    assumptions: { netShare: { A: 0.6 }, takeUpSharePerYear: 0.04 },
  });
  const args = [...goodArgs('25832'), '--scenario', 'kilder.json', '--format', 'json'];

  it.each([
    ['nb', 'Satt av scenarioet "Kilder" (kilder.json).'],
    ['en', 'Set by scenario "Kilder" (kilder.json).'],
  ])('%s', async (lang, words) => {
    const out = await report([...args, '--lang', lang], { 'kilder.json': scenario });
    expect(out.code).toBe(0);
    const sources = JSON.parse(out.stdout).assumptionSources as Record<string, string>;
    expect(sources['netShare.A']).toBe(words);
    expect(sources['takeUpSharePerYear']).toBe(words);
    // A figure the scenario leaves alone keeps the citation from geodata/assumptions.json, in every language.
    expect(sources['netShare.B']).toMatch(/20–30 %/);
  });
});

describe('--scenario FILE on the good fixtures', () => {
  it('csv: the same columns; the excluded site is left out with a warning; jobs follow the scenario', async () => {
    const out = await report([...goodArgs('25832'), '--scenario', GOOD_SCENARIO]);
    expect(out.code).toBe(0);
    const rows = parseCsv(out.stdout);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['S1', 'S2']);
    // S1 is 300 m from the station: 2 × (20 000 m² × 0.7 net × 1.0/35, 1.5/30, 2.0/23) = 800 / 1 400 / 2 434.8;
    // jobs today stay round(20 000 ÷ 420) = 48 whatever the %BRA, so new = 752 / 1 352 / 2 387.
    expect([rows[1]?.[col('jobs_low')], rows[1]?.[col('jobs_mid')], rows[1]?.[col('jobs_high')]]).toEqual([
      '800',
      '1400',
      '2435',
    ]);
    expect(rows[1]?.slice(col('jobs_today'))).toEqual(['48', '752', '1352', '2387']);
    // S2 (C, 19 000 m²) is not near a station: 19 000 × 0.8 × 0.3/150, 0.4/100, 0.5/70 = 30.4 / 60.8 / 108.6.
    expect([rows[2]?.[col('jobs_low')], rows[2]?.[col('jobs_mid')], rows[2]?.[col('jobs_high')]]).toEqual([
      '30',
      '61',
      '109',
    ]);
    expect(rows[2]?.slice(col('jobs_today'))).toEqual(['0', '30', '61', '109']);
    expect(out.stderr).toBe('warning: scenarioet "CLI-test" tar ut 1 areal (S3); det er utelatt fra rapporten\n');
    const en = await report([...goodArgs('25832'), '--scenario', GOOD_SCENARIO, '--lang', 'en']);
    expect(en.stderr).toBe('warning: scenario "CLI-test" excludes 1 site (S3); it is left out of the report\n');
    expect(en.stdout).toBe(out.stdout);
  });

  it('json: the usual keys, then a scenario section compared with the basis', async () => {
    const out = await report([...goodArgs('25832'), '--scenario', GOOD_SCENARIO, '--format', 'json']);
    expect(out.code).toBe(0);
    const doc = JSON.parse(out.stdout);
    expect(Object.keys(doc)).toEqual([
      'sites',
      'summary',
      'assumptions',
      'assumptionSources',
      'leadTimeYears',
      'planTargets',
      'inputs',
      'warnings',
      'profile',
      'scenario',
    ]);
    expect(doc.sites.map((s: { id: string }) => s.id)).toEqual(['S1', 'S2']);
    expect(doc.summary.total).toMatchObject({ sites: 2, areaDaa: 39, jobs: { low: 830, mid: 1461, high: 2543 } });
    // 10 years from 2030 at 5 % a year: S1 (from 2030) 50 % of 752 / 1 352 / 2 386.8; S2 (from 2031) 45 % of 30.4 /
    // 60.8 / 108.6.
    expect(doc.summary).toMatchObject({
      horizonYears: 10,
      startYear: 2030,
      jobsToday: 48,
      newJobsWithinHorizon: { low: 390, mid: 703, high: 1242 },
    });
    expect(doc.warnings.map((w: { code: string }) => w.code)).toEqual(['scenario-excluded']);
    const s = doc.scenario;
    expect(s).toMatchObject({
      source: GOOD_SCENARIO,
      id: 'cli-test',
      name: 'CLI-test',
      startYear: 2030,
      endYear: 2039,
      horizonYears: 10,
      excludedSites: ['S3'],
      rules: [{ label: 'Nær tog', hits: 1 }],
      warnings: [],
    });
    // S1 (byggeklar) counts from 2030, S2 from 2031 as the scenario says.
    expect(s.perYear).toHaveLength(10);
    expect(s.perYear[0]).toEqual({
      year: 2030,
      sites: 1,
      areaDaa: 20,
      jobs: { low: 800, mid: 1400, high: 2435 },
      newJobs: { low: 752, mid: 1352, high: 2387 },
      // One year of S1 at 5 %: 37.6 / 67.6 / 119.3.
      cumulativeNewJobs: { low: 38, mid: 68, high: 119 },
      cumulativeTarget: { low: 500, high: 550 },
    });
    // Two years of S1 (135.2) and one of S2 (3.04).
    expect(s.perYear[1]).toMatchObject({ year: 2031, sites: 1, areaDaa: 19, cumulativeNewJobs: { mid: 138 } });
    expect(s.perYear[9].cumulativeNewJobs).toEqual(doc.summary.newJobsWithinHorizon);
    const c = s.comparison;
    // The basis runs on the scenario's timeline (2030–2039), so years compare like with like.
    expect(c.basis).toMatchObject({
      id: 'basis',
      startYear: 2030,
      endYear: 2039,
      sites: 3,
      areaDaa: 41.5,
      jobs: { mid: 761 },
    });
    expect(c.scenario).toMatchObject({
      sites: 2,
      excludedSites: 1,
      areaDaa: 39,
      jobs: { mid: 1461 },
      jobsToday: 48,
      newJobs: { mid: 1413 },
      newJobsWithinHorizon: { mid: 703 },
      target: { low: 7500, high: 10000 },
      targetFromYearlyGrowth: { low: 5000, high: 5500 },
      targetStatus: { low: 'below', mid: 'below', high: 'below' },
      // Both sites are within 800 m of a hub (S1 300 m to the station, S2 100 m to the bus).
      nearHub: { share: { low: 1, mid: 1, high: 1 } },
    });
    expect(c.difference).toMatchObject({
      sites: -1,
      areaDaa: -2.5,
      jobs: { low: 400, mid: 700, high: 1217 },
      newJobs: { mid: 700 },
    });
    expect(c.sitesThatDiffer.map((d: { id: string }) => d.id)).toEqual(['S1', 'S2', 'S3']);
    expect(c.sitesThatDiffer[0]).toMatchObject({
      utilisation: { basis: 'default', scenario: '×2' },
      jobs: { delta: { mid: 700 } },
      newJobs: { basis: { mid: 652 }, scenario: { mid: 1352 } },
    });
    // In the basis S2 (må reguleres) would be available after the default 4 years, in 2034.
    expect(c.sitesThatDiffer[1]).toMatchObject({
      availableYear: { basis: 2034, scenario: 2031 },
      settingsChanged: true,
    });
    expect(c.sitesThatDiffer[0].availableYear).toBeNull();
    expect(c.sitesThatDiffer[2]).toMatchObject({ included: { basis: true, scenario: false } });
    expect(s.definition.sites).toEqual({ S3: { include: false }, S2: { availableYear: 2031 } });
  });

  it('md: names the scenario and compares it with the basis in Norwegian', async () => {
    const out = await report([...goodArgs('25832'), '--scenario', GOOD_SCENARIO, '--format', 'md']);
    expect(out.code).toBe(0);
    expect(out.stdout.startsWith('# Næringsarealer i Asker – rapport\n')).toBe(true);
    expect(out.stdout).toContain('## Scenario: CLI-test');
    expect(out.stdout).toContain('- Periode: 2030–2039 (10 år)');
    expect(out.stdout).toContain('- Regel 1: Nær tog – treffer 1 areal');
    expect(out.stdout).toContain('| Arealer | 3 | 2 | −1 |');
    expect(out.stdout).toContain('| Areal (daa) | 41,5 | 39,0 | −2,5 |');
    // Per site: new jobs (capacity − jobs today), basis → scenario.
    expect(out.stdout).toContain('| Rektangel nord | utnyttelse standard → 2 × standard | 652 → 1\u00a0352 |');
    expect(out.stdout).toContain('| Hullet syd | tilgjengelig 2034 → 2031 | 61 → 61 |');
    // By the end of 2034: basis 25 % of S1's 652 + 5 % of S2's 60.8 (from 2034) = 166; scenario 25 % of 1 352 + 20 % of
    // 60.8 = 350.
    expect(out.stdout).toContain('| … innen 2034 (middels) | 166 | 350 | +184 |');
    expect(out.stdout).toContain('| Nye arbeidsplasser innen 2039, lav–middels–høy |');
    expect(out.stdout).toContain('| Arbeidsplasser i dag | 48 | 48 | 0 |');
    expect(out.stdout).toContain('| Sjøgata "Nord", del 1 | tatt ut | 0 → 0 |');
    // …and it is not among the report's sites.
    expect(out.stdout.split('## Arealene')[1]).not.toContain('Sjøgata');
  });

  it('md --lang en: the scenario section in English words and British number formats', async () => {
    const out = await report([...goodArgs('25832'), '--scenario', GOOD_SCENARIO, '--format', 'md', '--lang', 'en']);
    expect(out.code).toBe(0);
    const section = out.stdout.slice(out.stdout.indexOf('## Scenario: CLI-test'), out.stdout.indexOf('## Data\n'));
    expect(section).toContain(
      '- Period: 2030–2039 (10 years)\n- Rule 1: Nær tog – matches 1 site\n- Own settings for 2 sites\n',
    );
    expect(section).toContain(
      '- Left out: Sjøgata "Nord", del 1. The tables below cover only the sites that are included.',
    );
    expect(section).toContain('### Compared with Kommuneplan (basis)');
    expect(section).toContain('|  | Kommuneplan (basis) | CLI-test | Change |');
    expect(section).toContain('| Area (daa) | 41.5 | 39.0 | −2.5 |');
    expect(section).toContain('| New jobs by 2039, low–mid–high | 185–344–617 | 390–703–1,242 | +205 / +359 / +625 |');
    expect(section).toContain('| … by 2034 (mid) | 166 | 350 | +184 |');
    expect(section).toContain(
      '| Years of land supply (new jobs ÷ 500–550 a year) | 1.3–1.4 years | 2.6–2.8 years |  |',
    );
    expect(section).toContain('| Land per new job (mid; today 420 m²) | 58 m² | 28 m² |  |');
    expect(section).toContain('| New jobs by 2039, outside the regions (mid) | 0 | 0 | 0 |');
    expect(section).toContain('| Share of new jobs within 800 m of a hub (mid) | 100% | 100% | 0 percentage points |');
    expect(section).toContain('| ABC: does not fit | 0 | 0 | 0 |');
    expect(section).toContain(
      "The business plan's target: 7,500–10,000 new jobs in 10 years (15,000–20,000 in 20 years, scaled), or 5,000–5,500 at 500–550 a year. New jobs by 2039 are below / below / below the target (low / mid / high).",
    );
    expect(section).toContain(
      '> **CLI-test:** Built out, the assumptions give 27 m² of land per job, 15.7 times denser',
    );
    expect(section).toContain('| Rektangel nord | utilisation default → 2 × default | 652 → 1,352 |');
    expect(section).toContain('| Hullet syd | available 2034 → 2031 | 61 → 61 |');
    expect(section).toContain('| Sjøgata "Nord", del 1 | left out | 0 → 0 |');
    // No bokmål word of the catalogue is left (the data's own names, like "Nær tog", stay as written), and no nb
    // spacing.
    for (const word of ['Periode', 'Regel', 'arealer', 'innen', 'middels', 'Endring', 'mål', 'tatt ut', 'passer'])
      expect(section, word).not.toContain(word);
    expect(section).not.toContain('\u00a0');
    // The same comparison, word for word in the other language: as many table rows as in bokmål.
    const nb = await report([...goodArgs('25832'), '--scenario', GOOD_SCENARIO, '--format', 'md']);
    const rows = (md: string) => md.split('\n').filter((l) => l.startsWith('|')).length;
    expect(rows(out.stdout)).toBe(rows(nb.stdout));
  });

  it('md --lang en on a profile without job targets says there is no target line', async () => {
    const out = await report([
      '--profile',
      'geodata/profiles/baerum.json',
      '--sites',
      'tests/fixtures/plan/plan_22_iso8859-10.sos',
      '--hubs',
      'geodata/hubs.geojson',
      '--scenario',
      'preset:basis',
      '--format',
      'md',
      '--lang',
      'en',
    ]);
    expect(out.code).toBe(0);
    const section = out.stdout.slice(out.stdout.indexOf('## Scenario: '), out.stdout.indexOf('## Data\n'));
    expect(section).toMatch(
      /The kommune profile for Bærum has no target for new jobs, so the scenario is compared with the basis without a target line/,
    );
    expect(section).toContain('| Sites |');
    expect(section).not.toContain('Years of land supply');
  });

  it("a preset made for Asker's regions is refused under a profile that does not list it (as the app does not offer it)", async () => {
    const args = (preset: string, lang: string) => [
      '--profile',
      'geodata/profiles/baerum.json',
      '--sites',
      'tests/fixtures/plan/plan_22_iso8859-10.sos',
      '--hubs',
      'geodata/hubs.geojson',
      '--scenario',
      preset,
      '--lang',
      lang,
    ];
    const nb = await report(args('preset:satsing-syd', 'nb'));
    expect(nb.code).toBe(2);
    expect(nb.stdout).toBe('');
    expect(nb.stderr).toMatch(
      /^error: --scenario "preset:satsing-syd": denne presetten er laget for regionene i en annen kommune og tilbys ikke for Bærum; bruk en av preset:basis, preset:fortetting, preset:jordvern\n/,
    );
    const en = await report(args('preset:satsing-syd', 'en'));
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("this preset is made for another kommune's regions and is not offered for Bærum");
    // A generic preset still runs under the same profile, and satsing-syd still runs under Asker's.
    expect((await report(args('preset:fortetting', 'nb'))).code).toBe(0);
    expect((await report(['--scenario', 'preset:satsing-syd'])).code).toBe(0);
  });

  it('the basis preset changes nothing: the csv is the same as without --scenario', async () => {
    const plain = await report(goodArgs('25832'));
    const basis = await report([...goodArgs('25832'), '--scenario', 'preset:basis']);
    expect(basis.code).toBe(0);
    expect(basis.stdout).toBe(plain.stdout);
    expect(basis.stderr).toBe('');
  });

  it('preset:fortetting works on any data: 1.5 × %BRA for the A site 300 m from the station', async () => {
    const rows = parseCsv((await report([...goodArgs('25832'), '--scenario', 'preset:fortetting'])).stdout);
    expect(rows[1]?.[col('jobs_mid')]).toBe('1050'); // 20 000 × 0.7 × 2.25 ÷ 30
    expect(rows[2]?.[col('jobs_mid')]).toBe('61');
  });

  it('reads a v1 file and says it was migrated', async () => {
    const out = await report([...goodArgs('25832'), '--scenario', `${FIX}/scenario-v1.json`]);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain(`warning: ${FIX}/scenario-v1.json: Skjemaversjon: gjort om fra versjon 1 til 2`);
    const rows = parseCsv(out.stdout);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['S1', 'S2']);
    expect(rows[1]?.[col('jobs_mid')]).toBe('1400'); // 300 %BRA → 20 000 × 0.7 × 3.0 ÷ 30
  });

  it('warns about ids that are not in the data and about unknown fields', async () => {
    const text = JSON.stringify({
      schemaVersion: 2,
      id: 'x',
      name: 'X',
      horizonYears: 20,
      colour: 'red',
      sites: { S99: { include: false } },
    });
    const out = await report([...goodArgs('25832'), '--scenario', 'x.json'], { 'x.json': text });
    expect(out.code).toBe(0);
    expect(out.stderr).toBe(
      'warning: x.json: Feltet «colour»: ukjent felt, ignorert\nwarning: x.json: sites: ingen areal i dataene har id "S99"; ignorert\n',
    );
    const en = await report([...goodArgs('25832'), '--scenario', 'x.json', '--lang', 'en'], { 'x.json': text });
    expect(en.stderr).toContain('warning: x.json: sites: no site in the data has the id "S99"; ignored\n');
  });

  it('lists at most ten unknown ids, then how many more, in --lang', async () => {
    const sites = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`N${i + 1}`, { include: false }]));
    const text = JSON.stringify({ schemaVersion: 2, id: 'x', name: 'X', horizonYears: 20, sites });
    const ids = Array.from({ length: 10 }, (_, i) => `"N${i + 1}"`).join(', ');
    const nb = await report([...goodArgs('25832'), '--scenario', 'x.json'], { 'x.json': text });
    expect(nb.stderr).toBe(`warning: x.json: sites: ingen areal i dataene har id ${ids} og 2 til; ignorert\n`);
    const en = await report([...goodArgs('25832'), '--scenario', 'x.json', '--lang', 'en'], { 'x.json': text });
    expect(en.stderr).toBe(`warning: x.json: sites: no site in the data has the id ${ids} and 2 more; ignored\n`);
  });
});

describe('--scenario with a bad file: exit 1, one line naming the file and the field', () => {
  const minimal = { schemaVersion: 2, id: 'x', name: 'X', horizonYears: 20 };
  it.each([
    [
      'a field out of range',
      null,
      `${FIX}/scenario-bad-field.json: Område S07: utnyttelse (%BRA): må være et tall mellom 0 og 10, ikke 150`,
    ],
    [
      'a newer schema version',
      { ...minimal, schemaVersion: 3 },
      'v.json: Skjemaversjon: versjon 3 er nyere enn dette programmet forstår (1 til 2)',
    ],
    ['no schema version', { id: 'x' }, 'v.json: Skjemaversjon: mangler'],
    [
      'a prototype key',
      JSON.parse('{"schemaVersion":2,"id":"x","name":"X","horizonYears":20,"sites":{"__proto__":{}}}') as unknown,
      'v.json: Feltet «sites.__proto__»: denne nøkkelen er ikke tillatt',
    ],
    [
      'assumptions that clash with the defaults',
      { ...minimal, assumptions: { capacity: { A: { bra: { mid: 5 } } } } },
      'v.json: Utnyttelse (%BRA), A: må oppfylle lav ≤ middels ≤ høy',
    ],
    [
      'two problems',
      { ...minimal, horizonYears: 0, startYear: 1 },
      'v.json: Tidshorisont (år): må være et heltall mellom 1 og 100, ikke 0 (og 1 problem til i denne filen)',
    ],
  ])('%s', async (_what, json, message) => {
    const file = json === null ? `${FIX}/scenario-bad-field.json` : 'v.json';
    const virtual: Record<string, string> = json === null ? {} : { 'v.json': JSON.stringify(json) };
    const out = await report([...goodArgs('25832'), '--scenario', file], virtual);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain(`error: ${message}`);
  });

  it('truncated JSON and a missing file', async () => {
    const cut = await report(['--scenario', 't.json'], { 't.json': '{"schemaVersion": 2, "id": ' });
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/^error: t\.json: Filen er ikke gyldig JSON \(.+\)\.\n$/);
    const missing = await report(['--scenario', `${FIX}/does-not-exist.json`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`error: ${FIX}/does-not-exist.json: kan ikke lese scenariofilen (filen finnes ikke)\n`);
    const en = await report(['--scenario', `${FIX}/does-not-exist.json`, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stderr).toBe(`error: ${FIX}/does-not-exist.json: cannot read the scenario file (no such file)\n`);
    const dir = await report(['--scenario', FIX]);
    expect(dir.stderr).toBe(`error: ${FIX}: kan ikke lese scenariofilen (det er en mappe)\n`);
  });
});

describe('--scenario usage errors exit 2', () => {
  it.each([
    [
      ['--scenario', 'preset:nope'],
      '--scenario "preset:nope": det finnes ingen slik preset; bruk en av preset:basis, preset:fortetting, preset:satsing-syd, preset:jordvern',
    ],
    [
      ['--scenario', 'preset:nope', '--lang', 'en'],
      '--scenario "preset:nope": there is no such preset; use one of preset:basis, preset:fortetting, preset:satsing-syd, preset:jordvern',
    ],
    [['--scenario', ''], '--scenario trenger et filnavn eller preset:ID'],
    [['--scenario', '', '--lang', 'en'], '--scenario needs a file name or preset:ID'],
    [['--scenario'], '--scenario trenger en verdi'],
    [['--scenario', '--lang', 'en'], '--scenario needs a value, but the next argument --lang looks like an option'],
  ])('%j', async (argv, fragment) => {
    const out = await report(argv);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(fragment);
  });

  it('--help documents --scenario and the presets', async () => {
    const out = await report(['--help']);
    expect(out.stdout).toContain('--scenario S');
    expect(out.stdout).toContain('preset:jordvern');
  });
});
