// The change in new-job capacity that added and removed business land carries, by ABC type.
import { jobCapacity } from '../capacity.ts';
import type { AbcType, Assumptions, Jobs } from '../types.ts';
import { ABC_KEYS, type AbcKey, type AccountFigures } from './types.ts';

/**
 * THE ONE PLACE the accounts ask for job capacity. Today it is the engine's `jobCapacity` (area × %BRA ÷ m² per
 * job, full build-out). The planning-figures issue (9) redefines capacity as new jobs on the net developable
 * share (max(0, capacity − jobs today)); switch this function to that definition when it is merged.
 */
export function newJobCapacityOfLand(areaM2: number, abc: AbcType | null, assumptions: Assumptions): Jobs {
  return jobCapacity(areaM2, abc, assumptions);
}

export interface CapacityChangeRow {
  abc: AbcKey;
  addedM2: number;
  removedM2: number;
  added: Jobs;
  removed: Jobs;
  /** added − removed; may be negative (capacity lost), which is the point of the figure. */
  net: Jobs;
}

const minus = (a: Jobs, b: Jobs): Jobs => ({ low: a.low - b.low, mid: a.mid - b.mid, high: a.high - b.high });

/** One row per ABC type (and unknown, which carries no jobs), from the figures' added/removed areas by type. */
export function capacityChange(f: AccountFigures, assumptions: Assumptions): CapacityChangeRow[] {
  return ABC_KEYS.map((abc) => {
    const type = abc === 'unknown' ? null : abc;
    const added = newJobCapacityOfLand(f.addedByAbc[abc], type, assumptions);
    const removed = newJobCapacityOfLand(f.removedByAbc[abc], type, assumptions);
    return { abc, addedM2: f.addedByAbc[abc], removedM2: f.removedByAbc[abc], added, removed, net: minus(added, removed) };
  });
}
