// Kommune profiles in the app: `?profile=baerum` shows Bærum (one region from its profile, no bundled sites or hubs,
// no plan figures) and says what is missing, with no NaN or infinity anywhere; the default stays Asker.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { normaliseSpace, openApp, screenshot, waitForMapIdle, waitForMapState } from '../helpers/app.ts';
import { launchBrowser, type LaunchedBrowser } from '../helpers/browser.ts';

let launched: LaunchedBrowser;

before(async () => {
  launched = await launchBrowser();
});
after(async () => {
  await launched?.close();
});

test("?profile=baerum: Bærum's one region, plan figures shown as missing, no NaN", async () => {
  const app = await openApp(launched.browser, '?e2e=1&profile=baerum');
  try {
    await waitForMapState(app.page, 'ready');
    assert.equal(
      normaliseSpace(await app.page.getByRole('heading', { level: 1 }).innerText()),
      'Næringsarealkart – Bærum',
    );
    assert.equal(await app.page.title(), 'Næringsarealkart – Bærum');
    const labels = await app.page.locator('.map-region-label').allInnerTexts();
    assert.deepEqual(labels.map(normaliseSpace), ['Bærum']);
    assert.match(normaliseSpace(await app.page.locator('.legend').first().innerText()), /Bærum/);
    assert.doesNotMatch(normaliseSpace(await app.page.locator('.legend').first().innerText()), /Asker/);
    const summary = app.page.getByTestId('region-summary');
    await summary.waitFor();
    assert.equal(normaliseSpace(await summary.locator('h2').innerText()), 'Bærum');
    const planCells = await summary
      .locator('tbody tr')
      .evaluateAll((rows) =>
        Object.fromEntries(rows.map((r) => [r.getAttribute('data-row'), r.lastElementChild?.textContent ?? ''])),
      );
    for (const key of ['existing', 'future', 'new-jobs-within', 'supply-years', 'land-per-new-job'])
      assert.equal(planCells[key], 'mangler', key);
    assert.match(
      normaliseSpace(await app.page.getByTestId('summary-plan-missing').innerText()),
      /Planens tall mangler i profilen for Bærum/,
    );
    assert.match(
      normaliseSpace(await app.page.getByTestId('profile-notice').innerText()),
      /Kommuneprofil: Bærum \(3201\)/,
    );
    await app.page.getByTestId('profile-no-sites').waitFor();
    await app.page.getByTestId('profile-no-hubs').waitFor();
    // The Asker example-data note and Asker's plan figures are nowhere on the page.
    const text = await app.page.locator('body').innerText();
    assert.doesNotMatch(text, /NaN|Infinity|∞/);
    assert.doesNotMatch(text, /7\s425|5\s720|15\s000–20\s000|500–550/);
    assert.doesNotMatch(text, /Eksempeldata/);
    assert.ok(app.page.url().includes('profile=baerum'), 'the link keeps the profile');
    await screenshot(app.page, 'profile-baerum');
    // The profile notes and the empty summary meet WCAG 2.1 AA like the Asker page (a11y.spec.ts).
    await waitForMapIdle(app.page);
    const axe = await new AxeBuilder({ page: app.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    assert.deepEqual(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
      [],
    );
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('no profile: Asker, its two regions and its plan figures, as before', async () => {
  const app = await openApp(launched.browser, '?e2e=1');
  try {
    await waitForMapState(app.page, 'ready');
    assert.equal(
      normaliseSpace(await app.page.getByRole('heading', { level: 1 }).innerText()),
      'Næringsarealkart – Asker',
    );
    const summary = app.page.getByTestId('region-summary');
    assert.equal(normaliseSpace(await summary.locator('h2').innerText()), 'Asker nord og Asker syd');
    assert.equal(normaliseSpace(await summary.locator('tr[data-row="existing"] td').last().innerText()), '7 425');
    assert.equal(await app.page.getByTestId('profile-notice').count(), 0);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('an unknown profile id is a clear message, not a blank page', async () => {
  const app = await openApp(launched.browser, '?e2e=1&profile=oslo');
  try {
    const alert = app.page.getByRole('alert');
    await alert.waitFor();
    assert.match(normaliseSpace(await alert.innerText()), /kommuneprofilen «oslo», men den følger ikke med appen/);
  } finally {
    await app.close();
  }
});

test('?profile=baerum&view=compare: the scenario page names Bærum and has none of Asker’s targets or sources', async () => {
  const app = await openApp(launched.browser, '?e2e=1&profile=baerum&view=compare');
  try {
    const page = app.page.getByTestId('scenario-compare');
    await page.waitFor();
    const text = normaliseSpace(await page.innerText());
    assert.match(text, /for regionene i Bærum og for kommunens mål/);
    // The preset made for Asker syd is not offered under Bærum, so no Asker word is left (targets, sources, regions,
    // presets and the map legend all follow the profile).
    assert.doesNotMatch(text, /Asker|Temaplan|§5\.9\.2|15\s000|500–550|420\sm²/);
    assert.doesNotMatch(text, /NaN|Infinity|∞/);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

/** The page's own words under ?profile=baerum, with the parts that show data from a file left out (none is loaded). */
async function pageWords(app: Awaited<ReturnType<typeof openApp>>): Promise<string> {
  return normaliseSpace(await app.page.locator('body').innerText());
}

for (const lang of ['nb', 'en'] as const) {
  test(`?profile=baerum (${lang}): no Asker word on the explorer, investor and scenario pages, at 1440×900 and 390×844`, async () => {
    for (const [view, ready] of [
      ['', 'region-summary'],
      ['investor', 'investor-view'],
      ['compare', 'scenario-compare'],
    ] as const) {
      for (const [w, h] of [
        [1440, 900],
        [390, 844],
      ] as const) {
        const app = await openApp(launched.browser, `?e2e=1&profile=baerum&lang=${lang}${view ? `&view=${view}` : ''}`);
        try {
          await app.page.setViewportSize({ width: w, height: h });
          await app.page.getByTestId(ready).waitFor();
          if (view === '') await waitForMapState(app.page, 'ready');
          const text = await pageWords(app);
          assert.match(text, /Bærum/, `${view || 'explorer'} ${lang} names Bærum`);
          assert.doesNotMatch(text, /Asker|Invest in|E18|E134|Røyken|Hurum|Temaplan/, `${view || 'explorer'} ${lang}`);
          assert.doesNotMatch(text, /NaN|Infinity|∞/);
          if (view === 'investor')
            assert.match(
              text,
              lang === 'nb'
                ? /Kommuneprofilen for Bærum nevner ingen organisasjon som tar imot investorer|Ledige næringsarealer i Bærum/
                : /Available business land in Bærum/,
            );
          if (view === 'compare')
            assert.match(text, lang === 'nb' ? /ingen egne ferdige scenarioer/ : /no ready-made scenarios of its own/);
          await screenshot(app.page, `profile-baerum-${view || 'explorer'}-${lang}-${w}x${h}`);
          assert.deepEqual(app.errors, []);
        } finally {
          await app.close();
        }
      }
    }
  });
}
