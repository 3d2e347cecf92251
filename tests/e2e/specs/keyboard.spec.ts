// (d) Keyboard only: Tab to the site list, choose a site with Enter, and its card opens with visible focus on the way.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseSpace, screenshot, useApp, waitForMapState } from '../helpers/app.ts';

const app = useApp();

test('Tab reaches a site in the list, Enter opens its card', async () => {
  const { page } = app;
  await waitForMapState(page, 'ready');
  let siteId: string | null = null;
  for (let i = 0; i < 40 && !siteId; i++) {
    await page.keyboard.press('Tab');
    siteId = await page.evaluate(() => document.activeElement?.getAttribute('data-site-id') ?? null);
  }
  assert.ok(siteId, 'no site button was reached with Tab within 40 presses');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
  assert.notEqual(outline.style, 'none', 'the focused site button has no visible focus outline');
  assert.ok(outline.width >= 2, `focus outline is only ${outline.width}px`);

  const name = normaliseSpace(await page.locator(`[data-site-id="${siteId}"] .site-list__name`).innerText());
  await page.keyboard.press('Enter');
  const card = page.getByTestId('site-card');
  await card.waitFor();
  assert.equal(normaliseSpace(await card.locator('h2').innerText()), name);
  assert.equal(await page.locator(`[data-site-id="${siteId}"]`).getAttribute('aria-pressed'), 'true');
  // Focus moves to the card, so its buttons are a Tab or two away rather than the rest of the list.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-card-title');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Zoom til');
  await screenshot(page, 'keyboard-card-open');
});

test('keyboard only: search by name, then open a result', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Lukk' }).focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('site-card').waitFor({ state: 'detached' });
  // From the top of the page: the skip link, the language, then the search field.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let field: string | null = null;
  for (let i = 0; i < 10 && field !== 'filter-query'; i++) {
    await page.keyboard.press('Tab');
    field = await page.evaluate(() => document.activeElement?.id ?? null);
  }
  assert.equal(field, 'filter-query', 'Tab did not reach the name search');
  await page.keyboard.type('royken');
  let siteId: string | null = null;
  for (let i = 0; i < 20 && !siteId; i++) {
    await page.keyboard.press('Tab');
    siteId = await page.evaluate(() => document.activeElement?.getAttribute('data-site-id') ?? null);
  }
  assert.ok(siteId, 'Tab did not reach a search result');
  const name = normaliseSpace(await page.locator(`[data-site-id="${siteId}"] .site-list__name`).innerText());
  assert.match(name, /^Røyken/);
  await page.keyboard.press('Enter');
  assert.equal(normaliseSpace(await page.getByTestId('site-card').locator('h2').innerText()), name);
  await screenshot(page, 'keyboard-search');
});

test('Esc closes the site card and puts focus back on the site in the list', async () => {
  const { page } = app;
  const siteId = await page.locator('[data-testid="site-list"] [aria-pressed="true"]').getAttribute('data-site-id');
  assert.ok(siteId, 'no site is selected before Esc');
  await page.keyboard.press('Escape');
  await page.getByTestId('site-card').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-site-id')), siteId);
  assert.doesNotMatch(page.url(), /[?&]site=/);
});
