// Ids that are names of Object.prototype members ("constructor", "toString", "__proto__") in the link and as site ids:
// the map still loads, selecting each site works, and no page error is thrown (issue 15).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  given,
  normaliseSpace,
  openApp,
  siteFeatureState,
  then,
  useChromium,
  waitForMapIdle,
  waitForMapState,
} from '../helpers/app.ts';
import { loadFiles } from './load-page.ts';

const HOSTILE = ['constructor', 'toString', '__proto__'];

const chromium = useChromium();

for (const id of HOSTILE) {
  test(`?site=${id}: the map loads and nothing is selected`, async () => {
    const app = await given.appAt(chromium.browser, `?e2e=1&site=${encodeURIComponent(id)}`, { map: 'ready' });
    try {
      assert.equal(await app.page.getByTestId('site-card').count(), 0);
      then.noPageErrors(app);
    } finally {
      await app.close();
    }
  });
}

test('sites with those ids load, and each can be selected on the list and the map', async () => {
  const app = await openApp(chromium.browser);
  const { page } = app;
  try {
    await waitForMapState(page, 'ready');
    const features = HOSTILE.map((id, i) => ({
      type: 'Feature',
      properties: { id, name: `Område ${id}`, status: 'fremtidig', abc: 'B' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [580000 + i * 300, 6633000],
            [580200 + i * 300, 6633000],
            [580200 + i * 300, 6633200],
            [580000 + i * 300, 6633200],
            [580000 + i * 300, 6633000],
          ],
        ],
      },
    }));
    const text = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'EPSG:25832' } },
      features,
    });
    await loadFiles(page, { name: 'hostile-ids.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: 'Bruk dataene' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    for (const id of HOSTILE) {
      await page.locator(`[data-testid="site-list"] button[data-site-id="${id}"]`).click();
      assert.equal(normaliseSpace(await page.getByTestId('site-card').locator('h2').innerText()), `Område ${id}`);
      await waitForMapIdle(page);
      assert.equal((await siteFeatureState(page, id)).selected, true, `${id} is selected on the map`);
    }
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
