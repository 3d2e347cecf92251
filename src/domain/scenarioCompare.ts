// Side-by-side figures of applied scenarios against the plan's job targets, with differences to the first (basis).
import { planMeasures, type PlanMeasures } from './planMeasures.ts';
import { ASKER_JOB_TARGETS, PLAN_TARGETS, type JobTargets } from './planTargets.ts';
import type { ScenarioOutcome, SiteScenarioState } from './scenarioApply.ts';
import type { AbcFitVerdict, AbcType, Jobs, SiteResult } from './types.ts';

/** "Within walking distance of a hub": polygon distance to the nearest hub of any type. Common 800 m convention. */
export const DEFAULT_WALKING_DISTANCE_M = 800;

export type TargetStatus = 'below' | 'within' | 'above';
type Level = keyof Jobs;

export interface RegionFigures {
  region: string | null;
  sites: number;
  areaDaa: number;
  /** Build-out capacity. */
  jobs: Jobs;
  newJobs: Jobs;
  newJobsWithinHorizon: Jobs;
  /** Share (0–1) of the scenario's new jobs within the horizon (mid) in this region. */
  shareOfJobs: number;
}

export interface ScenarioFigures {
  id: string;
  name: string;
  startYear: number;
  endYear: number;
  horizonYears: number;
  sites: number;
  excludedSites: number;
  areaDaa: number;
  areaDaaByStatus: { eksisterende: number; fremtidig: number; unknown: number };
  /** Build-out capacity of every included site (all the jobs the land can hold; not a forecast of new jobs). */
  jobs: Jobs;
  /** Jobs on the included sites today (data, or the estimate from the plan's land per job). */
  jobsToday: number;
  /** New-job capacity: max(0, capacity − jobs today) summed over the sites. */
  newJobs: Jobs;
  /** New jobs taken up by the end of the horizon (availability year + take-up per year): what meets the plan's target.
   * */
  newJobsWithinHorizon: Jobs;
  /** newJobsWithinHorizon ÷ horizonYears, to set beside the plan's 500–550 a year. */
  newJobsPerYear: Jobs;
  /**
   * The plan's new jobs in 20 years (Asker: 15 000–20 000), scaled to this horizon; null (also the next three) when
   * the kommune's profile has no job targets: then nothing is compared with a target.
   */
  target: { low: number; high: number } | null;
  /** The plan's new jobs a year (Asker: 500–550) times the horizon (Asker's two figures do not agree; both are shown).
   * */
  targetFromYearlyGrowth: { low: number; high: number } | null;
  /** Each level of newJobsWithinHorizon against `target`. */
  targetStatus: Record<Level, TargetStatus> | null;
  /** Years of land supply, land per new job and density against the plan's land per job today (Asker: 420 m²). */
  measures: PlanMeasures | null;
  byRegion: RegionFigures[];
  /** New jobs within the horizon on sites within the walking distance of a hub, and their share of all, per level. */
  nearHub: { jobs: Jobs; share: Jobs };
  abcMismatches: number;
  abcPartial: number;
}

export interface FigureDelta {
  sites: number;
  areaDaa: number;
  jobs: Jobs;
  newJobs: Jobs;
  newJobsWithinHorizon: Jobs;
  /** Difference in share (0–1 scale; 0.05 = 5 percentage points). */
  nearHubShare: Jobs;
  abcMismatches: number;
  byRegion: { region: string | null; areaDaa: number; jobs: Jobs; newJobsWithinHorizon: Jobs }[];
}

export interface Change<T> {
  basis: T;
  scenario: T;
}

/** One site that differs between a scenario and the basis; null members are unchanged. */
export interface SiteDiff {
  siteId: string;
  name: string;
  included: Change<boolean> | null;
  abc: Change<AbcType | null> | null;
  /** Utilisation setting as text: "1.8" (own %BRA), "×1.5" (factor) or "default". */
  utilisation: Change<string> | null;
  availableYear: Change<number> | null;
  /** Build-out capacity; always given, zero for an excluded site. */
  jobs: Change<Jobs> & { delta: Jobs };
  /** New-job capacity (capacity − jobs today); always given, zero for an excluded site. */
  newJobs: Change<Jobs> & { delta: Jobs };
  fit: Change<AbcFitVerdict | null> | null;
  /** True when a scenario setting differs (not only the outcome of changed global assumptions). */
  settingsChanged: boolean;
}

export interface ScenarioComparison {
  walkingDistanceM: number;
  /** The job targets compared with, and where they come from; null when the kommune's profile has none. */
  planTargets: {
    newJobs20Years: { low: number; high: number };
    newJobsPerYear: { low: number; high: number };
    source: string;
  } | null;
  scenarios: ScenarioFigures[];
  /** deltas[i] = scenarios[i] − scenarios[0]; deltas[0] is all zero. */
  deltas: FigureDelta[];
  /** siteDiffs[i] = sites where scenario i differs from scenario 0, in input order; siteDiffs[0] is empty. */
  siteDiffs: SiteDiff[][];
}

const zero = (): Jobs => ({ low: 0, mid: 0, high: 0 });
const ZERO: Jobs = Object.freeze(zero());
const sub = (a: Jobs, b: Jobs): Jobs => ({ low: a.low - b.low, mid: a.mid - b.mid, high: a.high - b.high });
const scale = (a: Jobs, f: number): Jobs => ({ low: a.low * f, mid: a.mid * f, high: a.high * f });
const share = (part: Jobs, whole: Jobs): Jobs => ({
  low: whole.low > 0 ? part.low / whole.low : 0,
  mid: whole.mid > 0 ? part.mid / whole.mid : 0,
  high: whole.high > 0 ? part.high / whole.high : 0,
});

function addTo(acc: Jobs, j: Jobs): void {
  acc.low += j.low;
  acc.mid += j.mid;
  acc.high += j.high;
}

function status(value: number, t: { low: number; high: number }): TargetStatus {
  return value < t.low ? 'below' : value > t.high ? 'above' : 'within';
}

/** The comparison figures of one applied scenario. */
export function scenarioFigures(
  o: ScenarioOutcome,
  walkingDistanceM = DEFAULT_WALKING_DISTANCE_M,
  targets: JobTargets | null = ASKER_JOB_TARGETS,
): ScenarioFigures {
  const h = o.scenario.horizonYears;
  const total = o.summary.total;
  const byStatus = { eksisterende: 0, fremtidig: 0, unknown: 0 };
  const near = zero();
  let abcMismatches = 0;
  let abcPartial = 0;
  o.results.forEach((r, i) => {
    const st = o.sites[i]?.status ?? null;
    byStatus[st ?? 'unknown'] += r.areaDaa;
    if (r.hubDistanceM !== null && r.hubDistanceM <= walkingDistanceM) addTo(near, r.newJobsWithinHorizon);
    if (r.fit.verdict === 'mismatch') abcMismatches++;
    if (r.fit.verdict === 'partial') abcPartial++;
  });
  const within = total.newJobsWithinHorizon;
  const measures = targets
    ? planMeasures({ areaDaa: total.areaDaa, capacity: total.jobs, newJobs: total.newJobs, horizonYears: h }, targets)
    : null;
  const target = measures ? measures.target : null;
  return {
    id: o.scenario.id,
    name: o.scenario.name,
    startYear: o.startYear,
    endYear: o.endYear,
    horizonYears: h,
    sites: total.sites,
    excludedSites: o.states.length - total.sites,
    areaDaa: total.areaDaa,
    areaDaaByStatus: byStatus,
    jobs: { ...total.jobs },
    jobsToday: total.jobsToday,
    newJobs: { ...total.newJobs },
    newJobsWithinHorizon: { ...within },
    newJobsPerYear: scale(within, 1 / h),
    target,
    targetFromYearlyGrowth: measures ? measures.targetFromYearlyGrowth : null,
    targetStatus: target
      ? { low: status(within.low, target), mid: status(within.mid, target), high: status(within.high, target) }
      : null,
    measures,
    byRegion: o.summary.byRegion.map((row) => ({
      region: row.region,
      sites: row.sites,
      areaDaa: row.areaDaa,
      jobs: { ...row.jobs },
      newJobs: { ...row.newJobs },
      newJobsWithinHorizon: { ...row.newJobsWithinHorizon },
      shareOfJobs: within.mid > 0 ? row.newJobsWithinHorizon.mid / within.mid : 0,
    })),
    nearHub: { jobs: near, share: share(near, within) },
    abcMismatches,
    abcPartial,
  };
}

function delta(s: ScenarioFigures, b: ScenarioFigures): FigureDelta {
  const regions = [...new Set([...b.byRegion.map((r) => r.region), ...s.byRegion.map((r) => r.region)])];
  const find = (f: ScenarioFigures, region: string | null) => f.byRegion.find((r) => r.region === region);
  return {
    sites: s.sites - b.sites,
    areaDaa: s.areaDaa - b.areaDaa,
    jobs: sub(s.jobs, b.jobs),
    newJobs: sub(s.newJobs, b.newJobs),
    newJobsWithinHorizon: sub(s.newJobsWithinHorizon, b.newJobsWithinHorizon),
    nearHubShare: sub(s.nearHub.share, b.nearHub.share),
    abcMismatches: s.abcMismatches - b.abcMismatches,
    byRegion: regions.map((region) => ({
      region,
      areaDaa: (find(s, region)?.areaDaa ?? 0) - (find(b, region)?.areaDaa ?? 0),
      jobs: sub(find(s, region)?.jobs ?? zero(), find(b, region)?.jobs ?? zero()),
      newJobsWithinHorizon: sub(
        find(s, region)?.newJobsWithinHorizon ?? zero(),
        find(b, region)?.newJobsWithinHorizon ?? zero(),
      ),
    })),
  };
}

interface SiteView {
  state: SiteScenarioState;
  result: SiteResult | null;
}

function view(o: ScenarioOutcome, state: SiteScenarioState): SiteView {
  return { state, result: state.resultIndex >= 0 ? (o.results[state.resultIndex] ?? null) : null };
}

/**
 * Pairs each site of `scenario` with the same site in `basis`. Outcomes of the same data list their sites in the
 * same order, so pairing by position is tried first (no maps over 10 000 ids); otherwise by id.
 */
function pairs(scenario: ScenarioOutcome, basis: ScenarioOutcome): [SiteView, SiteView][] {
  const s = scenario.states;
  const b = basis.states;
  const aligned = s.length === b.length && s.every((st, i) => st.siteId === b[i]?.siteId);
  if (aligned) return s.map((st, i) => [view(scenario, st), view(basis, b[i] as SiteScenarioState)]);
  const byId = new Map(b.map((st) => [st.siteId, st]));
  const out: [SiteView, SiteView][] = [];
  for (const st of s) {
    const other = byId.get(st.siteId);
    if (other) out.push([view(scenario, st), view(basis, other)]);
  }
  return out;
}

function utilisationText(s: SiteScenarioState): string {
  if (s.bra !== null) return String(s.bra);
  return s.braFactor !== null ? `×${s.braFactor}` : 'default';
}

function change<T>(basis: T, scenario: T): Change<T> | null {
  return basis === scenario ? null : { basis, scenario };
}

/** Relative tolerance, so float noise from summing in another order is not a "difference". */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function sameJobs(a: Jobs, b: Jobs): boolean {
  return close(a.low, b.low) && close(a.mid, b.mid) && close(a.high, b.high);
}

function siteDiffs(scenario: ScenarioOutcome, basis: ScenarioOutcome): SiteDiff[] {
  const out: SiteDiff[] = [];
  for (const [v, b] of pairs(scenario, basis)) {
    const jb = b.result?.jobs ?? ZERO;
    const js = v.result?.jobs ?? ZERO;
    const nb = b.result?.newJobs ?? ZERO;
    const ns = v.result?.newJobs ?? ZERO;
    const included = change(b.state.included, v.state.included);
    const abc = change(b.state.abc, v.state.abc);
    const ub = utilisationText(b.state);
    const us = utilisationText(v.state);
    const availableYear = change(b.state.availableYear, v.state.availableYear);
    const fit = change(b.result?.fit.verdict ?? null, v.result?.fit.verdict ?? null);
    const settingsChanged =
      included !== null ||
      abc !== null ||
      ub !== us ||
      availableYear !== null ||
      b.state.jobsToday !== v.state.jobsToday;
    if (!settingsChanged && fit === null && sameJobs(jb, js) && sameJobs(nb, ns)) continue;
    out.push({
      siteId: v.state.siteId,
      name: v.state.name,
      included,
      abc,
      utilisation: change(ub, us),
      availableYear,
      jobs: { basis: { ...jb }, scenario: { ...js }, delta: sub(js, jb) },
      newJobs: { basis: { ...nb }, scenario: { ...ns }, delta: sub(ns, nb) },
      fit,
      settingsChanged,
    });
  }
  return out;
}

/**
 * Compares applied scenarios (the first is the basis): figures per scenario, differences to the basis, and the
 * sites that differ. The outcomes must come from the same sites; sites missing from the basis are skipped.
 */
export function compareScenarios(
  outcomes: readonly ScenarioOutcome[],
  options: { walkingDistanceM?: number; targets?: { jobs: JobTargets; source: string } | null } = {},
): ScenarioComparison {
  const basis = outcomes[0];
  if (!basis) throw new Error('compareScenarios: give at least one scenario (the first is the basis).');
  const walkingDistanceM = options.walkingDistanceM ?? DEFAULT_WALKING_DISTANCE_M;
  // Default Asker's targets; `targets: null` (a kommune profile without them) compares without a target.
  const targets =
    options.targets === undefined
      ? { jobs: ASKER_JOB_TARGETS, source: PLAN_TARGETS.newJobs20Years.source }
      : options.targets;
  const figures = outcomes.map((o) => scenarioFigures(o, walkingDistanceM, targets ? targets.jobs : null));
  const first = figures[0] as ScenarioFigures;
  return {
    walkingDistanceM,
    planTargets: targets
      ? {
          newJobs20Years: { ...targets.jobs.newJobs20Years },
          newJobsPerYear: { ...targets.jobs.newJobsPerYear },
          source: targets.source,
        }
      : null,
    scenarios: figures,
    deltas: figures.map((f) => delta(f, first)),
    siteDiffs: outcomes.map((o, i) => (i === 0 ? [] : siteDiffs(o, basis))),
  };
}
