// (d) axe-core finds no serious or critical violations with the load dialog open: empty, with a preview, and with an
// error.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { screenshot, useApp, waitForMapState } from '../helpers/app.ts';
import { FIXTURES, loadFiles } from './load-page.ts';

const app = useApp();

async function seriousViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page: app.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('the dialog just opened', async () => {
  const { page } = app;
  await waitForMapState(page, 'ready');
  await page.getByRole('button', { name: 'Last inn data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Last inn egne data' });
  await dialog.waitFor();
  // A modal dialog: the page behind it is inert, and focus starts inside.
  assert.equal(
    await page.evaluate(() => document.activeElement?.closest('dialog')?.hasAttribute('open') ?? false),
    true,
  );
  assert.deepEqual(await seriousViolations(), []);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
});

test('with the preview of a plan export', async () => {
  await loadFiles(app.page, join(FIXTURES, 'good', 'kp_arealformal_25832.geojson'));
  assert.deepEqual(await seriousViolations(), []);
  // Tab stays in the dialog: twenty presses never reach the page behind it.
  for (let i = 0; i < 20; i++) {
    await app.page.keyboard.press('Tab');
    const inside = await app.page.evaluate(
      () => document.activeElement === document.body || Boolean(document.activeElement?.closest('dialog')),
    );
    assert.ok(inside, `focus left the dialog after ${i + 1} Tab presses`);
  }
  await app.page.keyboard.press('Escape');
});

test('with an error shown', async () => {
  await loadFiles(app.page, join(FIXTURES, 'bad', 'wrong-crs.geojson'));
  await screenshot(app.page, 'load-dialog-error');
  assert.deepEqual(await seriousViolations(), []);
});

test('own data applied: the note with "Tilbake til eksempeldata" beside it', async () => {
  const { page } = app;
  await page.keyboard.press('Escape');
  await loadFiles(page, join(FIXTURES, 'good', 'kp_arealformal_25832.geojson'));
  await page.getByRole('button', { name: 'Bruk dataene' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  const restore = page.getByRole('region', { name: 'Om dataene som vises' }).getByRole('button', {
    name: 'Tilbake til eksempeldata',
  });
  await restore.waitFor();
  assert.deepEqual(await seriousViolations(), []);
  // Reached by keyboard, and it gives focus back to "Last inn data" once the own data is gone.
  await restore.focus();
  await page.keyboard.press('Enter');
  await restore.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'load-open');
});
