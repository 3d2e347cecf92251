// (e) Loading the app logs no console errors; a deep link (?site=) selects the site and opens its card.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { given, normaliseSpace, screenshot, then, useChromium } from '../helpers/app.ts';
import { reportSites } from '../helpers/report.ts';

const chromium = useChromium();

test('no console errors while the app and the map load', async () => {
  const app = await given.appAt(chromium.browser, '', { map: 'ready' });
  try {
    assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'nb');
    then.noPageErrors(app);
  } finally {
    await app.close();
  }
});

test("?site=<id> opens that site's card and keeps the id in the address", async () => {
  const site = reportSites()[3];
  assert.ok(site);
  const app = await given.appAt(chromium.browser, `?e2e=1&site=${encodeURIComponent(site.id)}`);
  try {
    assert.equal(await then.cardTitle(app.page), normaliseSpace(site.name));
    assert.ok(app.page.url().includes(`site=${encodeURIComponent(site.id)}`));
    await screenshot(app.page, 'deep-link');
    then.noPageErrors(app);
  } finally {
    await app.close();
  }
});
