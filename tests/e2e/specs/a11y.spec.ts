// (c) axe-core finds no serious or critical WCAG 2.1 A/AA violations, with and without a site card open.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { screenshot, useApp, waitForMapIdle, waitForMapState } from '../helpers/app.ts';

const app = useApp();

async function seriousViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page: app.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('the start page has no serious or critical axe violations', async () => {
  await waitForMapState(app.page, 'ready');
  await waitForMapIdle(app.page);
  assert.deepEqual(await seriousViolations(), []);
});

test('with a site card open and the rings shown there are none either', async () => {
  await app.page.locator('[data-testid="site-list"] button').first().click();
  await app.page.getByTestId('site-card').waitFor();
  await app.page.getByRole('checkbox', { name: 'Vis 500 m og 1 km rundt knutepunkt' }).check();
  await waitForMapIdle(app.page);
  await screenshot(app.page, 'rings-and-card');
  assert.deepEqual(await seriousViolations(), []);
});

test('with filters set, an invalid number explained and another sort, still none', async () => {
  const { page } = app;
  await page.getByLabel('Søk etter navn').fill('sentrum');
  await page.getByLabel('Areal fra (daa)').fill('12x');
  await page.getByLabel('Sorter etter').selectOption('jobs');
  await waitForMapIdle(page);
  await screenshot(page, 'a11y-filters');
  assert.deepEqual(await seriousViolations(), []);
});
