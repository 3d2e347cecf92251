// Spatial index of public-transport hubs and the nearest-hub search from a site polygon (flatbush).
import Flatbush from 'flatbush';
import { bboxOf, distancePointToMultiPolygonM, type BboxXY } from './geometry.ts';
import type { Hub, HubType, Meters, MultiPolygonXY, XY } from './types.ts';

/** One searchable set of hubs (all hubs, or one type). */
interface HubSet {
  hubs: Hub[];
  index: Flatbush | null;
  /** Half-size of a box around a point that holds a few hubs on average (for the cheap seed search). */
  seedRadius: number;
}

export interface HubIndex {
  all: HubSet;
  byType: Record<HubType, HubSet>;
}

export interface NearestHub {
  hub: Hub;
  /** Distance from the site polygon (0 when the hub is inside). */
  distanceM: Meters;
  /** Distance from the site's centroid to the same hub. */
  centroidDistanceM: Meters;
}

export const HUB_TYPES: readonly HubType[] = ['tog', 'buss', 'båt'];

/**
 * Distances closer than this count as equal, so that float noise does not decide a tie that the tie rules
 * (nearer the centroid, then smaller id) should decide. A millimetre is far below any real difference.
 */
const TIE_M = 1e-3;

function makeSet(hubs: Hub[]): HubSet {
  if (hubs.length === 0) return { hubs, index: null, seedRadius: 0 };
  const index = new Flatbush(hubs.length);
  for (const h of hubs) index.add(h.xy[0], h.xy[1], h.xy[0], h.xy[1]);
  index.finish();
  // About 4 hubs in a box of side 2r when they are spread evenly over their extent.
  const area = (index.maxX - index.minX) * (index.maxY - index.minY);
  const seedRadius = Number.isFinite(area) && area > 0 ? Math.sqrt(area / hubs.length) : 1;
  return { hubs, index, seedRadius };
}

/** Builds the index once per hub data load. */
export function createHubIndex(hubs: Hub[]): HubIndex {
  const byType = {} as Record<HubType, HubSet>;
  for (const t of HUB_TYPES) byType[t] = makeSet(hubs.filter((h) => h.type === t));
  return { all: makeSet(hubs), byType };
}

/** True when candidate a beats b: smaller polygon distance, then smaller centroid distance, then smaller id. */
export function betterHub(a: NearestHub, b: NearestHub): boolean {
  if (Math.abs(a.distanceM - b.distanceM) > TIE_M) return a.distanceM < b.distanceM;
  if (Math.abs(a.centroidDistanceM - b.centroidDistanceM) > TIE_M) return a.centroidDistanceM < b.centroidDistanceM;
  return a.hub.id < b.hub.id;
}

function candidate(hub: Hub, geometry: MultiPolygonXY, centroid: XY): NearestHub {
  return {
    hub,
    distanceM: distancePointToMultiPolygonM(hub.xy, geometry),
    centroidDistanceM: Math.hypot(hub.xy[0] - centroid[0], hub.xy[1] - centroid[1]) as Meters,
  };
}

/**
 * A hub near the centroid, to bound the search: the nearest of those in a small box around it (cheaper than a
 * k-nearest query), or the true nearest by flatbush's k-nearest search when that box is empty.
 */
function seedNear(set: HubSet, centroid: XY): number | undefined {
  const index = set.index as Flatbush;
  const [cx, cy] = centroid;
  const r = set.seedRadius;
  let best: number | undefined;
  let bestD = Infinity;
  for (const i of index.search(cx - r, cy - r, cx + r, cy + r)) {
    const xy = (set.hubs[i] as Hub).xy;
    const d = (xy[0] - cx) ** 2 + (xy[1] - cy) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best ?? index.neighbors(cx, cy, 1)[0];
}

/**
 * Nearest hub in one set. The hub nearest the centroid gives an upper bound d on the polygon distance, so every
 * better hub lies in the site's bbox grown by d: only those get the exact (costlier) polygon distance.
 */
export function nearestInSet(set: HubSet, geometry: MultiPolygonXY, bbox: BboxXY, centroid: XY): NearestHub | null {
  if (!set.index) return null;
  const seed = seedNear(set, centroid);
  if (seed === undefined) return null;
  const seedHub = set.hubs[seed] as Hub;
  const bound = distancePointToMultiPolygonM(seedHub.xy, geometry) + 2 * TIE_M;
  const ids = set.index.search(bbox[0] - bound, bbox[1] - bound, bbox[2] + bound, bbox[3] + bound);
  let best: NearestHub | null = null;
  for (const i of ids) {
    const hub = set.hubs[i] as Hub;
    // The distance to the site's box is a lower bound on the distance to the site: a hub already farther than the
    // best (beyond the tie margin) is skipped without the exact polygon distance.
    if (best !== null) {
      const dx = Math.max(bbox[0] - hub.xy[0], 0, hub.xy[0] - bbox[2]);
      const dy = Math.max(bbox[1] - hub.xy[1], 0, hub.xy[1] - bbox[3]);
      if (dx * dx + dy * dy > (best.distanceM + 2 * TIE_M) ** 2) continue;
    }
    const c = candidate(hub, geometry, centroid);
    if (best === null || betterHub(c, best)) best = c;
  }
  // The seed is always inside the search box; this only guards against a NaN centroid.
  return best ?? candidate(seedHub, geometry, centroid);
}

/**
 * Nearest hub (of `type`, or of any type) to a site: straight-line planar distance from the polygon, 0 when a hub
 * lies inside. Ties go to the hub nearer the centroid, then the smaller id. Null when there is no such hub.
 */
export function nearestHub(index: HubIndex, geometry: MultiPolygonXY, centroid: XY, type?: HubType): NearestHub | null {
  const set = type === undefined ? index.all : index.byType[type];
  return nearestInSet(set, geometry, bboxOf(geometry), centroid);
}
