// Filters change both the list and the map: the report's own figures say which sites must remain, and a hidden
// site's marker really disappears from the picture.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  listedSiteIds,
  screenshot,
  siteFeatureState,
  useApp,
  waitForMapIdle,
  waitForMapState,
} from '../helpers/app.ts';
import { colourDistance, hexToRgb, nearest } from '../helpers/colour.ts';
import { pixelAt } from '../helpers/png.ts';
import { reportSites, type ReportSite } from '../helpers/report.ts';
import { chooseClickableSite } from '../helpers/siteChoice.ts';
import { ABC_COLOUR, BACKGROUND_COLOUR, REGION_TONES } from '../../../src/map/palette.ts';

const app = useApp();

const sorted = (ids: readonly string[]) => [...ids].sort();
const idsOf = (sites: readonly ReportSite[]) => sorted(sites.map((s) => s.id));

async function reset(): Promise<void> {
  await app.page.getByRole('button', { name: 'Nullstill filtre' }).click();
}

test("an ABC filter keeps exactly the report's sites of that type in the list and hides the others on the map", async () => {
  const { page } = app;
  await waitForMapState(page, 'ready');
  await waitForMapIdle(page);
  const sites = reportSites();
  const { site, point } = await chooseClickableSite(page, sites);
  const other = (['A', 'B', 'C'] as const).find((x) => x !== site.abc) as 'A' | 'B' | 'C';
  const before = pixelAt(await screenshot(page, 'filter-before'), point.x, point.y);
  assert.ok(
    colourDistance(before, hexToRgb(ABC_COLOUR[site.abc as 'A'])) <= 12,
    'the chosen site is not drawn before filtering',
  );

  await page.getByLabel('ABC-type').selectOption(other);
  await waitForMapIdle(page);
  const expected = sites.filter((s) => s.abc === other);
  assert.deepEqual(sorted(await listedSiteIds(page)), idsOf(expected));
  assert.equal(
    (await page.getByTestId('site-count').innerText()).replace(/\s+/g, ' '),
    `${expected.length} av ${sites.length} områder`,
  );
  assert.equal((await siteFeatureState(page, site.id)).hidden, true);
  assert.notEqual((await siteFeatureState(page, expected[0]?.id ?? '')).hidden, true);

  const after = pixelAt(await screenshot(page, 'filter-after'), point.x, point.y);
  const bare = [BACKGROUND_COLOUR, ...REGION_TONES].map(hexToRgb);
  assert.ok(
    nearest(after, bare) <= 12,
    `after filtering, rgb(${after.join(', ')}) is still drawn where ${site.id} was`,
  );

  await reset();
  await waitForMapIdle(page);
  assert.equal((await listedSiteIds(page)).length, sites.length);
  const back = pixelAt(await screenshot(page, 'filter-reset'), point.x, point.y);
  assert.ok(colourDistance(back, before) <= 12, 'after "Nullstill filtre" the site is drawn again');
});

test('name search ignores case and diacritics: "royken" finds every Røyken site', async () => {
  const { page } = app;
  await page.getByLabel('Søk etter navn').fill('royken');
  const expected = reportSites().filter((s) => s.name.toLowerCase().replace(/ø/g, 'o').includes('royken'));
  assert.ok(expected.length >= 2, 'the bundled data should have several Røyken sites');
  assert.deepEqual(sorted(await listedSiteIds(page)), idsOf(expected));
  await reset();
});

test('area range and distance to hub keep the sites the report puts inside them', async () => {
  const { page } = app;
  await page.getByLabel('Areal fra (daa)').fill('30');
  await page.getByLabel('Areal til (daa)').fill('60,5');
  const inRange = reportSites().filter((s) => s.area_m2 / 1000 >= 30 && s.area_m2 / 1000 <= 60.5);
  assert.ok(inRange.length > 0 && inRange.length < reportSites().length);
  assert.deepEqual(sorted(await listedSiteIds(page)), idsOf(inRange));
  await reset();

  await page.getByLabel('Maks. avstand til knutepunkt (m)').fill('500');
  const near = reportSites().filter((s) => s.hub_distance_m !== null && s.hub_distance_m <= 500);
  assert.deepEqual(sorted(await listedSiteIds(page)), idsOf(near));
  await waitForMapIdle(page);
  const far = reportSites().find((s) => s.hub_distance_m !== null && s.hub_distance_m > 500);
  assert.ok(far);
  assert.equal((await siteFeatureState(page, far.id, 'sites')).hidden, true);
  await screenshot(page, 'filter-hub-distance');
  await reset();
});

test("sorting by area, largest first, puts the report's largest site at the top and says so", async () => {
  const { page } = app;
  await page.getByLabel('Sorter etter').selectOption('area');
  const largest = [...reportSites()].sort((a, b) => b.area_m2 - a.area_m2)[0];
  assert.equal((await listedSiteIds(page))[0], largest?.id);
  assert.equal(await page.getByTestId('sort-status').innerText(), 'Listen er sortert etter areal (daa), størst først.');
  await page.getByLabel('Rekkefølge').selectOption('asc');
  const smallest = [...reportSites()].sort((a, b) => a.area_m2 - b.area_m2)[0];
  assert.equal((await listedSiteIds(page))[0], smallest?.id);
  assert.deepEqual(app.errors, []);
});
