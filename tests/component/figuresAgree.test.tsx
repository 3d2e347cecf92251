// @vitest-environment jsdom
// One set of figures everywhere: the report CLI (csv, json, md), the explorer (summary, site card), the scenario
// comparison and the investor exports give the same jobs today, new jobs and new jobs within 20 years on the bundled
// data.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { loadBundledDataset } from '../../src/app/defaultData';
import type { Dataset } from '../../src/domain/dataset';
import { EXCEL_COLUMNS, formatExcelCsv } from '../../src/domain/exportCsvExcel';
import { sitesGeoJson } from '../../src/domain/exportGeoJson';
import { siteRows } from '../../src/domain/siteRows';
import { excelWords } from '../../src/i18n/excel';
import { fitReasonsBoth } from '../../src/i18n/fit';
import { derivedNotesBoth } from '../../src/i18n/siteNotes';
import { actions } from '../../src/state/actions';
import { scenarioActions } from '../../src/state/scenarioStore';
import { commaNumber, parseExcelCsv } from '../unit/export/csvParse';
import { parseStrictCsv } from '../helpers/strictCsv';
import { plain } from './fixtures';

vi.mock('../../src/map/MapView', () => import('./mapViewMock'));

type J = { low: number; mid: number; high: number };
let dataset: Dataset;
let csv: string[][];
let doc: {
  sites: Record<string, unknown>[];
  summary: { newJobs: J; newJobsWithinHorizon: J; capacity: J; jobsToday: number; horizonYears: number };
};
let md: string;
let fortetting: {
  scenario: { comparison: { basis: { newJobsWithinHorizon: J }; scenario: { newJobsWithinHorizon: J } } };
};

const nb = (n: number) => new Intl.NumberFormat('nb-NO').format(n);
const range = (j: J) => plain(`${nb(j.low)}–${nb(j.high)}`);

/** The real command in a child process (this file runs under jsdom, where the CLI's module paths do not resolve). */
function report(args: string[]): string {
  const root = process.cwd();
  const r = spawnSync(resolve(root, 'node_modules/.bin/tsx'), [resolve(root, 'scripts/report.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`report ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  dataset = loadBundledDataset();
  csv = parseStrictCsv(report([]), { separator: ',', lineEnd: '\n' });
  doc = JSON.parse(report(['--format', 'json']));
  md = plain(report(['--format', 'md']));
  fortetting = JSON.parse(report(['--scenario', 'preset:fortetting', '--format', 'json']));
}, 120_000);
afterEach(cleanup);

describe('the bundled data gives the same figures on every surface', () => {
  it('csv rows satisfy the contract, and json, Excel CSV and GeoJSON carry the same per-site values', () => {
    const [header, ...rows] = csv;
    const c = (name: string) => (header as string[]).indexOf(name);
    expect(rows).toHaveLength(34);
    const excel = parseExcelCsv(
      formatExcelCsv(siteRows(dataset.sites, dataset.results, dataset.hubs), excelWords('nb')).slice(1),
    ).slice(1);
    const xcol = (h: string) => EXCEL_COLUMNS.findIndex((x) => excelWords('nb').header[x.key] === h);
    const geo = sitesGeoJson(dataset.sites, siteRows(dataset.sites, dataset.results, dataset.hubs), {
      illustrative: true,
      fitReasons: fitReasonsBoth,
      derivedNotes: derivedNotesBoth,
    }).features;
    rows.forEach((r, i) => {
      const today = Number(r[c('jobs_today')]);
      for (const level of ['low', 'mid', 'high']) {
        const jobs = Number(r[c(`jobs_${level}`)]);
        expect(Number(r[c(`new_jobs_${level}`)]), `${r[0]} ${level}`).toBe(Math.max(0, jobs - today));
        expect(doc.sites[i]?.[`new_jobs_${level}`]).toBe(Number(r[c(`new_jobs_${level}`)]));
        expect(
          commaNumber(
            excel[i]?.[xcol(`Nye arbeidsplasser ${level === 'low' ? 'lav' : level === 'mid' ? 'middels' : 'høy'}`)] ??
              '',
          ),
        ).toBe(Number(r[c(`new_jobs_${level}`)]));
        expect(geo[i]?.properties[`new_jobs_${level}`]).toBe(Number(r[c(`new_jobs_${level}`)]));
      }
      expect(doc.sites[i]?.['jobs_today']).toBe(today);
      expect(commaNumber(excel[i]?.[xcol('Arbeidsplasser i dag')] ?? '')).toBe(today);
      expect(geo[i]?.properties['jobs_today']).toBe(today);
      // Existing sites without a figure in the data: round(area ÷ 420); future sites: 0.
      const area = Number(r[c('area_m2')]);
      expect(today, r[0]).toBe(r[c('status')] === 'eksisterende' ? Math.round(area / 420) : 0);
    });
  });

  it('the explorer summary and chart show the CLI’s new jobs within 20 years, and build-out capacity on its own row', () => {
    act(() => {
      actions.reset();
      actions.datasetLoaded(dataset);
    });
    render(<App />);
    const s = doc.summary;
    expect(s.horizonYears).toBe(20);
    const cellOf = (row: string) =>
      plain(
        document.querySelector(`[data-testid="region-summary"] tr[data-row="${row}"] td:nth-last-child(2)`)
          ?.textContent,
      );
    expect(cellOf('new-jobs-within')).toBe(range(s.newJobsWithinHorizon));
    expect(cellOf('new-jobs')).toBe(range(s.newJobs));
    expect(cellOf('jobs-today')).toBe(plain(nb(s.jobsToday)));
    expect(cellOf('jobs')).toBe(range(s.capacity));
    const chartRow = plain(document.querySelector('[data-chart-row="plan-newJobs"]')?.textContent);
    expect(chartRow).toContain(range(s.newJobsWithinHorizon));
    // …and the md report's comparison line says the same.
    expect(md).toContain(
      `| **Nye arbeidsplasser innen 2045** (2026–2045, lav–middels–høy) | **${plain(`${nb(s.newJobsWithinHorizon.low)}–${nb(s.newJobsWithinHorizon.mid)}–${nb(s.newJobsWithinHorizon.high)}`)}** |`,
    );
    expect(md).toContain(
      `| Kapasitet ferdig utbygd (lav–middels–høy, inkl. dagens arbeidsplasser) | ${plain(`${nb(s.capacity.low)}–${nb(s.capacity.mid)}–${nb(s.capacity.high)}`)} |`,
    );
  });

  it('the site card shows the CLI row of a site: capacity, jobs today (an estimate) and new jobs', () => {
    const [header, ...rows] = csv;
    const c = (name: string) => (header as string[]).indexOf(name);
    const row = rows.find((r) => r[c('status')] === 'eksisterende') as string[];
    act(() => {
      actions.reset();
      actions.datasetLoaded(dataset);
      actions.selectSite(row[0] as string);
    });
    render(<App />);
    const triple = (p: string) => plain([`${p}low`, `${p}mid`, `${p}high`].map((k) => nb(Number(row[c(k)]))).join('–'));
    expect(plain(screen.getByTestId('site-card-jobs').textContent)).toBe(triple('jobs_'));
    expect(plain(screen.getByTestId('site-card-new-jobs').textContent)).toBe(triple('new_jobs_'));
    expect(plain(screen.getByTestId('site-card-jobs-today').textContent)).toBe(
      `${row[c('jobs_today')]} (anslag: 420 m² areal per arbeidsplass, som i dag)`,
    );
  });

  it('the scenario comparison shows the CLI’s new jobs within the horizon for the basis and fortetting', () => {
    act(() => {
      actions.reset();
      scenarioActions.reset();
      actions.datasetLoaded(dataset);
      actions.setPage('compare');
    });
    render(<App />);
    const cmp = fortetting.scenario.comparison;
    expect(cmp.basis.newJobsWithinHorizon).toEqual(doc.summary.newJobsWithinHorizon);
    const cell = (col: number) => plain(screen.getByTestId(`scen-cell-jobs-mid-${col}`).textContent);
    expect(cell(0).startsWith(plain(nb(cmp.basis.newJobsWithinHorizon.mid)))).toBe(true);
    expect(cell(1).startsWith(plain(nb(cmp.scenario.newJobsWithinHorizon.mid)))).toBe(true);
    expect(
      plain(screen.getByTestId('scen-cell-capacity-0').textContent).startsWith(plain(nb(doc.summary.capacity.mid))),
    ).toBe(true);
  });
});
