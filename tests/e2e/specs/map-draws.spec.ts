// (a) The map really draws: at a known site's centre, the overview marker and (zoomed in) the polygon fill have
// that site's ABC colour.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  featuresAt,
  lngLatToPage,
  screenshot,
  useApp,
  waitForMapIdle,
  waitForMapState,
  type MiniMap,
} from '../helpers/app.ts';
import { colourDistance, expectedSiteColours, hexToRgb, nearest, type Rgb } from '../helpers/colour.ts';
import { pixelAt } from '../helpers/png.ts';
import { reportSites } from '../helpers/report.ts';
import { chooseClickableSite } from '../helpers/siteChoice.ts';
import { ABC_COLOUR, BACKGROUND_COLOUR, REGION_TONES } from '../../../src/map/palette.ts';
import { SITE_MARKER_MAX_ZOOM } from '../../../src/map/style.ts';

const app = useApp();

function describe(pixel: Rgb): string {
  return `rgb(${pixel.join(', ')})`;
}

test('the map reaches the ready state and paints a site in its ABC colour', async () => {
  const { page } = app;
  await waitForMapState(page, 'ready');
  await waitForMapIdle(page);
  const { site, point } = await chooseClickableSite(page, reportSites());
  const abc = site.abc as 'A' | 'B' | 'C';

  // Overview: the centroid marker is drawn opaque in the pure ABC colour.
  const marker = pixelAt(await screenshot(page, 'map-ready'), point.x, point.y);
  assert.ok(
    colourDistance(marker, hexToRgb(ABC_COLOUR[abc])) <= 12,
    `marker of ${site.id} at (${Math.round(point.x)}, ${Math.round(point.y)}) is ${describe(marker)}, not ${ABC_COLOUR[abc]}`,
  );

  // Zoomed in past the markers: the polygon fill is the ABC colour at the existing-site opacity over the region tone.
  await page.evaluate(
    ({ lon, lat, zoom }) => {
      const map = (window as unknown as { __naeringsarealkart: { map: MiniMap & { jumpTo: (o: object) => void } } })
        .__naeringsarealkart.map;
      map.jumpTo({ center: [lon, lat], zoom });
    },
    { lon: site.centroid_lon, lat: site.centroid_lat, zoom: SITE_MARKER_MAX_ZOOM + 2 },
  );
  await waitForMapIdle(page);
  const zoomed = await lngLatToPage(page, [site.centroid_lon, site.centroid_lat]);
  assert.deepEqual(
    (await featuresAt(page, zoomed, ['site-fill', 'site-marker'])).map((p) => p.id),
    [site.id],
    'zoomed in, only the site polygon (no marker) is under its centroid',
  );
  const fill = pixelAt(await screenshot(page, 'map-zoomed-fill'), zoomed.x, zoomed.y);
  const distance = nearest(fill, expectedSiteColours(abc));
  assert.ok(distance <= 12, `fill of ${site.id} is ${describe(fill)}, not the ${abc} fill (off by ${distance})`);
  for (const other of (['A', 'B', 'C'] as const).filter((x) => x !== abc)) {
    assert.ok(nearest(fill, expectedSiteColours(other)) > 40, `fill also matches ${other}`);
  }
  const bare = [BACKGROUND_COLOUR, ...REGION_TONES].map(hexToRgb);
  assert.ok(nearest(fill, bare) > 40, 'fill is bare background');
});
