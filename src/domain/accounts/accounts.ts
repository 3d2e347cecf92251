// The land accounts (næringsarealregnskap) between two plan versions: overlay group by group, then measure every
// piece in total and split by region by intersection (not by largest overlap: a site across the line counts in both).
import { clipMultiPolygonToBox } from '../clipToBox.ts';
import { bboxOf, multiPolygonAreaM2, type BboxXY } from '../geometry.ts';
import type { MultiPolygonXY, Region } from '../types.ts';
import { clusterBusinessLand, type Cluster } from './clusters.ts';
import { addArea, emptyFigures } from './figures.ts';
import { createLayerIndex, grow } from './layerIndex.ts';
import { overlayCluster, type ClusterLayers } from './overlayCluster.ts';
import { intersect, toLocal, toWorld, type Geom } from './polygonOps.ts';
import type { AccountsResult, ChangePiece, PlanArea } from './types.ts';

export interface AccountsInput {
  before: readonly PlanArea[];
  after: readonly PlanArea[];
  regions: readonly Region[];
  /** Farmland polygons (already filtered to the counted AR5 types), or null when there is no farmland layer. */
  farmland: readonly MultiPolygonXY[] | null;
}

export interface AccountsOptions {
  /** Called now and then with groups done and groups in all (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Keep the pieces for the map and the GeoJSON export (default true). */
  keepPieces?: boolean;
}

interface RegionPart {
  index: number;
  /** The region covers the whole box, so every piece counts in full. */
  whole: boolean;
  geom: Geom;
}

function boxesMeet(a: BboxXY, b: BboxXY): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function regionParts(
  regions: readonly Region[],
  boxes: readonly BboxXY[],
  c: Cluster,
  ox: number,
  oy: number,
): RegionPart[] {
  const box = grow(c.bbox, 1);
  const boxArea = (box[2] - box[0]) * (box[3] - box[1]);
  const parts: RegionPart[] = [];
  regions.forEach((r, index) => {
    if (!boxesMeet(boxes[index] as BboxXY, box)) return;
    const clipped = clipMultiPolygonToBox(r.geometry, box);
    const area = multiPolygonAreaM2(clipped);
    if (!(area > 0)) return;
    // Relative 1e-12: far below what the 0.1 % check or a printed daa can see.
    parts.push({ index, whole: area >= boxArea * (1 - 1e-12), geom: toLocal(clipped, ox, oy) });
  });
  return parts;
}

const PROGRESS_EVERY = 250;

export function computeAccounts(input: AccountsInput, opts: AccountsOptions = {}): AccountsResult {
  const isBusiness = (a: PlanArea): boolean => a.category === 'business';
  const clusters = clusterBusinessLand(input.before.filter(isBusiness), input.after.filter(isBusiness));
  const layers: ClusterLayers = {
    afterOther: createLayerIndex(
      input.after.filter((a) => !isBusiness(a)),
      (a) => a.geometry,
    ),
    farmland: input.farmland ? createLayerIndex(input.farmland, (g) => g) : null,
  };
  const withFarm = input.farmland !== null;
  const total = emptyFigures(withFarm);
  const regions = input.regions.map((r) => ({ name: r.name, figures: emptyFigures(withFarm) }));
  const regionBoxes = input.regions.map((r) => bboxOf(r.geometry));
  const pieces: ChangePiece[] = [];
  const keep = opts.keepPieces ?? true;

  clusters.forEach((c, n) => {
    const o = overlayCluster(c, layers);
    const [ox, oy] = o.origin;
    const parts = regionParts(input.regions, regionBoxes, c, ox, oy);
    for (const { tag, geom } of o.measured) {
      addArea(total, tag, multiPolygonAreaM2(geom));
      for (const p of parts) {
        const inRegion = p.whole ? geom : intersect(geom, p.geom);
        addArea((regions[p.index] as (typeof regions)[number]).figures, tag, multiPolygonAreaM2(inRegion));
      }
    }
    if (keep) {
      for (const p of o.pieces) {
        const piece: ChangePiece = {
          kind: p.kind,
          areaM2: multiPolygonAreaM2(p.geom),
          geometry: toWorld(p.geom, ox, oy),
        };
        if (p.became) piece.became = p.became;
        pieces.push(piece);
      }
    }
    if (opts.onProgress && ((n + 1) % PROGRESS_EVERY === 0 || n + 1 === clusters.length))
      opts.onProgress(n + 1, clusters.length);
  });
  return { regions, total, pieces, clusterCount: clusters.length };
}
