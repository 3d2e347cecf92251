// The one-pager in print: the print stylesheet leaves only the one-pager (no header, map or buttons) and headless
// Chromium's PDF of it is a single A4 page; the PDF is kept as an artifact (and as a PNG when pdftoppm is installed).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ARTIFACTS_DIR, normaliseSpace, screenshot, useApp, waitForMapIdle, waitForMapState } from '../helpers/app.ts';
import { reportSites } from '../helpers/report.ts';

const app = useApp('?e2e=1&view=investor&site=S03');

const nbOneDecimal = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

test('in print media only the one-pager shows: location map, outline, figures, note, notice and contact, no header, map or buttons', async () => {
  const { page } = app;
  await page.getByTestId('one-pager').waitFor();
  await waitForMapState(page, 'ready');
  await waitForMapIdle(page);
  await page.emulateMedia({ media: 'print' });
  const visible = async (selector: string) => page.locator(selector).first().isVisible();
  assert.equal(await visible('.app-header'), false);
  assert.equal(await visible('[data-testid="map"]'), false);
  assert.equal(await visible('.one-pager__actions'), false);
  assert.equal(await visible('.inv-hero'), false);
  assert.equal(await visible('[data-testid="site-outline"]'), true);
  // The location map prints too, with the nearest hub named in text (not only in pixels).
  assert.equal(await visible('[data-testid="location-map"]'), true);
  const hubNames = await page.getByTestId('location-map-hub').allTextContents();
  assert.ok(hubNames.includes('Asker stasjon'), `hub names on the location map: ${hubNames.join(', ')}`);
  assert.match((await page.getByTestId('location-map-scale').textContent()) ?? '', /^\d+ m$/);
  assert.equal(await visible('[data-testid="one-pager-notice"]'), true);
  const text = normaliseSpace(await page.getByTestId('one-pager').innerText());
  const s03 = reportSites().find((s) => s.id === 'S03');
  assert.ok(s03);
  assert.ok(
    text.includes(`${normaliseSpace(nbOneDecimal.format(s03.area_daa))} daa`),
    'the area is not on the one-pager',
  );
  assert.ok(text.includes('Kontakt: Invest in Asker'));
  assert.ok(text.includes('Eksempeldata'));
  assert.ok(text.includes('bevaringsverdig bygg'), 'the note is missing');
  await screenshot(page, 'investor-print-media');
});

test('page.pdf() gives one A4 page (saved as tests/e2e/artifacts/one-pager.pdf)', async () => {
  const { page } = app;
  // page.pdf() prints with the emulated media; make it print whatever ran before.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = join(ARTIFACTS_DIR, 'one-pager.pdf');
  writeFileSync(file, pdf);
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page[^s]/g) ?? [];
  assert.equal(pages.length, 1, `the one-pager printed on ${pages.length} pages`);
  // A4 is 595 × 842 pt (210 × 297 mm).
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  assert.ok(box, 'no MediaBox in the PDF');
  assert.ok(
    Math.abs(Number(box[1]) - 595.92) < 2 && Math.abs(Number(box[2]) - 842.88) < 2,
    `page size ${box[1]} × ${box[2]} pt is not A4`,
  );
  // A picture of the page for a person to look at; pdftoppm (poppler-utils) is optional, not a CI requirement.
  if (existsSync('/usr/bin/pdftoppm')) {
    const out = spawnSync('/usr/bin/pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      file,
      join(ARTIFACTS_DIR, 'one-pager'),
    ]);
    assert.equal(out.status, 0, out.stderr.toString());
  }
});
