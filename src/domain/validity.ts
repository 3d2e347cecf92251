// OGC simple-features validity of a projected (multi)polygon — what PostGIS ST_IsValid means — in about n log n.
import Flatbush from 'flatbush';
import type { MultiPolygonXY, XY } from './types.ts';
import { orient } from './geometry.ts';

/** The rule a geometry breaks; the names are the data layer's problem codes. */
export type ValidityRule =
  | 'coordinate-not-finite'
  | 'ring-too-few-points'
  | 'ring-no-area'
  | 'ring-self-intersects'
  | 'rings-cross'
  | 'hole-outside-shell'
  | 'holes-nested'
  | 'interior-disconnected'
  | 'parts-overlap';

/** A ring of the input: 0-based polygon (part) and ring (0 = outer) numbers. */
export interface RingRef {
  polygon: number;
  ring: number;
}

export interface ValidityIssue {
  rule: ValidityRule;
  where: RingRef;
  /** The other ring involved (a crossing, a nesting), when there is one. */
  other?: RingRef;
  /** 0-based position in `where`'s ring as given (for an edge: its first point). */
  position?: number;
  otherPosition?: number;
  /** Where it happens, in the input's coordinates. */
  at: XY;
}

interface Ring extends RingRef {
  /** Original positions of the distinct consecutive vertices (a repeated point and the closing point dropped). */
  vertices: number[];
  /** Index of this ring's first edge in the edge arrays. */
  firstEdge: number;
}

/** Between two segments: 0 nothing, 1 they touch at one point (written to TOUCH), 2 they cross or overlap along a line.
 * */
const TOUCH: [number, number] = [0, 0];
function relate(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): 0 | 1 | 2 {
  const d1 = orient(cx, cy, dx, dy, ax, ay);
  const d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy);
  const d4 = orient(ax, ay, bx, by, dx, dy);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const den = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
    const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / den;
    TOUCH[0] = ax + t * (bx - ax);
    TOUCH[1] = ay + t * (by - ay);
    return 2;
  }
  if (d1 === 0 && d2 === 0) {
    // Collinear: compare along the longer axis. Sharing one end is a touch, more is an overlap.
    const useX = Math.abs(bx - ax) + Math.abs(dx - cx) >= Math.abs(by - ay) + Math.abs(dy - cy);
    const [p0, p1, q0, q1] = useX ? [ax, bx, cx, dx] : [ay, by, cy, dy];
    const lo = Math.max(Math.min(p0, p1), Math.min(q0, q1));
    const hi = Math.min(Math.max(p0, p1), Math.max(q0, q1));
    if (lo > hi) return 0;
    if (lo < hi) {
      const v = (lo + hi) / 2;
      const t = (v - p0) / (p1 - p0);
      TOUCH[0] = ax + t * (bx - ax);
      TOUCH[1] = ay + t * (by - ay);
      return 2;
    }
    const onA = (x: number, y: number): boolean => (useX ? x : y) === lo;
    if (onA(ax, ay)) [TOUCH[0], TOUCH[1]] = [ax, ay];
    else if (onA(bx, by)) [TOUCH[0], TOUCH[1]] = [bx, by];
    else if (onA(cx, cy)) [TOUCH[0], TOUCH[1]] = [cx, cy];
    else [TOUCH[0], TOUCH[1]] = [dx, dy];
    return 1;
  }
  if (d1 === 0 && within(ax, ay, cx, cy, dx, dy)) [TOUCH[0], TOUCH[1]] = [ax, ay];
  else if (d2 === 0 && within(bx, by, cx, cy, dx, dy)) [TOUCH[0], TOUCH[1]] = [bx, by];
  else if (d3 === 0 && within(cx, cy, ax, ay, bx, by)) [TOUCH[0], TOUCH[1]] = [cx, cy];
  else if (d4 === 0 && within(dx, dy, ax, ay, bx, by)) [TOUCH[0], TOUCH[1]] = [dx, dy];
  else return 0;
  return 1;
}

/** True when (px, py) lies in the box of s–t (module level: a closure inside relate was made on every call). */
function within(px: number, py: number, sx: number, sy: number, tx: number, ty: number): boolean {
  return Math.min(sx, tx) <= px && px <= Math.max(sx, tx) && Math.min(sy, ty) <= py && py <= Math.max(sy, ty);
}

/** Union–find over ring and touch-point nodes: a cycle means the rings cut the polygon's interior in two. */
class Forest {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  private find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      p[i] = p[p[i] as number] as number;
      i = p[i] as number;
    }
    return i;
  }
  /** False when a and b were already joined (the new link closes a cycle). */
  join(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[ra] = rb;
    return true;
  }
}

/**
 * The first way the geometry breaks OGC validity (as PostGIS ST_IsValid judges it), or null when valid.
 * Checks every ring whatever its size: finite coordinates, at least 3 distinct points, not all on one
 * line, no self-crossing or self-touching, holes inside their shell and not inside each other, rings
 * meeting at most at single points that do not cut the interior apart, parts not overlapping. Edges are
 * paired through a spatial index (flatbush), so a ring of 200 000 points takes well under a second.
 */
export function findInvalidity(g: MultiPolygonXY): ValidityIssue | null {
  return smallAndPlainlyValid(g) ? null : findInvalidityIndexed(g);
}

/** Geometries up to this many edges are first tried by the all-pairs test (a site has tens of edges). */
const SMALL_EDGES = 160;
// Scratch edge arrays for the small test, reused between calls.
const sAx = new Float64Array(SMALL_EDGES),
  sAy = new Float64Array(SMALL_EDGES),
  sBx = new Float64Array(SMALL_EDGES),
  sBy = new Float64Array(SMALL_EDGES);
const sRing = new Int32Array(SMALL_EDGES);
const sRingFirst = new Int32Array(SMALL_EDGES),
  sRingLen = new Int32Array(SMALL_EDGES),
  sRingPolygon = new Int32Array(SMALL_EDGES),
  sRingNumber = new Int32Array(SMALL_EDGES);

/**
 * True only when `findInvalidityIndexed` would find nothing: the geometry is small, no two of its edges meet except
 * ring neighbours at their shared vertex (no spike), and every hole lies in its shell, in no other hole of its part,
 * and no part lies in another. It tests every pair of edges with the same box filter, the same `relate` and the
 * same ray rule as the indexed path, only without building a spatial index; anything else (a touch, a crossing,
 * a bad ring, a large geometry) returns false and the indexed path decides and words the problem.
 *
 * Three functions, not one: every report run is a fresh process, so how soon V8 has optimised code for this (it runs
 * once per site) counts as much as the code itself. One big function took TurboFan ~50 ms to compile, several times
 * over as rarely taken branches (a touch, a second ring) deoptimised it, and ran unoptimised meanwhile; the parts
 * compile sooner and a deopt in one recompiles only that one.
 */
function smallAndPlainlyValid(g: MultiPolygonXY): boolean {
  const edgeCount = smallEdges(g);
  if (edgeCount < 0 || !noEdgesMeet(edgeCount)) return false;
  return sRings === 1 || ringsPlainlyNested(edgeCount, sRings);
}

/** Ring count of the last smallEdges call (a module scratch like the edge arrays). */
let sRings = 0;

/**
 * Fills the scratch edge arrays (coordinates relative to the first vertex) and the per-ring tables from g; returns
 * the edge count, or −1 when g is not for the small test (too many edges, a non-finite coordinate, a ring of fewer
 * than 3 distinct points or all on one line).
 */
function smallEdges(g: MultiPolygonXY): number {
  const origin = g[0]?.[0]?.[0];
  if (!origin) return -1;
  const ox = origin[0];
  const oy = origin[1];
  let edgeCount = 0;
  let rings = 0;
  // Per ring: first edge, edge count, polygon, ring number (module scratch: a ring has at least 3 edges, so there
  // are fewer rings than SMALL_EDGES; four small arrays per site were ~1 kB of garbage each).
  for (let p = 0; p < g.length; p++) {
    const polygon = g[p] as MultiPolygonXY[number];
    for (let r = 0; r < polygon.length; r++) {
      const ring = polygon[r] as MultiPolygonXY[number][number];
      const first = edgeCount;
      let px = NaN,
        py = NaN;
      for (let i = 0; i < ring.length; i++) {
        const q = ring[i] as XY;
        const x = q[0],
          y = q[1];
        if (!Number.isFinite(x) || !Number.isFinite(y)) return -1;
        if (x === px && y === py) continue;
        if (edgeCount >= SMALL_EDGES) return -1;
        sAx[edgeCount] = x - ox;
        sAy[edgeCount] = y - oy;
        edgeCount++;
        px = x;
        py = y;
      }
      let m = edgeCount - first;
      if (m > 1 && sAx[first] === sAx[edgeCount - 1] && sAy[first] === sAy[edgeCount - 1]) {
        edgeCount--;
        m--;
      }
      if (m < 3) return -1;
      // Not all on one line (the same test as the indexed path, on the same shifted coordinates).
      const x0 = sAx[first] as number,
        y0 = sAy[first] as number,
        x1 = sAx[first + 1] as number,
        y1 = sAy[first + 1] as number;
      let flat = true;
      for (let j = first; j < edgeCount && flat; j++)
        if (orient(x0, y0, x1, y1, sAx[j] as number, sAy[j] as number) !== 0) flat = false;
      if (flat) return -1;
      for (let j = 0; j < m; j++) {
        const e = first + j;
        const t = first + ((j + 1) % m);
        sBx[e] = sAx[t] as number;
        sBy[e] = sAy[t] as number;
        sRing[e] = rings;
      }
      sRingFirst[rings] = first;
      sRingLen[rings] = m;
      sRingPolygon[rings] = p;
      sRingNumber[rings] = r;
      rings++;
    }
  }
  sRings = rings;
  return edgeCount;
}

/** True when no two of the scratch edges meet, except ring neighbours at their shared vertex without a spike. */
function noEdgesMeet(edgeCount: number): boolean {
  for (let e = 0; e < edgeCount; e++) {
    const x0 = sAx[e] as number,
      y0 = sAy[e] as number,
      x1 = sBx[e] as number,
      y1 = sBy[e] as number;
    const minX = Math.min(x0, x1),
      maxX = Math.max(x0, x1),
      minY = Math.min(y0, y1),
      maxY = Math.max(y0, y1);
    const re = sRing[e] as number;
    for (let f = e + 1; f < edgeCount; f++) {
      const u0 = sAx[f] as number,
        v0 = sAy[f] as number,
        u1 = sBx[f] as number,
        v1 = sBy[f] as number;
      if (Math.min(u0, u1) > maxX || Math.max(u0, u1) < minX || Math.min(v0, v1) > maxY || Math.max(v0, v1) < minY)
        continue;
      if (sRing[f] === re) {
        const m = sRingLen[re] as number;
        const gap = f - e;
        if (gap === 1 || gap === m - 1) {
          const spike =
            gap === 1
              ? orient(x1, y1, x0, y0, u1, v1) === 0 && (x0 - x1) * (u1 - x1) + (y0 - y1) * (v1 - y1) > 0
              : orient(x0, y0, x1, y1, u0, v0) === 0 && (x1 - x0) * (u0 - x0) + (y1 - y0) * (v0 - y0) > 0;
          if (spike) return false;
          continue;
        }
      }
      if (relate(x0, y0, x1, y1, u0, v0, u1, v1) !== 0) return false;
    }
  }
  return true;
}

/**
 * For scratch rings that meet nowhere (noEdgesMeet): true when every hole lies in its shell and in no other hole of
 * its part, and no outer ring lies in another part but outside that part's holes. Each ring's first vertex says
 * which rings contain it (the indexed path's ray rule).
 */
function ringsPlainlyNested(edgeCount: number, rings: number): boolean {
  let rightmost = -Infinity;
  for (let e = 0; e < edgeCount; e++) rightmost = Math.max(rightmost, sAx[e] as number, sBx[e] as number);
  const firstOfPolygon = new Map<number, number>();
  for (let k = 0; k < rings; k++)
    if (!firstOfPolygon.has(sRingPolygon[k] as number)) firstOfPolygon.set(sRingPolygon[k] as number, k);
  const odd = new Uint8Array(rings);
  for (let k = 0; k < rings; k++) {
    const tx = sAx[sRingFirst[k] as number] as number;
    const ty = sAy[sRingFirst[k] as number] as number;
    odd.fill(0);
    for (let e = 0; e < edgeCount; e++) {
      const o = sRing[e] as number;
      if (o === k) continue;
      const ex0 = sAx[e] as number,
        ey0 = sAy[e] as number,
        ex1 = sBx[e] as number,
        ey1 = sBy[e] as number;
      if (
        Math.max(ex0, ex1) < tx ||
        Math.min(ex0, ex1) > rightmost ||
        Math.min(ey0, ey1) > ty ||
        Math.max(ey0, ey1) < ty
      )
        continue;
      if (ey0 > ty !== ey1 > ty && tx < ((ex1 - ex0) * (ty - ey0)) / (ey1 - ey0) + ex0) odd[o] = (odd[o] as number) ^ 1;
    }
    const polygon = sRingPolygon[k] as number;
    const shell = firstOfPolygon.get(polygon) as number;
    if ((sRingNumber[k] as number) > 0) {
      if (odd[shell] !== 1) return false;
      for (let o = 0; o < rings; o++) if (odd[o] === 1 && o !== shell && sRingPolygon[o] === polygon) return false;
      continue;
    }
    // An outer ring inside another part's shell but in none of that part's holes: the parts overlap.
    for (const [other, otherShell] of firstOfPolygon) {
      if (other === polygon || odd[otherShell] !== 1) continue;
      let inHole = false;
      for (let o = 0; o < rings; o++) if (odd[o] === 1 && o !== otherShell && sRingPolygon[o] === other) inHole = true;
      if (!inHole) return false;
    }
  }
  return true;
}

/** The full check through a spatial index of the edges; `findInvalidity` tries the all-pairs test first. */
export function findInvalidityIndexed(g: MultiPolygonXY): ValidityIssue | null {
  // Coordinates relative to the first vertex keep the orientation tests exact to far below a millimetre.
  const origin = g[0]?.[0]?.[0];
  const ox = origin?.[0] ?? 0;
  const oy = origin?.[1] ?? 0;
  const rings: Ring[] = [];
  let edgeCount = 0;
  for (let p = 0; p < g.length; p++) {
    const polygon = g[p] as MultiPolygonXY[number];
    for (let r = 0; r < polygon.length; r++) {
      const ring = polygon[r] as MultiPolygonXY[number][number];
      const vertices: number[] = [];
      for (let i = 0; i < ring.length; i++) {
        const [x, y] = ring[i] as XY;
        if (!Number.isFinite(x) || !Number.isFinite(y))
          return { rule: 'coordinate-not-finite', where: { polygon: p, ring: r }, position: i, at: [x, y] };
        const prev = vertices.length > 0 ? (ring[vertices[vertices.length - 1] as number] as XY) : null;
        if (!prev || prev[0] !== x || prev[1] !== y) vertices.push(i);
      }
      const first = ring[vertices[0] ?? 0];
      const last = ring[vertices[vertices.length - 1] ?? 0];
      if (vertices.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) vertices.pop();
      const where = { polygon: p, ring: r };
      if (vertices.length < 3) return { rule: 'ring-too-few-points', where, at: (first ?? [NaN, NaN]) as XY };
      const a = ring[vertices[0] as number] as XY;
      const b = ring[vertices[1] as number] as XY;
      if (
        vertices.every(
          (v) =>
            orient(a[0] - ox, a[1] - oy, b[0] - ox, b[1] - oy, (ring[v] as XY)[0] - ox, (ring[v] as XY)[1] - oy) === 0,
        )
      ) {
        return { rule: 'ring-no-area', where, at: a };
      }
      rings.push({ polygon: p, ring: r, vertices, firstEdge: edgeCount });
      edgeCount += vertices.length;
    }
  }
  if (edgeCount === 0) return null;

  const ax = new Float64Array(edgeCount),
    ay = new Float64Array(edgeCount),
    bx = new Float64Array(edgeCount),
    by = new Float64Array(edgeCount);
  const edgeRing = new Int32Array(edgeCount);
  const index = new Flatbush(edgeCount);
  for (let k = 0; k < rings.length; k++) {
    const ring = rings[k] as Ring;
    const coords = (g[ring.polygon] as MultiPolygonXY[number])[ring.ring] as MultiPolygonXY[number][number];
    const m = ring.vertices.length;
    for (let j = 0; j < m; j++) {
      const e = ring.firstEdge + j;
      const s = coords[ring.vertices[j] as number] as XY;
      const t = coords[ring.vertices[(j + 1) % m] as number] as XY;
      ax[e] = s[0] - ox;
      ay[e] = s[1] - oy;
      bx[e] = t[0] - ox;
      by[e] = t[1] - oy;
      edgeRing[e] = k;
      index.add(Math.min(ax[e], bx[e]), Math.min(ay[e], by[e]), Math.max(ax[e], bx[e]), Math.max(ay[e], by[e]));
    }
  }
  index.finish();

  const ref = (k: number): RingRef => ({ polygon: (rings[k] as Ring).polygon, ring: (rings[k] as Ring).ring });
  const posOf = (e: number): number => {
    const ring = rings[edgeRing[e] as number] as Ring;
    return ring.vertices[e - ring.firstEdge] as number;
  };
  const here = (x: number, y: number): XY => [x + ox, y + oy];
  const issueAt = (rule: ValidityRule, e: number, f: number): ValidityIssue => {
    const issue: ValidityIssue = {
      rule,
      where: ref(edgeRing[e] as number),
      position: posOf(e),
      at: here(TOUCH[0], TOUCH[1]),
    };
    if (edgeRing[f] !== edgeRing[e]) issue.other = ref(edgeRing[f] as number);
    issue.otherPosition = posOf(f);
    return issue;
  };

  const forest = new Forest();
  const ringNode = rings.map(() => forest.add());
  const pointNode = new Map<string, number>();
  const incidences = new Set<string>();
  /** Per ring, the vertices where another ring touches it (not usable as a point to test containment). */
  const touched = rings.map(() => new Set<string>());
  // A cut-apart interior is reported only once no ring crosses another (a crossing is the plainer message).
  let disconnected: ValidityIssue | null = null;

  for (let e = 0; e < edgeCount; e++) {
    const found = index.search(
      Math.min(ax[e] as number, bx[e] as number),
      Math.min(ay[e] as number, by[e] as number),
      Math.max(ax[e] as number, bx[e] as number),
      Math.max(ay[e] as number, by[e] as number),
    );
    const re = edgeRing[e] as number;
    for (const f of found) {
      if (f <= e) continue;
      const rf = edgeRing[f] as number;
      const x0 = ax[e] as number,
        y0 = ay[e] as number,
        x1 = bx[e] as number,
        y1 = by[e] as number;
      const u0 = ax[f] as number,
        v0 = ay[f] as number,
        u1 = bx[f] as number,
        v1 = by[f] as number;
      if (re === rf) {
        const ring = rings[re] as Ring;
        const m = ring.vertices.length;
        const gap = f - e;
        if (gap === 1 || gap === m - 1) {
          // Neighbours share a vertex; they are wrong only when the second doubles back along the first (a spike).
          const [sx, sy, px, py, qx, qy] = gap === 1 ? [x1, y1, x0, y0, u1, v1] : [x0, y0, x1, y1, u0, v0];
          if (orient(sx, sy, px, py, qx, qy) === 0 && (px - sx) * (qx - sx) + (py - sy) * (qy - sy) > 0) {
            [TOUCH[0], TOUCH[1]] = [sx, sy];
            return issueAt('ring-self-intersects', e, f);
          }
          continue;
        }
        if (relate(x0, y0, x1, y1, u0, v0, u1, v1) !== 0) return issueAt('ring-self-intersects', e, f);
        continue;
      }
      const rel = relate(x0, y0, x1, y1, u0, v0, u1, v1);
      if (rel === 0) continue;
      const samePolygon = (rings[re] as Ring).polygon === (rings[rf] as Ring).polygon;
      if (rel === 2) return issueAt(samePolygon ? 'rings-cross' : 'parts-overlap', e, f);
      const key = `${TOUCH[0]},${TOUCH[1]}`;
      (touched[re] as Set<string>).add(key);
      (touched[rf] as Set<string>).add(key);
      if (!samePolygon) continue;
      const pkey = `${(rings[re] as Ring).polygon}|${key}`;
      let node = pointNode.get(pkey);
      if (node === undefined) {
        node = forest.add();
        pointNode.set(pkey, node);
      }
      for (const k of [re, rf]) {
        const inc = `${k}|${pkey}`;
        if (incidences.has(inc)) continue;
        incidences.add(inc);
        if (!forest.join(ringNode[k] as number, node)) disconnected ??= issueAt('interior-disconnected', e, f);
      }
    }
  }

  if (disconnected) return disconnected;

  // No two rings cross, so one point of a ring (not where it touches another) says which rings contain it.
  const firstByPolygon = new Map<number, number>();
  rings.forEach((r, k) => {
    if (!firstByPolygon.has(r.polygon)) firstByPolygon.set(r.polygon, k);
  });
  let rightmost = -Infinity;
  for (let e = 0; e < edgeCount; e++) rightmost = Math.max(rightmost, ax[e] as number, bx[e] as number);
  for (let k = 0; k < rings.length; k++) {
    const ring = rings[k] as Ring;
    let tx = NaN,
      ty = NaN,
      tpos = ring.vertices[0] as number;
    for (let j = 0; j < ring.vertices.length; j++) {
      const e = ring.firstEdge + j;
      if (!(touched[k] as Set<string>).has(`${ax[e]},${ay[e]}`)) {
        tx = ax[e] as number;
        ty = ay[e] as number;
        tpos = ring.vertices[j] as number;
        break;
      }
    }
    if (Number.isNaN(tx)) {
      tx = ((ax[ring.firstEdge] as number) + (bx[ring.firstEdge] as number)) / 2;
      ty = ((ay[ring.firstEdge] as number) + (by[ring.firstEdge] as number)) / 2;
    }
    const odd = new Set<number>();
    for (const e of index.search(tx, ty, rightmost, ty)) {
      const o = edgeRing[e] as number;
      if (o === k) continue;
      const y0 = ay[e] as number,
        y1 = by[e] as number;
      if (
        y0 > ty !== y1 > ty &&
        tx < (((bx[e] as number) - (ax[e] as number)) * (ty - y0)) / (y1 - y0) + (ax[e] as number)
      ) {
        if (odd.has(o)) odd.delete(o);
        else odd.add(o);
      }
    }
    const at = here(tx, ty);
    const shellOf = firstByPolygon.get(ring.polygon) as number;
    if (ring.ring > 0) {
      if (!odd.has(shellOf))
        return { rule: 'hole-outside-shell', where: ref(k), other: ref(shellOf), position: tpos, at };
      for (const o of odd)
        if (o !== shellOf && (rings[o] as Ring).polygon === ring.polygon)
          return { rule: 'holes-nested', where: ref(k), other: ref(o), position: tpos, at };
      continue;
    }
    // An outer ring inside another part's outer ring, but in none of its holes: the parts overlap.
    const inside = new Map<number, boolean>();
    for (const o of odd) {
      const r = rings[o] as Ring;
      if (r.polygon === ring.polygon) continue;
      inside.set(r.polygon, r.ring === 0 ? (inside.get(r.polygon) ?? true) : false);
    }
    for (const [polygon, isIn] of inside) {
      const shell = firstByPolygon.get(polygon) as number;
      if (isIn && odd.has(shell))
        return { rule: 'parts-overlap', where: ref(k), other: ref(shell), position: tpos, at };
    }
  }
  return null;
}
