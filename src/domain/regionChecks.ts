// Checks of the regions against each other and against the sites: overlapping regions and regions no site lies in.
import { bboxOf, multiPolygonAreaM2, type BboxXY } from './geometry.ts';
import { overlapArea } from './overlapArea.ts';
import type { Region, SiteGeometryMetrics, Warning } from './types.ts';

/**
 * Overlap below this share of the smaller region is drawing noise along a shared border, not an overlap that
 * changes any figure (1e-6 of Asker syd's 274 km² is 274 m²; a real overlap of one site is thousands).
 */
const NOISE_SHARE = 1e-6;

/** The codes regionWarnings gives: they describe the layers together, so they are recomputed, never carried over. */
export const REGION_CHECK_CODES: ReadonlySet<string> = new Set(['regions-overlap', 'region-empty']);

export interface RegionOverlap {
  a: string;
  b: string;
  overlapM2: number;
}

/** Pairs of regions whose areas overlap (beyond border noise), in input order. Few regions: pairs by bounding box. */
export function overlappingRegions(regions: readonly Region[]): RegionOverlap[] {
  const boxes = regions.map((r) => bboxOf(r.geometry));
  const areas = regions.map((r) => multiPolygonAreaM2(r.geometry));
  const out: RegionOverlap[] = [];
  for (let i = 0; i < regions.length; i++) {
    for (let j = i + 1; j < regions.length; j++) {
      const p = boxes[i] as BboxXY;
      const q = boxes[j] as BboxXY;
      if (p[0] > q[2] || q[0] > p[2] || p[1] > q[3] || q[1] > p[3]) continue;
      const ox = Math.max(p[0], q[0]);
      const oy = Math.max(p[1], q[1]);
      const overlapM2 = overlapArea((regions[i] as Region).geometry, (regions[j] as Region).geometry, ox, oy);
      if (overlapM2 > NOISE_SHARE * Math.min(areas[i] as number, areas[j] as number)) {
        out.push({ a: (regions[i] as Region).name, b: (regions[j] as Region).name, overlapM2 });
      }
    }
  }
  return out;
}

/** Regions that no site is assigned to (largest overlap), in input order; none when there are no sites at all. */
export function emptyRegions(
  regions: readonly Region[],
  metrics: readonly Pick<SiteGeometryMetrics, 'region'>[],
): string[] {
  if (metrics.length === 0) return [];
  const used = new Set(metrics.map((m) => m.region));
  return regions.map((r) => r.name).filter((name) => !used.has(name));
}

/**
 * Warnings about the regions as data: two regions that overlap (a site there counts only in the one it overlaps
 * most, so the regions' totals cannot be read side by side), and a region no site lies in (often a wrong CRS or the
 * wrong file). Example: regions "Nord" and "Syd" sharing 12 daa → one `regions-overlap` warning.
 */
export function regionWarnings(
  regions: readonly Region[],
  metrics: readonly Pick<SiteGeometryMetrics, 'region'>[],
): Warning[] {
  const warnings: Warning[] = overlappingRegions(regions).map((o) => ({
    code: 'regions-overlap',
    params: { a: o.a, b: o.b, overlapDaa: String(o.overlapM2 / 1000) },
  }));
  for (const name of emptyRegions(regions, metrics)) {
    warnings.push({
      code: 'region-empty',
      params: { region: name },
    });
  }
  return warnings;
}
