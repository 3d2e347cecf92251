// Nothing lost: data loaded with "Last inn data" is still shown after a reload (IndexedDB) with a notice, "Tilbake til
// eksempeldata" drops it for good, and a damaged record is set aside with a notice while the example data is shown.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { listedSiteIds, useApp, waitForMapState } from '../helpers/app.ts';
import { FIXTURES, loadFiles } from './load-page.ts';

const KP = join(FIXTURES, 'good', 'kp_arealformal_25832.geojson');
const KP_IDS = ['a3f1c2d0-0001', 'a3f1c2d0-0003', 'a3f1c2d0-0005'];

const app = useApp();

const sorted = (ids: string[]) => [...ids].sort();

test('loaded sites are still shown after a reload, with a notice; "Tilbake til eksempeldata" drops them for good', async () => {
  const { page } = app;
  await waitForMapState(page, 'ready');
  await loadFiles(page, KP);
  await page.getByRole('button', { name: 'Bruk dataene' }).click();
  await page.getByRole('button', { name: 'Tilbake til eksempeldata' }).waitFor();
  assert.deepEqual(sorted(await listedSiteIds(page)), KP_IDS);
  // The record is written without the page waiting for it; give IndexedDB its moment before reloading.
  await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        const req = indexedDB.open('naeringsarealkart');
        req.onsuccess = () => {
          const tx = req.result.transaction('user-data', 'readonly').objectStore('user-data').get('dataset.v1');
          tx.onsuccess = () => resolve(tx.result !== undefined);
          tx.onerror = () => resolve(false);
        };
        req.onerror = () => resolve(false);
      }),
  );

  await page.reload();
  await waitForMapState(page, 'ready');
  await page.getByTestId('stored-data-notice').waitFor();
  assert.deepEqual(sorted(await listedSiteIds(page)), KP_IDS);
  assert.match(await page.getByRole('note').innerText(), /kp_arealformal_25832\.geojson/);
  assert.match(await page.getByTestId('stored-data-notice').innerText(), /hentet fram igjen/);

  await page.getByRole('button', { name: 'Tilbake til eksempeldata' }).click();
  assert.equal((await listedSiteIds(page)).length, 34);
  await page.reload();
  await waitForMapState(page, 'ready');
  assert.equal((await listedSiteIds(page)).length, 34);
  assert.equal(await page.getByTestId('stored-data-notice').count(), 0);
});

test('a damaged record is set aside under a backup key and the example data is shown with a notice', async () => {
  const { page } = app;
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('naeringsarealkart');
        req.onsuccess = () => {
          const put = req.result
            .transaction('user-data', 'readwrite')
            .objectStore('user-data')
            .put({ format: 1, sites: 'garbage' }, 'dataset.v1');
          put.onsuccess = () => resolve();
          put.onerror = () => reject(new Error('put failed'));
        };
        req.onerror = () => reject(new Error('open failed'));
      }),
  );
  await page.reload();
  await waitForMapState(page, 'ready');
  const notice = page.getByTestId('stored-data-notice');
  await notice.waitFor();
  assert.equal(await notice.getAttribute('role'), 'alert');
  assert.match(await notice.innerText(), /kunne ikke leses/);
  assert.equal((await listedSiteIds(page)).length, 34);
  const keys = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const req = indexedDB.open('naeringsarealkart');
        req.onsuccess = () => {
          const all = req.result.transaction('user-data', 'readonly').objectStore('user-data').getAllKeys();
          all.onsuccess = () => resolve(all.result.map(String));
        };
      }),
  );
  assert.equal(keys.includes('dataset.v1'), false, 'the damaged record is still in place');
  assert.ok(
    keys.some((k) => k.startsWith('dataset.v1.backup-')),
    `no backup of the damaged record: ${keys.join(', ')}`,
  );
  assert.deepEqual(app.errors, []);
});
