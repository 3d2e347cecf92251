// The investor view in Chromium: only available land on the cards and the map, downloads whose numbers equal the
// report CLI's, back/forward between the views, a one-site link, and no serious axe violations.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Download, Page } from 'playwright-core';
import {
  ARTIFACTS_DIR,
  baseUrl,
  normaliseSpace,
  openApp,
  screenshot,
  siteFeatureState,
  useApp,
  waitForMapIdle,
  waitForMapState,
} from '../helpers/app.ts';
import { decodePng } from '../helpers/png.ts';
import { reportSites, type ReportSite } from '../helpers/report.ts';
import { commaNumber, parseExcelCsv } from '../../unit/export/csvParse.ts';

const app = useApp('?e2e=1&view=investor');

type Site = ReportSite & { readiness: string | null };

/** The rule, written out here from the report's own fields: future business land (no bundled site states vacant land).
 * */
function expectedAvailable(): Site[] {
  return (reportSites() as Site[]).filter((s) => s.status === 'fremtidig');
}

async function cardIds(page: Page): Promise<string[]> {
  return page.getByTestId('investor-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id') ?? ''));
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

async function download(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await dl.path();
  return { download: dl, bytes: readFileSync(path) };
}

test('only available sites are listed and drawn: the 17 existing (built-up) sites are left out', async () => {
  const { page } = app;
  await page.getByTestId('investor-view').waitFor();
  await waitForMapState(page, 'ready');
  await waitForMapIdle(page);
  const expected = expectedAvailable().map((s) => s.id);
  assert.equal(expected.length, 17);
  assert.deepEqual((await cardIds(page)).sort(), [...expected].sort());
  const left = reportSites()
    .map((s) => s.id)
    .filter((id) => !expected.includes(id));
  assert.deepEqual(
    left,
    reportSites()
      .filter((s) => s.status === 'eksisterende')
      .map((s) => s.id),
  );
  assert.equal(left.length, 17);
  for (const id of left)
    assert.equal((await siteFeatureState(page, id)).hidden, true, `${id} is drawn on the investor map`);
  assert.notEqual((await siteFeatureState(page, 'S21')).hidden, true);
  await screenshot(page, 'investor-view');
  assert.deepEqual(app.errors, []);
});

test('the CSV download opens as Norwegian Excel text and its numbers equal the report CLI', async () => {
  const { page } = app;
  const { download: dl, bytes } = await download(page, 'Regneark (CSV)');
  assert.equal(dl.suggestedFilename(), 'ledige-naeringsarealer-asker.csv');
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseExcelCsv(bytes.toString('utf8').slice(1));
  assert.ok(header);
  const col = (name: string) => header.indexOf(name);
  const report = new Map(reportSites().map((s) => [s.id, s]));
  assert.deepEqual(
    rows.map((r) => r[0]).sort(),
    expectedAvailable()
      .map((s) => s.id)
      .sort(),
  );
  for (const r of rows) {
    const s = report.get(r[0] as string) as ReportSite;
    const n = (name: string) => commaNumber(r[col(name)] as string);
    assert.equal(r[col('Navn')], s.name);
    assert.equal(n('Areal (m²)'), s.area_m2, `${s.id} area_m2`);
    assert.equal(n('Areal (daa)'), s.area_daa, `${s.id} area_daa`);
    assert.equal(n('Avstand til knutepunkt fra kant (m)'), s.hub_distance_m, `${s.id} hub distance`);
    assert.deepEqual(
      [n('Kapasitet ferdig utbygd lav'), n('Kapasitet ferdig utbygd middels'), n('Kapasitet ferdig utbygd høy')],
      [s.jobs_low, s.jobs_mid, s.jobs_high],
    );
    assert.deepEqual(
      [
        n('Arbeidsplasser i dag'),
        n('Nye arbeidsplasser lav'),
        n('Nye arbeidsplasser middels'),
        n('Nye arbeidsplasser høy'),
      ],
      [s.jobs_today, s.new_jobs_low, s.new_jobs_mid, s.new_jobs_high],
      `${s.id} new jobs`,
    );
    assert.equal(r[col('Ledig')], 'ja');
  }
  assert.match(
    normaliseSpace(await page.getByTestId('export-bar').innerText()),
    /ledige-naeringsarealer-asker\.csv er lastet ned/,
  );
});

test('the GeoJSON download is RFC 7946 lon/lat with the report figures; the PNG is the drawn map with a caption', async () => {
  const { page } = app;
  const geo = await download(page, 'Kartdata (GeoJSON)');
  assert.equal(geo.download.suggestedFilename(), 'ledige-naeringsarealer-asker.geojson');
  const doc = JSON.parse(geo.bytes.toString('utf8')) as {
    type: string;
    crs?: unknown;
    features: { id: string; properties: Record<string, unknown>; geometry: { coordinates: number[][][][] } }[];
  };
  assert.equal(doc.type, 'FeatureCollection');
  assert.equal(doc.crs, undefined);
  assert.equal(doc.features.length, 17);
  const report = new Map(reportSites().map((s) => [s.id, s]));
  for (const f of doc.features) {
    const s = report.get(f.id) as ReportSite;
    assert.equal(f.properties.area_m2, s.area_m2);
    const [lon, lat] = f.geometry.coordinates[0]?.[0]?.[0] as number[];
    assert.ok(
      Math.abs((lon as number) - s.centroid_lon) < 0.02 && Math.abs((lat as number) - s.centroid_lat) < 0.02,
      `${f.id} is not lon/lat near its centroid`,
    );
  }

  const png = await download(page, 'Kartbilde (PNG)');
  assert.equal(png.download.suggestedFilename(), 'ledige-naeringsarealer-asker.png');
  writeFileSync(join(ARTIFACTS_DIR, 'investor-map-export.png'), png.bytes);
  const image = decodePng(png.bytes);
  const box = await page.getByTestId('map').boundingBox();
  assert.ok(box);
  // The page runs at device pixel ratio 1; the image is drawn at 2 (maplibre redraws, then goes back to 1).
  assert.ok(
    Math.abs(image.width - 2 * box.width) <= 2,
    `image ${image.width} px wide, map ${box.width} CSS px: not 2×`,
  );
  const mapH = Math.round(2 * box.height);
  assert.ok(image.height > mapH + 100, 'the caption and legend band is missing');
  assert.equal(
    await page.evaluate(() => (window.__naeringsarealkart?.map as { getPixelRatio: () => number }).getPixelRatio()),
    1,
  );
  const rgbAt = (x: number, y: number): [number, number, number] => {
    const o = (y * image.width + x) * 4;
    return [image.rgba[o] as number, image.rgba[o + 1] as number, image.rgba[o + 2] as number];
  };
  // The map part is drawn (many colours), not a blank buffer.
  const colours = new Set<number>();
  for (let i = 0; i < image.width * mapH; i += 97) {
    const [r, g, b] = rgbAt(i % image.width, Math.floor(i / image.width));
    colours.add(r * 65536 + g * 256 + b);
  }
  assert.ok(colours.size > 8, `only ${colours.size} colours in the map image: the canvas was not copied`);
  // The scale bar: maplibre's scale box (bottom right) is drawn into the image with its dark frame.
  const scaleBox = await page.locator('[data-testid="map"] .maplibregl-ctrl-scale').boundingBox();
  assert.ok(scaleBox);
  let dark = 0;
  for (let y = Math.round(2 * (scaleBox.y - box.y)); y < Math.round(2 * (scaleBox.y - box.y + scaleBox.height)); y++)
    for (let x = Math.round(2 * (scaleBox.x - box.x)); x < Math.round(2 * (scaleBox.x - box.x + scaleBox.width)); x++) {
      const [r, g, b] = rgbAt(x, y);
      if (r < 90 && g < 90 && b < 90) dark++;
    }
  assert.ok(dark > 40, `the scale bar is not in the image (${dark} dark pixels where it stands)`);
  // The legend band holds a swatch of each ABC type on offer, at the future-land lightness (45 % over white).
  const abcColour: Record<string, [number, number, number]> = {
    A: [0x00, 0x72, 0xb2],
    B: [0xe6, 0x9f, 0x00],
    C: [0xcc, 0x79, 0xa7],
  };
  const types = [
    ...new Set(
      expectedAvailable()
        .map((s) => s.abc)
        .filter((a): a is 'A' | 'B' | 'C' => a !== null),
    ),
  ];
  assert.ok(types.length >= 2);
  for (const abc of types) {
    const want = (abcColour[abc] as number[]).map((c) => Math.round(255 - 0.45 * (255 - c)));
    let found = 0;
    for (let y = mapH; y < image.height; y++)
      for (let x = 0; x < image.width; x++) {
        const got = rgbAt(x, y);
        if (got.every((c, k) => Math.abs(c - (want[k] as number)) <= 3)) found++;
      }
    // A 12 px swatch at 2× is 24 × 24 px; its frame takes the edge.
    assert.ok(found > 300, `no ${abc} swatch in the legend band (${found} pixels of ${want.join(',')})`);
  }
});

test('a one-site link opens its one-pager; back and forward step between the explorer and the investor view', async () => {
  const one = await openApp(app.browser, '?e2e=1&view=investor&site=S21');
  try {
    const { page } = one;
    const pager = page.getByTestId('one-pager');
    await pager.waitFor();
    assert.equal(normaliseSpace(await pager.locator('h2').innerText()), 'Bjørnstad – ved E134/fv. 165');
    assert.match(normaliseSpace(await pager.innerText()), /Kontakt: Invest in Asker/);
    assert.match(normaliseSpace(await pager.innerText()), /Avstand til hovedvei \(E18\/E134\) mangler data/);
    await waitForMapState(page, 'ready');
    await waitForMapIdle(page);
    await screenshot(page, 'investor-one-pager');
    assert.deepEqual(await seriousViolations(page), []);

    await page.getByRole('link', { name: 'Kart og analyse' }).click();
    await page.getByTestId('site-list').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('view'), null);
    await page.getByRole('link', { name: 'Ledige arealer' }).click();
    await page.getByTestId('investor-list').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('view'), 'investor');

    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('view') !== 'investor');
    await page.getByTestId('site-list').waitFor();
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('site') === 'S21');
    await pager.waitFor();
    await page.goForward();
    await page.waitForURL((u) => u.searchParams.get('view') !== 'investor');
    await page.getByTestId('site-list').waitFor();
    await page.goForward();
    await page.waitForURL((u) => u.searchParams.get('view') === 'investor' && !u.searchParams.has('site'));
    await page.getByTestId('investor-list').waitFor();
    assert.deepEqual(one.errors, []);
  } finally {
    await one.close();
  }
});

test('in the explorer the CSV holds the filtered selection, in the list order', async () => {
  const explorer = await openApp(app.browser, '?e2e=1&abc=C&sort=area-desc');
  try {
    const { page } = explorer;
    await page.getByTestId('site-list').waitFor();
    const listed = await page
      .locator('[data-testid="site-list"] button[data-site-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id') ?? ''));
    const { download: dl, bytes } = await download(page, 'Regneark (CSV)');
    assert.equal(dl.suggestedFilename(), 'naeringsarealer-asker-utvalg.csv');
    const [header, ...rows] = parseExcelCsv(bytes.toString('utf8').slice(1));
    assert.ok(header);
    const expected = reportSites().filter((s) => s.abc === 'C');
    assert.equal(rows.length, expected.length);
    assert.deepEqual(
      rows.map((r) => r[0]),
      listed,
    );
    assert.ok(rows.every((r) => r[header.indexOf('ABC-type')] === 'C'));
    const areas = rows.map((r) => commaNumber(r[header.indexOf('Areal (m²)')] as string) as number);
    assert.deepEqual(
      areas,
      [...areas].sort((a, b) => b - a),
    );
    await waitForMapState(page, 'ready');
    await screenshot(page, 'explorer-export');
  } finally {
    await explorer.close();
  }
});

test('on a phone-sized screen the cards stack without sideways scrolling, and the English one-pager fits too', async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/?e2e=1&view=investor`);
    await page.getByTestId('investor-list').waitFor();
    const overflow = async () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok((await overflow()) <= 0, `the page scrolls sideways by ${await overflow()} px`);
    const [a, b] = await page
      .getByTestId('investor-card')
      .evaluateAll((els) => els.slice(0, 2).map((e) => e.getBoundingClientRect().top));
    assert.ok((b as number) > (a as number), 'the first two cards are side by side on a phone');
    await screenshot(page, 'investor-narrow');
    await page.goto(`${baseUrl()}/?e2e=1&view=investor&site=S29&lang=en`);
    await page.getByTestId('one-pager').waitFor();
    assert.ok((await overflow()) <= 0, `the one-pager scrolls sideways by ${await overflow()} px`);
    assert.match(normaliseSpace(await page.getByTestId('one-pager').innerText()), /Warehousing, logistics, production/);
    await screenshot(page, 'investor-narrow-one-pager-en');
  } finally {
    await context.close();
  }
});

test('the investor view has no serious or critical axe violations, in English too', async () => {
  const { page } = app;
  assert.deepEqual(await seriousViolations(page), []);
  await page.getByLabel('Språk').selectOption('en');
  await page.getByRole('heading', { name: 'Available business land in Asker' }).waitFor();
  assert.match(normaliseSpace(await page.getByTestId('investor-card').first().innerText()), /Contact: Invest in Asker/);
  assert.deepEqual(await seriousViolations(page), []);
});
