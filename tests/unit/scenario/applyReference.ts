// The straightforward applyScenario as it was before the one-pass version (issue 12), kept only as the reference the
// fast path is compared with to the last digit (applyFast.test.ts). Not used by the product.
import { assessSites } from '../../../src/domain/analyse.ts';
import { checkAssumptions } from '../../../src/domain/assumptions.ts';
import { landJobs } from '../../../src/domain/capacity.ts';
import { leadFor, newJobsWithin, takeUpYears, takenUpShare, type PaceContext } from '../../../src/domain/pace.ts';
import { ASKER_JOB_TARGETS, type Range } from '../../../src/domain/planTargets.ts';
import { DEFAULT_START_YEAR, type Scenario, type SiteChange } from '../../../src/domain/scenario.ts';
import { leadTimes, mergeAssumptions, withSiteBra } from '../../../src/domain/scenarioAssumptions.ts';
import { ScenarioError } from '../../../src/domain/scenarioError.ts';
import { compileRules, type SiteWithProperties } from '../../../src/domain/scenarioRules.ts';
import { summarise } from '../../../src/domain/summary.ts';
import type { ScenarioOutcome, SiteScenarioState, YearFigures } from '../../../src/domain/scenarioApply.ts';
import type {
  AbcType,
  Assumptions,
  Hub,
  Jobs,
  Site,
  SiteGeometryMetrics,
  SiteResult,
} from '../../../src/domain/types.ts';

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

/**
 * Runs the scenario on sites whose geometry metrics are already computed (`metrics[i]` belongs to `sites[i]`):
 * no geometry work, so it can run on every edit. Capacity and fit come from assessSites/jobCapacity/summarise;
 * a site with its own utilisation gets jobCapacity under assumptions where only its ABC type's %BRA differs.
 * Throws ScenarioError when the merged assumptions are unusable (e.g. low > mid after an override).
 */
export function applyScenarioReference(
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
  const endYear = startYear + scenario.horizonYears - 1;
  const pace: PaceContext = { startYear, horizonYears: scenario.horizonYears, leadTimeYears: lead };
  const rules = scenario.rules ?? [];
  const matchers = compileRules(rules);
  const ruleHits = rules.map(() => 0);
  const overrides = new Map(Object.entries(scenario.sites ?? {}));
  let overridesUsed = 0;

  const states: SiteScenarioState[] = new Array<SiteScenarioState>(sites.length);
  let kept = 0;
  let sameSites = true;
  // One scratch object reused for every site: no allocation per site beyond its state.
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
    const own = overrides.size > 0 ? overrides.get(site.id) : undefined;
    if (own) {
      applyChange(e, own);
      overridesUsed++;
    }
    const defaultYear = startYear + leadFor(lead, site.readiness);
    const availableYear = e.availableYear ?? defaultYear;
    const braFactor = e.braFactor === 1 ? null : e.braFactor;
    const state: SiteScenarioState = {
      siteId: site.id,
      name: site.name,
      included: e.include,
      abc: e.abc,
      bra: e.bra,
      braFactor,
      availableYear,
      jobsToday: e.jobsToday,
      rules: hit ?? NO_RULES,
      siteOverride: own !== undefined,
      changed:
        !e.include ||
        e.abc !== site.abc ||
        e.bra !== null ||
        braFactor !== null ||
        availableYear !== defaultYear ||
        e.jobsToday !== null,
      resultIndex: e.include ? kept++ : -1,
    };
    states[i] = state;
    if (!e.include || e.abc !== site.abc) sameSites = false;
  }

  // Most edits keep every site as it is: then the input arrays are assessed as they are, with no copies.
  let inSites = sites as Site[];
  let inMetrics = metrics as SiteGeometryMetrics[];
  let inStates = states;
  if (!sameSites) {
    inSites = [];
    inMetrics = [];
    inStates = [];
    for (let i = 0; i < sites.length; i++) {
      const st = states[i] as SiteScenarioState;
      if (!st.included) continue;
      const site = sites[i] as Site;
      // The original object when its type is unchanged (a new one only carries the scenario's type).
      inSites.push(st.abc === site.abc ? site : { ...site, abc: st.abc });
      inMetrics.push(metrics[i] as SiteGeometryMetrics);
      inStates.push(st);
    }
  }

  const results = assessSites(inSites, inMetrics, hubs, a, pace);
  // Sites hit by the same rule share one (type, %BRA, factor) triple: check the last one before building a key.
  const siteAssumptions = new Map<string, Assumptions>();
  let last: { abc: AbcType; bra: number | null; braFactor: number | null; a: Assumptions } | null = null;
  for (let j = 0; j < results.length; j++) {
    const s = inStates[j] as SiteScenarioState;
    const r = results[j] as SiteResult;
    let sa = a;
    if (s.abc !== null && (s.bra !== null || s.braFactor !== null)) {
      if (!last || last.abc !== s.abc || last.bra !== s.bra || last.braFactor !== s.braFactor) {
        const key = `${s.abc}|${s.bra ?? ''}|${s.braFactor ?? ''}`;
        let found = siteAssumptions.get(key);
        if (!found) siteAssumptions.set(key, (found = withSiteBra(a, s.abc, s.bra, s.braFactor)));
        last = { abc: s.abc, bra: s.bra, braFactor: s.braFactor, a: found };
      }
      sa = last.a;
    }
    const redo = sa !== a || s.jobsToday !== null;
    if (redo) {
      const site = inSites[j] as Site;
      const land = landJobs(
        { areaM2: r.areaM2, abc: s.abc, status: site.status, jobsToday: s.jobsToday ?? site.jobsToday },
        sa,
      );
      r.jobs = land.capacity;
      r.jobsToday = land.jobsToday;
      r.jobsTodaySource = s.jobsToday !== null ? 'scenario' : land.jobsTodaySource;
      if (s.jobsToday !== null) r.jobsTodayField = null;
      r.newJobs = land.newJobs;
    }
    if (redo || r.availableYear !== s.availableYear) {
      r.availableYear = s.availableYear;
      r.newJobsWithinHorizon = newJobsWithin(r.newJobs, s.availableYear, pace, a.takeUpSharePerYear);
    }
  }

  const { perYear, afterHorizon } = byYear(
    results,
    startYear,
    scenario.horizonYears,
    a.takeUpSharePerYear,
    perYearTarget,
  );
  // Only when some override found no site (ids are unique, so a count says so) is the id set worth building.
  let unknownSiteIds: string[] = [];
  if (overridesUsed < overrides.size) {
    const known = new Set(sites.map((s) => s.id));
    unknownSiteIds = [...overrides.keys()].filter((id) => !known.has(id));
  }
  return {
    scenario,
    assumptions: a,
    startYear,
    endYear,
    states,
    sites: inSites,
    results,
    summary: summarise(inSites, results, a, pace),
    perYear,
    afterHorizon,
    ruleHits,
    unknownSiteIds,
  };
}

/**
 * Buckets the included sites by the year they become available (before the start year counts as the start), and
 * sums the new jobs taken up by the end of each year under the linear take-up (the last year equals the summary's
 * newJobsWithinHorizon).
 */
function byYear(
  results: SiteResult[],
  startYear: number,
  horizonYears: number,
  sharePerYear: number,
  perYearTarget: Range | null,
) {
  const perYear: YearFigures[] = [];
  for (let k = 0; k < horizonYears; k++) {
    perYear.push({
      year: startYear + k,
      sites: 0,
      areaDaa: 0,
      jobs: zeroJobs(),
      newJobs: zeroJobs(),
      cumulativeNewJobs: zeroJobs(),
      cumulativeTarget: { low: 0, high: 0 },
    });
  }
  const afterHorizon = { sites: 0, areaDaa: 0, jobs: zeroJobs(), newJobs: zeroJobs() };
  for (let j = 0; j < results.length; j++) {
    const r = results[j] as SiteResult;
    const k0 = Math.max(0, r.availableYear - startYear);
    const bucket = k0 < horizonYears ? (perYear[k0] as YearFigures) : afterHorizon;
    bucket.sites++;
    bucket.areaDaa += r.areaDaa;
    addJobs(bucket.jobs, r.jobs);
    addJobs(bucket.newJobs, r.newJobs);
    for (let k = k0; k < horizonYears; k++) {
      // Same formula as newJobsWithin for a horizon ending with year k, so the last year matches the summary.
      const f = takenUpShare(takeUpYears(r.availableYear, startYear, k + 1), sharePerYear);
      const c = (perYear[k] as YearFigures).cumulativeNewJobs;
      c.low += r.newJobs.low * f;
      c.mid += r.newJobs.mid * f;
      c.high += r.newJobs.high * f;
      if (f >= 1) {
        // Fully taken up: the rest of the years get the whole figure.
        for (let m = k + 1; m < horizonYears; m++) addJobs((perYear[m] as YearFigures).cumulativeNewJobs, r.newJobs);
        break;
      }
    }
  }
  perYear.forEach((y, k) => {
    y.cumulativeTarget = perYearTarget
      ? { low: perYearTarget.low * (k + 1), high: perYearTarget.high * (k + 1) }
      : null;
  });
  return { perYear, afterHorizon };
}
