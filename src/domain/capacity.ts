// Job capacity of a site: area × utilisation (%BRA) ÷ floor area per job, as a low / mid / high range.
import type { AbcType, Assumptions, Jobs } from './types.ts';

/** Dekar (daa) from square metres: 1 daa = 1 000 m². */
export function areaDaa(m2: number): number {
  return m2 / 1000;
}

/**
 * Jobs a site can hold when built out: areaM2 × bra ÷ m2PerJob. Low pairs the lowest utilisation with the most
 * floor area per job, high the reverse, so the range spans both uncertainties. Zero when the ABC type is unknown
 * (no sensible job density can be assumed).
 * Example: 20 000 m² at A defaults (bra 1.0/1.5/2.0, 23/30/35 m² per job) → 571 / 1 000 / 1 739 jobs.
 */
export function jobCapacity(areaM2: number, abc: AbcType | null, a: Assumptions): Jobs {
  if (abc === null) return { low: 0, mid: 0, high: 0 };
  const { bra, m2PerJob } = a.capacity[abc];
  return {
    low: (areaM2 * bra.low) / m2PerJob.high,
    mid: (areaM2 * bra.mid) / m2PerJob.mid,
    high: (areaM2 * bra.high) / m2PerJob.low,
  };
}

/** Gross site land per job (m²) that a capacity assumption implies: m2PerJob ÷ bra, for the same pairings. */
export function landPerJobM2(abc: AbcType, a: Assumptions): { low: number; mid: number; high: number } {
  const { bra, m2PerJob } = a.capacity[abc];
  // "low" jobs means the most land per job.
  return { low: m2PerJob.high / bra.low, mid: m2PerJob.mid / bra.mid, high: m2PerJob.low / bra.high };
}
