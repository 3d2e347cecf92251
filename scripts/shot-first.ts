// Screenshots of the first screen: `npx tsx scripts/shot-first.ts [dist] [outDir=/tmp]` writes first-<size>-shell.png
// (the explorer's first map in index.html's shell, the React app held back) and first-<size>-app.png (the app once it
// has taken the map over), at 1440x900 and 390x844, and prints where the map area sits in both.
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/helpers/browser.ts';
import { buildApp, serve } from './bench-browser.ts';

const [distArg, outDir = '/tmp'] = process.argv.slice(2);
const dist = distArg ?? `/tmp/naeringsarealkart-shot-first-${process.pid}`;
if (!distArg) buildApp(dist);
const app = await serve(dist);
const { browser, close } = await launchBrowser();
try {
  for (const [name, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.log(`[${name} page error] ${e.message}`));
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/appRoot-.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${app.url}/`);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
    await page.waitForTimeout(300);
    const box = async () => JSON.stringify(await page.locator('.maplibregl-canvas').boundingBox());
    console.log(`${name} shell: canvas ${await box()}`);
    await page.screenshot({ path: join(outDir, `first-${name}-shell.png`) });
    release();
    await page.waitForSelector('.app-header select', { timeout: 60_000 });
    await page.waitForTimeout(1500);
    console.log(`${name} app:   canvas ${await box()}, maps ${await page.locator('.maplibregl-canvas').count()}`);
    await page.screenshot({ path: join(outDir, `first-${name}-app.png`) });
    await context.close();
  }
} finally {
  await close();
  app.server.close();
}
