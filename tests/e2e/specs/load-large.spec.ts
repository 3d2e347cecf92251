// A 2 500-site plan file through "Last inn data" (the large-file path: the load worker makes the map's data, the page
// hands it to maplibre in batches): the list counts every site, and sites far apart in the file are on the map where
// their polygons are, zoomed in (polygons) and at the overview (markers), with their own ABC type; a filter hides them.
// Read for a while before "Bruk dataene" (the worker applies a large file ahead meanwhile), the same file gives the
// very same figures.
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadHubs, loadRegions, loadSites } from '../../../src/data/loaders.ts';
import { analyse } from '../../../src/domain/analyse.ts';
import { toLngLat } from '../../../src/domain/crs.ts';
import { multiPolygonCentroid } from '../../../src/domain/geometry.ts';
import type { MultiPolygonXY } from '../../../src/domain/types.ts';
import { makeBorderData } from '../../../scripts/bench/borderData.ts';
import {
  featuresAt,
  jumpMap,
  openApp,
  lngLatToPage,
  normaliseSpace,
  siteFeatureState,
  useApp,
  waitForMapIdle,
  waitForMapState,
} from '../helpers/app.ts';
import { loadFiles } from './load-page.ts';

const app = useApp();
const N = 2500;
const data = makeBorderData(N, 0, 12);
const file = join(tmpdir(), `naeringsarealkart-e2e-large-${process.pid}.geojson`);
writeFileSync(file, JSON.stringify(data.sites));

/** Sites with one ring (no hole, one part), so the centroid is inside the polygon: first, middle and last such. */
const simple = data.sites.features
  .map((f, i) => ({ f, i }))
  .filter(({ f }) => f.geometry.type === 'Polygon' && (f.geometry.coordinates as unknown[]).length === 1);
const picked = [simple[0], simple[Math.floor(simple.length / 2)], simple.at(-1)].map((s) => {
  const geometry = [s!.f.geometry.coordinates] as unknown as MultiPolygonXY;
  return {
    id: s!.f.properties.id as string,
    abc: s!.f.properties.abc as string,
    lngLat: toLngLat(multiPolygonCentroid(geometry)),
  };
});

/** The first example site (geodata/sites.geojson) and its centroid, to find it on the map after going back. */
const exampleSite = loadSites(readFileSync('geodata/sites.geojson', 'utf8'), { file: 'sites.geojson' }).value[0]!;
const example = { id: exampleSite.id, lngLat: toLngLat(multiPolygonCentroid(exampleSite.geometry)) };

/** The region summary's text right after the load, each time the file is loaded (the same figures are expected). */
const summaries: string[] = [];

// The engine's own figures for the file against the bundled hubs and regions, as the summary table words them: the
// site count and the existing sites' area per region (Asker nord, Asker syd, outside both) and in all.
const bundled = (name: string) => readFileSync(`geodata/${name}.geojson`, 'utf8');
const sites = loadSites(JSON.stringify(data.sites), { file: 'plan.geojson' }).value;
const { results, summary } = analyse({
  sites,
  hubs: loadHubs(bundled('hubs'), { file: 'hubs' }).value,
  regions: loadRegions(bundled('regions'), { file: 'regions' }).value,
});
const nb = (digits: number) => (x: number) =>
  new Intl.NumberFormat('nb-NO', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
const inRegion = (region: string | null) => summary.byRegion.find((r) => r.region === region);
const existingDaa = (region: string | null | undefined) =>
  results
    .filter((r, i) => sites[i]?.status === 'eksisterende' && (region === undefined || r.region === region))
    .reduce((sum, r) => sum + r.areaDaa, 0);
const regions = ['Asker nord', 'Asker syd', null];
const expectedFigures = [
  `Antall områder ${[...regions.map((r) => inRegion(r)?.sites ?? 0), summary.total.sites].map(nb(0)).join(' ')}`,
  `Eksisterende, daa ${[...regions.map(existingDaa), existingDaa(undefined)].map(nb(1)).join(' ')}`,
].map(normaliseSpace);

/** Loads the file; `readMs`: how long the person reads the preview before "Bruk dataene". */
async function loadLarge(page: import('playwright-core').Page, readMs: number): Promise<void> {
  await waitForMapState(page, 'ready');
  await loadFiles(page, file);
  if (readMs > 0) await page.waitForTimeout(readMs);
  await page.getByRole('button', { name: 'Bruk dataene' }).click();
  await page.locator(`[data-testid="map"][data-map-sites="${N}"]`).waitFor({ timeout: 60_000 });
  // The markers come first (every site at the overview); the polygons follow from the worker.
  await page.locator(`[data-testid="map"][data-map-polygons="${N}"]`).waitFor({ timeout: 60_000 });
  assert.match(normaliseSpace(await page.getByTestId('site-count').innerText()), /^2 500 av 2 500/);
  const text = normaliseSpace(await page.getByTestId('region-summary').innerText());
  for (const figures of expectedFigures) assert.ok(text.includes(figures), `"${figures}" not in the summary: ${text}`);
  summaries.push(text);
}

test('2 500 sites: listed, on the map where they are (polygons and markers), filtered', async () => {
  const { page } = app;
  await loadLarge(page, 0);

  for (const site of picked) {
    // Zoomed in: the polygon under its centroid is this site's, with its own properties.
    await jumpMap(page, { lng: site.lngLat[0], lat: site.lngLat[1], zoom: 15 });
    await waitForMapIdle(page);
    const fills = await featuresAt(page, await lngLatToPage(page, site.lngLat), ['site-fill']);
    const fill = fills.find((p) => p.id === site.id);
    assert.ok(fill, `${site.id}: no polygon at its centroid (found ${fills.map((p) => p.id).join(', ')})`);
    assert.equal(fill.abc, site.abc);
    assert.equal(fill.key, Number(site.id.slice(1)));
    // The overview: its marker is at the same place.
    await jumpMap(page, { lng: site.lngLat[0], lat: site.lngLat[1], zoom: 9 });
    await waitForMapIdle(page);
    const markers = await featuresAt(page, await lngLatToPage(page, site.lngLat), ['site-marker']);
    assert.ok(
      markers.some((p) => p.id === site.id && p.abc === site.abc && typeof p.areaM2 === 'number' && p.areaM2 > 0),
      `${site.id}: no marker at its centroid`,
    );
  }

  // A filter on the ABC type hides the others on the map (feature-state) and in the list.
  const other = picked.find((s) => s.abc !== 'A');
  assert.ok(other, 'a picked site that is not type A');
  const typeA = data.sites.features.filter((f) => f.properties.abc === 'A').length;
  await page.getByLabel('ABC-type').selectOption('A');
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="site-count"]')?.textContent?.replace(/\D/g, '').startsWith(n),
    String(typeA),
  );
  assert.equal((await siteFeatureState(page, other.id)).hidden, true);
  const a = data.sites.features.find((f) => f.properties.abc === 'A')?.properties.id as string;
  assert.notEqual((await siteFeatureState(page, a)).hidden, true);
});

test('2 500 sites, a preview cancelled, then the file read first: the worker applied it meanwhile, the same figures', async () => {
  const opened = await openApp(app.browser);
  try {
    // First a preview read and cancelled (the worker lets go of it and of the job it worked ahead), then the file
    // again, read long enough for the worker to finish the whole apply job ahead (2 500 sites take about a second).
    await waitForMapState(opened.page, 'ready');
    await loadFiles(opened.page, file);
    await opened.page.waitForTimeout(2000);
    await opened.page.getByRole('button', { name: 'Avbryt' }).click();
    await opened.page.getByRole('dialog', { name: 'Last inn egne data' }).waitFor({ state: 'hidden' });
    await loadLarge(opened.page, 4000);
    assert.equal(summaries.length, 2);
    assert.match(summaries[0] as string, /\d/);
    assert.equal(summaries[1], summaries[0]);
    assert.deepEqual(opened.errors, []);
  } finally {
    await opened.close();
  }
});

test('2 500 sites, then back to the example data while their markers and polygons are still going to the map', async () => {
  // The upload holds maplibre's frames (and then holds them again until the markers' tiles are all there): data that
  // replaces it meanwhile must still be drawn, not left behind a frame that is never let go.
  for (const afterMs of [0, 250, 600]) {
    const opened = await openApp(app.browser);
    try {
      const { page } = opened;
      await waitForMapState(page, 'ready');
      await loadFiles(page, file);
      await page.getByRole('button', { name: 'Bruk dataene' }).click();
      const restore = page.getByRole('button', { name: 'Tilbake til eksempeldata' });
      await restore.waitFor();
      await page.waitForTimeout(afterMs);
      await restore.click();
      // The map is idle with the 34 example sites, polygons and all, and the list agrees.
      await page
        .locator('[data-testid="map"][data-map-sites="34"][data-map-polygons="34"]')
        .waitFor({ timeout: 20_000 });
      await waitForMapIdle(page);
      assert.match(normaliseSpace(await page.getByTestId('site-count').innerText()), /^34 av 34/);
      // An example site is drawn where it is: its marker at the overview is that site's.
      await jumpMap(page, { lng: example.lngLat[0], lat: example.lngLat[1], zoom: 9 });
      await waitForMapIdle(page);
      const drawn = await featuresAt(page, await lngLatToPage(page, example.lngLat), ['site-marker']);
      assert.ok(
        drawn.some((p) => p.id === example.id),
        `after ${afterMs} ms: ${example.id} not drawn at its centroid (found ${drawn.map((p) => p.id).join(', ')})`,
      );
      assert.deepEqual(opened.errors, []);
    } finally {
      await opened.close();
    }
  }
});
