// Spatial index of public-transport hubs and the nearest-hub search from a site polygon (flatbush).
import Flatbush from 'flatbush';
import { bboxOf, distancePointToBoundaryM, distancePointToMultiPolygonM, type BboxXY } from './geometry.ts';
import type { Hub, HubType, Meters, MultiPolygonXY, XY } from './types.ts';

/**
 * The hubs of a set bucketed in a uniform grid of square cells (about one hub a cell): a box query walks the cells it
 * covers with no allocation, which is most of the nearest-hub search. Hubs are stored cell by cell, in input order
 * within a cell.
 */
interface HubGrid {
  minX: number;
  minY: number;
  cell: number;
  nx: number;
  ny: number;
  /** Hubs of cell c are order[start[c] … start[c + 1] − 1]; x and y are theirs, in the same order. */
  start: Int32Array;
  order: Int32Array;
  x: Float64Array;
  y: Float64Array;
}

/** One searchable set of hubs (all hubs, or one type). */
interface HubSet {
  hubs: Hub[];
  index: Flatbush | null;
  grid: HubGrid | null;
  /** Half-size of a box around a point that holds a few hubs on average (for the cheap seed search). */
  seedRadius: number;
}

function makeGrid(hubs: Hub[], index: Flatbush, seedRadius: number): HubGrid | null {
  const w = index.maxX - index.minX;
  const h = index.maxY - index.minY;
  if (!(seedRadius > 0) || !Number.isFinite(w) || !Number.isFinite(h)) return null;
  const cell = seedRadius;
  const nx = Math.floor(w / cell) + 1;
  const ny = Math.floor(h / cell) + 1;
  // Evenly spread hubs give about one a cell; a degenerate spread (all on a line) could ask for far too many cells.
  if (nx * ny > 4 * hubs.length + 16) return null;
  for (const hub of hubs) if (!Number.isFinite(hub.xy[0]) || !Number.isFinite(hub.xy[1])) return null;
  const cellOf = new Int32Array(hubs.length);
  const start = new Int32Array(nx * ny + 1);
  for (let i = 0; i < hubs.length; i++) {
    const xy = (hubs[i] as Hub).xy;
    const c = Math.floor((xy[1] - index.minY) / cell) * nx + Math.floor((xy[0] - index.minX) / cell);
    cellOf[i] = c;
    (start[c + 1] as number)++;
  }
  for (let c = 0; c < nx * ny; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const fill = start.slice(0, nx * ny);
  const order = new Int32Array(hubs.length);
  const x = new Float64Array(hubs.length);
  const y = new Float64Array(hubs.length);
  for (let i = 0; i < hubs.length; i++) {
    const k = (fill[cellOf[i] as number] as number)++;
    const xy = (hubs[i] as Hub).xy;
    order[k] = i;
    x[k] = xy[0];
    y[k] = xy[1];
  }
  return { minX: index.minX, minY: index.minY, cell, nx, ny, start, order, x, y };
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

function makeSet(hubs: Hub[], useGrid: boolean): HubSet {
  if (hubs.length === 0) return { hubs, index: null, grid: null, seedRadius: 0 };
  const index = new Flatbush(hubs.length);
  for (const h of hubs) index.add(h.xy[0], h.xy[1], h.xy[0], h.xy[1]);
  index.finish();
  // About 4 hubs in a box of side 2r when they are spread evenly over their extent.
  const area = (index.maxX - index.minX) * (index.maxY - index.minY);
  const seedRadius = Number.isFinite(area) && area > 0 ? Math.sqrt(area / hubs.length) : 1;
  return { hubs, index, grid: useGrid ? makeGrid(hubs, index, seedRadius) : null, seedRadius };
}

/** Builds the index once per hub data load. */
export function createHubIndex(hubs: Hub[], options: { grid?: boolean } = {}): HubIndex {
  // `grid: false` searches through flatbush alone (the tests hold the grid search to it).
  const useGrid = options.grid ?? true;
  const byType = {} as Record<HubType, HubSet>;
  for (const t of HUB_TYPES)
    byType[t] = makeSet(
      hubs.filter((h) => h.type === t),
      useGrid,
    );
  // The any-type set is built on first use: the analysis takes the best of the per-type winners instead.
  let all: HubSet | undefined;
  return {
    get all(): HubSet {
      all ??= makeSet(hubs, useGrid);
      return all;
    },
    byType,
  };
}

/** True when candidate a beats b: smaller polygon distance, then smaller centroid distance, then smaller id. */
export function betterHub(a: NearestHub, b: NearestHub): boolean {
  if (Math.abs(a.distanceM - b.distanceM) > TIE_M) return a.distanceM < b.distanceM;
  if (Math.abs(a.centroidDistanceM - b.centroidDistanceM) > TIE_M) return a.centroidDistanceM < b.centroidDistanceM;
  return a.hub.id < b.hub.id;
}

/**
 * A point farther than this outside a polygon's box is outside the polygon whatever the rounding of the crossing
 * test (its error is some 10⁻⁹ m at these coordinates), so it needs no point-in-polygon test.
 */
const OUTSIDE_BOX_M = 1e-3;

/**
 * distancePointToMultiPolygonM(p, geometry), with `bbox` the geometry's box: a point well outside the box skips the
 * point-in-polygon test (it would say "outside"), so the answer is the same number.
 */
function polygonDistanceM(p: XY, geometry: MultiPolygonXY, bbox: BboxXY): Meters {
  const x = p[0];
  const y = p[1];
  if (
    x < bbox[0] - OUTSIDE_BOX_M ||
    x > bbox[2] + OUTSIDE_BOX_M ||
    y < bbox[1] - OUTSIDE_BOX_M ||
    y > bbox[3] + OUTSIDE_BOX_M
  )
    return distancePointToBoundaryM(p, geometry);
  return distancePointToMultiPolygonM(p, geometry);
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
  const g = set.grid;
  if (g) {
    const qx0 = cx - r,
      qy0 = cy - r,
      qx1 = cx + r,
      qy1 = cy + r;
    const i0 = Math.max(0, Math.floor((qx0 - g.minX) / g.cell));
    const i1 = Math.min(g.nx - 1, Math.floor((qx1 - g.minX) / g.cell));
    const j0 = Math.max(0, Math.floor((qy0 - g.minY) / g.cell));
    const j1 = Math.min(g.ny - 1, Math.floor((qy1 - g.minY) / g.cell));
    for (let j = j0; j <= j1; j++) {
      for (let k = g.start[j * g.nx + i0] as number, end = g.start[j * g.nx + i1 + 1] as number; k < end; k++) {
        const x = g.x[k] as number;
        const y = g.y[k] as number;
        if (x < qx0 || x > qx1 || y < qy0 || y > qy1) continue;
        const d = (x - cx) ** 2 + (y - cy) ** 2;
        if (d < bestD) {
          bestD = d;
          best = g.order[k] as number;
        }
      }
    }
    return best ?? index.neighbors(cx, cy, 1)[0];
  }
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

/** nearestInSet's search over the hubs within `bound` of the site's box, through the grid (same rules, same result). */
function nearestInGrid(
  set: HubSet,
  g: HubGrid,
  geometry: MultiPolygonXY,
  bbox: BboxXY,
  centroid: XY,
  bound: number,
  seed: number,
  seedD: number,
): NearestHub | null {
  const qx0 = bbox[0] - bound,
    qy0 = bbox[1] - bound,
    qx1 = bbox[2] + bound,
    qy1 = bbox[3] + bound;
  const i0 = Math.max(0, Math.floor((qx0 - g.minX) / g.cell));
  const i1 = Math.min(g.nx - 1, Math.floor((qx1 - g.minX) / g.cell));
  const j0 = Math.max(0, Math.floor((qy0 - g.minY) / g.cell));
  const j1 = Math.min(g.ny - 1, Math.floor((qy1 - g.minY) / g.cell));
  // The best so far as plain numbers (betterHub's rule spelled out), so a candidate costs no allocation.
  let best: Hub | null = null;
  let bestD = Infinity;
  let bestC = Infinity;
  for (let j = j0; j <= j1; j++) {
    for (let k = g.start[j * g.nx + i0] as number, end = g.start[j * g.nx + i1 + 1] as number; k < end; k++) {
      const x = g.x[k] as number;
      const y = g.y[k] as number;
      if (x < qx0 || x > qx1 || y < qy0 || y > qy1) continue;
      if (best !== null) {
        const dx = Math.max(bbox[0] - x, 0, x - bbox[2]);
        const dy = Math.max(bbox[1] - y, 0, y - bbox[3]);
        if (dx * dx + dy * dy > (bestD + 2 * TIE_M) ** 2) continue;
      }
      const h = g.order[k] as number;
      const hub = set.hubs[h] as Hub;
      // The seed's distance is known already (it set the bound).
      const d = h === seed ? seedD : polygonDistanceM(hub.xy, geometry, bbox);
      const c = Math.hypot(hub.xy[0] - centroid[0], hub.xy[1] - centroid[1]);
      const better =
        best === null ||
        (Math.abs(d - bestD) > TIE_M ? d < bestD : Math.abs(c - bestC) > TIE_M ? c < bestC : hub.id < best.id);
      if (better) {
        best = hub;
        bestD = d;
        bestC = c;
      }
    }
  }
  return best === null ? null : { hub: best, distanceM: bestD as Meters, centroidDistanceM: bestC as Meters };
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
  const seedD = polygonDistanceM(seedHub.xy, geometry, bbox);
  const bound = seedD + 2 * TIE_M;
  const g = set.grid;
  if (g)
    return (
      nearestInGrid(set, g, geometry, bbox, centroid, bound, seed, seedD) ?? candidate(seedHub, geometry, centroid)
    );
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
