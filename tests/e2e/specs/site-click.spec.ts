// (b) Clicking a site on the map opens its card, with the area the command-line report computed for it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  featuresAt,
  lngLatToPage,
  normaliseSpace,
  screenshot,
  useApp,
  waitForMapIdle,
  waitForMapState,
} from '../helpers/app.ts';
import { expectedSiteColours, nearest } from '../helpers/colour.ts';
import { pixelAt } from '../helpers/png.ts';
import { reportSites } from '../helpers/report.ts';
import { chooseClickableSite } from '../helpers/siteChoice.ts';
import { SITE_FILL_OPACITY } from '../../../src/map/palette.ts';

const app = useApp();

const nbOneDecimal = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const nbWhole = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

test('a click on a site opens its card with the engine area, and the selection shows on the map', async () => {
  const { page } = app;
  await waitForMapState(page, 'ready');
  await waitForMapIdle(page);
  const { site, point } = await chooseClickableSite(page, reportSites());
  await screenshot(page, 'site-click-before');

  await page.mouse.click(point.x, point.y);
  const card = page.getByTestId('site-card');
  await card.waitFor();
  assert.equal(normaliseSpace(await card.locator('h2').innerText()), normaliseSpace(site.name));

  const expectedDaa = normaliseSpace(`${nbOneDecimal.format(site.area_m2 / 1000)} daa`);
  const expectedM2 = normaliseSpace(`${nbWhole.format(site.area_m2)} m²`);
  assert.equal(normaliseSpace(await page.getByTestId('site-card-area-daa').innerText()), expectedDaa);
  assert.ok(normaliseSpace(await page.getByTestId('site-card-area').innerText()).includes(expectedM2));
  const expectedJobs = normaliseSpace(
    [site.jobs_low, site.jobs_mid, site.jobs_high].map((n) => nbWhole.format(n)).join('–'),
  );
  assert.equal(normaliseSpace(await page.getByTestId('site-card-jobs').innerText()), expectedJobs);
  const expectedNew = normaliseSpace(
    [site.new_jobs_low, site.new_jobs_mid, site.new_jobs_high].map((n) => nbWhole.format(n)).join('–'),
  );
  assert.equal(normaliseSpace(await page.getByTestId('site-card-new-jobs').innerText()), expectedNew);
  assert.ok(
    normaliseSpace(await page.getByTestId('site-card-jobs-today').innerText()).startsWith(
      normaliseSpace(nbWhole.format(site.jobs_today)),
    ),
  );

  // "Zoom til" moves the map; then the selection (feature-state) shows as a more opaque fill than an unselected
  // site has. At the overview zoom the site is only its marker.
  await page.mouse.move(5, 5); // off the map, so only selection (not hover) styles the site
  await card.getByRole('button', { name: 'Zoom til' }).click();
  await waitForMapIdle(page);
  const zoomed = await lngLatToPage(page, [site.centroid_lon, site.centroid_lat]);
  const under = await featuresAt(page, zoomed, ['site-fill']);
  assert.equal(under[0]?.id, site.id, 'after "Zoom til" the site is not under its own centroid');
  const afterPng = await screenshot(page, 'site-click-selected');
  const selectedPixel = pixelAt(afterPng, zoomed.x, zoomed.y);
  const abc = site.abc as 'A' | 'B' | 'C';
  assert.ok(
    nearest(selectedPixel, expectedSiteColours(abc, SITE_FILL_OPACITY.selected)) <= 12,
    `selected pixel rgb(${selectedPixel.join(', ')}) is not the selected ${abc} fill`,
  );
  assert.ok(
    nearest(selectedPixel, expectedSiteColours(abc, SITE_FILL_OPACITY.selected)) <
      nearest(selectedPixel, expectedSiteColours(abc, SITE_FILL_OPACITY.existing)),
    'the selected fill is nearer the unselected colour than the selected one',
  );
});

test('a click on the map scrolls the list to the chosen site and marks it', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Vis alle områder' }).click();
  await waitForMapIdle(page);
  // The site last in name order is well below the fold of the list.
  // Not the site the previous test left selected: clicking it again would change nothing.
  const selected = await page
    .locator('[data-testid="site-list"] [aria-pressed="true"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id')));
  const others = reportSites().filter((s) => !selected.includes(s.id));
  const { site, point } = await chooseClickableSite(page, others, (a, b) => b.name.localeCompare(a.name, 'nb'));
  const panel = page.locator('.panel--left');
  await panel.evaluate((el) => el.scrollTo({ top: 0 }));
  const row = page.locator(`[data-testid="site-list"] [data-site-id="${site.id}"]`);
  const inView = () =>
    row.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const view = (el.closest('.panel') as HTMLElement).getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom;
    });
  assert.equal(await inView(), false, `${site.id} is already in view; the test would prove nothing`);
  await page.mouse.click(point.x, point.y);
  await page.getByTestId('site-card').waitFor();
  assert.equal(await row.getAttribute('aria-pressed'), 'true');
  assert.equal(await inView(), true, 'the list was not scrolled to the site clicked on the map');
  await screenshot(page, 'site-click-list-scrolled');
});
