// The overlay of one group of business land: union each version, then added / removed / unchanged, what removed
// land became, realised land, farmland inside added land, and the split of added/removed land by ABC type.
import { multiPolygonAreaM2, bboxOf } from '../geometry.ts';
import { BECAME_ORDER, type BecameCategory } from './categories.ts';
import type { Cluster } from './clusters.ts';
import type { Tag } from './figures.ts';
import { grow, type LayerIndex } from './layerIndex.ts';
import { boxesOverlap, boxOf, EMPTY, intersect, subtract, toLocal, unionAll, type Geom } from './polygonOps.ts';
import type { AbcKey, PlanArea } from './types.ts';
import { ABC_TYPES } from '../types.ts';

export interface ClusterLayers {
  /** The later version's features that are not business land. */
  afterOther: LayerIndex<PlanArea>;
  /** Farmland polygons, or null without a farmland layer. */
  farmland: LayerIndex<unknown> | null;
}

export interface TaggedGeom {
  tag: Tag;
  geom: Geom;
}

export interface ClusterOverlay {
  origin: [number, number];
  measured: TaggedGeom[];
  /** For the map: added, unchanged and removed (by what it became) pieces. */
  pieces: { kind: 'added' | 'removed' | 'unchanged'; became?: BecameCategory; geom: Geom }[];
}

/** Margin (m) around a piece's box when cutting reference layers: the cut's edges must lie outside the piece. */
const MARGIN_M = 1;

const abcOf = (a: PlanArea): AbcKey => a.abc ?? 'unknown';
const ABC_ORDER: readonly AbcKey[] = [...ABC_TYPES, 'unknown'];

function unionOf(areas: readonly PlanArea[], ox: number, oy: number): Geom {
  // One polygon is its own union (the loader has checked its rings); a multipolygon's parts may overlap.
  if (areas.length === 1 && (areas[0] as PlanArea).geometry.length === 1)
    return toLocal((areas[0] as PlanArea).geometry, ox, oy);
  return unionAll(areas.map((a) => toLocal(a.geometry, ox, oy)));
}

/** The same outlines, vertex for vertex, in both versions (land kept as it was: the commonest case). */
function sameOutlines(a: readonly PlanArea[], b: readonly PlanArea[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = (b[i] as PlanArea).geometry;
    return (
      x.geometry.length === y.length &&
      x.geometry.every((poly, p) => {
        const q = y[p] as (typeof y)[number];
        return (
          poly.length === q.length &&
          poly.every((ring, r) => {
            const s = q[r] as (typeof q)[number];
            return (
              ring.length === s.length &&
              ring.every(
                (pt, k) => pt[0] === (s[k] as (typeof s)[number])[0] && pt[1] === (s[k] as (typeof s)[number])[1],
              )
            );
          })
        );
      })
    );
  });
}

/** Features whose box overlaps the part's box (local coordinates). */
function touching<T>(part: Geom, items: readonly { item: T; box: readonly number[] }[]): T[] {
  const b = boxOf(part);
  return items.filter((x) => boxesOverlap(b, x.box)).map((x) => x.item);
}

function localBoxes(areas: readonly PlanArea[], ox: number, oy: number): { item: PlanArea; box: number[] }[] {
  return areas.map((a) => {
    const b = bboxOf(a.geometry);
    return { item: a, box: [b[0] - ox, b[1] - oy, b[2] - ox, b[3] - oy] };
  });
}

/**
 * Splits `piece` by the ABC type of the features that cover it. Where features of different types overlap, the
 * piece goes to the first type in A, B, C, unknown order, so every m² counts once. Each part of the piece is
 * looked at alone: a part near features of one type only is that type without any clipping (the common case).
 */
function splitByAbc(
  piece: Geom,
  areas: readonly PlanArea[],
  ox: number,
  oy: number,
  tagOf: (k: AbcKey) => Tag,
): TaggedGeom[] {
  if (piece.length === 0) return [];
  const keys = new Set(areas.map(abcOf));
  if (keys.size === 1) return [{ tag: tagOf([...keys][0] as AbcKey), geom: piece }];
  const boxes = localBoxes(areas, ox, oy);
  const out: TaggedGeom[] = [];
  for (const poly of piece) {
    const part: Geom = [poly];
    const near = touching(part, boxes);
    const nearKeys = new Set(near.map(abcOf));
    if (nearKeys.size <= 1) {
      out.push({ tag: tagOf(([...nearKeys][0] ?? 'unknown') as AbcKey), geom: part });
      continue;
    }
    let rest = part;
    for (const k of ABC_ORDER) {
      if (!nearKeys.has(k) || rest.length === 0) continue;
      const cover = unionOf(
        near.filter((a) => abcOf(a) === k),
        ox,
        oy,
      );
      out.push({ tag: tagOf(k), geom: intersect(rest, cover) });
      rest = subtract(rest, cover);
    }
  }
  return out;
}

function localBox(g: Geom, ox: number, oy: number): [number, number, number, number] {
  const b = bboxOf(g);
  return grow([b[0] + ox, b[1] + oy, b[2] + ox, b[3] + oy], MARGIN_M);
}

/**
 * Removed land by what the later version makes of it, in BECAME_ORDER; the rest is not in the plan. Part by part,
 * so a part no other land use comes near is "not in the plan" without clipping.
 */
function splitRemoved(
  removed: Geom,
  layers: ClusterLayers,
  ox: number,
  oy: number,
): { became: BecameCategory; geom: Geom }[] {
  const out: { became: BecameCategory; geom: Geom }[] = [];
  for (const poly of removed) {
    let rest: Geom = [poly];
    const near = layers.afterOther.near(localBox(rest, ox, oy), ox, oy);
    for (const c of BECAME_ORDER) {
      const parts = near.filter((n) => n.item.category === c).map((n) => n.geom);
      if (parts.length === 0 || rest.length === 0) continue;
      const cover = unionAll(parts);
      out.push({ became: c, geom: intersect(rest, cover) });
      rest = subtract(rest, cover);
    }
    out.push({ became: 'notInPlan', geom: rest });
  }
  return out;
}

function farmlandIn(added: Geom, farmland: LayerIndex<unknown>, ox: number, oy: number): Geom {
  if (added.length === 0) return EMPTY;
  const parts = farmland.near(localBox(added, ox, oy), ox, oy).map((n) => n.geom);
  return parts.length === 0 ? EMPTY : intersect(added, unionAll(parts));
}

export function overlayCluster(c: Cluster, layers: ClusterLayers): ClusterOverlay {
  // Whole metres, so moving to the local origin and back is exact for every coordinate in the cluster.
  const ox = Math.floor(c.bbox[0]);
  const oy = Math.floor(c.bbox[1]);
  const before = unionOf(c.before, ox, oy);
  const after = unionOf(c.after, ox, oy);
  // Shortcuts for the common cases; the general overlay otherwise.
  let unchanged: Geom, added: Geom, removed: Geom;
  if (c.after.length === 0) [unchanged, added, removed] = [EMPTY, EMPTY, before];
  else if (c.before.length === 0) [unchanged, added, removed] = [EMPTY, after, EMPTY];
  else if (sameOutlines(c.before, c.after)) [unchanged, added, removed] = [before, EMPTY, EMPTY];
  else [unchanged, added, removed] = [intersect(before, after), subtract(after, before), subtract(before, after)];
  const measured: TaggedGeom[] = [
    { tag: 'before', geom: before },
    { tag: 'after', geom: after },
    { tag: 'added', geom: added },
    { tag: 'removed', geom: removed },
  ];
  const future = c.before.filter((a) => a.status === 'fremtidig');
  const existing = c.after.filter((a) => a.status === 'eksisterende');
  if (future.length > 0 && existing.length > 0) {
    // When all of the earlier land was future and all of the later existing, realised land is the unchanged land.
    const wasFuture = future.length === c.before.length ? before : unionOf(future, ox, oy);
    const isExisting = existing.length === c.after.length ? after : unionOf(existing, ox, oy);
    const realised = wasFuture === before && isExisting === after ? unchanged : intersect(wasFuture, isExisting);
    measured.push({ tag: 'realised', geom: realised });
  }
  if (layers.farmland) measured.push({ tag: 'farmland', geom: farmlandIn(added, layers.farmland, ox, oy) });
  measured.push(...splitByAbc(added, c.after, ox, oy, (k) => ({ addedAbc: k })));
  measured.push(...splitByAbc(removed, c.before, ox, oy, (k) => ({ removedAbc: k })));
  // Removed land that was built up (existing) carries jobs today, so it loses less new-job capacity than future land.
  const existingBefore = c.before.filter((a) => a.status === 'eksisterende');
  if (removed.length > 0 && existingBefore.length > 0) {
    const wasExisting =
      existingBefore.length === c.before.length ? removed : intersect(removed, unionOf(existingBefore, ox, oy));
    measured.push(...splitByAbc(wasExisting, existingBefore, ox, oy, (k) => ({ removedExistingAbc: k })));
  }
  const became = splitRemoved(removed, layers, ox, oy);
  for (const b of became) measured.push({ tag: { became: b.became }, geom: b.geom });
  const pieces: ClusterOverlay['pieces'] = [];
  if (added.length > 0) pieces.push({ kind: 'added', geom: added });
  if (unchanged.length > 0) pieces.push({ kind: 'unchanged', geom: unchanged });
  for (const b of became) if (b.geom.length > 0) pieces.push({ kind: 'removed', became: b.became, geom: b.geom });
  return {
    origin: [ox, oy],
    measured: measured.filter((m) => m.geom.length > 0 && multiPolygonAreaM2(m.geom) > 0),
    pieces,
  };
}
