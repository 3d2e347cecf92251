// Without WebGL the map says it is unavailable and the rest of the app still works.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openApp, screenshot, waitForMapState, type AppPage } from '../helpers/app.ts';
import { launchBrowser, type LaunchedBrowser } from '../helpers/browser.ts';

let launched: LaunchedBrowser;
let app: AppPage;

before(async () => {
  launched = await launchBrowser(['--disable-3d-apis']);
  app = await openApp(launched.browser);
});
after(async () => {
  await app?.close();
  await launched?.close();
});

test('the map area reports the error, the list and card still work', async () => {
  const { page } = app;
  await waitForMapState(page, 'error');
  assert.ok((await page.getByTestId('map').innerText()).includes('Kartet er ikke tilgjengelig'));
  await page.locator('[data-testid="site-list"] button').first().click();
  await page.getByTestId('site-card').waitFor();
  assert.ok(await page.getByTestId('region-summary').isVisible());
  await screenshot(page, 'no-webgl');
});
