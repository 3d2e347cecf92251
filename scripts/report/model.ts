// The report's data model: engine results joined with site and hub attributes, ready for the csv/json/md writers.
import { analyse } from '../../src/domain/analyse.ts';
import { DEFAULT_ASSUMPTIONS } from '../../src/domain/assumptions.ts';
import { toLngLat } from '../../src/domain/crs.ts';
import { PLAN_TARGETS } from '../../src/domain/planTargets.ts';
import { summarise } from '../../src/domain/summary.ts';
import type {
  AbcFit, AbcType, Assumptions, Hub, HubType, Jobs, LngLat, Readiness, Site, SiteResult, SiteStatus, Summary, SummaryRow,
} from '../../src/domain/types.ts';
import type { InputInfo, InputRole, LoadedInputs, ReportWarning } from './inputs.ts';
import type { ScenarioSection } from './scenario.ts';

export interface HubRef {
  id: string;
  name: string;
  type: HubType;
  distanceM: number;
}

export interface SiteRow {
  id: string;
  name: string;
  status: SiteStatus | null;
  abc: AbcType | null;
  readiness: Readiness | null;
  region: string | null;
  areaM2: number;
  areaDaa: number;
  /** Nearest hub of any type, by polygon distance; null when there are no hubs. */
  hub: HubRef | null;
  hubCentroidDistanceM: number | null;
  nearestByType: Partial<Record<HubType, HubRef>>;
  jobs: Jobs;
  fit: AbcFit;
  centroidLngLat: LngLat;
}

export interface ReportModel {
  sites: SiteRow[];
  summary: Summary;
  /** Totals over sites with each status, for the comparison with the plan's figures. */
  totalsByStatus: Record<SiteStatus, SummaryRow>;
  assumptions: Assumptions;
  planTargets: typeof PLAN_TARGETS;
  inputs: Record<InputRole, InputInfo>;
  warnings: ReportWarning[];
  /** Present when the report was run with --scenario. */
  scenario?: ScenarioSection;
}

function hubRef(hubsById: ReadonlyMap<string, Hub>, id: string | null, distanceM: number | null): HubRef | null {
  if (id === null || distanceM === null) return null;
  const hub = hubsById.get(id);
  return hub ? { id, name: hub.name, type: hub.type, distanceM } : null;
}

/** Report rows for engine results, joined with names and hub types; `results[i]` must belong to `sites[i]`. */
export function siteRows(sites: readonly Site[], results: readonly SiteResult[], hubs: readonly Hub[]): SiteRow[] {
  const hubsById = new Map(hubs.map((h) => [h.id, h]));
  return sites.map((site, i): SiteRow => {
    const r = results[i];
    if (!r || r.siteId !== site.id) throw new Error(`engine result ${i} does not belong to site ${JSON.stringify(site.id)}`);
    const nearestByType: SiteRow['nearestByType'] = {};
    for (const [type, near] of Object.entries(r.nearestByType) as [HubType, { hubId: string; distanceM: number }][]) {
      const ref = hubRef(hubsById, near.hubId, near.distanceM);
      if (ref) nearestByType[type] = ref;
    }
    return {
      id: site.id,
      name: site.name,
      status: site.status,
      abc: site.abc,
      readiness: site.readiness,
      region: r.region,
      areaM2: r.areaM2,
      areaDaa: r.areaDaa,
      hub: hubRef(hubsById, r.hubId, r.hubDistanceM),
      hubCentroidDistanceM: r.hubCentroidDistanceM,
      nearestByType,
      jobs: r.jobs,
      fit: r.fit,
      centroidLngLat: toLngLat(r.centroid),
    };
  });
}

/** Totals over the sites with each status, for the comparison with the plan's figures. */
export function totalsByStatus(sites: readonly Site[], results: readonly SiteResult[], a: Assumptions): Record<SiteStatus, SummaryRow> {
  const totalFor = (status: SiteStatus): SummaryRow => {
    const keep = sites.map((s) => s.status === status);
    return summarise(sites.filter((_, i) => keep[i]), results.filter((_, i) => keep[i]), a).total;
  };
  return { eksisterende: totalFor('eksisterende'), fremtidig: totalFor('fremtidig') };
}

/** Runs the engine on the loaded inputs and joins the results with names and types for display. */
export function buildReportModel(loaded: LoadedInputs, assumptions: Assumptions = DEFAULT_ASSUMPTIONS): ReportModel {
  const { sites, hubs, regions } = loaded;
  const { results, summary } = analyse({ sites, hubs, regions, assumptions });
  return {
    sites: siteRows(sites, results, hubs),
    summary,
    totalsByStatus: totalsByStatus(sites, results, assumptions),
    assumptions,
    planTargets: PLAN_TARGETS,
    inputs: loaded.inputs,
    warnings: loaded.warnings,
  };
}
