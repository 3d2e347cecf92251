// (e) The built app runs under its Content-Security-Policy: the map draws, the workers load, a file loads, and nothing
// is blocked.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { listedSiteIds, openApp, useChromium, waitForMapIdle, waitForMapState } from '../helpers/app.ts';
import { FIXTURES, loadFiles } from './load-page.ts';

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://cache.kartverket.no; worker-src 'self' blob:; connect-src 'self' https://cache.kartverket.no; object-src 'none'; base-uri 'self'; form-action 'self'";

const chromium = useChromium();

test('the page carries the policy, and loading, drawing and importing raise no violation', async () => {
  const app = await openApp(chromium.browser);
  try {
    const { page } = app;
    const policy = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
    );
    assert.equal(policy, POLICY);
    await waitForMapState(page, 'ready', 60_000).catch(async (e: unknown) => {
      // Say what the page reported, so a blocked resource is not mistaken for a slow machine.
      throw new Error(
        `map not ready: ${String(e)}\nerrors: ${app.errors.join(' | ')}\nviolations: ${(await app.cspViolations()).join(' | ')}`,
      );
    });
    await waitForMapIdle(page);

    // The import runs in the app's own worker (a same-origin script, allowed by worker-src 'self').
    await loadFiles(page, join(FIXTURES, 'good', 'kp_arealformal_25832.geojson'));
    await page.getByRole('button', { name: 'Bruk dataene' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    assert.equal((await listedSiteIds(page)).length, 3);
    const workers = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /loadWorker/.test(n)),
    );
    assert.equal(workers.length, 1, 'the load worker script was fetched');
    await waitForMapIdle(page);

    // An inline script, as an injected payload would be, is refused by the policy (and reported).
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = 1';
      document.body.append(s);
    });
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    const violations = await app.cspViolations();
    assert.deepEqual(violations, ['script-src-elem inline']);
    assert.ok(
      app.errors.every((e) => /Content Security Policy/.test(e)),
      app.errors.join('\n'),
    );
  } finally {
    await app.close();
  }
});

test('the synthetic-data worker and the Kartverket background map are allowed too', async () => {
  const app = await openApp(chromium.browser, '?e2e=1&synthetic=300&bg=topo');
  try {
    await waitForMapState(app.page, 'ready');
    await app.page.getByText(/^Syntetiske testdata: 300 /).waitFor();
    // Tiles from cache.kartverket.no may fail offline, but never because the policy blocked them.
    await waitForMapIdle(app.page);
    assert.deepEqual(await app.cspViolations(), []);
    assert.ok(
      app.errors.every((e) => !/Content Security Policy/.test(e)),
      app.errors.join('\n'),
    );
  } finally {
    await app.close();
  }
});
