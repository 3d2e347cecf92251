// @vitest-environment jsdom
// The CLI and the UI say every ABC-fit verdict in the same words: the report's Markdown (default bokmål, and
// --lang en) against the site card rendered from the same files through the app's loader and engine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/app/defaultData';
import type { Dataset } from '../../src/domain/dataset';
import type { AbcFitVerdict } from '../../src/domain/types';
import { SiteCard } from '../../src/ui/SiteCard';
import { mdText } from '../../scripts/report/mdFormat';

afterEach(cleanup);

const CRS = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } };
const STATION: [number, number] = [580000, 6630000];

/** A 100 × 100 m square whose west edge is `dx` m east of the station (and `dy` m north). */
function square(dx: number, dy = 0): number[][][] {
  const [x, y] = [STATION[0] + dx, STATION[1] + dy];
  return [
    [
      [x, y],
      [x + 100, y],
      [x + 100, y + 100],
      [x, y + 100],
      [x, y],
    ],
  ];
}

// One site per verdict (A ≤ 800 m of rail, B ≤ 1 500 m or any hub ≤ 1 000 m, else C), and one with a closer bus stop.
const SITES: { id: string; name: string; abc: string | null; geometry: number[][][]; verdict: AbcFitVerdict }[] = [
  { id: 'OK', name: 'Stasjonsnært kontor', abc: 'A', geometry: square(300), verdict: 'ok' },
  { id: 'PART', name: 'Kontor litt unna', abc: 'A', geometry: square(1200), verdict: 'partial' },
  { id: 'MIS', name: 'Lager ved stasjonen', abc: 'C', geometry: square(200), verdict: 'mismatch' },
  { id: 'UNK', name: 'Uten type', abc: null, geometry: square(5000), verdict: 'unknown' },
  { id: 'BUS', name: 'Verksted ved bussen', abc: 'C', geometry: square(3000, 2000), verdict: 'partial' },
];

const files = {
  sites: JSON.stringify({
    type: 'FeatureCollection',
    crs: CRS,
    features: SITES.map((s) => ({
      type: 'Feature',
      properties: { id: s.id, name: s.name, status: 'fremtidig', abc: s.abc, readiness: 'byggeklar' },
      geometry: { type: 'Polygon', coordinates: s.geometry },
    })),
  }),
  hubs: JSON.stringify({
    type: 'FeatureCollection',
    crs: CRS,
    features: [
      {
        type: 'Feature',
        properties: { id: 'H1', name: 'Teststasjon', type: 'tog' },
        geometry: { type: 'Point', coordinates: STATION },
      },
      {
        type: 'Feature',
        properties: { id: 'H2', name: 'Testbuss', type: 'buss' },
        geometry: { type: 'Point', coordinates: [STATION[0] + 3050, STATION[1] + 2600] },
      },
    ],
  }),
  regions: JSON.stringify({
    type: 'FeatureCollection',
    crs: CRS,
    features: [
      {
        type: 'Feature',
        properties: { name: 'Asker nord' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [570000, 6620000],
              [590000, 6620000],
              [590000, 6640000],
              [570000, 6640000],
              [570000, 6620000],
            ],
          ],
        },
      },
    ],
  }),
};

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

let dataset: Dataset;
const markdown: Record<'nb' | 'en', string> = { nb: '', en: '' };
let dir = '';

beforeAll(() => {
  dataset = buildDataset(files);
  dir = mkdtempSync(join(tmpdir(), 'fit-words-'));
  for (const [role, text] of Object.entries(files)) writeFileSync(join(dir, `${role}.geojson`), text);
  const args = [
    '--sites',
    join(dir, 'sites.geojson'),
    '--hubs',
    join(dir, 'hubs.geojson'),
    '--regions',
    join(dir, 'regions.geojson'),
    '--format',
    'md',
  ];
  markdown.nb = report(args);
  markdown.en = report([...args, '--lang', 'en']);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The card's verdict word and reason for one site. */
function cardWords(id: string, lang: 'nb' | 'en'): { verdict: string; reason: string } {
  const i = dataset.sites.findIndex((s) => s.id === id);
  const site = dataset.sites[i]!;
  const result = dataset.results[i]!;
  const hub = dataset.hubs.find((h) => h.id === result.hubId) ?? null;
  render(<SiteCard site={site} result={result} hub={hub} lang={lang} onZoom={() => {}} onClose={() => {}} />);
  const fit = screen.getByTestId('site-card-fit');
  const verdict = fit.querySelector('.verdict')?.textContent ?? '';
  const reason = (fit.querySelector('.site-card__reason')?.textContent ?? '').replace(/^ – /, '');
  cleanup();
  return { verdict, reason };
}

/** The report's verdict cell (the last column of the site's table row) and its reason line. */
function reportWords(md: string, name: string): { verdict: string; reason: string } {
  const rowLine = md.split('\n').find((l) => l.startsWith(`| ${mdText(name)} |`)) ?? '';
  const cells = rowLine.split(' | ');
  const verdictCell = (cells[cells.length - 1] ?? '').replace(/ \|$/, '');
  const reasonLine = md.split('\n').find((l) => l.startsWith(`- **${mdText(name)}**: `)) ?? '';
  return {
    verdict: verdictCell.replace(/ \((beliggenhet|location): [ABC]\)$/, ''),
    reason: reasonLine.slice(`- **${mdText(name)}**: `.length),
  };
}

describe('every fit verdict reads the same in the report CLI and on the site card', () => {
  it('the fixture covers every verdict', () => {
    const verdicts = new Set(dataset.results.map((r) => r.fit.verdict));
    expect([...verdicts].sort()).toEqual(['mismatch', 'ok', 'partial', 'unknown']);
    for (const s of SITES) expect(dataset.results.find((r) => r.siteId === s.id)?.fit.verdict, s.id).toBe(s.verdict);
  });

  for (const lang of ['nb', 'en'] as const) {
    it.each(SITES.map((s) => [s.id, s.verdict, s.name] as const))(`${lang}: %s (%s)`, (id, _verdict, name) => {
      const card = cardWords(id, lang);
      const cli = reportWords(markdown[lang], name);
      expect(card.verdict).not.toBe('');
      expect(card.reason).not.toBe('');
      expect(cli.verdict).toBe(card.verdict);
      // The Markdown escapes text from data files; the names here need none, so the reason is the card's.
      expect(cli.reason).toBe(mdText(card.reason));
      // The verdict word inside the reason is the label's word, lower case in mid-sentence.
      expect(card.reason.toLowerCase()).toContain(`– ${card.verdict.toLowerCase()}`);
    });
  }

  it('names the closer bus stop on both surfaces', () => {
    expect(reportWords(markdown.nb, 'Verksted ved bussen').reason).toContain(
      'fra nærmeste knutepunkt (Testbuss, buss)',
    );
    expect(cardWords('BUS', 'en').reason).toContain('from the nearest hub (Testbuss, bus)');
  });
});
