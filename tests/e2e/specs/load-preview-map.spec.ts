// The load preview draws what will be loaded on a small map, and warns when every feature lies outside every region
// (three sites given at x≈585 000, y≈6 630 000 fall in the fjord east of Asker).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp, waitForMapState } from '../helpers/app.ts';

const app = useApp();

function squares(points: [number, number][]): string {
  const features = points.map(([x, y], i) => ({
    type: 'Feature',
    properties: { id: `F${i + 1}`, name: `Felt ${i + 1}`, status: 'fremtidig', abc: 'B' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + 100, y],
          [x + 100, y + 100],
          [x, y + 100],
          [x, y],
        ],
      ],
    },
  }));
  return JSON.stringify({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
    features,
  });
}

async function preview(name: string, text: string): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'Last inn data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Last inn egne data' });
  await dialog.waitFor();
  await page.setInputFiles('[data-testid=file-input]', {
    name,
    mimeType: 'application/geo+json',
    buffer: Buffer.from(text),
  });
  await dialog.getByTestId('load-counts').waitFor();
}

test('sites in the fjord: the preview map draws them and the preview warns before anything is loaded', async () => {
  const { page } = app;
  await waitForMapState(page, 'ready');
  await preview(
    'fjorden.geojson',
    squares([
      [585000, 6630000],
      [585200, 6630100],
      [584900, 6629800],
    ]),
  );
  const map = page.getByTestId('load-preview-map');
  await map.waitFor();
  // Two regions in grey and the three sites on top.
  assert.equal(await map.locator('path[fill="#f5f3ee"]').count(), 2);
  assert.equal(await map.locator('path[fill="#D55E00"]').count(), 3);
  const warning = page.getByTestId('load-outside-warning');
  assert.match(await warning.innerText(), /Ingen av de 3 objektene ligger i Asker nord eller Asker syd/);
  await page.getByRole('button', { name: 'Avbryt' }).click();
});

test('sites on land in Asker: no warning', async () => {
  const { page } = app;
  // Around Asker stasjon (geodata/hubs.geojson: 580 407, 6 633 751).
  await preview(
    'asker.geojson',
    squares([
      [580300, 6633900],
      [580600, 6633500],
    ]),
  );
  await page.getByTestId('load-preview-map').waitFor();
  assert.equal(await page.getByTestId('load-outside-warning').count(), 0);
  assert.deepEqual(app.errors, []);
});
