// The change in new-job capacity that added and removed business land carries, by ABC type.
import { landJobs } from '../capacity.ts';
import type { AbcType, Assumptions, Jobs, SiteStatus } from '../types.ts';
import { squareMeters } from '../units.ts';
import { ABC_KEYS, type AbcKey, type AccountFigures } from './types.ts';

/**
 * THE ONE PLACE the accounts ask for job capacity: the new-job capacity of a piece of land (the report's definition,
 * `landJobs` in src/domain/capacity.ts) — build-out capacity on the net developable share, less the jobs there today
 * (existing land: the plan's 420 m² per job; land that was not business land, or future land: none), never below 0.
 */
export function newJobCapacityOfLand(
  areaM2: number,
  abc: AbcType | null,
  status: SiteStatus,
  assumptions: Assumptions,
): Jobs {
  // The accounts' figures are m² sums (AccountFigures), plain numbers until here.
  return landJobs({ areaM2: squareMeters(areaM2), abc, status }, assumptions).newJobs;
}

const plus = (a: Jobs, b: Jobs): Jobs => ({ low: a.low + b.low, mid: a.mid + b.mid, high: a.high + b.high });

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
    // Added land was not business land before: all of its capacity is new. Removed land loses its new-job capacity:
    // the built-up part only its densification potential, the future part all of its capacity.
    const added = newJobCapacityOfLand(f.addedByAbc[abc], type, 'fremtidig', assumptions);
    const existingM2 = Math.min(f.removedExistingByAbc[abc], f.removedByAbc[abc]);
    const removed = plus(
      newJobCapacityOfLand(existingM2, type, 'eksisterende', assumptions),
      newJobCapacityOfLand(f.removedByAbc[abc] - existingM2, type, 'fremtidig', assumptions),
    );
    return {
      abc,
      addedM2: f.addedByAbc[abc],
      removedM2: f.removedByAbc[abc],
      added,
      removed,
      net: minus(added, removed),
    };
  });
}
