// Launches Debian's headless Chromium with the flags that give maplibre a software WebGL2 context here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface LaunchedBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

/** `extraArgs` lets a test take something away, e.g. `--disable-3d-apis` for the no-WebGL fallback. */
export async function launchBrowser(extraArgs: string[] = []): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'naeringsarealkart-e2e-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Playwright's own defaults assume its bundled browser; these are the flags that work with Debian's.
    ignoreDefaultArgs: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--enable-unsafe-swiftshader',
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      '--no-startup-window',
      // Nothing leaves the machine: every host but the local test server fails to resolve. Tests that need a remote
      // service (Kartverket's tiles) stand it in with page.route, which answers before any name lookup.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ...extraArgs,
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
