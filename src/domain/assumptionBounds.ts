// Bounds on every number a scenario or the assumptions can set: data only (the words for each field are in
// src/i18n/scenarioFields.*.ts). One table: a new assumption field adds one row here (and uses BOUNDS.<name> where
// it is read); the schema, the engine's checks and the UI's field checks all read it.
import type { NumberRange } from './scenarioReader.ts';

export type Bound = NumberRange;

/**
 * Why these limits: a floor area per job under 1 m² or a utilisation over 1 000 % BRA is no real building, and
 * values near 0 divide into infinite job figures (5e-324 m² per job gave "∞" jobs); horizons and years must be
 * finite and whole; distances are capped at Norway's length.
 */
export const BOUNDS = {
  /** %BRA of the capacity assumptions, as a share (1.5 = 150 %). */
  bra: { min: 0.01, max: 10 },
  /** %BRA set on a site or by a rule; 0 means nothing may be built. */
  siteBra: { min: 0, max: 10 },
  braFactor: { min: 0, max: 10 },
  m2PerJob: { min: 1, max: 10_000 },
  horizonYears: { min: 1, max: 100, integer: true },
  year: { min: 1900, max: 2200, integer: true },
  leadTimeYears: { min: 0, max: 100, integer: true },
  thresholdM: { min: 1, max: 100_000 },
  distanceM: { min: 0, max: 1_000_000 },
  areaDaa: { min: 0, max: 10_000_000 },
  /** Share of the gross site that can carry buildings; above 0 (no capacity at all is "exclude the site"). */
  netShare: { min: 0, max: 1, minExclusive: true },
  /** The plan's 420 m² today; under 1 m² of land per job is no real workplace (10 km² per job: practically none). */
  landPerJobTodayM2: { min: 1, max: 10_000_000 },
  takeUpSharePerYear: { min: 0, max: 1, minExclusive: true },
  jobsToday: { min: 0, max: 10_000_000, integer: true },
} as const satisfies Record<string, Bound>;
