// Issue 12: what the first page load fetches. proj4, the explorer's side panels, the scenario start-up and the bokmål
// words the first screen does not use come only after the map is first ready (src/state/firstMap.ts); then the panels
// appear and proj4 arrives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseUrl, useChromium, waitForMapState } from '../helpers/app.ts';

const chromium = useChromium();

/** Chunks the first map must not wait for, by the start of their file name (the bundler adds `-<hash>.js`). */
const LATER = ['crsProj4-', 'ExplorerPanels-', 'scenarioStartup-', 'later.nb-'];

test('before the first map is ready: no proj4, panels or scenario chunk; then the panels appear and proj4 arrives', async () => {
  const context = await chromium.browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    // Notes, in the page's own clock, when the map first says it is ready (before any script of the app runs).
    await context.addInitScript(() => {
      const w = window as unknown as { __readyAt?: number };
      new MutationObserver(() => {
        if (w.__readyAt === undefined && document.querySelector('[data-testid="map"][data-map-state="ready"]'))
          w.__readyAt = performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'], childList: true });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl()}/?e2e=1`);
    await waitForMapState(page, 'ready'); // waits for the panels too
    await page.getByTestId('site-list').waitFor();
    await page.getByTestId('region-summary').waitFor();
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => /\/crsProj4-[^/]*\.js$/.test(e.name)),
    );
    const { readyAt, files } = await page.evaluate(() => ({
      readyAt: (window as unknown as { __readyAt?: number }).__readyAt ?? NaN,
      files: performance
        .getEntriesByType('resource')
        .filter((e) => /\.m?js$/.test(new URL(e.name).pathname))
        .map((e) => ({ file: new URL(e.name).pathname.split('/').pop() ?? '', at: e.startTime })),
    }));
    assert.ok(Number.isFinite(readyAt), 'the map never reported ready');
    const before = files.filter((f) => f.at <= readyAt).map((f) => f.file);
    const after = files.filter((f) => f.at > readyAt).map((f) => f.file);
    assert.ok(
      before.some((f) => f.startsWith('maplibre-gl-')),
      `maplibre before ready: ${before.join(', ')}`,
    );
    for (const prefix of LATER) {
      assert.ok(!before.some((f) => f.startsWith(prefix)), `${prefix}* fetched before the map was ready: ${before}`);
      assert.ok(
        after.some((f) => f.startsWith(prefix)),
        `${prefix}* not fetched after the map was ready: ${after}`,
      );
    }
    // The panels work: a site chosen in the list opens its card.
    await page.getByTestId('site-list').locator('[data-site-id]').first().click();
    await page.locator('#site-card-title').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
