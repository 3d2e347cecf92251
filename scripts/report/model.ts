// The report's data model: engine results joined with site and hub attributes, ready for the csv/json/md writers.
import { assessSites, computeGeometryMetrics } from '../../src/domain/analyse.ts';
import { ASSUMPTION_SOURCES } from '../../src/domain/assumptions.ts';
import { profileJobTargets, type LocalText, type ProfileTargets } from '../../src/domain/kommuneProfile.ts';
import { DEFAULT_PACE, type PaceContext } from '../../src/domain/pace.ts';
import { planMeasures, type PlanMeasures } from '../../src/domain/planMeasures.ts';
import { ASKER_JOB_TARGETS } from '../../src/domain/planTargets.ts';
import type { ReadinessKey } from '../../src/domain/scenario.ts';
import { regionWarnings } from '../../src/domain/regionChecks.ts';
import { summarise } from '../../src/domain/summary.ts';
import { siteRows, type SiteRow } from '../../src/domain/siteRows.ts';
import type { Assumptions, Hub, Site, SiteResult, SiteStatus, Summary, SummaryRow } from '../../src/domain/types.ts';
import type { InputInfo, InputRole, LoadedInputs, ReportWarning } from './inputs.ts';
import type { ScenarioSection } from './scenarioSection.ts';

// The rows live in src/domain so the app's exports give the same figures; re-exported for the report's writers.
export { siteRows, type HubRef, type SiteRow } from '../../src/domain/siteRows.ts';

export interface ReportModel {
  sites: SiteRow[];
  /** The engine's inputs and results the rows are made of, when the CSV can be written from them directly. */
  engine?: { sites: readonly Site[]; results: readonly SiteResult[]; hubs: readonly Hub[] };
  summary: Summary;
  /** Totals over sites with each status, for the comparison with the plan's figures. */
  totalsByStatus: Record<SiteStatus, SummaryRow>;
  assumptions: Assumptions;
  /** Where each assumption comes from, keyed by dotted path (a scenario's overrides say so). */
  assumptionSources: Record<string, string>;
  /** Lead times by readiness that set each site's availability year. */
  leadTimeYears: Readonly<Record<ReadinessKey, number>>;
  /**
   * Years of land supply, land per new job and density for the included sites (summary.total), measured against
   * Asker's plan figures; null under a profile whose plan figures are not Asker's (they would be the wrong kommune's).
   */
  planMeasures: PlanMeasures | null;
  /** The profile's plan figures; a figure the profile does not know says why. */
  planTargets: ProfileTargets;
  /** Which kommune the report is about. */
  profile: {
    id: string;
    name: string;
    kommunenummer: string;
    file: string;
    regionsHow: LocalText;
    sitesIllustrative: boolean;
  };
  inputs: Record<InputRole, InputInfo>;
  warnings: ReportWarning[];
  /** Present when the report was run with --scenario. */
  scenario?: ScenarioSection;
}

/** Totals over the sites with each status, for the comparison with the plan's figures. */
export function totalsByStatus(
  sites: readonly Site[],
  results: readonly SiteResult[],
  a: Assumptions,
  pace: { startYear: number; horizonYears: number },
): Record<SiteStatus, SummaryRow> {
  const totalFor = (status: SiteStatus): SummaryRow => {
    const keep = sites.map((s) => s.status === status);
    return summarise(
      sites.filter((_, i) => keep[i]),
      results.filter((_, i) => keep[i]),
      a,
      pace,
    ).total;
  };
  return { eksisterende: totalFor('eksisterende'), fremtidig: totalFor('fremtidig') };
}

/** The plan measures of a summary's total against the profile's job targets (default Asker's); null when it has none.
 * */
export function totalMeasures(summary: Summary, targets?: ProfileTargets): PlanMeasures | null {
  const jobs = targets ? profileJobTargets(targets) : ASKER_JOB_TARGETS;
  if (!jobs) return null;
  const t = summary.total;
  return planMeasures(
    { areaDaa: t.areaDaa, capacity: t.jobs, newJobs: t.newJobs, horizonYears: summary.horizonYears },
    jobs,
  );
}

/** Overlapping regions and regions no site lies in, as report warnings naming the regions file. */
export function regionReportWarnings(
  loaded: LoadedInputs,
  metrics: readonly Pick<SiteResult, 'region'>[],
): ReportWarning[] {
  const file = loaded.inputs.regions.file;
  return regionWarnings(loaded.regions, metrics).map((w) => ({ ...w, file }));
}

export function profileInfo(loaded: LoadedInputs): ReportModel['profile'] {
  const p = loaded.profile;
  return {
    id: p.id,
    name: p.name,
    kommunenummer: p.kommunenummer,
    file: p.file,
    regionsHow: p.regionsHow,
    sitesIllustrative: p.sitesIllustrative,
  };
}

/** Runs the engine on the loaded inputs and joins the results with names and types for display. */
export function buildReportModel(loaded: LoadedInputs, horizonYears: number = DEFAULT_PACE.horizonYears): ReportModel {
  const { sites, hubs, regions, assumptions } = loaded;
  const pace: PaceContext = { ...DEFAULT_PACE, horizonYears };
  const metrics = computeGeometryMetrics(sites, hubs, regions);
  const results = assessSites(sites, metrics, hubs, assumptions, pace);
  // The summaries are made on first read: the CSV (one row per site) never reads them.
  let summary: Summary | undefined;
  let byStatus: Record<SiteStatus, SummaryRow> | undefined;
  let measures: PlanMeasures | null | undefined;
  const summaryOnce = (): Summary => (summary ??= summarise(sites, results, assumptions, pace));
  let rows: SiteRow[] | undefined;
  return {
    // Made on first read too: the CSV is written from `engine` (csv.ts formatCsvFromResults).
    get sites() {
      return (rows ??= siteRows(sites, results, hubs));
    },
    engine: { sites, results, hubs },
    get summary() {
      return summaryOnce();
    },
    get totalsByStatus() {
      return (byStatus ??= totalsByStatus(sites, results, assumptions, summaryOnce()));
    },
    assumptions,
    assumptionSources: { ...ASSUMPTION_SOURCES },
    leadTimeYears: pace.leadTimeYears,
    get planMeasures() {
      if (measures === undefined) measures = totalMeasures(summaryOnce(), loaded.profile.planTargets);
      return measures;
    },
    planTargets: loaded.profile.planTargets,
    profile: profileInfo(loaded),
    inputs: loaded.inputs,
    warnings: [...loaded.warnings, ...regionReportWarnings(loaded, results)],
  };
}
