// (e) Loading the app logs no console errors; a deep link (?site=) selects the site and opens its card.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { normaliseSpace, openApp, screenshot, waitForMapIdle, waitForMapState } from '../helpers/app.ts';
import { launchBrowser, type LaunchedBrowser } from '../helpers/browser.ts';
import { reportSites } from '../helpers/report.ts';

let launched: LaunchedBrowser;

before(async () => {
  launched = await launchBrowser();
});
after(async () => {
  await launched?.close();
});

test('no console errors while the app and the map load', async () => {
  const app = await openApp(launched.browser, '');
  try {
    await waitForMapState(app.page, 'ready');
    assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'nb');
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('?site=<id> opens that site\'s card and keeps the id in the address', async () => {
  const site = reportSites()[3];
  assert.ok(site);
  const app = await openApp(launched.browser, `?e2e=1&site=${encodeURIComponent(site.id)}`);
  try {
    await waitForMapState(app.page, 'ready');
    await waitForMapIdle(app.page);
    const card = app.page.getByTestId('site-card');
    await card.waitFor();
    assert.equal(normaliseSpace(await card.locator('h2').innerText()), normaliseSpace(site.name));
    assert.ok(app.page.url().includes(`site=${encodeURIComponent(site.id)}`));
    await screenshot(app.page, 'deep-link');
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
