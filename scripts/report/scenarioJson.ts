// The "scenario" section of the JSON report: what the scenario is, what it changed, and how it compares with the basis.
import { serializeScenario } from '../../src/domain/scenarioSchema.ts';
import type { PlanMeasures } from '../../src/domain/planMeasures.ts';
import { PLAN_TARGETS } from '../../src/domain/planTargets.ts';
import type { FigureDelta, ScenarioFigures, SiteDiff } from '../../src/domain/scenarioCompare.ts';
import type { Jobs } from '../../src/domain/types.ts';
import { wholeJobs } from './csv.ts';
import type { ScenarioSection } from './scenarioSection.ts';

/** The report's rounding: jobs whole, daa 3 decimals, shares 4 (as in the rest of the JSON). */
const round = (value: number, decimals: number): number => Number(value.toFixed(decimals));
const jobs = (j: Jobs): Jobs => ({ low: wholeJobs(j.low), mid: wholeJobs(j.mid), high: wholeJobs(j.high) });
const shares = (j: Jobs): Jobs => ({ low: round(j.low, 4), mid: round(j.mid, 4), high: round(j.high, 4) });

/** Plan measures rounded as displayed: years to 1 decimal, m² to whole metres, the density factor to 2 decimals. */
export function measuresJson(
  m: PlanMeasures,
  todayM2: number = PLAN_TARGETS.landPerJobM2.value,
): Record<string, unknown> {
  const orNull = (v: number | null, decimals: number): number | null => (v === null ? null : round(v, decimals));
  return {
    horizonYears: m.horizonYears,
    target: m.target,
    targetFromYearlyGrowth: m.targetFromYearlyGrowth,
    yearsOfSupply: { low: round(m.yearsOfSupply.low, 1), high: round(m.yearsOfSupply.high, 1) },
    landPerNewJobM2: orNull(m.landPerNewJobM2, 0),
    buildOutLandPerJobM2: orNull(m.buildOutLandPerJobM2, 0),
    planLandPerJobTodayM2: todayM2,
    densityVsToday: orNull(m.densityVsToday, 2),
    densityWarning: m.densityWarning,
  };
}

function figuresJson(f: ScenarioFigures, todayM2: number | null): Record<string, unknown> {
  return {
    id: f.id,
    name: f.name,
    startYear: f.startYear,
    endYear: f.endYear,
    horizonYears: f.horizonYears,
    sites: f.sites,
    excludedSites: f.excludedSites,
    areaDaa: round(f.areaDaa, 3),
    areaDaaByStatus: {
      eksisterende: round(f.areaDaaByStatus.eksisterende, 3),
      fremtidig: round(f.areaDaaByStatus.fremtidig, 3),
      unknown: round(f.areaDaaByStatus.unknown, 3),
    },
    jobs: jobs(f.jobs),
    jobsToday: f.jobsToday,
    newJobs: jobs(f.newJobs),
    newJobsWithinHorizon: jobs(f.newJobsWithinHorizon),
    newJobsPerYear: jobs(f.newJobsPerYear),
    target: f.target,
    targetFromYearlyGrowth: f.targetFromYearlyGrowth,
    targetStatus: f.targetStatus,
    planMeasures: f.measures && todayM2 !== null ? measuresJson(f.measures, todayM2) : null,
    byRegion: f.byRegion.map((r) => ({
      region: r.region,
      sites: r.sites,
      areaDaa: round(r.areaDaa, 3),
      jobs: jobs(r.jobs),
      newJobs: jobs(r.newJobs),
      newJobsWithinHorizon: jobs(r.newJobsWithinHorizon),
      shareOfJobs: round(r.shareOfJobs, 4),
    })),
    nearHub: { jobs: jobs(f.nearHub.jobs), share: shares(f.nearHub.share) },
    abcMismatches: f.abcMismatches,
    abcPartial: f.abcPartial,
  };
}

function deltaJson(d: FigureDelta): Record<string, unknown> {
  return {
    sites: d.sites,
    areaDaa: round(d.areaDaa, 3),
    jobs: jobs(d.jobs),
    newJobs: jobs(d.newJobs),
    newJobsWithinHorizon: jobs(d.newJobsWithinHorizon),
    nearHubShare: shares(d.nearHubShare),
    abcMismatches: d.abcMismatches,
    byRegion: d.byRegion.map((r) => ({
      region: r.region,
      areaDaa: round(r.areaDaa, 3),
      jobs: jobs(r.jobs),
      newJobsWithinHorizon: jobs(r.newJobsWithinHorizon),
    })),
  };
}

function diffJson(d: SiteDiff): Record<string, unknown> {
  return {
    id: d.siteId,
    name: d.name,
    settingsChanged: d.settingsChanged,
    included: d.included,
    abc: d.abc,
    utilisation: d.utilisation,
    availableYear: d.availableYear,
    fit: d.fit,
    jobs: { basis: jobs(d.jobs.basis), scenario: jobs(d.jobs.scenario), delta: jobs(d.jobs.delta) },
    newJobs: { basis: jobs(d.newJobs.basis), scenario: jobs(d.newJobs.scenario), delta: jobs(d.newJobs.delta) },
  };
}

export function scenarioJson(s: ScenarioSection): Record<string, unknown> {
  const { outcome, comparison } = s;
  const [basisFigures, figures] = comparison.scenarios;
  return {
    source: s.source,
    id: s.scenario.id,
    name: s.scenario.name,
    description: s.scenario.description,
    startYear: outcome.startYear,
    endYear: outcome.endYear,
    horizonYears: s.scenario.horizonYears,
    excludedSites: outcome.states.filter((st) => !st.included).map((st) => st.siteId),
    rules: (s.scenario.rules ?? []).map((r, i) => ({ label: r.label ?? null, hits: outcome.ruleHits[i] ?? 0 })),
    perYear: outcome.perYear.map((y) => ({
      year: y.year,
      sites: y.sites,
      areaDaa: round(y.areaDaa, 3),
      jobs: jobs(y.jobs),
      newJobs: jobs(y.newJobs),
      cumulativeNewJobs: jobs(y.cumulativeNewJobs),
      cumulativeTarget: y.cumulativeTarget,
    })),
    afterHorizon: {
      sites: outcome.afterHorizon.sites,
      areaDaa: round(outcome.afterHorizon.areaDaa, 3),
      jobs: jobs(outcome.afterHorizon.jobs),
      newJobs: jobs(outcome.afterHorizon.newJobs),
    },
    comparison: {
      walkingDistanceM: comparison.walkingDistanceM,
      planTargets: comparison.planTargets,
      basis: basisFigures ? figuresJson(basisFigures, s.landPerJobToday?.m2 ?? null) : null,
      scenario: figures ? figuresJson(figures, s.landPerJobToday?.m2 ?? null) : null,
      difference: comparison.deltas[1] ? deltaJson(comparison.deltas[1]) : null,
      sitesThatDiffer: (comparison.siteDiffs[1] ?? []).map(diffJson),
    },
    // The scenario as it was read (current schema version), so the report says exactly what was applied.
    definition: JSON.parse(serializeScenario(s.scenario)) as unknown,
    warnings: s.warnings,
  };
}
