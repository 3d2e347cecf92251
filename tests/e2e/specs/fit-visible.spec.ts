// ABC fit you can see: `?fit=` keeps exactly the report CLI's verdicts, "colour by ABC fit" paints the sites in the fit
// colours, and selecting a site draws the line to the hub it is judged against, labelled, with both ends in view.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  listedSiteIds,
  lngLatToPage,
  screenshot,
  siteFeatureState,
  useChromium,
  waitForMapIdle,
  waitForMapState,
  type AppPage,
} from '../helpers/app.ts';
import { colourDistance, hexToRgb } from '../helpers/colour.ts';
import { pixelAt } from '../helpers/png.ts';
import { reportSites } from '../helpers/report.ts';
import { FIT_COLOUR } from '../../../src/map/palette.ts';

const chromium = useChromium();
let app: AppPage;

type CliSite = ReturnType<typeof reportSites>[number] & { abc_fit: string; hub_id: string; hub_name: string };
const cli = () => reportSites() as CliSite[];

test('?fit=mismatch lists exactly the sites the report CLI marks mismatch, and hides the others on the map', async () => {
  app = await chromium.open('?e2e=1&fit=mismatch');
  const { page } = app;
  await waitForMapState(page, 'ready');
  await waitForMapIdle(page);
  const expected = cli()
    .filter((s) => s.abc_fit === 'mismatch')
    .map((s) => s.id)
    .sort();
  assert.ok(expected.length > 0, 'the bundled data has no mismatch site: the test could not fail');
  assert.deepEqual([...(await listedSiteIds(page))].sort(), expected);
  const badges = await page.getByTestId('fit-badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-fit')));
  assert.deepEqual(
    badges,
    expected.map(() => 'mismatch'),
  );
  const other = cli().find((s) => s.abc_fit !== 'mismatch');
  assert.equal((await siteFeatureState(page, other?.id ?? '')).hidden, true);
  // The panel shows the same choice: only "Passer ikke" ticked.
  const ticked = await page
    .getByTestId('filter-fit')
    .locator('input:checked')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  assert.deepEqual(ticked, ['mismatch']);
  // Ticking "Passer delvis" too writes both words into the address, in the CLI's words.
  await page.getByTestId('filter-fit').getByLabel('Passer delvis').check();
  assert.match(page.url(), /[?&]fit=partial,mismatch(&|$)/);
  const both = cli()
    .filter((s) => s.abc_fit === 'mismatch' || s.abc_fit === 'partial')
    .map((s) => s.id)
    .sort();
  assert.deepEqual([...(await listedSiteIds(page))].sort(), both);
  await app.close();
});

test('colour by ABC fit paints the mismatch site vermillion; selecting it draws the labelled line to its judged hub', async () => {
  app = await chromium.open('?e2e=1&colour=fit');
  const { page } = app;
  await waitForMapState(page, 'ready');
  await waitForMapIdle(page);
  const site = cli().find((s) => s.abc_fit === 'mismatch') as CliSite;
  assert.equal(await page.locator('#colour-by-select').inputValue(), 'fit');
  const legend = await page.getByTestId('legend-sites').innerText();
  assert.match(legend, /Passer ikke/);

  // Select from the list (which zooms): the view must take in both the site and the hub it is judged against.
  await page.locator(`[data-testid="site-list"] button[data-site-id="${site.id}"]`).click();
  await page.getByTestId('site-card').waitFor();
  await page.mouse.move(2, 2);
  await page.waitForFunction(() => {
    const map = (window as unknown as { __naeringsarealkart: { map: { isMoving: () => boolean } } }).__naeringsarealkart
      .map;
    return !map.isMoving();
  });
  await waitForMapIdle(page);
  // For this site the nearest hub is a rail station within the rail limit, so it is also the one the fit is judged
  // against.
  const hubId = site.hub_id;
  const hubLabel = page.locator(`.map-hub-label.is-judged[data-label-for="${hubId}"]`);
  await hubLabel.waitFor();
  const nbDistance = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }).format(
    Math.round(site.hub_distance_m ?? 0),
  );
  const labelText = (await hubLabel.innerText()).replace(/[\s\u00a0\u202f]+/g, ' ');
  assert.equal(labelText, `${nbDistance.replace(/[\s\u00a0\u202f]+/g, ' ')} m til ${site.hub_name}`);
  assert.equal(await page.locator(`.map-site-label.is-selected[data-label-for="${site.id}"]`).count(), 1);

  const ends = await page.evaluate(() => {
    type M = {
      getSource: (id: string) => {
        serialize: () => { data: { features: { geometry: { coordinates: number[][] } }[] } };
      };
      getBounds: () => { contains: (p: number[]) => boolean };
    };
    const map = (window as unknown as { __naeringsarealkart: { map: M } }).__naeringsarealkart.map;
    const coords = map.getSource('fit-link').serialize().data.features[0]?.geometry.coordinates ?? [];
    return { coords, inView: coords.map((c) => map.getBounds().contains(c)) };
  });
  assert.equal(ends.coords.length, 2, 'no line from the site to its hub');
  assert.deepEqual(ends.inView, [true, true], 'the site end or the hub end of the line is off-screen');

  // The site's fill at its centroid is the mismatch colour (selected opacity over a light background).
  const png = await screenshot(page, 'fit-selected');
  const at = await lngLatToPage(page, [site.centroid_lon, site.centroid_lat]);
  const pixel = pixelAt(png, at.x, at.y);
  const mismatch = hexToRgb(FIT_COLOUR.mismatch);
  const ok = hexToRgb(FIT_COLOUR.ok);
  assert.ok(
    colourDistance(pixel, mismatch) < colourDistance(pixel, ok),
    `rgb(${pixel.join(', ')}) at ${site.id} is not the mismatch colour`,
  );
  assert.ok(colourDistance(pixel, mismatch) <= 40, `rgb(${pixel.join(', ')}) is far from the mismatch colour`);
  await app.close();
});
