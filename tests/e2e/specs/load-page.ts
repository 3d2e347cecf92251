// Opening the app for the load tests with a record of Content-Security-Policy violations and JavaScript dialogs, and driving the load dialog.
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { baseUrl } from '../helpers/app.ts';
import { REPO_ROOT } from '../helpers/report.ts';

/** Kartverket's tile service, which the default map tries first. */
const KARTVERKET = 'https://cache.kartverket.no/';

export const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures');

export interface WatchedPage {
  page: Page;
  /** console.error messages and uncaught page errors since the page opened. */
  errors: string[];
  /** alert/confirm/prompt dialogs the page opened (a payload that ran would typically show one). */
  jsDialogs: string[];
  /** CSP violations reported by the page, as "directive blocked-uri". */
  cspViolations: () => Promise<string[]>;
  close: () => Promise<void>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
    __pwned?: unknown;
  }
}

export async function openWatched(browser: Browser, query = '?e2e=1'): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  // Runs before any page script, so a violation during start-up is caught too.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const jsDialogs: string[] = [];
  page.on('console', (msg) => {
    // The default background map asks Kartverket for one tile; offline (always, in tests) the browser logs that
    // refusal itself. basemap-auto.spec.ts checks what the map does then.
    if (msg.type() === 'error' && !msg.location().url.startsWith(KARTVERKET)) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('dialog', (d) => {
    jsDialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${baseUrl()}/${query}`);
  return {
    page,
    errors,
    jsDialogs,
    cspViolations: () => page.evaluate(() => window.__cspViolations ?? []),
    close: () => context.close(),
  };
}

/** Opens "Last inn data", gives it files, and waits for the preview or the error. */
export async function loadFiles(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<void> {
  await page.getByRole('button', { name: 'Last inn data' }).click();
  await page.getByRole('dialog', { name: 'Last inn egne data' }).waitFor();
  await page.setInputFiles('[data-testid=file-input]', files);
  await page.locator('[data-testid=load-counts], [data-testid=load-error]').first().waitFor();
}
