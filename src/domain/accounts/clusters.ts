// Groups business polygons of both versions whose boxes touch, so each group is overlaid on its own (a sweep over
// a few polygons instead of all 20 000 at once). Features in different groups cannot overlap.
import Flatbush from 'flatbush';
import { bboxOf, type BboxXY } from '../geometry.ts';
import type { PlanArea } from './types.ts';

export interface Cluster {
  before: PlanArea[];
  after: PlanArea[];
  bbox: BboxXY;
}

function find(parent: Int32Array, i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] as number;
  // Path compression keeps later look-ups short.
  while (parent[i] !== root) {
    const next = parent[i] as number;
    parent[i] = root;
    i = next;
  }
  return root;
}

export function clusterBusinessLand(before: readonly PlanArea[], after: readonly PlanArea[]): Cluster[] {
  const all = [...before.map((a) => ({ a, v: 0 })), ...after.map((a) => ({ a, v: 1 }))];
  if (all.length === 0) return [];
  const boxes = all.map(({ a }) => bboxOf(a.geometry));
  const index = new Flatbush(all.length);
  for (const b of boxes) index.add(b[0], b[1], b[2], b[3]);
  index.finish();
  const parent = Int32Array.from(all, (_, i) => i);
  boxes.forEach((b, i) => {
    for (const j of index.search(b[0], b[1], b[2], b[3])) {
      const ri = find(parent, i);
      const rj = find(parent, j);
      if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
    }
  });
  const byRoot = new Map<number, Cluster>();
  all.forEach(({ a, v }, i) => {
    const root = find(parent, i);
    const b = boxes[i] as BboxXY;
    let c = byRoot.get(root);
    if (!c) {
      c = { before: [], after: [], bbox: [b[0], b[1], b[2], b[3]] };
      byRoot.set(root, c);
    } else {
      c.bbox = [
        Math.min(c.bbox[0], b[0]),
        Math.min(c.bbox[1], b[1]),
        Math.max(c.bbox[2], b[2]),
        Math.max(c.bbox[3], b[3]),
      ];
    }
    (v === 0 ? c.before : c.after).push(a);
  });
  return [...byRoot.values()];
}
