// Without WebGL the map says it is unavailable and the rest of the app still works.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot, useApp, waitForMapState } from '../helpers/app.ts';

const app = useApp('?e2e=1', ['--disable-3d-apis']);

test('the map area reports the error, the list and card still work', async () => {
  const { page } = app;
  await waitForMapState(page, 'error');
  assert.ok((await page.getByTestId('map').innerText()).includes('Kartet er ikke tilgjengelig'));
  await page.locator('[data-testid="site-list"] button').first().click();
  await page.getByTestId('site-card').waitFor();
  assert.ok(await page.getByTestId('region-summary').isVisible());
  await screenshot(page, 'no-webgl');
});
