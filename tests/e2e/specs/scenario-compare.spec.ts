// Scenarios in the browser: open ?view=compare, copy the basis, change A's %BRA and see the comparison follow by the
// engine's amount (checked against the report CLI), marks on the map, persistence across reload, undo, axe, keyboard.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import {
  normaliseSpace,
  screenshot,
  siteFeatureState,
  useApp,
  waitForMapIdle,
  waitForMapState,
} from '../helpers/app.ts';
import { REPO_ROOT } from '../helpers/report.ts';

interface Figures {
  newJobsWithinHorizon: { low: number; mid: number; high: number };
}

/** The report CLI's comparison (basis vs the scenario in `json`), run outside the browser. */
function reportComparison(json: object): { basis: Figures; scenario: Figures } {
  const dir = mkdtempSync(join(tmpdir(), 'scenario-e2e-'));
  try {
    const file = join(dir, 'scenario.json');
    writeFileSync(file, JSON.stringify(json));
    const out = execFileSync(
      join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
      ['scripts/report.ts', '--format', 'json', '--scenario', file],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return (JSON.parse(out) as { scenario: { comparison: { basis: Figures; scenario: Figures } } }).scenario.comparison;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 12345 → "12 345" as the page writes it in bokmål (after normaliseSpace). */
const nb = (n: number) => normaliseSpace(new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }).format(n));
const cellText = async (page: Page, row: string, column: number) =>
  normaliseSpace(await page.getByTestId(`scen-cell-${row}-${column}`).innerText());

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const expected = reportComparison({
  schemaVersion: 2,
  id: 'a-tettere',
  name: 'A tettere',
  horizonYears: 20,
  startYear: 2026,
  assumptions: { capacity: { A: { bra: { mid: 3.0, high: 3.5 } } } },
});

const app = useApp('?e2e=1&view=compare');

test('?view=compare opens the comparison with the basis figures of the report', async () => {
  const { page } = app;
  await page.getByTestId('scenario-compare').waitFor();
  await waitForMapState(page, 'ready');
  assert.match(await cellText(page, 'jobs-mid', 0), new RegExp(`^${nb(expected.basis.newJobsWithinHorizon.mid)}`));
  assert.equal(await page.getByTestId('view-nav-compare').getAttribute('aria-current'), 'page');
  assert.deepEqual(await seriousViolations(page), []);
});

test('a copy of the basis follows an assumption change at once, by the engine’s amount', async () => {
  const { page } = app;
  await page
    .getByTestId('scenario-card-0')
    .getByRole('button', { name: /Lag kopi/ })
    .click();
  await page.getByTestId('scenario-card-2').waitFor();
  assert.match(normaliseSpace(await page.getByTestId('scenario-card-2').innerText()), /Kopi av Kommuneplan \(basis\)/);

  // 3,0 alone is above the default high 2,0: explained at the fields, nothing applied.
  await page.getByLabel('A, %BRA, middels').fill('3,0');
  assert.match(normaliseSpace(await page.getByTestId('scen-abc-A').innerText()), /må oppfylle lav ≤ middels ≤ høy/);
  assert.match(await cellText(page, 'jobs-mid', 2), new RegExp(`^${nb(expected.basis.newJobsWithinHorizon.mid)}`));

  // Raising high to 3,5 applies both; time from the input event to the updated table (React handles it synchronously).
  const elapsedMs = await page.evaluate(() => {
    const input = document.getElementById('scen-A-bra-high') as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    const start = performance.now();
    setter?.call(input, '3,5');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return performance.now() - start;
  });
  const mid = await cellText(page, 'jobs-mid', 2);
  assert.match(mid, new RegExp(`^${nb(expected.scenario.newJobsWithinHorizon.mid)}`), mid);
  assert.match(await cellText(page, 'jobs-high', 2), new RegExp(`^${nb(expected.scenario.newJobsWithinHorizon.high)}`));
  const delta = Number((/\+([\d ]+) mer enn basis/.exec(mid)?.[1] ?? '').replace(/ /g, ''));
  const cliDelta = expected.scenario.newJobsWithinHorizon.mid - expected.basis.newJobsWithinHorizon.mid;
  assert.ok(Math.abs(delta - cliDelta) <= 1, `delta ${delta} vs the report's ${cliDelta}`);
  console.log(`scenario edit → table updated in ${elapsedMs.toFixed(1)} ms; mid jobs ${mid}`);
  assert.ok(elapsedMs < 250, `the update took ${elapsedMs} ms`);

  // Every A site now holds more jobs: the map marks them as changed.
  await waitForMapIdle(page);
  assert.equal((await siteFeatureState(page, 'S01')).changed, true);
  await screenshot(page, 'scenario-compare-edited');
  assert.deepEqual(await seriousViolations(page), []);
});

test('undo and redo with the keyboard', async () => {
  const { page } = app;
  await page.keyboard.press('Control+z');
  assert.match(await cellText(page, 'jobs-mid', 2), new RegExp(`^${nb(expected.basis.newJobsWithinHorizon.mid)}`));
  await page.keyboard.press('Control+Shift+Z');
  assert.match(await cellText(page, 'jobs-mid', 2), new RegExp(`^${nb(expected.scenario.newJobsWithinHorizon.mid)}`));
});

test('the scenario is still there after a reload', async () => {
  const { page } = app;
  await page.reload();
  await page.getByTestId('scenario-compare').waitFor();
  assert.match(normaliseSpace(await page.getByTestId('scenario-card-2').innerText()), /Kopi av Kommuneplan \(basis\)/);
  assert.match(await cellText(page, 'jobs-mid', 2), new RegExp(`^${nb(expected.scenario.newJobsWithinHorizon.mid)}`));
  assert.equal(await page.getByLabel('A, %BRA, middels').inputValue(), '3');
  await waitForMapState(page, 'ready');
  await waitForMapIdle(page);
  await screenshot(page, 'scenario-compare-reloaded');
});

test('keyboard only: from the explorer to the comparison and to the editor, with visible focus; back returns', async () => {
  const { page } = app;
  await page.getByTestId('view-nav-explorer').click();
  await page.getByTestId('site-list').waitFor();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let reached = false;
  for (let i = 0; i < 15 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'view-nav-compare');
  }
  assert.ok(reached, 'Tab did not reach the Scenarioer link');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.keyboard.press('Enter');
  await page.getByTestId('scenario-compare').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('view'), 'compare');

  let field: string | null = null;
  for (let i = 0; i < 80 && field !== 'scen-A-bra-mid'; i++) {
    await page.keyboard.press('Tab');
    field = await page.evaluate(() => document.activeElement?.id ?? null);
  }
  assert.equal(field, 'scen-A-bra-mid', 'Tab did not reach the A %BRA field');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2');
  assert.match(await cellText(page, 'jobs-mid', 2), /mer enn basis/);

  await page.goBack();
  await page.getByTestId('site-list').waitFor();
  await page.goForward();
  await page.getByTestId('scenario-compare').waitFor();
  await screenshot(page, 'scenario-compare-keyboard');
  assert.deepEqual(app.errors, []);
});
