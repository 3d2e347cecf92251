// The land-accounts page in headless Chromium: the bundled example on first open (figures equal the CLI's), the
// hand-checked fixtures through the preview-first file dialog (figures equal the hand sums, nothing computed before
// confirming), a bad file is named in its preview and the result stands, the change pieces on the map, 10k × 10k in
// the worker, the comparison in the link with back/forward, and screenshots at desktop and phone size.
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { normaliseSpace, screenshot, useApp, waitForMapIdle, waitForMapState } from '../helpers/app.ts';
import { REPO_ROOT } from '../helpers/report.ts';
import { syntheticPlanVersions } from '../../../src/app/syntheticPlanVersions.ts';

const F = join(REPO_ROOT, 'tests', 'fixtures', 'accounts');
const nb1 = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const app = useApp('?e2e=1&view=accounts');

async function totalRow(): Promise<string> {
  const row = app.page.locator('[data-testid="acc-table"] tr.acc-total');
  await row.waitFor();
  return normaliseSpace(await row.innerText());
}

async function pieceCount(): Promise<number> {
  return app.page.evaluate(() => {
    const map = (window as unknown as { __naeringsarealkart?: { map: { querySourceFeatures(s: string): unknown[] } } })
      .__naeringsarealkart?.map;
    return map ? map.querySourceFeatures('land-change').length : -1;
  });
}

test("opens on the illustrative example, with the CLI's figures and the pieces on the map", async () => {
  const { page } = app;
  await page.getByTestId('land-accounts').waitFor();
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const csv = execFileSync(
    tsx,
    [
      'scripts/accounts.ts',
      '--before',
      'geodata/sites_before_illustrative.geojson',
      '--after',
      'geodata/sites.geojson',
    ],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  const total = (csv.trim().split('\n').pop() as string).split(',');
  const text = await totalRow();
  for (const i of [1, 2, 3, 4])
    assert.ok(text.includes(normaliseSpace(nb1.format(Number(total[i])))), `column ${i}: ${total[i]} not in "${text}"`);
  assert.ok(
    normaliseSpace(await page.locator('.acc-note').innerText()).includes('oppdiktet'),
    'the example is not labelled',
  );
  await waitForMapState(page, 'ready');
  await waitForMapIdle(page);
  assert.ok((await pieceCount()) > 0, 'no change pieces on the map');
  assert.deepEqual(app.errors, []);
});

test('axe finds no serious or critical WCAG 2.1 A/AA violations on the page', async () => {
  const result = await new AxeBuilder({ page: app.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(bad, []);
});

/** Opens the file dialog on the comparison shown; every file in it is previewed again. */
async function openDialog(): Promise<void> {
  const { page } = app;
  await page.getByTestId('acc-open').click();
  await page.getByTestId('acc-dialog').waitFor();
  await page
    .getByTestId('acc-draft-summary-after')
    .filter({ hasText: /objekter|kan ikke/ })
    .waitFor();
}

/** Shows a slot's preview and chooses a file there; resolves when its preview is in. */
async function choose(
  slot: 'before' | 'after' | 'farmland',
  files: string | { name: string; mimeType: string; buffer: Buffer },
  timeout = 30_000,
): Promise<void> {
  const { page } = app;
  await page.getByTestId(`acc-show-${slot}`).click();
  await page.getByTestId('acc-file-input').setInputFiles(files);
  const name = typeof files === 'string' ? (files.split('/').pop() as string) : files.name;
  await page.getByTestId(`acc-draft-${slot}`).filter({ hasText: name }).waitFor({ timeout });
  await page
    .getByTestId(`acc-draft-summary-${slot}`)
    .filter({ hasText: /objekter|kan ikke/ })
    .waitFor({ timeout });
}

test('the hand-checked fixtures through the preview-first dialog give the hand sums, and only on confirm', async () => {
  const { page } = app;
  const example = await totalRow();
  await openDialog();
  await choose('before', join(F, 'before_25832.geojson'));
  // That file's own preview, before anything is computed: counts, coordinate system, what it holds.
  const active = page.getByTestId('acc-active');
  assert.match(
    normaliseSpace(await active.getByTestId('load-counts').innerText()),
    /^\d+ objekter i filen: \d+ leses inn, 0 hoppes over\.$/,
  );
  assert.ok((await active.getByTestId('load-crs').innerText()).includes('25832'));
  await choose('after', join(F, 'after_25832.geojson'));
  await choose('farmland', join(F, 'farmland_25832.geojson'));
  const axe = await new AxeBuilder({ page })
    .include('[data-testid="acc-dialog"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  assert.deepEqual(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    [],
  );
  await screenshot(page, 'accounts-dialog-1280');
  assert.equal(await totalRow(), example, 'computed before the user confirmed');
  await page.getByTestId('acc-confirm').click();
  await page.getByTestId('acc-readings').filter({ hasText: 'farmland_25832.geojson' }).waitFor();
  // Before 45, after 40, added 20, removed 25, net −5, to housing 5, realised 10, farmland 5 daa
  // (tests/unit/accounts/handCases.ts).
  assert.equal(await totalRow(), 'Totalt 45,0 40,0 20,0 25,0 −5,0 5,0 10,0 5,0');
  assert.ok(normaliseSpace(await page.getByTestId('acc-farmland').innerText()).includes('5,0 daa dyrka mark'));
  // Focus is back on the button that opened the dialog; the address names the own files, and the page says a link
  // cannot carry them.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'acc-open');
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('acc_before'), 'own:before_25832.geojson');
  assert.ok((await page.getByTestId('acc-own-link-note').innerText()).includes('kan ikke ligge i en lenke'));
  await page.locator('.acc-map').scrollIntoViewIfNeeded();
  await waitForMapIdle(page);
  await screenshot(page, 'accounts-hand-case');
});

test('a broken file is named in its preview, cannot be confirmed, and the last result stays', async () => {
  const { page } = app;
  await openDialog();
  await choose('after', {
    name: 'broken.geojson',
    mimeType: 'application/json',
    buffer: Buffer.from('{"type": "FeatureCollection", "features": ['),
  });
  const error = normaliseSpace(await page.getByTestId('acc-active').getByTestId('load-error').innerText());
  assert.ok(error.includes('broken.geojson'), error);
  assert.equal(await page.getByTestId('acc-confirm').isDisabled(), true);
  await page.keyboard.press('Escape');
  await page.getByTestId('acc-dialog').waitFor({ state: 'hidden' });
  assert.equal(await totalRow(), 'Totalt 45,0 40,0 20,0 25,0 −5,0 5,0 10,0 5,0');
});

/** Drops files on an element the way the browser does (dragenter, dragover, drop with a DataTransfer of files). */
async function dropFiles(selector: string, names: string[]): Promise<void> {
  const { page } = app;
  const files = names.map((name) => ({ name, text: readFileSync(join(F, name), 'utf8') }));
  const dt = await page.evaluateHandle((fs) => {
    const transfer = new DataTransfer();
    for (const f of fs) transfer.items.add(new File([f.text], f.name, { type: 'application/geo+json' }));
    return transfer;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent(selector, type, { dataTransfer: dt });
  await dt.dispose();
}

test('files dropped on the page go to the accounts dialog (not «Last inn data»), previewed, computed only on confirm', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Tilbake til eksempelet' }).click();
  await page.locator('.acc-note').filter({ hasText: 'oppdiktet' }).waitFor();
  const example = await totalRow();
  // Dropped anywhere with the dialog closed: the dialog opens and the files fill the free slots in order (swapped
  // here).
  await dropFiles('[data-testid="land-accounts"]', ['after_25832.geojson', 'before_25832.geojson']);
  await page.getByTestId('acc-dialog').waitFor();
  await page.getByTestId('acc-draft-before').filter({ hasText: 'after_25832.geojson' }).waitFor();
  await page.getByTestId('acc-draft-after').filter({ hasText: 'before_25832.geojson' }).waitFor();
  await page
    .getByTestId('acc-draft-summary-after')
    .filter({ hasText: /objekter/ })
    .waitFor();
  assert.equal(await page.getByTestId('load-dialog').count(), 0, 'the «Last inn data» dialog took the drop');
  // Dropped on the farmland row: it goes there.
  await dropFiles('[data-testid="acc-draft-farmland"]', ['farmland_25832.geojson']);
  await page
    .getByTestId('acc-draft-summary-farmland')
    .filter({ hasText: /dyrka mark$/ })
    .waitFor();
  assert.equal(await page.getByTestId('acc-active').getAttribute('data-acc-slot'), 'farmland');
  assert.equal(await totalRow(), example, 'computed before the user confirmed');
  const axe = await new AxeBuilder({ page })
    .include('[data-testid="acc-dialog"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  assert.deepEqual(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    [],
  );
  await page.getByTestId('acc-confirm').click();
  await page.getByTestId('acc-readings').filter({ hasText: 'farmland_25832.geojson' }).waitFor();
  // The hand case the other way round: before 40, after 45, added 25, removed 20, net +5.
  assert.ok((await totalRow()).startsWith('Totalt 40,0 45,0 25,0 20,0 +5,0'), await totalRow());
});

test('10 000 × 10 000 polygons run in the worker with a progress bar while the page stays responsive', async () => {
  const { page } = app;
  const dir = mkdtempSync(join(tmpdir(), 'accounts-e2e-'));
  const { before: b, after: a } = syntheticPlanVersions(10000);
  writeFileSync(join(dir, 'before-10k.geojson'), JSON.stringify(b));
  writeFileSync(join(dir, 'after-10k.geojson'), JSON.stringify(a));
  await openDialog();
  const p0 = Date.now();
  await choose('before', join(dir, 'before-10k.geojson'), 120_000);
  await choose('after', join(dir, 'after-10k.geojson'), 120_000);
  console.log(`accounts 10k previews (read and checked in the worker, both files): ${Date.now() - p0} ms`);
  // Without the farmland of the hand case.
  await page.getByTestId('acc-show-farmland').click();
  await page.getByTestId('acc-source').selectOption('none');
  await page.getByTestId('acc-draft-farmland').filter({ hasText: 'ingen fil' }).waitFor();
  const t0 = Date.now();
  await page.getByTestId('acc-confirm').click();
  await page.getByTestId('acc-progress').waitFor();
  // The main thread answers while the overlay runs: a round trip through the page's event loop stays short.
  const lags: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = Date.now();
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    lags.push(Date.now() - t);
  }
  await page.getByTestId('acc-readings').filter({ hasText: 'after-10k.geojson' }).waitFor({ timeout: 180_000 });
  const ms = Date.now() - t0;
  console.log(
    `accounts 10k × 10k in the browser: ${ms} ms; event-loop round trips during the run ${lags.join(', ')} ms`,
  );
  assert.ok(Math.max(...lags) < 500, `the page was blocked: ${lags.join(', ')} ms`);
  assert.ok((await totalRow()).startsWith('Totalt'));
});

test('a link opens the comparison it names, and back/forward step through the comparisons', async () => {
  const { page } = app;
  await page.goto(page.url().replace(/\?.*$/, '?e2e=1&view=accounts&acc_before=sites&acc_after=sites-before'));
  await page.getByTestId('acc-slot-after').filter({ hasText: 'sites_before_illustrative' }).waitFor();
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const csv = execFileSync(
    tsx,
    [
      'scripts/accounts.ts',
      '--before',
      'geodata/sites.geojson',
      '--after',
      'geodata/sites_before_illustrative.geojson',
    ],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  const total = (csv.trim().split('\n').pop() as string).split(',');
  const swapped = await totalRow();
  for (const i of [1, 2, 3, 4])
    assert.ok(
      swapped.includes(normaliseSpace(nb1.format(Number(total[i])))),
      `column ${i}: ${total[i]} not in "${swapped}"`,
    );
  // A new comparison is a new history entry …
  await page.getByRole('button', { name: 'Tilbake til eksempelet' }).click();
  await page.locator('.acc-note').filter({ hasText: 'oppdiktet' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('acc_before'), null);
  const example = await totalRow();
  assert.notEqual(example, swapped);
  // … that back and forward step through.
  await page.goBack();
  await page.getByTestId('acc-slot-after').filter({ hasText: 'sites_before_illustrative' }).waitFor();
  assert.equal(await totalRow(), swapped);
  await page.goForward();
  await page.getByTestId('acc-slot-after').filter({ hasText: 'geodata/sites.geojson' }).waitFor();
  assert.equal(await totalRow(), example);
});

test('a link naming an own file says it cannot carry it, and shows the bundled file instead', async () => {
  const { page } = app;
  await page.goto(page.url().replace(/\?.*$/, '?e2e=1&view=accounts&acc_after=own:plan2024.geojson'));
  const note = normaliseSpace(await page.getByTestId('acc-link-fallback').innerText());
  assert.ok(note.includes('«plan2024.geojson»') && note.includes('vises i stedet'), note);
  assert.ok((await page.getByTestId('acc-slot-after').innerText()).includes('geodata/sites.geojson'));
  await page.getByTestId('acc-table').waitFor();
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  assert.deepEqual(
    result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    [],
  );
});

test('screenshots at 1440 × 900 and 390 × 844 (the example, and the dialog)', async () => {
  const { page } = app;
  await page.goto(page.url().replace(/\?.*$/, '?e2e=1&view=accounts'));
  await page.locator('.acc-note').waitFor();
  await page.getByTestId('acc-table').waitFor();
  await page.setViewportSize({ width: 1440, height: 900 });
  await waitForMapState(page, 'ready');
  await waitForMapIdle(page);
  await screenshot(page, 'accounts-1440');
  await page.setViewportSize({ width: 390, height: 844 });
  await waitForMapIdle(page);
  await screenshot(page, 'accounts-390');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than a 390 px phone`);
  await openDialog();
  await screenshot(page, 'accounts-dialog-390');
  const dialogOverflow = await page.getByTestId('acc-dialog').evaluate((d) => d.scrollWidth - d.clientWidth);
  assert.ok(dialogOverflow <= 0, `the dialog is ${dialogOverflow} px wider than it is shown`);
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, 'accounts-dialog-1440');
  await page.keyboard.press('Escape');
  assert.deepEqual(
    app.errors.filter((e) => !e.includes('broken.geojson')),
    [],
  );
});
