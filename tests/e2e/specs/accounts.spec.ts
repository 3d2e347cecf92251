// The land-accounts page in headless Chromium: the bundled example on first open (figures equal the CLI's), the
// hand-checked fixtures through the file slots (figures equal the hand sums), a bad file leaves the result standing,
// the change pieces on the map, and screenshots at desktop and phone size.
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
    const map = (window as unknown as { __naeringsarealkart?: { map: { querySourceFeatures(s: string): unknown[] } } }).__naeringsarealkart?.map;
    return map ? map.querySourceFeatures('land-change').length : -1;
  });
}

test('opens on the illustrative example, with the CLI\'s figures and the pieces on the map', async () => {
  const { page } = app;
  await page.getByTestId('land-accounts').waitFor();
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const csv = execFileSync(tsx, ['scripts/accounts.ts', '--before', 'geodata/sites_before_illustrative.geojson', '--after', 'geodata/sites.geojson'], { cwd: REPO_ROOT, encoding: 'utf8' });
  const total = (csv.trim().split('\n').pop() as string).split(',');
  const text = await totalRow();
  for (const i of [1, 2, 3, 4]) assert.ok(text.includes(normaliseSpace(nb1.format(Number(total[i])))), `column ${i}: ${total[i]} not in "${text}"`);
  assert.ok(normaliseSpace(await page.locator('.acc-note').innerText()).includes('oppdiktet'), 'the example is not labelled');
  await waitForMapState(page, 'ready');
  await waitForMapIdle(page);
  assert.ok((await pieceCount()) > 0, 'no change pieces on the map');
  assert.deepEqual(app.errors, []);
});

test('axe finds no serious or critical WCAG 2.1 A/AA violations on the page', async () => {
  const result = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(bad, []);
});

test('the hand-checked fixtures through the slots give the hand sums', async () => {
  const { page } = app;
  await page.getByTestId('acc-file-before').setInputFiles(join(F, 'before_25832.geojson'));
  await page.getByTestId('acc-file-after').setInputFiles(join(F, 'after_25832.geojson'));
  await page.getByTestId('acc-file-farmland').setInputFiles(join(F, 'farmland_25832.geojson'));
  await page.getByTestId('acc-slot-farmland').filter({ hasText: 'farmland_25832.geojson' }).waitFor();
  await page.getByTestId('acc-run').click();
  await page.getByTestId('acc-readings').filter({ hasText: 'farmland_25832.geojson' }).waitFor();
  // Before 45, after 40, added 20, removed 25, net −5, to housing 5, realised 10, farmland 5 daa (tests/unit/accounts/handCases.ts).
  assert.equal(await totalRow(), 'Totalt 45,0 40,0 20,0 25,0 −5,0 5,0 10,0 5,0');
  assert.ok(normaliseSpace(await page.getByTestId('acc-farmland').innerText()).includes('5,0 daa dyrka mark'));
  await page.locator('.acc-map').scrollIntoViewIfNeeded();
  await waitForMapIdle(page);
  await screenshot(page, 'accounts-hand-case');
});

test('a broken file says which file, and the last result stays', async () => {
  const { page } = app;
  await page.getByTestId('acc-file-after').setInputFiles({ name: 'broken.geojson', mimeType: 'application/json', buffer: Buffer.from('{"type": "FeatureCollection", "features": [') });
  await page.getByTestId('acc-slot-after').filter({ hasText: 'broken.geojson' }).waitFor();
  await page.getByTestId('acc-run').click();
  const error = normaliseSpace(await page.getByTestId('acc-error').innerText());
  assert.ok(error.includes('broken.geojson'), error);
  assert.equal(await totalRow(), 'Totalt 45,0 40,0 20,0 25,0 −5,0 5,0 10,0 5,0');
});

test('10 000 × 10 000 polygons run in the worker with a progress bar while the page stays responsive', async () => {
  const { page } = app;
  const dir = mkdtempSync(join(tmpdir(), 'accounts-e2e-'));
  const { before: b, after: a } = syntheticPlanVersions(10000);
  writeFileSync(join(dir, 'before-10k.geojson'), JSON.stringify(b));
  writeFileSync(join(dir, 'after-10k.geojson'), JSON.stringify(a));
  await page.getByTestId('acc-file-before').setInputFiles(join(dir, 'before-10k.geojson'));
  await page.getByTestId('acc-file-after').setInputFiles(join(dir, 'after-10k.geojson'));
  await page.getByTestId('acc-slot-after').filter({ hasText: 'after-10k.geojson' }).waitFor();
  // Without the farmland of the hand case.
  await page.getByTestId('acc-clear-farmland').click();
  const t0 = Date.now();
  await page.getByTestId('acc-run').click();
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
  console.log(`accounts 10k × 10k in the browser: ${ms} ms; event-loop round trips during the run ${lags.join(', ')} ms`);
  assert.ok(Math.max(...lags) < 500, `the page was blocked: ${lags.join(', ')} ms`);
  assert.ok((await totalRow()).startsWith('Totalt'));
});

test('screenshots at 1440 × 900 and 390 × 844 (the example)', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Tilbake til eksempelet' }).click();
  await page.locator('.acc-note').waitFor();
  await page.setViewportSize({ width: 1440, height: 900 });
  await waitForMapIdle(page);
  await screenshot(page, 'accounts-1440');
  await page.setViewportSize({ width: 390, height: 844 });
  await waitForMapIdle(page);
  await screenshot(page, 'accounts-390');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than a 390 px phone`);
  assert.deepEqual(app.errors.filter((e) => !e.includes('broken.geojson')), []);
});
