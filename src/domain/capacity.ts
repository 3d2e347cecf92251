// Jobs on a piece of land: build-out capacity on its net land, jobs there today, and the new jobs it can add.
import type { AbcType, Assumptions, Jobs, JobsTodaySource, SiteStatus, SquareMeters } from './types.ts';

/** Dekar (daa) from square metres: 1 daa = 1 000 m². */
export function areaDaa(m2: SquareMeters): number {
  return m2 / 1000;
}

/**
 * Jobs a site can hold when built out: gross area × net share × bra ÷ m2PerJob. Only the net share of the gross
 * site carries buildings (streets, utilities, green structure and setbacks take the rest). Low pairs the lowest
 * utilisation with the most floor area per job, high the reverse, so the range spans both uncertainties. Zero when
 * the ABC type is unknown (no sensible job density can be assumed).
 * Example: 20 000 m² at A defaults (net 0.7, bra 1.0/1.5/2.0, 23/30/35 m² per job) → 400 / 700 / 1 217 jobs.
 */
export function jobCapacity(areaM2: SquareMeters, abc: AbcType | null, a: Assumptions): Jobs {
  if (abc === null) return { low: 0, mid: 0, high: 0 };
  const { bra, m2PerJob } = a.capacity[abc];
  const net = areaM2 * a.netShare[abc];
  return {
    low: (net * bra.low) / m2PerJob.high,
    mid: (net * bra.mid) / m2PerJob.mid,
    high: (net * bra.high) / m2PerJob.low,
  };
}

/** Gross site land per job (m²) at build-out that a capacity assumption implies: m2PerJob ÷ (bra × net share). */
export function landPerJobM2(abc: AbcType, a: Assumptions): { low: number; mid: number; high: number } {
  const { bra, m2PerJob } = a.capacity[abc];
  const net = a.netShare[abc];
  // "low" jobs means the most land per job.
  return {
    low: m2PerJob.high / (bra.low * net),
    mid: m2PerJob.mid / (bra.mid * net),
    high: m2PerJob.low / (bra.high * net),
  };
}

/** A piece of land to assess: a site, or a part of one (issue 11's land accounts call this with their own pieces). */
export interface LandPiece {
  /** Gross area, m² (EPSG:25832). */
  areaM2: SquareMeters;
  abc: AbcType | null;
  status: SiteStatus | null;
  /** Jobs there today from the data (a number ≥ 0), or null/absent when the data has none. */
  jobsToday?: number | null | undefined;
}

export interface LandJobs {
  /** Build-out capacity on the net land, low / mid / high (fractional; round for display). */
  capacity: Jobs;
  /** Jobs today, a whole number, so `newJobs` of the rounded figures is exactly max(0, capacity − jobsToday). */
  jobsToday: number;
  jobsTodaySource: JobsTodaySource;
  /** max(0, capacity − jobsToday) per level. */
  newJobs: Jobs;
}

/**
 * Jobs today on a piece of land: the data's figure when it has one (rounded to whole jobs); else, for existing land,
 * an estimate from the plan's gross land per job today, round(area ÷ landPerJobTodayM2); else 0 (future land, or a
 * status the data does not give). Example: an existing 42 daa site with no figure → round(42 000 ÷ 420) = 100.
 */
export function jobsTodayOf(piece: LandPiece, a: Assumptions): { jobsToday: number; source: JobsTodaySource } {
  const given = piece.jobsToday;
  if (given !== undefined && given !== null && Number.isFinite(given) && given >= 0)
    return { jobsToday: Math.round(given), source: 'data' };
  if (piece.status === 'eksisterende')
    return { jobsToday: Math.round(piece.areaM2 / a.landPerJobTodayM2), source: 'estimate' };
  return { jobsToday: 0, source: piece.status === 'fremtidig' ? 'future' : 'unknown' };
}

/**
 * Capacity, jobs today and new-job capacity of a piece of land under the given assumptions (pure; no pace).
 * Existing land contributes only its densification potential: new = max(0, capacity − today), never negative.
 * Example: existing, 42 daa, B, no jobs figure, defaults → capacity mid 42 000 × 0.75 × 0.9 ÷ 87.5 = 324,
 * jobs today 100, new jobs mid 224.
 */
export function landJobs(piece: LandPiece, a: Assumptions): LandJobs {
  const capacity = jobCapacity(piece.areaM2, piece.abc, a);
  const { jobsToday, source } = jobsTodayOf(piece, a);
  return {
    capacity,
    jobsToday,
    jobsTodaySource: source,
    newJobs: {
      low: Math.max(0, capacity.low - jobsToday),
      mid: Math.max(0, capacity.mid - jobsToday),
      high: Math.max(0, capacity.high - jobsToday),
    },
  };
}

/**
 * New jobs as printed on every surface: max(0, rounded capacity − jobs today). Jobs today is a whole number, so a
 * printed row always satisfies new = max(0, capacity − today) exactly (the CSV contract of the report).
 */
export function wholeNewJobs(capacity: number, jobsToday: number): number {
  return Math.max(0, Math.round(capacity) - jobsToday);
}
