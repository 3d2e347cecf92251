// (b) A kommuneplan export: preview → "Bruk dataene" → the list, card and map show its sites with the hand-checked
// areas; back to the example data.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  featuresAt,
  listedSiteIds,
  lngLatToPage,
  normaliseSpace,
  screenshot,
  useApp,
  waitForMapIdle,
  waitForMapState,
} from '../helpers/app.ts';
import { REPO_ROOT, type ReportSite } from '../helpers/report.ts';
import { FIXTURES, loadFiles } from './load-page.ts';
import { LAYER } from '../../../src/map/style.ts';

const KP = join(FIXTURES, 'good', 'kp_arealformal_25832.geojson');

/** Hand-checked in tests/fixtures/good/README.md: N1 200 × 100 m, KB2 150 × 100 m minus a 50 × 20 m hole, the unnamed
 * 1130 200 × 150 m. */
const EXPECTED = [
  { id: 'a3f1c2d0-0001', name: 'N1', daa: '20,0 daa', m2: '20 000 m²' },
  { id: 'a3f1c2d0-0003', name: 'KB2', daa: '14,0 daa', m2: '14 000 m²' },
  { id: 'a3f1c2d0-0005', name: 'Sentrumsformål (1130)', daa: '30,0 daa', m2: '30 000 m²' },
];

const app = useApp();

/** Where the header ends and the map is (px), to hold the page still when own data comes. */
async function layout(page: typeof app.page): Promise<{ header: number; mapTop: number; mapHeight: number }> {
  const header = await page.locator('header.app-header').boundingBox();
  const map = await page.getByTestId('map').boundingBox();
  assert.ok(header && map);
  return { header: header.height, mapTop: map.y, mapHeight: map.height };
}
let layoutBefore: Awaited<ReturnType<typeof layout>> | undefined;

test('the preview shows counts and CRS, and nothing changes before "Bruk dataene"', async () => {
  const { page } = app;
  await waitForMapState(page, 'ready');
  const before = await listedSiteIds(page);
  assert.equal(before.length, 34);
  layoutBefore = await layout(page);
  await loadFiles(page, KP);
  const dialog = page.getByRole('dialog', { name: 'Last inn egne data' });
  assert.equal(
    normaliseSpace(await dialog.getByTestId('load-counts').innerText()),
    '7 objekter i filen: 3 leses inn, 4 hoppes over.',
  );
  assert.equal(
    normaliseSpace(await dialog.getByTestId('load-crs').innerText()),
    'EUREF89 / UTM sone 32N (EPSG:25832), fra filens crs-angivelse.',
  );
  assert.equal(await dialog.getByLabel('Arealformål').inputValue(), 'p:KPAREALFORMAL');
  assert.match(normaliseSpace(await dialog.getByTestId('load-skipped').innerText()), /Hoppes over \(4\)/);
  await screenshot(page, 'load-preview');
  assert.deepEqual(await listedSiteIds(page), before);
});

test('"Bruk dataene" puts the three business areas in the list, the card and the map', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Bruk dataene' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  assert.equal(normaliseSpace(await page.getByRole('note').innerText()), 'Egne data: kp_arealformal_25832.geojson.');
  assert.deepEqual((await listedSiteIds(page)).sort(), EXPECTED.map((e) => e.id).sort());
  // "Tilbake til eksempeldata" is beside the note, not in the header: at 1280 px the header used to wrap onto a second
  // line when it came, and the page jumped down 43 px with the map shrinking. Now nothing moves.
  const restore = page.getByRole('button', { name: 'Tilbake til eksempeldata' });
  assert.equal(
    await page.locator('header.app-header').getByRole('button', { name: 'Tilbake til eksempeldata' }).count(),
    0,
  );
  assert.ok(await page.locator('.data-note').getByRole('button', { name: 'Tilbake til eksempeldata' }).isVisible());
  assert.ok(await restore.isVisible());
  assert.deepEqual(await layout(page), layoutBefore);

  // The report CLI on the same file: the same engine outside the browser, for the centroids to look at on the map.
  const out = execFileSync(
    join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
    ['scripts/report.ts', '--sites', KP, '--format', 'json'],
    { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const report = (JSON.parse(out) as { sites: ReportSite[] }).sites;

  for (const e of EXPECTED) {
    await page.locator(`[data-testid="site-list"] button[data-site-id="${e.id}"]`).click();
    const card = page.getByTestId('site-card');
    assert.equal(normaliseSpace(await card.locator('h2').innerText()), e.name);
    assert.equal(normaliseSpace(await page.getByTestId('site-card-area-daa').innerText()), e.daa);
    assert.ok(normaliseSpace(await page.getByTestId('site-card-area').innerText()).includes(e.m2));
    const r = report.find((s) => s.id === e.id);
    assert.ok(r, `the report has ${e.id}`);
    assert.equal(
      normaliseSpace(
        `${new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r.area_daa)} daa`,
      ),
      e.daa,
    );
    // The list choice zooms the map there; the site is drawn under its centroid.
    await waitForMapIdle(page);
    const point = await lngLatToPage(page, [r.centroid_lon, r.centroid_lat]);
    const hits = await featuresAt(page, point, [LAYER.siteFill, LAYER.siteMarker]);
    assert.ok(
      hits.some((f) => f.id === e.id),
      `${e.id} is drawn at its centroid`,
    );
  }
  await screenshot(page, 'load-applied');
  await waitForMapState(page, 'ready');
});

test('"Tilbake til eksempeldata" brings back the 34 example sites', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Tilbake til eksempeldata' }).click();
  await page.getByRole('button', { name: 'Tilbake til eksempeldata' }).waitFor({ state: 'detached' });
  assert.equal((await listedSiteIds(page)).length, 34);
  assert.match(await page.getByRole('note').innerText(), /^Eksempeldata:/);
  assert.deepEqual(app.errors, []);
  assert.deepEqual(await app.cspViolations(), []);
});
