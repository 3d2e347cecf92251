// Finds where a polygon ring crosses itself (a "bow-tie"), which makes its area meaningless.
import type { RawPosition } from './readGeometry.ts';

export interface RingCrossing {
  /** 0-based index of the first point of each crossing edge (edge i runs from point i to i + 1). */
  edgeA: number;
  edgeB: number;
  /** Approximate crossing point, in the ring's own coordinates. */
  at: RawPosition;
}

/** Above this many points the check is skipped (reported by the caller) to bound the cost on huge rings. */
export const MAX_CHECKED_RING_POINTS = 200_000;

const orient = (a: RawPosition, b: RawPosition, c: RawPosition): number => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);

function onSegment(a: RawPosition, b: RawPosition, p: RawPosition): boolean {
  return Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
}

/**
 * True when edges ab and cd cross or overlap anywhere other than at a shared end point. Adjacent
 * edges share a point by construction, so the caller never passes those.
 */
function edgesCross(a: RawPosition, b: RawPosition, c: RawPosition, d: RawPosition): boolean {
  const d1 = orient(c, d, a);
  const d2 = orient(c, d, b);
  const d3 = orient(a, b, c);
  const d4 = orient(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  // Collinear overlap: touching at a single shared vertex is allowed (a ring may touch itself there), overlapping is not.
  if (d1 === 0 && d2 === 0 && d3 === 0 && d4 === 0) {
    const shared = (p: RawPosition, q: RawPosition): boolean => p[0] === q[0] && p[1] === q[1];
    const inner = [a, b].filter((p) => onSegment(c, d, p) && !shared(p, c) && !shared(p, d)).length
      + [c, d].filter((p) => onSegment(a, b, p) && !shared(p, a) && !shared(p, b)).length;
    return inner > 0;
  }
  // A vertex lying in the middle of a non-adjacent edge: the ring pinches through itself there.
  if (d1 === 0 && onSegment(c, d, a) && !(a[0] === c[0] && a[1] === c[1]) && !(a[0] === d[0] && a[1] === d[1])) return true;
  if (d2 === 0 && onSegment(c, d, b) && !(b[0] === c[0] && b[1] === c[1]) && !(b[0] === d[0] && b[1] === d[1])) return true;
  if (d3 === 0 && onSegment(a, b, c) && !(c[0] === a[0] && c[1] === a[1]) && !(c[0] === b[0] && c[1] === b[1])) return true;
  if (d4 === 0 && onSegment(a, b, d) && !(d[0] === a[0] && d[1] === a[1]) && !(d[0] === b[0] && d[1] === b[1])) return true;
  return false;
}

function crossingPoint(a: RawPosition, b: RawPosition, c: RawPosition, d: RawPosition): RawPosition {
  const den = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
  if (den === 0) return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / den;
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

/**
 * The first crossing of a closed ring (first point repeated last), or null. A sweep over edges
 * sorted by their left end: each edge is tested only against edges whose x-range overlaps it, so
 * ordinary rings cost about n log n rather than n².
 */
export function findRingCrossing(ring: readonly RawPosition[]): RingCrossing | null {
  const n = ring.length - 1;
  if (n < 4) return null;
  const edges: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = ring[i] as RawPosition;
    const b = ring[i + 1] as RawPosition;
    if (a[0] !== b[0] || a[1] !== b[1]) edges.push(i);
  }
  const minX = (i: number): number => Math.min((ring[i] as RawPosition)[0], (ring[i + 1] as RawPosition)[0]);
  edges.sort((p, q) => minX(p) - minX(q));
  for (let s = 0; s < edges.length; s++) {
    const i = edges[s] as number;
    const a = ring[i] as RawPosition;
    const b = ring[i + 1] as RawPosition;
    const maxXi = Math.max(a[0], b[0]);
    for (let t = s + 1; t < edges.length; t++) {
      const j = edges[t] as number;
      if (minX(j) > maxXi) break;
      // Consecutive edges (including last→first around the closing point) always share a vertex.
      const gap = Math.abs(i - j);
      if (gap === 1 || gap === n - 1) continue;
      const c = ring[j] as RawPosition;
      const d = ring[j + 1] as RawPosition;
      if (Math.max(c[1], d[1]) < Math.min(a[1], b[1]) || Math.min(c[1], d[1]) > Math.max(a[1], b[1])) continue;
      if (edgesCross(a, b, c, d)) {
        const [edgeA, edgeB] = i < j ? [i, j] : [j, i];
        return { edgeA, edgeB, at: crossingPoint(a, b, c, d) };
      }
    }
  }
  return null;
}
