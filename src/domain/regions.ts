// Region assignment: the region polygon a site overlaps most, with a fast path for sites wholly inside one region.
import Flatbush from 'flatbush';
import { localRingsInBox } from './clipToBox.ts';
import {
  bboxOf,
  multiPolygonAreaM2,
  multiPolygonCentroid,
  pointInMultiPolygon,
  segmentsTouch,
  type BboxXY,
} from './geometry.ts';
import { localRingsOf, overlapAreaWithRings, type LocalRings } from './overlapArea.ts';
import type { MultiPolygonXY, Region, SquareMeters, XY } from './types.ts';

export interface RegionIndex {
  regions: Region[];
  bboxes: BboxXY[];
  /** Every edge of every region ring, for "does a border pass through this site?" tests. */
  edges: Flatbush | null;
  /** Edge i runs from (edgeXY[4i], edgeXY[4i+1]) to (edgeXY[4i+2], edgeXY[4i+3]). */
  edgeXY: Float64Array;
  /** Reused by every site's overlap search (see overlapsByRegion). */
  scratch: { overlaps: Map<number, number>; candidates: number[] };
}

/** Builds the index once per region data load. */
export function createRegionIndex(regions: Region[]): RegionIndex {
  const coords: number[] = [];
  for (const region of regions) {
    for (const polygon of region.geometry) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) {
          const a = ring[i - 1] as XY;
          const b = ring[i] as XY;
          coords.push(a[0], a[1], b[0], b[1]);
        }
      }
    }
  }
  const edgeXY = Float64Array.from(coords);
  const n = edgeXY.length / 4;
  let edges: Flatbush | null = null;
  if (n > 0) {
    edges = new Flatbush(n);
    for (let i = 0; i < n; i++) {
      const ax = edgeXY[4 * i] as number;
      const ay = edgeXY[4 * i + 1] as number;
      const bx = edgeXY[4 * i + 2] as number;
      const by = edgeXY[4 * i + 3] as number;
      edges.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    }
    edges.finish();
  }
  return {
    regions,
    bboxes: regions.map((r) => bboxOf(r.geometry)),
    edges,
    edgeXY,
    scratch: { overlaps: new Map(), candidates: [] },
  };
}

function boxesOverlap(a: BboxXY, b: BboxXY): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** True when a region border crosses or touches the site, or a region vertex lies inside it. */
function borderInvolved(index: RegionIndex, edgeIds: number[], geometry: MultiPolygonXY): boolean {
  const e = index.edgeXY;
  for (const id of edgeIds) {
    const ax = e[4 * id] as number;
    const ay = e[4 * id + 1] as number;
    const bx = e[4 * id + 2] as number;
    const by = e[4 * id + 3] as number;
    if (pointInMultiPolygon([ax, ay], geometry)) return true;
    for (const polygon of geometry) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) {
          const p = ring[i - 1] as XY;
          const q = ring[i] as XY;
          if (segmentsTouch(ax, ay, bx, by, p[0], p[1], q[0], q[1])) return true;
        }
      }
    }
  }
  return false;
}

/** A site's geometry with the box its regions are cut to, and its rings for overlapArea.ts, made once per site. */
interface SiteRings {
  geometry: MultiPolygonXY;
  box: BboxXY;
  rings?: LocalRings;
}

/** The site's box grown by a margin: cutting a region to it keeps the work small without changing the overlap. */
function siteRings(geometry: MultiPolygonXY, siteBox: BboxXY): SiteRings {
  const margin = 1 + 0.01 * Math.max(siteBox[2] - siteBox[0], siteBox[3] - siteBox[1]);
  return {
    geometry,
    box: [siteBox[0] - margin, siteBox[1] - margin, siteBox[2] + margin, siteBox[3] + margin],
  };
}

/**
 * Overlap area of the site with one region (exact planar method of overlapArea.ts). The region is first cut to a
 * box slightly larger than the site, which keeps the work small without changing the overlap. Returns null when
 * the result fails the robustness check (it must lie between 0 and the site's area, up to rounding).
 */
function overlapAreaM2(site: SiteRings, siteArea: number, region: MultiPolygonXY): number | null {
  const box = site.box;
  // The region cut to the box, as rings relative to the box's corner (the site's rings' origin).
  const piece = localRingsInBox(region, box, box[0], box[1]);
  if (piece.parts === 0) return 0;
  site.rings ??= localRingsOf(site.geometry, box[0], box[1]);
  const area = overlapAreaWithRings(site.rings, piece.rings);
  // Rounding is a few ulps of the local coordinates times the perimeter; 1e-9 of the area is far above that.
  const tolerance = 1e-9 * siteArea + 1e-6;
  if (!Number.isFinite(area) || area < -tolerance || area > siteArea + tolerance) return null;
  return Math.min(Math.max(area, 0), siteArea);
}

/** Largest overlap wins; equal overlaps go to the name that sorts first, so the answer never depends on file order. */
function pickLargest(regions: Region[], overlaps: Map<number, number>): string | null {
  let best: number | null = null;
  let bestArea = 0;
  for (const [i, area] of overlaps) {
    if (!(area > 0)) continue;
    const name = (regions[i] as Region).name;
    if (best === null || area > bestArea || (area === bestArea && name < (regions[best] as Region).name)) {
      best = i;
      bestArea = area;
    }
  }
  return best === null ? null : (regions[best] as Region).name;
}

/**
 * Overlap area (m²) of the site with each region it overlaps, keyed by region position; bbox supplied by the caller.
 * The map is the index's own, emptied on every call (one Map per site was a good part of the region step's garbage):
 * read it before the next call.
 */
function overlapsByRegion(index: RegionIndex, geometry: MultiPolygonXY, box: BboxXY): Map<number, number> {
  const overlaps = index.scratch.overlaps;
  overlaps.clear();
  const candidates = index.scratch.candidates;
  candidates.length = 0;
  for (let i = 0; i < index.regions.length; i++) if (boxesOverlap(index.bboxes[i] as BboxXY, box)) candidates.push(i);
  if (candidates.length === 0 || !index.edges) return overlaps;
  const edgeIds = index.edges.search(box[0], box[1], box[2], box[3]);
  if (edgeIds.length === 0 || !borderInvolved(index, edgeIds, geometry)) {
    // No border reaches the site: each part lies wholly inside or wholly outside each region.
    for (const polygon of geometry) {
      const probe = polygon[0]?.[0];
      if (!probe) continue;
      const partArea = multiPolygonAreaM2([polygon]);
      for (const i of candidates) {
        if (pointInMultiPolygon(probe, (index.regions[i] as Region).geometry))
          overlaps.set(i, (overlaps.get(i) ?? 0) + partArea);
      }
    }
    return overlaps;
  }
  const siteArea = multiPolygonAreaM2(geometry);
  const site = siteRings(geometry, box);
  for (const i of candidates) {
    const region = (index.regions[i] as Region).geometry;
    // Invalid input (crossing rings) can fail the check; then the site's centre of mass decides, as before.
    const area =
      overlapAreaM2(site, siteArea, region) ??
      (pointInMultiPolygon(multiPolygonCentroid(geometry), region) ? siteArea : 0);
    if (area > 0) overlaps.set(i, area);
  }
  return overlaps;
}

/** Overlap of the site with every region it touches by area, in region order (for display and checks). */
export function regionOverlaps(
  index: RegionIndex,
  geometry: MultiPolygonXY,
): { region: string; areaM2: SquareMeters }[] {
  const overlaps = overlapsByRegion(index, geometry, bboxOf(geometry));
  return [...overlaps.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([i, areaM2]) => ({ region: (index.regions[i] as Region).name, areaM2: areaM2 as SquareMeters }));
}

/** Region of the site given its bbox (saves recomputing it in the pipeline). */
export function assignRegionWithBox(index: RegionIndex, geometry: MultiPolygonXY, box: BboxXY): string | null {
  return pickLargest(index.regions, overlapsByRegion(index, geometry, box));
}

/** Name of the region with the largest overlap with the site; null when it overlaps none. */
export function assignRegion(index: RegionIndex, geometry: MultiPolygonXY): string | null {
  return assignRegionWithBox(index, geometry, bboxOf(geometry));
}
