// Finds where a polygon ring crosses or touches itself (a "bow-tie"), which makes its area meaningless.
// Kept for readers that check one raw ring; whole geometries go through src/domain/validity.ts.
import { findInvalidity } from '../domain/validity.ts';
import type { RawPosition } from './readGeometry.ts';

export interface RingCrossing {
  /** 0-based index of the first point of each meeting edge (edge i runs from point i to the next distinct point). */
  edgeA: number;
  edgeB: number;
  /** Approximate meeting point, in the ring's own coordinates. */
  at: RawPosition;
}

/** The first place a closed ring crosses or touches itself (OGC: a ring must be simple), or null. Indexed: about n log
 * n. */
export function findRingCrossing(ring: readonly RawPosition[]): RingCrossing | null {
  const issue = findInvalidity([[ring]]);
  if (issue?.rule !== 'ring-self-intersects') return null;
  const a = issue.position ?? 0;
  const b = issue.otherPosition ?? a;
  return { edgeA: Math.min(a, b), edgeB: Math.max(a, b), at: issue.at };
}
