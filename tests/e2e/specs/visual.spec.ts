// Layout at two sizes: the narrow page scrolls as one column without sideways overflow, and English reaches the new
// controls (filters, sort, chart, background map). Screenshots for a person to look at.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { ARTIFACTS_DIR, baseUrl, screenshot, useChromium, waitForMapIdle, waitForMapState } from '../helpers/app.ts';

const chromium = useChromium();

test('English, wide: every new control is labelled in English', async () => {
  const context = await chromium.browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/?e2e=1&lang=en&abc=B&sort=area-desc`);
    await waitForMapState(page, 'ready');
    await waitForMapIdle(page);
    for (const label of [
      'Search by name',
      'Area from (daa)',
      'Area to (daa)',
      'Max. distance to a hub (m)',
      'Sort by',
      'Order',
      'Background map',
    ]) {
      assert.ok(await page.getByLabel(label, { exact: true }).isVisible(), `no visible control labelled "${label}"`);
    }
    assert.equal(await page.getByTestId('sort-status').innerText(), 'The list is sorted by area (daa), largest first.');
    assert.ok(
      await page
        .getByRole('img', {
          name: /Chart: Asker nord and Asker syd, and the mapped sites against the kommune’s plan figures/,
        })
        .isVisible(),
    );
    assert.match(
      await page.getByTestId('summary-filtered').innerText(),
      /^Covers the sites that match the filters: \d+ of 34\.$/,
    );
    await screenshot(page, 'visual-en-wide');
  } finally {
    await context.close();
  }
});

test('bokmål, narrow phone width: one column, nothing wider than the screen', async () => {
  const context = await chromium.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/?e2e=1`);
    await waitForMapState(page, 'ready');
    await waitForMapIdle(page);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    assert.ok(widths.page <= widths.view, `the page is ${widths.page} px wide in a ${widths.view} px window`);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'visual-nb-narrow.png'), fullPage: true });
  } finally {
    await context.close();
  }
});
