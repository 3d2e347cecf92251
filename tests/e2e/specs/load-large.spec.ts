// A 2 500-site plan file through "Last inn data" (the large-file path: the load worker makes the map's data, the page
// hands it to maplibre in batches): the list counts every site, and sites far apart in the file are on the map where
// their polygons are, zoomed in (polygons) and at the overview (markers), with their own ABC type; a filter hides them.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { toLngLat } from '../../../src/domain/crs.ts';
import { multiPolygonCentroid } from '../../../src/domain/geometry.ts';
import type { MultiPolygonXY } from '../../../src/domain/types.ts';
import { makeBorderData } from '../../../scripts/bench/borderData.ts';
import {
  featuresAt,
  jumpMap,
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

test('2 500 sites: listed, on the map where they are (polygons and markers), filtered', async () => {
  const { page } = app;
  await waitForMapState(page, 'ready');
  await loadFiles(page, file);
  await page.getByRole('button', { name: 'Bruk dataene' }).click();
  await page.locator(`[data-testid="map"][data-map-sites="${N}"]`).waitFor({ timeout: 60_000 });
  // The markers come first (every site at the overview); the polygons follow from the worker.
  await page.locator(`[data-testid="map"][data-map-polygons="${N}"]`).waitFor({ timeout: 60_000 });
  assert.match(normaliseSpace(await page.getByTestId('site-count').innerText()), /^2 500 av 2 500/);

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
