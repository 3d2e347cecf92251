// A road layer loaded on the investor page: preview, then measured distances on the cards, the one-pager (with the
// road on its location map) and the CSV; without it "mangler data". The test line is made here from S21's own
// coordinates (500 m north of its northernmost vertex) — a test geometry, not a road.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { normaliseSpace, openApp, screenshot, type AppPage } from '../helpers/app.ts';
import { launchBrowser, type LaunchedBrowser } from '../helpers/browser.ts';
import { parseExcelCsv } from '../../unit/export/csvParse.ts';

let launched: LaunchedBrowser;
let app: AppPage;

before(async () => {
  launched = await launchBrowser();
  app = await openApp(launched.browser, '?e2e=1&view=investor');
});
after(async () => {
  await app?.close();
  await launched?.close();
});

function testRoadFile(): Buffer {
  const sites = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geodata/sites.geojson'), 'utf8')) as {
    features: { properties: { id: string }; geometry: { type: string; coordinates: number[][][] | number[][][][] } }[];
  };
  const s21 = sites.features.find((f) => f.properties.id === 'S21');
  assert.ok(s21);
  const flat = (s21.geometry.coordinates as unknown[]).flat(s21.geometry.type === 'MultiPolygon' ? 2 : 1) as number[][];
  const xs = flat.map((p) => p[0] as number);
  const maxY = Math.max(...flat.map((p) => p[1] as number));
  const mid = (Math.min(...xs) + Math.max(...xs)) / 2;
  return Buffer.from(
    JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
      features: [
        {
          type: 'Feature',
          properties: { vegnummer: 'Testvei 1' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [mid - 4000, maxY + 500],
              [mid + 4000, maxY + 500],
            ],
          },
        },
      ],
    }),
  );
}

const cardFact = async (page: Page, siteId: string) =>
  normaliseSpace(
    await page.locator(`[data-testid="investor-card"][data-site-id="${siteId}"] [data-fact="road"] dd`).innerText(),
  );

test('without a road layer the distance is missing; a loaded one is previewed, then measured on cards, one-pager and CSV', async () => {
  const { page } = app;
  await page.getByTestId('investor-view').waitFor();
  assert.equal(await cardFact(page, 'S21'), 'mangler data');
  await page
    .getByLabel('Velg veinett (GeoJSON)')
    .setInputFiles({ name: 'testveier.geojson', mimeType: 'application/geo+json', buffer: testRoadFile() });
  const preview = page.getByTestId('road-preview');
  await preview.waitFor();
  assert.match(normaliseSpace(await preview.innerText()), /testveier\.geojson: veilinjer 1 \(8,0 km\), kryss 0/);
  assert.equal(await cardFact(page, 'S21'), 'mangler data', 'measured before the user applied the layer');
  await page.getByRole('button', { name: 'Bruk veinettet' }).click();
  assert.equal(await cardFact(page, 'S21'), '500 m til Testvei 1');
  // The line is drawn on the investor map too (lon/lat), as the one road the file holds.
  const drawn = await page.waitForFunction(() => {
    const map = window.__naeringsarealkart?.map as
      { getStyle: () => { sources: Record<string, { data?: { features?: unknown[] } }> } } | undefined;
    const n = map?.getStyle().sources['user-roads']?.data?.features?.length ?? 0;
    return n > 0 ? n : null;
  });
  assert.equal(await drawn.jsonValue(), 1);
  // Every card now has a measured figure: no card says "mangler data", none a negative or NaN distance.
  const values = await page.locator('[data-testid="investor-card"] [data-fact="road"] dd').allInnerTexts();
  assert.equal(values.length, 17);
  for (const v of values)
    assert.match(
      normaliseSpace(v),
      /^(\d[\d\s]*(,\d)? (m|km) til Testvei 1|Veien går inntil eller gjennom området \(Testvei 1\))$/,
    );

  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Regneark (CSV)' }).click(),
  ]);
  const [header, ...rows] = parseExcelCsv(readFileSync(await dl.path(), 'utf8').replace(/^\uFEFF/, ''));
  assert.ok(header);
  const id = header.indexOf('ID');
  const dist = header.indexOf('Avstand til hovedvei (m)');
  const name = header.indexOf('Nærmeste hovedvei');
  const s21 = rows.find((r) => r[id] === 'S21');
  assert.equal(s21?.[dist], '500,00');
  assert.equal(s21?.[name], 'Testvei 1');

  await page
    .locator('[data-testid="investor-card"][data-site-id="S21"]')
    .getByRole('button', { name: /Ettsides presentasjon/ })
    .click();
  const pager = page.getByTestId('one-pager');
  await pager.waitFor();
  assert.match(normaliseSpace(await pager.locator('[data-fact="road"]').innerText()), /500 m til Testvei 1/);
  assert.match(normaliseSpace(await pager.getByTestId('location-map').innerText()), /Hovedvei \(lastet inn\)/);
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, 'investor-one-pager-roads-1440');
  await page.setViewportSize({ width: 390, height: 844 });
  await pager.scrollIntoViewIfNeeded();
  await screenshot(page, 'investor-one-pager-roads-390');
  assert.deepEqual(app.errors, []);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Tilbake til oversikten' }).click();
  await page.getByRole('button', { name: 'Fjern veinettet' }).click();
  assert.equal(await cardFact(page, 'S21'), 'mangler data');
});
