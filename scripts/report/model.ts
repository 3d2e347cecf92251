// The report's data model: engine results joined with site and hub attributes, ready for the csv/json/md writers.
import { analyse } from '../../src/domain/analyse.ts';
import type { ProfileTargets } from '../../src/domain/kommuneProfile.ts';
import { summarise } from '../../src/domain/summary.ts';
import { siteRows, type SiteRow } from '../../src/domain/siteRows.ts';
import type { Assumptions, Site, SiteResult, SiteStatus, Summary, SummaryRow } from '../../src/domain/types.ts';
import type { InputInfo, InputRole, LoadedInputs, ReportWarning } from './inputs.ts';
import type { ScenarioSection } from './scenario.ts';

// The rows live in src/domain so the app's exports give the same figures; re-exported for the report's writers.
export { siteRows, type HubRef, type SiteRow } from '../../src/domain/siteRows.ts';

export interface ReportModel {
  sites: SiteRow[];
  summary: Summary;
  /** Totals over sites with each status, for the comparison with the plan's figures. */
  totalsByStatus: Record<SiteStatus, SummaryRow>;
  assumptions: Assumptions;
  /** The profile's plan figures; a figure the profile does not know says why. */
  planTargets: ProfileTargets;
  /** Which kommune the report is about. */
  profile: { id: string; name: string; kommunenummer: string; file: string; regionsHow: string; sitesIllustrative: boolean };
  inputs: Record<InputRole, InputInfo>;
  warnings: ReportWarning[];
  /** Present when the report was run with --scenario. */
  scenario?: ScenarioSection;
}

/** Totals over the sites with each status, for the comparison with the plan's figures. */
export function totalsByStatus(sites: readonly Site[], results: readonly SiteResult[], a: Assumptions): Record<SiteStatus, SummaryRow> {
  const totalFor = (status: SiteStatus): SummaryRow => {
    const keep = sites.map((s) => s.status === status);
    return summarise(sites.filter((_, i) => keep[i]), results.filter((_, i) => keep[i]), a).total;
  };
  return { eksisterende: totalFor('eksisterende'), fremtidig: totalFor('fremtidig') };
}

export function profileInfo(loaded: LoadedInputs): ReportModel['profile'] {
  const p = loaded.profile;
  return { id: p.id, name: p.name, kommunenummer: p.kommunenummer, file: p.file, regionsHow: p.regionsHow, sitesIllustrative: p.sitesIllustrative };
}

/** Runs the engine on the loaded inputs and joins the results with names and types for display. */
export function buildReportModel(loaded: LoadedInputs, assumptions: Assumptions = loaded.assumptions): ReportModel {
  const { sites, hubs, regions } = loaded;
  const { results, summary } = analyse({ sites, hubs, regions, assumptions });
  return {
    sites: siteRows(sites, results, hubs),
    summary,
    totalsByStatus: totalsByStatus(sites, results, assumptions),
    assumptions,
    planTargets: loaded.profile.planTargets,
    profile: profileInfo(loaded),
    inputs: loaded.inputs,
    warnings: loaded.warnings,
  };
}
