// Screenshots after a large plan file loads: `npx tsx scripts/shot-load.ts [sites=20000] [outDir=/tmp]` writes
// load-<sites>-desktop.png (1440x900) and load-<sites>-phone.png (390x844), and prints how many sites the map drew.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/helpers/browser.ts';
import { makeBorderData } from './bench/borderData.ts';
import { buildApp, serve } from './bench-browser.ts';

const [sitesArg = '20000', outDir = '/tmp'] = process.argv.slice(2);
const sites = Number(sitesArg);
const dist = `/tmp/naeringsarealkart-shot-app-${process.pid}`;
const planFile = `/tmp/naeringsarealkart-shot-plan-${process.pid}.geojson`;

buildApp(dist);
const app = await serve(dist);
const { browser, close } = await launchBrowser();
try {
  writeFileSync(planFile, JSON.stringify(makeBorderData(sites, 0, 12).sites));
  for (const [name, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.log(`[${name} console ${m.type()}] ${m.text()}`);
    });
    page.on('pageerror', (e) => console.log(`[${name} page error] ${e.message}`));
    await page.goto(`${app.url}/`);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Last inn data' }).click();
    await page.setInputFiles('[data-testid=file-input]', planFile);
    await page.getByRole('button', { name: 'Bruk dataene' }).click();
    await page.waitForSelector(`[data-map-sites="${sites}"][data-map-polygons="${sites}"]`, { timeout: 120_000 });
    const file = join(outDir, `load-${sites}-${name}.png`);
    await page.screenshot({ path: file });
    console.log(`${file}: map drew ${await page.getAttribute('[data-testid=map]', 'data-map-sites')} sites`);
    await context.close();
  }
} finally {
  await close();
  app.server.close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(planFile, { force: true });
}
