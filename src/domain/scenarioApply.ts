// Applies a scenario to assessed data: which sites are in, with what ABC type, utilisation and year, and the totals.
import { assessAbcFit } from './abcFit.ts';
import { hubLookup } from './analyse.ts';
import { checkAssumptions } from './assumptions.ts';
import { areaDaa } from './capacity.ts';
import { leadFor, takeUpYears, takenUpShare, type PaceContext } from './pace.ts';
import { ASKER_JOB_TARGETS, type Range } from './planTargets.ts';
import { DEFAULT_START_YEAR, type Scenario, type SiteChange } from './scenario.ts';
import { leadTimes, mergeAssumptions } from './scenarioAssumptions.ts';
import { ScenarioError } from './scenarioError.ts';
import { compileRules, type SiteWithProperties } from './scenarioRules.ts';
import { SummaryBuilder } from './summary.ts';
import type {
  AbcFit,
  AbcType,
  AccessibilityThresholds,
  Assumptions,
  Hub,
  Jobs,
  JobsTodaySource,
  Site,
  SiteGeometryMetrics,
  SiteResult,
  Summary,
} from './types.ts';

/** What the scenario made of one input site (every site, included or not, in input order). */
export interface SiteScenarioState {
  siteId: string;
  name: string;
  included: boolean;
  /** ABC type under the scenario. */
  abc: AbcType | null;
  /** Single utilisation replacing the ABC range, or null. */
  bra: number | null;
  /** Factor on the ABC range (null = none); ignored when `bra` is set. */
  braFactor: number | null;
  /** Year the site can be built on: the scenario's, else start year + lead time for its readiness. */
  availableYear: number;
  /** Jobs today set by the scenario (replacing the data's figure or the estimate), or null. */
  jobsToday: number | null;
  /** Indexes of the rules that hit the site. */
  rules: readonly number[];
  /** True when `scenario.sites` has an entry for this site. */
  siteOverride: boolean;
  /** True when the scenario changes anything about the site compared with the data. */
  changed: boolean;
  /** Position of the site in `results` / `sites` of the outcome; −1 when excluded. */
  resultIndex: number;
}

export interface YearFigures {
  year: number;
  /** Sites, daa, build-out capacity and new-job capacity that become available in this year. */
  sites: number;
  areaDaa: number;
  jobs: Jobs;
  newJobs: Jobs;
  /** New jobs taken up on all sites by the end of this year (availability + take-up per year). */
  cumulativeNewJobs: Jobs;
  /** The plan's new jobs a year (Asker: 500–550), summed from the start year up to this year; null without targets. */
  cumulativeTarget: { low: number; high: number } | null;
}

export interface ScenarioOutcome {
  scenario: Scenario;
  /** Effective assumptions (base + the scenario's overrides). */
  assumptions: Assumptions;
  startYear: number;
  /** Last year inside the horizon: startYear + horizonYears − 1. */
  endYear: number;
  states: SiteScenarioState[];
  /**
   * The included sites as the scenario sees them (ABC type overridden), aligned with `results`. When the scenario
   * keeps every site as it is, this is the input array itself: treat it as read-only.
   */
  sites: Site[];
  results: SiteResult[];
  summary: Summary;
  /** One entry per year of the horizon. */
  perYear: YearFigures[];
  /** Included sites that only become available after the horizon. */
  afterHorizon: { sites: number; areaDaa: number; jobs: Jobs; newJobs: Jobs };
  /** How many sites each rule hit (same order as scenario.rules). */
  ruleHits: number[];
  /** Ids in `scenario.sites` that are not in the data. */
  unknownSiteIds: string[];
}

const zeroJobs = (): Jobs => ({ low: 0, mid: 0, high: 0 });
/** Shared by every site no rule hits, so 10 000 untouched sites allocate no arrays. */
const NO_RULES: readonly number[] = Object.freeze([]);

function addJobs(to: Jobs, j: Jobs): void {
  to.low += j.low;
  to.mid += j.mid;
  to.high += j.high;
}

interface Effective {
  include: boolean;
  abc: AbcType | null;
  bra: number | null;
  braFactor: number | null;
  availableYear: number | null;
  jobsToday: number | null;
}

function applyChange(e: Effective, c: SiteChange): void {
  if (c.include !== undefined) e.include = c.include;
  if (c.abc !== undefined) e.abc = c.abc;
  if (c.bra !== undefined) e.bra = c.bra;
  if (c.braFactor !== undefined) e.braFactor = c.braFactor;
  if (c.availableYear !== undefined) e.availableYear = c.availableYear;
  if (c.jobsToday !== undefined) e.jobsToday = c.jobsToday;
}

/** Capacity figures of one ABC type under the effective assumptions, read once per apply instead of per site. */
interface TypeFigures {
  netShare: number;
  braLow: number;
  braMid: number;
  braHigh: number;
  m2Low: number;
  m2Mid: number;
  m2High: number;
}

function typeFigures(a: Assumptions, abc: AbcType): TypeFigures {
  const c = a.capacity[abc];
  return {
    netShare: a.netShare[abc],
    braLow: c.bra.low,
    braMid: c.bra.mid,
    braHigh: c.bra.high,
    m2Low: c.m2PerJob.low,
    m2Mid: c.m2PerJob.mid,
    m2High: c.m2PerJob.high,
  };
}

/**
 * The ABC fits of one metrics array under one set of access thresholds and one hub lookup, by planned type
 * (A, B, C, none) and site index, filled as sites are met. A fit depends on the metrics object, the hubs, the planned
 * type and the thresholds only (abcFit.ts keeps it per metrics object already), so a scenario edit that keeps the
 * thresholds reads each site's fit from an array instead of looking it up by object. `seen` holds the metrics objects
 * the fits were made for: an entry is used only while the array still holds the same object at that index.
 */
interface FitTable {
  hubs: ReadonlyMap<string, Hub>;
  thresholds: AccessibilityThresholds;
  seen: (SiteGeometryMetrics | undefined)[];
  byType: (AbcFit | undefined)[][];
}

/** Tables kept per metrics array: a few threshold sets, so comparing a scenario that moves them with the basis
 * does not rebuild one on every apply. */
const fitTables = new WeakMap<readonly SiteGeometryMetrics[], FitTable[]>();
const FIT_TABLES_KEPT = 4;

function fitTableFor(
  metrics: readonly SiteGeometryMetrics[],
  hubs: ReadonlyMap<string, Hub>,
  t: AccessibilityThresholds,
): FitTable {
  let kept = fitTables.get(metrics);
  if (!kept) fitTables.set(metrics, (kept = []));
  for (const table of kept) {
    const k = table.thresholds;
    if (
      table.hubs === hubs &&
      k.aMaxRailM === t.aMaxRailM &&
      k.bMaxRailM === t.bMaxRailM &&
      k.bMaxAnyHubM === t.bMaxAnyHubM
    )
      return table;
  }
  const table: FitTable = { hubs, thresholds: { ...t }, seen: metrics.slice(), byType: [[], [], [], []] };
  if (kept.unshift(table) > FIT_TABLES_KEPT) kept.pop();
  return table;
}

/**
 * The scenario's own site changes by site index (`byIndex[i]` for `sites[i]`; null when it has none), and the ids
 * that name no site. Kept per sites array for the `scenario.sites` object it was made from: an edit of the
 * scenario's assumptions keeps that object and a site edit makes a new one (src/state/scenarioEdit.ts), so
 * re-applying a scenario with 1 000 site changes looks up no id. `seen` guards against an array changed in place.
 */
interface OverrideIndex {
  of: Readonly<Record<string, SiteChange>> | undefined;
  seen: readonly SiteWithProperties[];
  byIndex: (SiteChange | undefined)[] | null;
  unknownSiteIds: string[];
}

const overrideIndexes = new WeakMap<readonly SiteWithProperties[], OverrideIndex>();

function overrideIndex(
  sites: readonly SiteWithProperties[],
  own: Readonly<Record<string, SiteChange>> | undefined,
): OverrideIndex {
  const kept = overrideIndexes.get(sites);
  if (kept && kept.of === own && kept.seen.length === sites.length && kept.seen.every((s, i) => s === sites[i]))
    return kept;
  const overrides = new Map(Object.entries(own ?? {}));
  let byIndex: (SiteChange | undefined)[] | null = null;
  let used = 0;
  if (overrides.size > 0) {
    byIndex = [];
    for (const site of sites) {
      const change = overrides.get(site.id);
      if (change) used++;
      byIndex.push(change);
    }
  }
  // Only when some override found no site (ids are unique, so a count says so) is the id set worth building.
  let unknownSiteIds: string[] = [];
  if (used < overrides.size) {
    const known = new Set(sites.map((s) => s.id));
    unknownSiteIds = [...overrides.keys()].filter((id) => !known.has(id));
  }
  const index: OverrideIndex = { of: own, seen: sites.slice(), byIndex, unknownSiteIds };
  overrideIndexes.set(sites, index);
  return index;
}

/**
 * Runs the scenario on sites whose geometry metrics are already computed (`metrics[i]` belongs to `sites[i]`):
 * no geometry work, so it can run on every edit. One pass over the sites settles each site's state and builds its
 * result with the same formulas as landJobs/jobCapacity, newJobsWithin and assessAbcFit (a site with its own
 * utilisation gets its ABC type's %BRA replaced or scaled, as withSiteBra does), and sums the per-year figures and
 * the summary (summary.ts's SummaryBuilder, the one summarise uses) on the way. The figures are those of assessing the scenario's
 * sites with assessSites and re-assessing the sites it changes, to the last digit (tests/unit/scenario/
 * applyFast.test.ts holds the two to it). Throws ScenarioError when the merged assumptions are unusable (e.g.
 * low > mid after an override).
 */
export function applyScenario(
  sites: readonly SiteWithProperties[],
  metrics: readonly SiteGeometryMetrics[],
  hubs: Hub[],
  base: Assumptions,
  scenario: Scenario,
  /** The kommune's job growth a year (its profile's); default Asker's; null when the profile has none. */
  perYearTarget: Range | null = ASKER_JOB_TARGETS.newJobsPerYear,
): ScenarioOutcome {
  if (sites.length !== metrics.length) {
    throw new Error(`applyScenario: ${sites.length} sites but ${metrics.length} metrics; they must match one to one.`);
  }
  const a = mergeAssumptions(base, scenario.assumptions);
  const problems = checkAssumptions(a);
  if (problems.length > 0) throw new ScenarioError(problems);
  const lead = leadTimes(scenario.assumptions);
  const startYear = scenario.startYear ?? DEFAULT_START_YEAR;
  const horizonYears = scenario.horizonYears;
  const endYear = startYear + horizonYears - 1;
  const pace: PaceContext = { startYear, horizonYears, leadTimeYears: lead };
  const rules = scenario.rules ?? [];
  const matchers = compileRules(rules);
  const ruleHits = rules.map(() => 0);
  const overrides = overrideIndex(sites, scenario.sites);

  const hubsById = hubLookup(hubs);
  const thresholds = a.accessibility;
  const fits = fitTableFor(metrics, hubsById, thresholds);
  const sharePerYear = a.takeUpSharePerYear;
  const landPerJobToday = a.landPerJobTodayM2;
  const figA = typeFigures(a, 'A');
  const figB = typeFigures(a, 'B');
  const figC = typeFigures(a, 'C');
  // Share taken up after y years (y = 0 … horizon), the pace model's own function, looked up per site and year.
  const shareAfter = new Float64Array(horizonYears + 1);
  for (let y = 0; y <= horizonYears; y++) shareAfter[y] = takenUpShare(y, sharePerYear);
  // Per-year sums in site order (the order the per-site loop of the plain version added them in).
  const ySites = new Float64Array(horizonYears);
  const yArea = new Float64Array(horizonYears);
  const yJobs = new Float64Array(horizonYears * 3);
  const yNew = new Float64Array(horizonYears * 3);
  const yCum = new Float64Array(horizonYears * 3);
  const afterHorizon = { sites: 0, areaDaa: 0, jobs: zeroJobs(), newJobs: zeroJobs() };
  const totals = new SummaryBuilder(a.nearHubM);

  const states: SiteScenarioState[] = new Array<SiteScenarioState>(sites.length);
  const results: SiteResult[] = [];
  // The included sites; stays the input array until a site is dropped or retyped.
  let inSites: Site[] | null = null;
  // One scratch object reused for every site: no allocation per site beyond its state, its result and its figures.
  const e: Effective = { include: true, abc: null, bra: null, braFactor: null, availableYear: null, jobsToday: null };
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i] as SiteWithProperties;
    const m = metrics[i] as SiteGeometryMetrics;
    e.include = true;
    e.abc = site.abc;
    e.bra = null;
    e.braFactor = null;
    e.availableYear = null;
    e.jobsToday = null;
    let hit: number[] | null = null;
    for (let r = 0; r < matchers.length; r++) {
      if ((matchers[r] as (typeof matchers)[number])(site, m)) {
        applyChange(e, (rules[r] as (typeof rules)[number]).set);
        (hit ??= []).push(r);
        ruleHits[r] = (ruleHits[r] as number) + 1;
      }
    }
    const own = overrides.byIndex === null ? undefined : overrides.byIndex[i];
    if (own) applyChange(e, own);
    const defaultYear = startYear + leadFor(lead, site.readiness);
    const availableYear = e.availableYear ?? defaultYear;
    const braFactor = e.braFactor === 1 ? null : e.braFactor;
    const abc = e.abc;
    const included = e.include;
    const jobsTodaySet = e.jobsToday;
    states[i] = {
      siteId: site.id,
      name: site.name,
      included,
      abc,
      bra: e.bra,
      braFactor,
      availableYear,
      jobsToday: jobsTodaySet,
      rules: hit ?? NO_RULES,
      siteOverride: own !== undefined,
      changed:
        !included ||
        abc !== site.abc ||
        e.bra !== null ||
        braFactor !== null ||
        availableYear !== defaultYear ||
        jobsTodaySet !== null,
      resultIndex: included ? results.length : -1,
    };
    if (!included || abc !== site.abc) {
      inSites ??= sites.slice(0, i) as Site[];
      if (!included) continue;
      // A new object only carries the scenario's type.
      inSites.push({ ...site, abc });
    } else if (inSites) inSites.push(site);

    // Capacity on the net land (jobCapacity), with the site's own %BRA or factor when it has one (withSiteBra).
    const areaM2 = m.areaM2;
    let low = 0;
    let mid = 0;
    let high = 0;
    if (abc !== null) {
      const f = abc === 'A' ? figA : abc === 'B' ? figB : figC;
      let braLow = f.braLow;
      let braMid = f.braMid;
      let braHigh = f.braHigh;
      if (e.bra !== null) {
        braLow = braMid = braHigh = e.bra;
      } else if (braFactor !== null) {
        braLow *= braFactor;
        braMid *= braFactor;
        braHigh *= braFactor;
      }
      const net = areaM2 * f.netShare;
      low = (net * braLow) / f.m2High;
      mid = (net * braMid) / f.m2Mid;
      high = (net * braHigh) / f.m2Low;
    }
    // Jobs today (jobsTodayOf): the scenario's figure, else the data's, else the estimate for existing land.
    const given = jobsTodaySet ?? site.jobsToday;
    let jobsToday: number;
    let source: JobsTodaySource;
    if (given !== undefined && given !== null && Number.isFinite(given) && given >= 0) {
      jobsToday = Math.round(given);
      source = 'data';
    } else if (site.status === 'eksisterende') {
      jobsToday = Math.round(areaM2 / landPerJobToday);
      source = 'estimate';
    } else {
      jobsToday = 0;
      source = site.status === 'fremtidig' ? 'future' : 'unknown';
    }
    const newLow = Math.max(0, low - jobsToday);
    const newMid = Math.max(0, mid - jobsToday);
    const newHigh = Math.max(0, high - jobsToday);
    const within = takenUpShare(takeUpYears(availableYear, startYear, horizonYears), sharePerYear);
    const areaDaaOfSite = areaDaa(areaM2);
    const fitsOfType = fits.byType[abc === 'A' ? 0 : abc === 'B' ? 1 : abc === 'C' ? 2 : 3] as (AbcFit | undefined)[];
    let fit = fits.seen[i] === m ? fitsOfType[i] : undefined;
    if (fit === undefined) {
      fit = assessAbcFit(abc, m, hubsById, thresholds);
      if (fits.seen[i] === m) fitsOfType[i] = fit;
    }
    const jobs: Jobs = { low, mid, high };
    const newJobs: Jobs = { low: newLow, mid: newMid, high: newHigh };
    // Spelled out in assessSites' field order: one fixed object shape.
    const result: SiteResult = {
      siteId: m.siteId,
      areaM2,
      centroid: m.centroid,
      hubId: m.hubId,
      hubDistanceM: m.hubDistanceM,
      hubCentroidDistanceM: m.hubCentroidDistanceM,
      nearestByType: m.nearestByType,
      region: m.region,
      areaDaa: areaDaaOfSite,
      jobs,
      jobsToday,
      jobsTodaySource: jobsTodaySet !== null ? 'scenario' : source,
      jobsTodayField: jobsTodaySet === null && source === 'data' ? (site.jobsTodayField ?? null) : null,
      newJobs,
      availableYear,
      newJobsWithinHorizon: { low: newLow * within, mid: newMid * within, high: newHigh * within },
      fit,
    };
    results.push(result);
    totals.add(site.status, abc, result);

    // Per-year figures: the year the site becomes available (before the start counts as the start), then the new
    // jobs taken up by the end of each year of the horizon.
    const k0 = Math.max(0, availableYear - startYear);
    if (k0 >= horizonYears) {
      afterHorizon.sites++;
      afterHorizon.areaDaa += areaDaaOfSite;
      addJobs(afterHorizon.jobs, jobs);
      addJobs(afterHorizon.newJobs, newJobs);
      continue;
    }
    // Whole years only (the schema's bounds say so): a year between two buckets has no place in the table.
    if (!Number.isInteger(k0)) throw new Error(`applyScenario: site ${site.id} has a year that is not whole.`);
    ySites[k0] = (ySites[k0] as number) + 1;
    yArea[k0] = (yArea[k0] as number) + areaDaaOfSite;
    const b = k0 * 3;
    yJobs[b] = (yJobs[b] as number) + low;
    yJobs[b + 1] = (yJobs[b + 1] as number) + mid;
    yJobs[b + 2] = (yJobs[b + 2] as number) + high;
    yNew[b] = (yNew[b] as number) + newLow;
    yNew[b + 1] = (yNew[b + 1] as number) + newMid;
    yNew[b + 2] = (yNew[b + 2] as number) + newHigh;
    // Take-up years by the end of year k are k + 1 − k0 (takeUpYears for whole years).
    for (let k = k0; k < horizonYears; k++) {
      const f = shareAfter[k + 1 - k0] as number;
      const c = k * 3;
      yCum[c] = (yCum[c] as number) + newLow * f;
      yCum[c + 1] = (yCum[c + 1] as number) + newMid * f;
      yCum[c + 2] = (yCum[c + 2] as number) + newHigh * f;
    }
  }
  const keptSites = inSites ?? (sites as Site[]);

  const perYear: YearFigures[] = new Array<YearFigures>(horizonYears);
  for (let k = 0; k < horizonYears; k++) {
    const b = k * 3;
    perYear[k] = {
      year: startYear + k,
      sites: ySites[k] as number,
      areaDaa: yArea[k] as number,
      jobs: { low: yJobs[b] as number, mid: yJobs[b + 1] as number, high: yJobs[b + 2] as number },
      newJobs: { low: yNew[b] as number, mid: yNew[b + 1] as number, high: yNew[b + 2] as number },
      cumulativeNewJobs: { low: yCum[b] as number, mid: yCum[b + 1] as number, high: yCum[b + 2] as number },
      cumulativeTarget: perYearTarget ? { low: perYearTarget.low * (k + 1), high: perYearTarget.high * (k + 1) } : null,
    };
  }
  const unknownSiteIds = overrides.unknownSiteIds.slice();
  return {
    scenario,
    assumptions: a,
    startYear,
    endYear,
    states,
    sites: keptSites,
    results,
    summary: totals.finish(pace),
    perYear,
    afterHorizon,
    ruleHits,
    unknownSiteIds,
  };
}
