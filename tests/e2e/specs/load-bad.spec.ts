// (a) A bad file: the error is shown in bokmål, nothing is replaced, and the app goes on working with the data it had.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { listedSiteIds, normaliseSpace, screenshot, useApp, waitForMapIdle, waitForMapState } from '../helpers/app.ts';
import { FIXTURES, loadFiles } from './load-page.ts';

const app = useApp();

test('a file that is not JSON gets a bokmål error and the example data stays', async () => {
  const { page } = app;
  await waitForMapState(page, 'ready');
  await waitForMapIdle(page);
  const before = await listedSiteIds(page);
  assert.equal(before.length, 34);

  await loadFiles(page, join(FIXTURES, 'bad', 'not-json.geojson'));
  const alert = page.getByRole('dialog').getByRole('alert');
  const text = normaliseSpace(await alert.innerText());
  assert.ok(text.includes('Filen kan ikke brukes'), text);
  assert.ok(text.includes('not-json.geojson er ikke gyldig JSON.'), text);
  assert.ok(text.includes('Dataene du har nå, er ikke endret.'), text);
  assert.equal(await page.getByRole('button', { name: 'Bruk dataene' }).isDisabled(), true);
  await screenshot(page, 'load-bad-error');

  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  // Focus is back on the button that opened the dialog.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Last inn data');
  assert.deepEqual(await listedSiteIds(page), before);
  assert.match(await page.getByRole('note').innerText(), /^Eksempeldata:/);
});

test('after the failed import the app still works: the map is ready and a site opens its card', async () => {
  const { page } = app;
  await waitForMapState(page, 'ready');
  const first = page.locator('[data-testid="site-list"] button[data-site-id]').first();
  const name = normaliseSpace(await first.locator('.site-list__name').innerText());
  await first.click();
  const card = page.getByTestId('site-card');
  await card.waitFor();
  assert.equal(normaliseSpace(await card.locator('h2').innerText()), name);
  await waitForMapIdle(page);
  assert.deepEqual(app.errors, []);
  assert.deepEqual(await app.cspViolations(), []);
});

test('a file with broken features loads the rest and names what was skipped', async () => {
  const { page } = app;
  await loadFiles(page, join(FIXTURES, 'bad', 'self-intersection.geojson'));
  const dialog = page.getByRole('dialog');
  assert.equal(
    normaliseSpace(await dialog.getByTestId('load-counts').innerText()),
    '2 objekter i filen: 1 leses inn, 1 hoppes over.',
  );
  // The broken feature's own words come with the preview's warnings; wait for them rather than read a half-filled list.
  await dialog.getByTestId('load-skipped').filter({ hasText: 'har en ring som krysser' }).waitFor();
  const skipped = normaliseSpace(await dialog.getByTestId('load-skipped').innerText());
  assert.ok(skipped.includes('1 × ring som krysser eller berører seg selv'), skipped);
  assert.ok(skipped.includes('features[1] (id «B2») har en ring som krysser eller berører seg selv'), skipped);
  // "Reparer geometri" rebuilds it as ST_MakeValid would (the bow-tie's two triangles, 5 000 m²) and says so.
  await dialog.getByRole('button', { name: 'Reparer geometri' }).click();
  await dialog.getByRole('button', { name: 'Ikke reparer' }).waitFor();
  // The preview is read again in the worker with repair on: the counts follow once it is back (not at the click).
  await dialog.locator('[data-testid="load-counts"]', { hasText: '2 leses inn' }).waitFor();
  assert.equal(
    normaliseSpace(await dialog.getByTestId('load-counts').innerText()),
    '2 objekter i filen: 2 leses inn, 0 hoppes over.',
  );
  // The technical detail sits in a closed disclosure, so read the text content.
  assert.ok(
    normaliseSpace((await dialog.textContent()) ?? '').includes(
      'areal 0 m² slik den er tegnet, 5 000 m² etter reparasjon',
    ),
  );
  await page.getByRole('button', { name: 'Avbryt' }).click();
  assert.equal((await listedSiteIds(page)).length, 34);
});
