// Site names on the map from zoom 13 (HTML labels, text only), and the optional Kartverket background map, which
// must fail quietly when its tiles cannot be fetched (these machines are offline).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import {
  jumpMap,
  normaliseSpace,
  screenshot,
  useChromium,
  waitForMapIdle,
  waitForMapState,
  type AppPage,
} from '../helpers/app.ts';
import { reportSites } from '../helpers/report.ts';

const chromium = useChromium();
let app: AppPage;
const tileRequests: string[] = [];

before(async () => {
  // The plain offline map chosen explicitly (the default 'auto' asks Kartverket first; see basemap-auto.spec.ts).
  app = await chromium.open('?e2e=1&bg=none');
  // Offline either way; aborting here makes the failure immediate and the same on every machine.
  await app.page.route('https://cache.kartverket.no/**', (route) => {
    tileRequests.push(route.request().url());
    return route.abort('internetdisconnected');
  });
});

const labelTexts = () => app.page.locator('.map-site-label').allInnerTexts();

test('site names appear from zoom 13 for the sites in view, and follow the filters', async () => {
  const { page } = app;
  await waitForMapState(page, 'ready');
  await waitForMapIdle(page);
  assert.deepEqual(await labelTexts(), [], 'no site names at the overview');

  const site = [...reportSites()].sort((a, b) => b.area_m2 - a.area_m2)[0];
  assert.ok(site);
  await jumpMap(page, { lng: site.centroid_lon, lat: site.centroid_lat, zoom: 14 });
  await waitForMapIdle(page);
  const names = (await labelTexts()).map(normaliseSpace);
  assert.ok(names.includes(normaliseSpace(site.name)), `labels ${JSON.stringify(names)} lack ${site.name}`);
  assert.equal(await page.locator(`.map-site-label[data-label-for="${site.id}"]`).getAttribute('aria-hidden'), 'true');
  await screenshot(page, 'site-labels');

  await page.getByLabel('Søk etter navn').fill('ingen slike områder');
  await waitForMapIdle(page);
  assert.deepEqual(await labelTexts(), [], 'filtered-out sites keep their names on the map');
  await page.getByRole('button', { name: 'Nullstill filtre' }).click();
  await waitForMapIdle(page);
  assert.ok((await labelTexts()).length > 0);
});

test('the offline map asks Kartverket for nothing; a chosen background map that cannot load says so quietly', async () => {
  const { page } = app;
  assert.equal(tileRequests.length, 0, 'the default style fetched background tiles');
  await page.getByLabel('Bakgrunnskart').selectOption('topo');
  const note = page.getByTestId('basemap-note');
  await page.waitForFunction(() => document.querySelector('[data-testid="basemap-note"]')?.textContent !== '');
  assert.equal(await note.innerText(), 'Bakgrunnskartet kunne ikke lastes. Kartet vises uten bakgrunn.');
  assert.ok(tileRequests.length > 0 && tileRequests.every((u) => u.includes('/topo/default/webmercator/')));
  await waitForMapIdle(page);
  // The map goes on working: a pan still reaches idle, and the failed layer asks for no more tiles.
  const asked = tileRequests.length;
  await page.evaluate(() =>
    (
      window as unknown as { __naeringsarealkart: { map: { panBy: (o: number[], a: object) => void } } }
    ).__naeringsarealkart.map.panBy([200, 0], { duration: 0 }),
  );
  await waitForMapIdle(page);
  assert.equal(tileRequests.length, asked, 'tiles were still requested after the failure');
  assert.equal(await page.getByTestId('map').getAttribute('data-map-state'), 'ready');
  await screenshot(page, 'basemap-offline');
  // The browser reports each refused request itself; nothing else may reach the console.
  const others = app.errors.filter((e) => !e.startsWith('Failed to load resource'));
  assert.deepEqual(others, []);
  assert.ok(app.errors.length <= asked, `${app.errors.length} console errors for ${asked} tile requests`);

  // Back to the offline map: the note goes away.
  await page.getByLabel('Bakgrunnskart').selectOption('none');
  assert.equal(await note.innerText(), '');
});
