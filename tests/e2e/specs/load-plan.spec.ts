// SOSI (ISO8859-10) and GML (EPSG:4258) plan files in headless Chromium: read as bytes in the load worker, previewed,
// used.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { listedSiteIds, normaliseSpace, useApp, waitForMapState } from '../helpers/app.ts';
import { FIXTURES, loadFiles } from './load-page.ts';

const app = useApp();

test('a SOSI file in ISO8859-10: æøå intact, areas hand-checked, then used', async () => {
  const { page } = app;
  await waitForMapState(page, 'ready');
  await loadFiles(page, join(FIXTURES, 'plan', 'plan_22_iso8859-10.sos'));
  const dialog = page.getByRole('dialog', { name: 'Last inn egne data' });
  assert.equal(
    normaliseSpace(await dialog.getByTestId('load-counts').innerText()),
    '5 objekter i filen: 4 leses inn, 1 hoppes over.',
  );
  const first = normaliseSpace(await dialog.getByTestId('load-first-items').innerText());
  assert.match(first, /Næringsområde Åsløkka \(sq-1\): Eksisterende, B, 10,0 daa/);
  assert.match(first, /Industri med hull \(hole-2\): Fremtidig, C, 17,5 daa/);
  assert.match(
    normaliseSpace(await dialog.getByTestId('load-skipped').innerText()),
    /linje 104, \.FLATE 5 \(id «bolig-5»\)/,
  );
  await page.getByRole('button', { name: 'Bruk dataene' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  assert.deepEqual((await listedSiteIds(page)).sort(), ['arc-4', 'hole-2', 'shared-3', 'sq-1']);
});

test('a GML file in EPSG:4258 (latitude first) gives 12,5 daa', async () => {
  const { page } = app;
  await loadFiles(page, join(FIXTURES, 'plan', 'plan_4258.gml'));
  const dialog = page.getByRole('dialog', { name: 'Last inn egne data' });
  assert.match(
    normaliseSpace(await dialog.getByTestId('load-first-items').innerText()),
    /BKB2 Åsløkka kontor \(rp\.ll\.1\): Fremtidig, A, 12,5 daa/,
  );
});
