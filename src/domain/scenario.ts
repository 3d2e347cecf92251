// Scenario types: a named set of overrides (assumptions, rules, per-site settings) applied on top of the data.
import type { AbcType, Readiness, Range3, SiteStatus } from './types.ts';

/** The schema version this code writes. Older versions are migrated on read (see scenarioMigrate.ts). */
export const SCENARIO_SCHEMA_VERSION = 2;

/** Used when a scenario gives no startYear; a fixed year so results never depend on the clock. */
export const DEFAULT_START_YEAR = 2026;

/** Readiness as a key, with `unknown` for sites whose data gives none. */
export type ReadinessKey = Readiness | 'unknown';

export const READINESS_KEYS: readonly ReadinessKey[] = ['byggeklar', 'må reguleres', 'må omreguleres', 'unknown'];

/**
 * Years from the start year until a site can be built on, by readiness, when the scenario sets no
 * availableYear. Project assumption, not a sourced figure: a zoning plan (detaljregulering) and the works it
 * triggers take a few years; re-zoning built land also needs the current use moved. No readiness in the data →
 * no basis for a delay, so the site counts as available at once.
 */
export const DEFAULT_LEAD_TIME_YEARS: Readonly<Record<ReadinessKey, number>> = Object.freeze({
  byggeklar: 0,
  'må reguleres': 4,
  'må omreguleres': 6,
  unknown: 0,
});

/** What a rule or a per-site override sets. Later settings replace earlier ones key by key. */
export interface SiteChange {
  /** false drops the site from the scenario (its daa and jobs leave every total). */
  include?: boolean;
  /** Planned ABC type under the scenario (changes both the job density and the ABC-fit verdict). */
  abc?: AbcType;
  /** One utilisation (floor area ÷ site area, 1.5 = 150 %BRA) replacing the ABC type's low/mid/high. */
  bra?: number;
  /** Multiplies the ABC type's low/mid/high utilisation (1.5 = 50 % more floor area). `bra` wins over it. */
  braFactor?: number;
  /** Calendar year from which the site can be built on. */
  availableYear?: number;
  /** Jobs on the site today (whole jobs), replacing the data's figure or the estimate from land per job. */
  jobsToday?: number;
}

/**
 * Which sites a rule hits: every given condition must hold (AND); lists mean "any of". Conditions test the
 * site as it is in the data (planned ABC type, status…) and its geometry metrics, never what earlier rules set,
 * so the rules' order only matters when two of them set the same key.
 */
export interface RuleCondition {
  siteIds?: string[];
  /** Region name as in the regions data, e.g. "Asker syd". */
  region?: string[];
  status?: SiteStatus[];
  abc?: AbcType[];
  readiness?: Readiness[];
  /** Polygon distance to the nearest rail station (tog); a site with no station in the data never passes a max. */
  maxRailDistanceM?: number;
  minRailDistanceM?: number;
  /** Polygon distance to the nearest hub of any type. */
  maxHubDistanceM?: number;
  minHubDistanceM?: number;
  minAreaDaa?: number;
  maxAreaDaa?: number;
  /**
   * Site properties from the data that must equal the given values, e.g. `{ "farmland": true }`. Read from an
   * optional `properties` record on the site object (see SiteWithProperties); sites without it never match.
   */
  property?: Record<string, string | number | boolean>;
}

export interface ScenarioRule {
  /** Why the rule exists, shown beside it. */
  label?: string;
  when: RuleCondition;
  set: SiteChange;
}

/** Partial overrides of the default assumptions; absent keys keep the defaults. */
export interface ScenarioAssumptions {
  capacity?: Partial<Record<AbcType, { bra?: Partial<Range3>; m2PerJob?: Partial<Range3> }>>;
  accessibility?: { aMaxRailM?: number; bMaxRailM?: number; bMaxAnyHubM?: number };
  nearHubM?: number;
  /** Net developable share of the gross site, by ABC type (0–1]. */
  netShare?: Partial<Record<AbcType, number>>;
  /** Gross land per job today (m²), for estimating jobs today on existing sites without a figure. */
  landPerJobTodayM2?: number;
  /** Share (0–1] of a site's new-job capacity taken up each year once it is available. */
  takeUpSharePerYear?: number;
  /** Years until a site is available, by readiness (see DEFAULT_LEAD_TIME_YEARS). */
  leadTimeYears?: Partial<Record<ReadinessKey, number>>;
}

export interface ScenarioText {
  name: string;
  description: string;
}

export interface Scenario {
  schemaVersion: typeof SCENARIO_SCHEMA_VERSION;
  /** Stable key: letters, digits, '-' and '_' (1–64 characters). */
  id: string;
  name: string;
  description: string;
  /** The same texts in other languages, e.g. `{ "en": { name, description } }`. */
  translations?: Partial<Record<'nb' | 'en', ScenarioText>>;
  horizonYears: number;
  startYear?: number;
  assumptions?: ScenarioAssumptions;
  /** Applied in order to every site; per-site overrides (`sites`) are applied after all rules. */
  rules?: ScenarioRule[];
  /** Per-site overrides keyed by site id; they beat the rules. */
  sites?: Record<string, SiteChange>;
}
