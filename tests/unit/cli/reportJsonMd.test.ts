// The json and md formats of `npm run report`: shape, same figures as the CSV, Norwegian formatting, escaping.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../scripts/report/csv.ts';
import { mdText, nb } from '../../../scripts/report/mdFormat.ts';
import { goodArgs, parseCsv, report } from './reportHarness.ts';

const NBSP = '\u00a0';

describe('report --format json', () => {
  it('has sites, summary, assumptions (with sources and lead times), planTargets, inputs, warnings and the kommune profile', async () => {
    const out = await report([...goodArgs('25832'), '--format', 'json']);
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
    ]);
    expect(doc.assumptionSources['netShare.A']).toMatch(/20–30 %/);
    expect(doc.assumptionSources['takeUpSharePerYear']).toMatch(/Temaplan/);
    expect(doc.leadTimeYears).toEqual({ byggeklar: 0, 'må reguleres': 4, 'må omreguleres': 6, unknown: 0 });
    expect(doc.sites).toHaveLength(3);
    for (const col of CSV_COLUMNS) expect(doc.sites[0]).toHaveProperty(col);
    expect(doc.sites[0]).toMatchObject({
      id: 'S1',
      area_m2: 20000,
      area_daa: 20,
      hub_id: 'H1',
      hub_distance_m: 300,
      hub_centroid_distance_m: 353.55,
      abc_fit: 'ok',
      abc_access: 'A',
      nearest_by_type: { tog: { hub_id: 'H1', distance_m: 300 }, båt: null },
    });
    expect(doc.sites[0].abc_fit_reason_nb).toContain('300 m fra nærmeste togstasjon (Teststasjon)');
    // Centroid (580050, 6630100) in UTM 32N is about 10.4267 E, 59.8009 N.
    expect(doc.sites[0].centroid_lon).toBeCloseTo(10.4267, 3);
    expect(doc.sites[0].centroid_lat).toBeCloseTo(59.8009, 3);
    expect(doc.sites[2]).toMatchObject({ region: null, status: null, abc: null, jobs_low: 0, abc_fit: 'unknown' });
    expect(doc.inputs.sites).toEqual({
      file: 'tests/fixtures/good/sites_25832.geojson',
      bundled: false,
      crs: 'EPSG:25832',
      crsSource: 'member',
      featureCount: 3,
    });
    expect(doc.summary.total).toMatchObject({ sites: 3, areaDaa: 41.5 });
    // S1 existing byggeklar: 48 today (estimate), new 352 / 652 / 1 169,4, all by 2045. S2 future må reguleres:
    // new 30,4 / 60,8 / 108,6, available 2030, 16 × 5 % = 80 % by 2045. S3 no type: nothing.
    expect(doc.sites[0]).toMatchObject({
      jobs_today: 48,
      jobs_today_source: 'estimate',
      jobs_today_field: null,
      available_year: 2026,
      new_jobs_within_horizon: { low: 352, mid: 652, high: 1169 },
    });
    expect(doc.sites[1]).toMatchObject({
      jobs_today: 0,
      jobs_today_source: 'future',
      available_year: 2030,
      new_jobs_within_horizon: { low: 24, mid: 49, high: 87 },
    });
    expect(doc.summary.capacity).toEqual({ low: 430, mid: 761, high: 1326 });
    expect(doc.summary.jobsToday).toBe(48);
    expect(doc.summary.newJobs).toEqual({ low: 382, mid: 713, high: 1278 });
    expect(doc.summary.newJobsWithinHorizon).toEqual({ low: 376, mid: 701, high: 1256 }); // 352 + 24,32; 652 + 48,64; …
    expect(doc.summary.horizonYears).toBe(20);
    expect(doc.summary.planMeasures).toMatchObject({
      yearsOfSupply: { low: 1.3, high: 1.4 },
      landPerNewJobM2: 58,
      planLandPerJobTodayM2: 420,
      densityWarning: true,
    });
    expect(doc.summary.byStatus.eksisterende.areaDaa).toBe(20);
    expect(doc.summary.byRegion.map((r: { region: string | null }) => r.region)).toEqual([
      'Asker nord',
      'Asker syd',
      null,
    ]);
    expect(doc.planTargets.existingDaa.value).toBe(7425);
    expect(doc.assumptions.accessibility.aMaxRailM).toBeGreaterThan(0);
    expect(doc.warnings).toEqual([]);
  });

  it('gives the same per-site figures as the CSV', async () => {
    const csv = parseCsv((await report(goodArgs('25832'))).stdout);
    const doc = JSON.parse((await report([...goodArgs('25832'), '--format', 'json'])).stdout);
    csv.slice(1).forEach((row, i) => {
      CSV_COLUMNS.forEach((col, c) => {
        const v: unknown = doc.sites[i][col];
        if (typeof v === 'number') expect(v, col).toBe(Number(row[c]));
        else expect(v ?? '', col).toBe(row[c]);
      });
    });
  });

  it('lists loader warnings with their file', async () => {
    const doc = JSON.parse((await report([...goodArgs('4326'), '--format', 'json'])).stdout);
    expect(doc.warnings.map((w: { code: string; file: string }) => [w.code, w.file])).toEqual([
      ['crs-detected', 'tests/fixtures/good/sites_4326.geojson'],
      ['crs-detected', 'tests/fixtures/good/hubs_4326.geojson'],
      ['crs-detected', 'tests/fixtures/good/regions_4326.geojson'],
    ]);
    expect(doc.inputs.hubs.crsSource).toBe('detected');
  });
});

describe('report --format md', () => {
  it('is a Norwegian report with Norwegian number formatting and the plan figures', async () => {
    const out = await report([...goodArgs('25832'), '--format', 'md']);
    expect(out.code).toBe(0);
    const md = out.stdout;
    expect(md.startsWith('# Næringsarealer i Asker – rapport\n')).toBe(true);
    expect(md).toContain(
      '| Navn | Status | ABC | Region | Areal (daa) | Nærmeste knutepunkt | Avstand | Kapasitet ferdig utbygd lav–middels–høy | Arbeidsplasser i dag | Nye arbeidsplasser lav–middels–høy | ABC-vurdering |',
    );
    expect(md).toContain(
      `| Rektangel nord | eksisterende | A | Asker nord | 20,0 | Teststasjon (tog) | 300 m | 400–700–1${NBSP}217 | 48 (anslag) | 352–652–1${NBSP}169 |`,
    );
    expect(md).toContain(
      '| Sjøgata "Nord", del 1 | – | – | – | 2,5 | Teststasjon (tog) | 13,8 km | – | 0 (ukjent status) | – | Kan ikke vurderes (beliggenhet: C) |',
    );
    // The comparison with the plan uses new jobs within the horizon; capacity has its own labelled line.
    expect(md).toContain(
      `| **Nye arbeidsplasser innen 2045** (2026–2045, lav–middels–høy) | **376–701–1${NBSP}256** | 15${NBSP}000–20${NBSP}000 nye på 20 år |`,
    );
    expect(md).toContain(
      `| Kapasitet ferdig utbygd (lav–middels–høy, inkl. dagens arbeidsplasser) | 430–761–1${NBSP}326 | – |`,
    );
    expect(md).toContain(
      '| År med arealtilgang (nye arbeidsplasser arealene gir rom for ÷ planens vekst i året) | 1,3–1,4 år | 500–550 i året |',
    );
    expect(md).toContain('| Areal per ny arbeidsplass (middels) | 58 m² | 420 m² per arbeidsplass i dag |');
    expect(md).toContain(
      '> **Advarsel:** Ferdig utbygd gir forutsetningene 55 m² areal per arbeidsplass, 7,7 ganger tettere enn dagens 420 m²',
    );
    expect(md).toContain(`| Eksisterende næringsareal | 20,0 daa | 7${NBSP}425 daa |`);
    expect(md).toContain(`| Fremtidig næringsareal | 19,0 daa | 5${NBSP}720 daa |`);
    expect(md).toContain(`15${NBSP}000–20${NBSP}000 nye på 20 år`);
    expect(md).toContain('| **Asker nord i alt** |');
    expect(md).toContain('| **Hele datagrunnlaget** |  |  | 3 | 41,5 |');
    expect(md).not.toContain('illustrative');
  });

  it('nb() groups thousands with a no-break space and uses a decimal comma', () => {
    expect(nb(12345.64, 1)).toBe(`12${NBSP}345,6`);
    expect(nb(7425)).toBe(`7${NBSP}425`);
  });

  it('escapes data text so it cannot become markup, links, HTML or extra table cells', () => {
    expect(mdText('<img src=x onerror=alert(1)> | [lenke](http://x) *fet*\nny linje')).toBe(
      '\\<img src=x onerror=alert(1)\\> \\| \\[lenke\\](http://x) \\*fet\\* ny linje',
    );
  });

  it('says the bundled data is illustrative', async () => {
    const out = await report(['--format', 'md']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('illustrative eksempeldata');
    expect(out.stdout).toContain('(medfølger)');
  });
});
