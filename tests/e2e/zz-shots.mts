// Temporary screenshot driver (not committed).
import { launchBrowser } from './helpers/browser.ts';
const base = 'http://127.0.0.1:47110/';
const pages = (process.argv[2] ?? '').split(',').filter(Boolean);
const sizes = [{ w: 1440, h: 900, n: 'desk' }, { w: 390, h: 844, n: 'phone' }];
const l = await launchBrowser();
for (const q of pages) {
  for (const s of sizes) {
    const ctx = await l.browser.newContext({ viewport: { width: s.w, height: s.h }, deviceScaleFactor: 1, hasTouch: s.n === 'phone', isMobile: s.n === 'phone' });
    await ctx.route('https://cache.kartverket.no/**', (r) => r.abort());
    const page = await ctx.newPage();
    await page.goto(base + '?e2e=1&' + q);
    await page.locator('[data-testid="map"][data-map-state="ready"]').first().waitFor({ timeout: 30000 }).catch(() => {});
    await page.waitForTimeout(1500);
    const name = (q.replace(/[^a-z0-9]+/gi, '_') || 'home') + '-' + s.n;
    await page.screenshot({ path: `/tmp/issue-10/shots/${name}.png` });
    const info = await page.evaluate(() => ({ sh: document.documentElement.scrollHeight, canvasTop: document.querySelector('.maplibregl-canvas')?.getBoundingClientRect().top }));
    console.log(name, JSON.stringify(info));
    await ctx.close();
  }
}
await l.close();
