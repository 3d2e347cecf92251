// Links and history: back/forward restore a selection and a filter, a shared URL restores the view, and map moves
// update the address without adding history entries.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  jumpMap,
  mapCamera,
  normaliseSpace,
  openApp,
  screenshot,
  useChromium,
  waitForMapIdle,
  waitForMapState,
  when,
} from '../helpers/app.ts';
import { reportSites } from '../helpers/report.ts';

const chromium = useChromium();

const param = (url: string, name: string) => new URL(url).searchParams.get(name);

test('back and forward step through selections and filters', async () => {
  const app = await openApp(chromium.browser);
  try {
    const { page } = app;
    await waitForMapState(page, 'ready');
    await waitForMapIdle(page);
    const [first, second] = reportSites().filter((s) => s.status === 'eksisterende');
    assert.ok(first && second);
    const card = page.getByTestId('site-card');
    const cardName = async () => normaliseSpace(await card.locator('h2').innerText());

    await when.selectSiteInList(page, first.id);
    await card.waitFor();
    await when.selectSiteInList(page, second.id);
    assert.equal(await cardName(), normaliseSpace(second.name));
    assert.equal(param(page.url(), 'site'), second.id);
    await page.getByLabel('ABC-type').selectOption('C');
    assert.equal(param(page.url(), 'abc'), 'C');

    // History traversal is asynchronous: wait for the address to change before looking.
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('abc'));
    assert.equal(await page.getByLabel('ABC-type').inputValue(), 'all');
    assert.equal(await cardName(), normaliseSpace(second.name));

    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('site') === first.id);
    assert.equal(await cardName(), normaliseSpace(first.name));
    assert.equal(
      await page.locator(`[data-testid="site-list"] [data-site-id="${first.id}"]`).getAttribute('aria-pressed'),
      'true',
    );

    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('site'));
    await card.waitFor({ state: 'detached' });

    await page.goForward();
    await page.waitForURL((u) => u.searchParams.get('site') === first.id);
    assert.equal(await cardName(), normaliseSpace(first.name));
    await waitForMapIdle(page);
    await screenshot(page, 'history-forward');
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('map moves replace the view in the address without adding history entries', async () => {
  const app = await openApp(chromium.browser);
  try {
    const { page } = app;
    await waitForMapState(page, 'ready');
    await waitForMapIdle(page);
    const length0 = await page.evaluate(() => history.length);
    await jumpMap(page, { lng: 10.40573, lat: 59.76021, zoom: 13.25 });
    await page.waitForURL((u) => u.searchParams.get('map') === '10.40573,59.76021,13.25');
    await jumpMap(page, { lng: 10.41, lat: 59.77, zoom: 12 });
    await page.waitForURL((u) => u.searchParams.get('map') === '10.41,59.77,12');
    assert.equal(await page.evaluate(() => history.length), length0);
  } finally {
    await app.close();
  }
});

test('a shared URL opens the same view, selection and filters in a new page', async () => {
  const site = reportSites().find((s) => s.abc === 'C');
  assert.ok(site);
  const first = await openApp(chromium.browser);
  let shared = '';
  try {
    const { page } = first;
    await waitForMapState(page, 'ready');
    await page.getByLabel('ABC-type').selectOption('C');
    await page.locator(`[data-testid="site-list"] [data-site-id="${site.id}"]`).click();
    await page.getByTestId('site-card').waitFor();
    await waitForMapIdle(page);
    await jumpMap(page, { lng: site.centroid_lon + 0.002, lat: site.centroid_lat, zoom: 13.5 });
    await page.waitForURL((u) => u.searchParams.get('map')?.endsWith(',13.5') ?? false);
    shared = new URL(page.url()).search;
  } finally {
    await first.close();
  }

  const second = await openApp(chromium.browser, shared);
  try {
    const { page } = second;
    await waitForMapState(page, 'ready');
    await waitForMapIdle(page);
    const camera = await mapCamera(page);
    const [lng, lat, zoom] = (param(page.url(), 'map') ?? '').split(',').map(Number);
    assert.ok(Math.abs(camera.lng - (site.centroid_lon + 0.002)) < 1e-4, `centre lng ${camera.lng}`);
    assert.ok(Math.abs(camera.lat - site.centroid_lat) < 1e-4, `centre lat ${camera.lat}`);
    assert.ok(Math.abs(camera.zoom - 13.5) < 0.01, `zoom ${camera.zoom}`);
    assert.deepEqual([lng, zoom], [Number((site.centroid_lon + 0.002).toFixed(5)), 13.5]);
    assert.ok(Math.abs((lat as number) - site.centroid_lat) < 1e-5);
    assert.equal(await page.getByLabel('ABC-type').inputValue(), 'C');
    assert.equal(
      normaliseSpace(await page.getByTestId('site-card').locator('h2').innerText()),
      normaliseSpace(site.name),
    );
    await screenshot(page, 'shared-view');
    assert.deepEqual(second.errors, []);
  } finally {
    await second.close();
  }
});
