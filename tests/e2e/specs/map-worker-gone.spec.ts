// The server goes away after the app loaded: a new page cannot fetch maplibre's worker script. The map says what
// happened (not "WebGL mangler"), and the rest of the page still works (issue 15).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp, waitForMapState } from '../helpers/app.ts';

const app = useApp();

test('a worker script that cannot be fetched is reported as a load failure; the list still works', async () => {
  const { page } = app;
  await waitForMapState(page, 'ready');
  // From now on the worker script cannot be fetched, as if the server had stopped; then the page is opened again.
  await page.route(/maplibre-gl-worker/, (route) => route.abort('connectionrefused'));
  await page.reload();
  await waitForMapState(page, 'error');
  const text = await page.getByTestId('map').innerText();
  assert.ok(text.includes('Kartet kunne ikke startes'), text);
  assert.ok(!text.includes('WebGL'), text);
  await page.locator('[data-testid="site-list"] button').first().click();
  await page.getByTestId('site-card').waitFor();
});
