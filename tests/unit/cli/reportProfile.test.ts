// Kommune profiles: Asker (the bundled default, same figures as before) and Bærum (built from Kartverket's boundary; no
// hubs, sites or plan figures, and it says so).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haveSharedSources, sharedSource } from '../../helpers/sharedSources.ts';
import { parseProfile, ProfileError } from '../../../src/domain/kommuneProfile.ts';
import { translator } from '../../../src/i18n/index.ts';
import { profileErrorText } from '../../../src/i18n/profileErrors.ts';
import { PLAN_TARGETS } from '../../../src/domain/planTargets.ts';
import { loadRegions } from '../../../src/data/loaders.ts';
import { multiPolygonAreaM2 } from '../../../src/domain/geometry.ts';
import { report, REPO } from './reportHarness.ts';

const profileJson = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(REPO, 'geodata/profiles', name), 'utf8'));

describe('the bundled profiles', () => {
  it('Asker is the default and carries the plan figures the engine uses (PLAN_TARGETS), with their sources', () => {
    const p = parseProfile(profileJson('asker.json'));
    expect([p.id, p.name, p.kommunenummer]).toEqual(['asker', 'Asker', '3203']);
    for (const [key, figure] of Object.entries(PLAN_TARGETS)) {
      const f = p.planTargets[key as keyof typeof p.planTargets];
      // The English texts are the engine's; the bokmål ones are what the app and the nb report show.
      expect(f.known && { value: f.value, unit: f.unit, label: f.label.en, source: f.source.en }).toEqual(figure);
      expect(f.known && f.source.nb).toBe(
        figure.source
          .replace('hearing draft 15 Dec 2020', 'høringsutkast 15.12.2020')
          .replace('(municipal plan', '(kommuneplan'),
      );
    }
    expect([...p.regionsFromKommuner]).toEqual([
      ['0220', 'Asker nord'],
      ['0627', 'Asker syd'],
      ['0628', 'Asker syd'],
    ]);
  });

  it('Bærum: one region, the real boundary (Kartverket 2024 M: 191.76 km² on the ellipsoid), and no hubs, sites or figures', () => {
    const p = parseProfile(profileJson('baerum.json'));
    expect([p.id, p.name, p.kommunenummer]).toEqual(['baerum', 'Bærum', '3201']);
    expect(p.hubs.kind).toBe('missing');
    expect(p.sites.kind).toBe('missing');
    expect(Object.values(p.planTargets).every((f) => !f.known)).toBe(true);
    const regions = loadRegions(JSON.stringify((p.regions as { geojson: unknown }).geojson), { file: 'baerum' }).value;
    expect(regions.map((r) => r.name)).toEqual(['Bærum']);
    // Planar UTM 32 area = ellipsoidal × (scale factor)² ≈ × 0.9994 at 10.5° E; the 0.1 m rounding changes nothing
    // visible.
    const km2 = multiPolygonAreaM2(regions[0]?.geometry ?? []) / 1e6;
    expect(Math.abs(km2 - 191.76 * 0.9994) / 191.76).toBeLessThan(0.001);
  });

  it('a profile with a missing or wrong field is refused naming it', () => {
    const bad = { ...(profileJson('asker.json') as object), kommune: { name: 'X', number: '32', source: 's' } };
    let error: unknown;
    try {
      parseProfile(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProfileError);
    const e = error as ProfileError;
    expect([e.code, e.params]).toEqual(['kommune-number', { field: 'profile.kommune.number', value: '"32"' }]);
    expect(profileErrorText(e, translator('en'))).toBe('profile.kommune.number must be four digits, not "32"');
    expect(profileErrorText(e, translator('nb'))).toBe('profile.kommune.number må være fire sifre, ikke "32"');
  });
});

describe('report --profile', () => {
  it("Asker's jobs-today estimate cites the plan's own figure for today", async () => {
    const out = await report(['--format', 'md']);
    expect(out.stdout).toContain('bruttoareal ÷ 420 m² per arbeidsplass (Temaplan næring §5.9.2); 0 for fremtidige');
    expect(out.stdout).not.toContain('en forutsetning, ikke et tall for');
  });

  it('the default (Asker) gives the same CSV as before', async () => {
    const plain = await report([]);
    const asker = await report(['--profile', 'geodata/profiles/asker.json']);
    expect(asker.code).toBe(0);
    expect(asker.stdout).toBe(plain.stdout);
  });

  it('Bærum without --sites says that the profile has none and what to give', async () => {
    const out = await report(['--profile', 'geodata/profiles/baerum.json', '--lang', 'en']);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(
      "error: geodata/profiles/baerum.json: the Bærum profile has no business sites: the project's data has no kommuneplan for Bærum; give --sites FILE (the kommuneplan as GeoJSON, SOSI or GML)\n",
    );
    // In bokmål (the default) the CLI's words change; the reason is the profile file's own text.
    const nb = await report(['--profile', 'geodata/profiles/baerum.json']);
    expect(nb.stderr).toBe(
      'error: geodata/profiles/baerum.json: profilen for Bærum har ingen næringsarealer: prosjektets datagrunnlag har ingen kommuneplan for Bærum; gi --sites FIL (kommuneplanen som GeoJSON, SOSI eller GML)\n',
    );
  });

  it('Bærum with sites and hubs: its name, its one region, and "mangler" for every plan figure', async () => {
    const out = await report([
      '--profile',
      'geodata/profiles/baerum.json',
      '--sites',
      'tests/fixtures/plan/plan_22_iso8859-10.sos',
      '--hubs',
      'geodata/hubs.geojson',
      '--format',
      'md',
    ]);
    expect(out.code).toBe(0);
    expect(out.stdout.startsWith('# Næringsarealer i Bærum – rapport\n')).toBe(true);
    expect(out.stdout).toContain('| Eksisterende næringsareal | 20,0 daa | mangler |');
    expect(out.stdout).toContain('Planens tall for Bærum mangler i kommuneprofilen');
    // Jobs today are estimated from Asker's 420 m² per job; under Bærum that is an assumption, not Bærum's figure.
    expect(out.stdout).toContain(
      'bruttoareal ÷ 420 m² per arbeidsplass (en forutsetning, ikke et tall for Bærum i dag)',
    );
    expect(out.stdout).not.toContain('Temaplan');
    const json = JSON.parse(
      (
        await report([
          '--profile',
          'geodata/profiles/baerum.json',
          '--sites',
          'tests/fixtures/plan/plan_22_iso8859-10.sos',
          '--hubs',
          'geodata/hubs.geojson',
          '--format',
          'json',
        ])
      ).stdout,
    ) as {
      planTargets: Record<string, { missing?: string; value?: unknown }>;
      profile: { id: string; kommunenummer: string };
    };
    expect(json.profile).toMatchObject({ id: 'baerum', kommunenummer: '3201' });
    expect(Object.values(json.planTargets).every((f) => typeof f.missing === 'string' && f.value === undefined)).toBe(
      true,
    );
  });
});

describe('import --profile', () => {
  const kommuner = 'robhop-fylker-og-kommuner/kommuner2024_M_in_asker_bbox_epsg4326.geojson';
  it.skipIf(!haveSharedSources([sharedSource(kommuner)]))(
    'Bærum: kommune boundaries become its one region (3201 → Bærum), 191.64 km² as PostGIS gives',
    async () => {
      const { importCli } = await import('../import/importHarness.ts');
      const out = await importCli([
        '--lang',
        'en',
        '--in',
        '../shared/geodata-sources/robhop-fylker-og-kommuner/kommuner2024_M_in_asker_bbox_epsg4326.geojson',
        '--kind',
        'regions',
        '--profile',
        'geodata/profiles/baerum.json',
        '--out',
        '/tmp/issue-14-r.geojson',
      ]);
      expect(out.code).toBe(0);
      expect(out.stdout).toContain(
        'note: Kommune boundaries (profile Bærum): 0219 + 3024 + 3201 → Bærum; other kommuner are skipped.',
      );
      // PostGIS: ST_Area(ST_Transform(geom, 25832)) of the same source polygon = 191.6396 km²
      expect(out.stdout).toContain('area: Bærum 191.64 km² (EPSG:25832, planar)');
    },
  );
});

describe("the profile's assumptions feed the engine", () => {
  it("a profile whose assumptions double the floor area per job for B halves the B sites' jobs", async () => {
    const asker = profileJson('asker.json') as Record<string, unknown>;
    const own = {
      ...asker,
      sites: { file: '../geodata/sites.geojson', illustrative: true },
      hubs: { file: '../geodata/hubs.geojson' },
      regions: { ...(asker.regions as object), file: '../geodata/regions.geojson' },
      assumptions: { file: 'own-assumptions.json' },
    };
    const assumptions = JSON.parse(readFileSync(resolve(REPO, 'geodata/assumptions.json'), 'utf8')) as {
      capacity: { B: { m2PerJob: Record<'low' | 'mid' | 'high', { value: number }> } };
    };
    for (const level of ['low', 'mid', 'high'] as const) assumptions.capacity.B.m2PerJob[level].value *= 2;
    const virtual = {
      'tests/own-profile.json': JSON.stringify(own),
      'tests/own-assumptions.json': JSON.stringify(assumptions),
    };
    const base = (await report(['--format', 'json'])).stdout;
    const run = await report(['--profile', 'tests/own-profile.json', '--format', 'json'], virtual);
    expect(run.stderr).toBe('');
    const changed = run.stdout;
    type Doc = { sites: { id: string; abc: string | null; jobs_mid: number }[] };
    const before = (JSON.parse(base) as Doc).sites.filter((s) => s.abc === 'B');
    const after = (JSON.parse(changed) as Doc).sites.filter((s) => s.abc === 'B');
    expect(before.length).toBeGreaterThan(0);
    for (const [i, s] of before.entries())
      expect(Math.abs((after[i]?.jobs_mid ?? 0) - s.jobs_mid / 2)).toBeLessThanOrEqual(0.5);
  });
});

describe('--scenario under a kommune profile', () => {
  const baerum = [
    '--profile',
    'geodata/profiles/baerum.json',
    '--sites',
    'tests/fixtures/plan/plan_22_iso8859-10.sos',
    '--hubs',
    'geodata/hubs.geojson',
    '--scenario',
    'preset:basis',
  ];

  it('without job targets (Bærum): compared without the target line, and the report says so', async () => {
    const md = await report([...baerum, '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(
      'Kommuneprofilen for Bærum har ingen mål for nye arbeidsplasser, så scenarioet sammenlignes med basis uten mållinje',
    );
    expect(md.stdout).not.toMatch(/Temaplanens mål|15 000–20 000|500–550|NaN|Infinity/);
    expect(md.stdout).toContain('| Areal per ny arbeidsplass (middels) |');
    const json = JSON.parse((await report([...baerum, '--format', 'json'])).stdout) as {
      scenario: {
        comparison: {
          planTargets: unknown;
          scenario: { target: unknown; targetStatus: unknown; planMeasures: unknown };
        };
        perYear: { cumulativeTarget: unknown }[];
      };
    };
    expect(json.scenario.comparison.planTargets).toBeNull();
    expect(json.scenario.comparison.scenario).toMatchObject({ target: null, targetStatus: null, planMeasures: null });
    expect(json.scenario.perYear.every((y) => y.cumulativeTarget === null)).toBe(true);
  });

  it("with the profile's own job targets: compared with those, not Asker's", async () => {
    const asker = profileJson('asker.json') as {
      planTargets: Record<string, { value: unknown; source: { nb: string; en: string } }>;
    } & Record<string, unknown>;
    const own = {
      ...asker,
      sites: { file: '../geodata/sites.geojson', illustrative: true },
      hubs: { file: '../geodata/hubs.geojson' },
      regions: { ...(asker.regions as object), file: '../geodata/regions.geojson' },
      assumptions: { file: '../geodata/assumptions.json' },
      planTargets: {
        ...asker.planTargets,
        newJobs20Years: {
          ...asker.planTargets.newJobs20Years,
          value: { low: 2000, high: 4000 },
          source: { nb: 'Own plan, test', en: 'Own plan, test' },
        },
        newJobsPerYear: {
          ...asker.planTargets.newJobsPerYear,
          value: { low: 100, high: 200 },
          source: { nb: 'Own plan, test', en: 'Own plan, test' },
        },
      },
    };
    const out = await report(
      ['--profile', 'tests/own-profile.json', '--scenario', 'preset:basis', '--format', 'json'],
      { 'tests/own-profile.json': JSON.stringify(own) },
    );
    expect(out.stderr).toBe('');
    const json = JSON.parse(out.stdout) as {
      scenario: {
        comparison: {
          planTargets: { newJobs20Years: unknown; source: string };
          scenario: { target: unknown; horizonYears: number };
        };
        perYear: { cumulativeTarget: unknown }[];
      };
    };
    expect(json.scenario.comparison.planTargets).toMatchObject({
      newJobs20Years: { low: 2000, high: 4000 },
      source: 'Own plan, test',
    });
    const h = json.scenario.comparison.scenario.horizonYears;
    expect(json.scenario.comparison.scenario.target).toEqual({ low: (2000 * h) / 20, high: (4000 * h) / 20 });
    expect(json.scenario.perYear[0]?.cumulativeTarget).toEqual({ low: 100, high: 200 });
    const md = (
      await report(['--profile', 'tests/own-profile.json', '--scenario', 'preset:basis', '--format', 'md'], {
        'tests/own-profile.json': JSON.stringify(own),
      })
    ).stdout;
    expect(md).toContain('Planens mål (Own plan, test)');
    expect(md).toContain('÷ 100–200 i året');
  });
});
