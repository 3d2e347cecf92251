// The e2e driver: opens the built app (one Chromium per spec file, useChromium/useApp), given/when/then steps, waits on
// the map's own events, and reads pixels from screenshots.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from './browser.ts';
import { decodePng, type DecodedPng } from './png.ts';

/** Kartverket's tile service, which the default map tries first. */
const KARTVERKET = 'https://cache.kartverket.no/';

export const ARTIFACTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e`.');
  return url;
}

export interface AppPage {
  page: Page;
  /** console.error messages and uncaught page errors since the page opened. */
  errors: string[];
  /** alert/confirm/prompt dialogs the page opened (a payload that ran would typically show one); each is dismissed. */
  jsDialogs: string[];
  /** Content-Security-Policy violations reported by the page, as "directive blocked-uri". */
  cspViolations: () => Promise<string[]>;
  close: () => Promise<void>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
    __pwned?: unknown;
  }
}

/** Opens the built app at `query` in a new 1280 × 800 context that records errors, JavaScript dialogs and CSP
 * violations. */
export async function openApp(browser: Browser, query = '?e2e=1'): Promise<AppPage> {
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

/** The spec file's Chromium (see useChromium). */
export interface Chromium {
  /** The browser, inside the tests. */
  readonly browser: Browser;
  /** The browser once it is up: for the spec's own `before` hooks (node:test starts top-level hooks together). */
  ready: () => Promise<Browser>;
  /** openApp on this browser; the page is closed (again, if the test closed it) before the browser closes. */
  open: (query?: string) => Promise<AppPage>;
}

/**
 * One headless Chromium for the spec file: launched before its first test, closed after its last, with every page
 * opened through it. `extraArgs` take something away (e.g. `--disable-3d-apis`). Call it at the top level of the spec.
 */
export function useChromium(extraArgs: string[] = []): Chromium {
  let launching: Promise<LaunchedBrowser> | undefined;
  let launched: LaunchedBrowser | undefined;
  const opened: AppPage[] = [];
  const ready = async (): Promise<Browser> => {
    launching ??= launchBrowser(extraArgs);
    launched = await launching;
    return launched.browser;
  };
  before(async () => {
    await ready();
  });
  after(async () => {
    for (const app of opened) await app.close();
    if (launching) await (await launching).close();
  });
  return {
    get browser(): Browser {
      if (!launched) throw new Error('useChromium: the browser is only there inside the tests (after `before`)');
      return launched.browser;
    },
    ready,
    open: async (query?: string) => {
      const app = await openApp(await ready(), query);
      opened.push(app);
      return app;
    },
  };
}

/**
 * One page of the app for the whole spec file, opened at `query` before the first test (after its Chromium is up) and
 * closed after the last. The returned object reads through to that page, so `app.page` and `const { page } = app`
 * work inside the tests.
 */
export function useApp(query = '?e2e=1', extraArgs: string[] = []): AppPage & { readonly browser: Browser } {
  let launched: LaunchedBrowser | undefined;
  let opened: AppPage | undefined;
  before(async () => {
    launched = await launchBrowser(extraArgs);
    opened = await openApp(launched.browser, query);
  });
  after(async () => {
    await opened?.close();
    await launched?.close();
  });
  const current = (): AppPage => {
    if (!opened) throw new Error(`useApp(${query}): the page is only there inside the tests (after \`before\`)`);
    return opened;
  };
  return {
    get browser() {
      if (!launched) throw new Error('useApp: the browser is only there inside the tests (after `before`)');
      return launched.browser;
    },
    get page() {
      return current().page;
    },
    get errors() {
      return current().errors;
    },
    get jsDialogs() {
      return current().jsDialogs;
    },
    cspViolations: () => current().cspViolations(),
    close: () => current().close(),
  };
}

/**
 * Waits for the map's load state; on the explorer also for its side panels, which are fetched once the first map is
 * ready or failed (src/state/firstMap.ts), so a spec can use the list and the summary right after.
 */
export async function waitForMapState(page: Page, state: 'ready' | 'error', timeoutMs = 30_000): Promise<void> {
  await page.locator(`[data-testid="map"][data-map-state="${state}"]`).waitFor({ timeout: timeoutMs });
  await waitForPanels(page, timeoutMs);
}

/** On the explorer: waits until both side panels have their content (no-op on the other pages). */
export async function waitForPanels(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('main.layout') === null ||
      (document.querySelector('main.layout [data-testid="region-summary"]') !== null &&
        document.querySelector('main.layout [data-testid="site-list"]') !== null),
    undefined,
    { timeout: timeoutMs },
  );
}

/** Resolves on the map's next 'idle' (all sources loaded, nothing animating) after a forced repaint. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __naeringsarealkart: { map: MiniMap } }).__naeringsarealkart.map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** The subset of the maplibre Map used inside page.evaluate. */
export interface MiniMap {
  once: (event: string, cb: () => void) => void;
  triggerRepaint: () => void;
  project: (lngLat: [number, number]) => { x: number; y: number };
  getContainer: () => HTMLElement;
  queryRenderedFeatures: (
    point: [number, number],
    options: { layers: string[] },
  ) => { properties: Record<string, unknown> }[];
}

/** Page coordinates (CSS px) of a lon/lat, via the map's own projection. */
export async function lngLatToPage(page: Page, lngLat: readonly [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([lon, lat]) => {
      const map = (window as unknown as { __naeringsarealkart: { map: MiniMap } }).__naeringsarealkart.map;
      const p = map.project([lon, lat]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    [lngLat[0], lngLat[1]] as [number, number],
  );
}

/** Properties of the rendered features of `layers` under a page point. */
export async function featuresAt(
  page: Page,
  point: { x: number; y: number },
  layers: string[],
): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    ({ x, y, layers: ls }) => {
      const map = (window as unknown as { __naeringsarealkart: { map: MiniMap } }).__naeringsarealkart.map;
      const box = map.getContainer().getBoundingClientRect();
      return map.queryRenderedFeatures([x - box.left, y - box.top], { layers: ls }).map((f) => f.properties);
    },
    { x: point.x, y: point.y, layers },
  );
}

/** A full-page screenshot, saved under tests/e2e/artifacts/<name>.png and decoded for pixel checks. */
export async function screenshot(page: Page, name: string): Promise<DecodedPng> {
  const png = await page.screenshot({ type: 'png' });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(join(ARTIFACTS_DIR, `${name}.png`), png);
  return decodePng(png);
}

/** Text with every run of whitespace (incl. the no-break spaces of nb-NO numbers) as one plain space. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** The maplibre map's feature-state of one site (hover, selected, hidden). */
export async function siteFeatureState(
  page: Page,
  siteId: string,
  source = 'site-markers',
): Promise<Record<string, unknown>> {
  return page.evaluate(
    ({ id, src }) => {
      // Feature-state is keyed by the site's numeric key, never by its id (which may be "__proto__").
      const hook = (
        window as unknown as {
          __naeringsarealkart: {
            map: { getFeatureState: (f: object) => Record<string, unknown> };
            siteKey: (id: string) => number | undefined;
          };
        }
      ).__naeringsarealkart;
      const key = hook.siteKey(id);
      return key === undefined ? {} : hook.map.getFeatureState({ source: src, id: key });
    },
    { id: siteId, src: source },
  );
}

/** Centre and zoom of the map. */
export async function mapCamera(page: Page): Promise<{ lng: number; lat: number; zoom: number }> {
  return page.evaluate(() => {
    const map = (
      window as unknown as {
        __naeringsarealkart: { map: { getCenter: () => { lng: number; lat: number }; getZoom: () => number } };
      }
    ).__naeringsarealkart.map;
    const c = map.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
  });
}

/** Moves the map as a user would end up (jumpTo fires moveend like a drag does). */
export async function jumpMap(page: Page, camera: { lng: number; lat: number; zoom: number }): Promise<void> {
  await page.evaluate((c) => {
    const map = (window as unknown as { __naeringsarealkart: { map: { jumpTo: (o: object) => void } } })
      .__naeringsarealkart.map;
    map.jumpTo({ center: [c.lng, c.lat], zoom: c.zoom });
  }, camera);
}

/** The ids of the site rows in the list, in order. */
export async function listedSiteIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="site-list"] button[data-site-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id') ?? ''));
}

/** given: how a test finds the app before it acts. */
export const given = {
  /** The app opened at `query` with its map ready and idle (`map: 'ready'` skips the idle wait, 'error' waits for the
   * failure). */
  async appAt(
    browser: Browser,
    query = '?e2e=1',
    options: { map?: 'idle' | 'ready' | 'error'; timeoutMs?: number } = {},
  ): Promise<AppPage> {
    const map = options.map ?? 'idle';
    const app = await openApp(browser, query);
    await waitForMapState(app.page, map === 'error' ? 'error' : 'ready', options.timeoutMs);
    if (map === 'idle') await waitForMapIdle(app.page);
    return app;
  },
  /** The map of an open page ready and idle. */
  async mapSettled(page: Page): Promise<void> {
    await waitForMapState(page, 'ready');
    await waitForMapIdle(page);
  },
};

/** when: what the user does. */
export const when = {
  /** Clicks the site's row in the list. */
  async selectSiteInList(page: Page, siteId: string): Promise<void> {
    await page.locator(`[data-testid="site-list"] [data-site-id="${siteId}"]`).click();
  },
};

/** then: what the user sees (each step asserts, or returns what a test compares). */
export const then = {
  /** The site card's heading once the card is shown, whitespace normalised. */
  async cardTitle(page: Page): Promise<string> {
    const card = page.getByTestId('site-card');
    await card.waitFor();
    return normaliseSpace(await card.locator('h2').innerText());
  },
  /** No console error or page error since the page opened. */
  noPageErrors(app: Pick<AppPage, 'errors'>): void {
    assert.deepEqual(app.errors, []);
  },
};
