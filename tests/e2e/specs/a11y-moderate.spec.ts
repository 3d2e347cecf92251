// axe on every page, moderate findings included (a11y.spec.ts gates serious/critical): no two landmarks of one name,
// and nothing outside a landmark.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, useChromium, waitForMapState } from '../helpers/app.ts';

const chromium = useChromium();

for (const query of ['?e2e=1&site=S23', '?e2e=1&view=investor', '?e2e=1&view=compare']) {
  test(`${query}: no moderate, serious or critical axe findings`, async () => {
    const app = await openApp(chromium.browser, query);
    await waitForMapState(app.page, 'ready');
    const result = await new AxeBuilder({ page: app.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    const found = result.violations
      .filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    assert.deepEqual(found, []);
    await app.close();
  });
}
