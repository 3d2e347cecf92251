// Picks a site whose centre can be clicked and sampled on the map: existing, typed, not covered by a hub or another
// site.
import type { Page } from 'playwright-core';
import { featuresAt, lngLatToPage } from './app.ts';
import type { ReportSite } from './report.ts';

export interface ClickableSite {
  site: ReportSite;
  point: { x: number; y: number };
}

const SITE_LAYERS = ['site-marker', 'site-fill'];
const HUB_LAYER = 'hub-circle';

/** Largest first by default, so the sampled pixel sits well inside the polygon; `order` can ask for another order. */
export async function chooseClickableSite(
  page: Page,
  sites: ReportSite[],
  order: (a: ReportSite, b: ReportSite) => number = (a, b) => b.area_m2 - a.area_m2,
): Promise<ClickableSite> {
  const candidates = sites.filter((s) => s.status === 'eksisterende' && s.abc !== null).sort(order);
  for (const site of candidates) {
    const point = await lngLatToPage(page, [site.centroid_lon, site.centroid_lat]);
    // Only this site's marker and polygon under the point: no neighbour's marker overlapping it.
    const under = await featuresAt(page, point, SITE_LAYERS);
    if (under.length === 0 || under.some((p) => p.id !== site.id)) continue;
    // Stay clear of hub circles (radius 6 px + stroke) around the sampled pixel.
    const hubs = await Promise.all(
      [-12, 0, 12].flatMap((dx) =>
        [-12, 0, 12].map((dy) => featuresAt(page, { x: point.x + dx, y: point.y + dy }, [HUB_LAYER])),
      ),
    );
    if (hubs.some((h) => h.length > 0)) continue;
    // The legend, labels and buttons float over the canvas; the pixel must show the canvas itself.
    const onCanvas = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName === 'CANVAS', point);
    if (!onCanvas) continue;
    return { site, point };
  }
  throw new Error('no existing site with an uncovered centroid is visible on the map');
}
