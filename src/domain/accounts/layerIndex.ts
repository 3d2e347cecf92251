// A spatial index over a reference layer (the later version's other land use, farmland, regions): hands the
// clipper only the features near a piece, cut to the piece's box and moved to its local origin.
import Flatbush from 'flatbush';
import { clipMultiPolygonToBox } from '../clipToBox.ts';
import { bboxOf, type BboxXY } from '../geometry.ts';
import type { MultiPolygonXY } from '../types.ts';
import { toLocal, type Geom } from './polygonOps.ts';

export interface LayerIndex<T> {
  /** Items whose box meets `box`, each with its geometry clipped to `box` in local coordinates. */
  near(box: BboxXY, ox: number, oy: number): { item: T; geom: Geom }[];
}

export function createLayerIndex<T>(items: readonly T[], geometryOf: (item: T) => MultiPolygonXY): LayerIndex<T> {
  if (items.length === 0) return { near: () => [] };
  const boxes = items.map((it) => bboxOf(geometryOf(it)));
  const index = new Flatbush(items.length);
  for (const b of boxes) index.add(b[0], b[1], b[2], b[3]);
  index.finish();
  return {
    near(box, ox, oy) {
      const out: { item: T; geom: Geom }[] = [];
      for (const i of index.search(box[0], box[1], box[2], box[3]).sort((a, b) => a - b)) {
        const item = items[i] as T;
        const b = boxes[i] as BboxXY;
        // A feature inside the box needs no clipping; a big one (an LNFR area) is cut down to the box.
        const inside = b[0] >= box[0] && b[1] >= box[1] && b[2] <= box[2] && b[3] <= box[3];
        const g = inside ? geometryOf(item) : clipMultiPolygonToBox(geometryOf(item), box);
        if (g.length > 0) out.push({ item, geom: toLocal(g, ox, oy) });
      }
      return out;
    },
  };
}

/** The box grown by `m` metres on every side. */
export function grow(b: BboxXY, m: number): BboxXY {
  return [b[0] - m, b[1] - m, b[2] + m, b[3] + m];
}
