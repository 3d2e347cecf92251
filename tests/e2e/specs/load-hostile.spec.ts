// (c) Names carrying HTML and script payloads are shown as literal text in the dialog, the list, the card and the map
// tooltip; nothing runs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lngLatToPage, normaliseSpace, screenshot, useApp, waitForMapIdle, waitForMapState } from '../helpers/app.ts';
import { loadCrs, toLngLat } from '../../../src/domain/crs.ts';
import type { XY } from '../../../src/domain/types.ts';
import { HOSTILE_FILE_NAME, hostileSitesGeoJson, PAYLOAD_IMG, PAYLOAD_SCRIPT } from './load-files.ts';
import { loadFiles } from './load-page.ts';

// The spec projects a site to find it on the map: proj4 first (src/domain/crs.ts fetches it on first need).
await loadCrs();

const app = useApp();

/** Elements a payload would have made: an <img src="x"> or a <script> with the payload text. */
async function payloadElements(): Promise<number> {
  return app.page.evaluate(
    () =>
      document.querySelectorAll('img[src="x"]').length +
      [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__pwned')).length,
  );
}

test('the preview, the list and the card show the payloads as text', async () => {
  const { page } = app;
  await waitForMapState(page, 'ready');
  await loadFiles(page, {
    name: HOSTILE_FILE_NAME,
    mimeType: 'application/geo+json',
    buffer: Buffer.from(hostileSitesGeoJson()),
  });
  const dialog = page.getByRole('dialog');
  assert.ok(normaliseSpace(await dialog.getByTestId('load-first-items').innerText()).includes(`${PAYLOAD_IMG} (X1)`));
  assert.ok(normaliseSpace(await dialog.innerText()).includes(HOSTILE_FILE_NAME));
  await page.getByRole('button', { name: 'Bruk dataene' }).click();
  await dialog.waitFor({ state: 'hidden' });

  const names = await page.locator('[data-testid="site-list"] .site-list__name').allInnerTexts();
  assert.deepEqual(names.map(normaliseSpace).sort(), [PAYLOAD_IMG, PAYLOAD_SCRIPT].sort());
  assert.equal(normaliseSpace(await page.getByRole('note').innerText()), `Egne data: ${HOSTILE_FILE_NAME}.`);

  await page.locator('[data-testid="site-list"] button[data-site-id="X1"]').click();
  const card = page.getByTestId('site-card');
  assert.equal(normaliseSpace(await card.locator('h2').innerText()), PAYLOAD_IMG);
  assert.ok(normaliseSpace(await card.innerText()).includes(PAYLOAD_SCRIPT), 'the note is shown as text');
  await screenshot(page, 'load-hostile');
  assert.equal(await payloadElements(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
});

test('the map tooltip shows a payload name as text', async () => {
  const { page } = app;
  await waitForMapIdle(page);
  // Site X1 is the square 580000–580100 E, 6633000–6633100 N (EPSG:25832); the pointer goes to its middle.
  const point = await lngLatToPage(page, toLngLat([580050, 6633050] as XY));
  await page.mouse.move(point.x, point.y);
  const tooltip = page.locator('.map-tooltip');
  await tooltip.waitFor();
  assert.equal(normaliseSpace(await tooltip.innerText()), PAYLOAD_IMG);
  assert.equal(await payloadElements(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(app.jsDialogs, []);
  assert.deepEqual(await app.cspViolations(), []);
});
