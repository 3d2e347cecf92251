// The default background map: Kartverket's topographic map when it answers (a local stand-in here, through
// page.route — nothing leaves the machine), the plain offline map by itself when it does not.
import assert from 'node:assert/strict';
import { deflateSync, crc32 } from 'node:zlib';
import { test } from 'node:test';
import type { Route } from 'playwright-core';
import { openApp, screenshot, useChromium, waitForMapIdle, waitForMapState } from '../helpers/app.ts';
import { colourDistance, hexToRgb } from '../helpers/colour.ts';
import { pixelAt } from '../helpers/png.ts';
import { BACKGROUND_COLOUR } from '../../../src/map/palette.ts';

/** A stand-in tile colour no layer of ours uses: a clear magenta. */
const TILE_RGB: [number, number, number] = [200, 40, 200];

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A 256 × 256 PNG of one colour. */
function solidTile([r, g, b]: [number, number, number]): Buffer {
  const row = Buffer.alloc(1 + 256 * 3);
  for (let x = 0; x < 256; x++) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: 256 }, () => row));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(256, 0);
  ihdr.writeUInt32BE(256, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const chromium = useChromium();

/** A corner of the map outside both regions (the fjord/background in the bundled outlines). */
const CORNER = { dx: 40, dy: 120 };

async function cornerPixel(page: import('playwright-core').Page, name: string): Promise<[number, number, number]> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  assert.ok(box);
  return pixelAt(await screenshot(page, name), box.x + box.width - CORNER.dx, box.y + CORNER.dy);
}

test('with Kartverket answering, the default map shows its tiles with the CC BY 4.0 credit', async () => {
  const tile = solidTile(TILE_RGB);
  const asked: string[] = [];
  const app = await openApp(chromium.browser, 'about:blank#');
  await app.page.route('https://cache.kartverket.no/**', (route: Route) => {
    asked.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: tile });
  });
  await app.page.goto(new URL('/?e2e=1', process.env.E2E_BASE_URL).toString());
  await waitForMapState(app.page, 'ready');
  await app.page.locator('[data-testid="map"][data-basemap="kartverket"]').waitFor();
  await waitForMapIdle(app.page);
  assert.ok(asked.length > 0 && asked.every((u) => u.includes('/topo/default/webmercator/')));
  assert.equal(await app.page.getByTestId('basemap-attribution').innerText(), '© Kartverket (CC BY 4.0)');
  const px = await cornerPixel(app.page, 'basemap-auto-kartverket');
  assert.ok(colourDistance(px, TILE_RGB) <= 12, `rgb(${px.join(', ')}) is not the stand-in tile`);
  assert.equal(await app.page.getByTestId('basemap-note').innerText(), '');
  await app.close();
});

test('with Kartverket out of reach, the default map falls back to the offline style by itself, without a warning', async () => {
  const asked: string[] = [];
  const app = await openApp(chromium.browser, 'about:blank#');
  await app.page.route('https://cache.kartverket.no/**', (route: Route) => {
    asked.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await app.page.goto(new URL('/?e2e=1', process.env.E2E_BASE_URL).toString());
  await waitForMapState(app.page, 'ready');
  await app.page.locator('[data-testid="map"][data-basemap="offline"]').waitFor();
  await waitForMapIdle(app.page);
  assert.equal(asked.length, 1, `the offline start asked for ${asked.length} tiles; one probe tile is enough`);
  assert.equal(await app.page.getByTestId('basemap-attribution').count(), 0);
  assert.equal(await app.page.getByTestId('basemap-note').innerText(), '');
  const px = await cornerPixel(app.page, 'basemap-auto-offline');
  assert.ok(
    colourDistance(px, hexToRgb(BACKGROUND_COLOUR)) <= 12,
    `rgb(${px.join(', ')}) is not the offline background`,
  );
  await app.close();
});
