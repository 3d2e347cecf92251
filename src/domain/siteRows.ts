// One flat row per site (engine result joined with site and hub attributes): shared by the report CLI and the app's
// exports.
import { toLngLat } from './crs';
import type {
  AbcFit,
  AbcType,
  Hub,
  HubType,
  Jobs,
  JobsTodaySource,
  LngLat,
  Readiness,
  Site,
  SiteResult,
  SiteStatus,
} from './types';

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
  /** Vacant land, daa, when the file gives it (decides whether an existing site is available land). */
  vacantDaa?: number | null;
  region: string | null;
  areaM2: number;
  areaDaa: number;
  /** Nearest hub of any type, by polygon distance; null when there are no hubs. */
  hub: HubRef | null;
  hubCentroidDistanceM: number | null;
  nearestByType: Partial<Record<HubType, HubRef>>;
  /** Build-out capacity on the net land. */
  jobs: Jobs;
  jobsToday: number;
  jobsTodaySource: JobsTodaySource;
  jobsTodayField: string | null;
  /** max(0, capacity − jobs today). */
  newJobs: Jobs;
  availableYear: number;
  newJobsWithinHorizon: Jobs;
  fit: AbcFit;
  centroidLngLat: LngLat;
  /** Nearest line or junction of a road layer the user loaded; absent when none is loaded (never guessed). */
  road?: SiteRoad;
}

export interface SiteRoad {
  distanceM: number;
  /** The road's name or number from the file, or null. */
  label: string | null;
  kind: 'line' | 'point';
  /** The road layer's file name. */
  file: string;
}

function hubRef(hubsById: ReadonlyMap<string, Hub>, id: string | null, distanceM: number | null): HubRef | null {
  if (id === null || distanceM === null) return null;
  const hub = hubsById.get(id);
  return hub ? { id, name: hub.name, type: hub.type, distanceM } : null;
}

/** Rows for engine results, joined with names and hub types; `results[i]` must belong to `sites[i]`. */
export function siteRows(sites: readonly Site[], results: readonly SiteResult[], hubs: readonly Hub[]): SiteRow[] {
  const hubsById = new Map(hubs.map((h) => [h.id, h]));
  return sites.map((site, i): SiteRow => {
    const r = results[i];
    if (!r || r.siteId !== site.id)
      throw new Error(`engine result ${i} does not belong to site ${JSON.stringify(site.id)}`);
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
      vacantDaa: site.vacantDaa ?? null,
      region: r.region,
      areaM2: r.areaM2,
      areaDaa: r.areaDaa,
      hub: hubRef(hubsById, r.hubId, r.hubDistanceM),
      hubCentroidDistanceM: r.hubCentroidDistanceM,
      nearestByType,
      jobs: r.jobs,
      jobsToday: r.jobsToday,
      jobsTodaySource: r.jobsTodaySource,
      jobsTodayField: r.jobsTodayField,
      newJobs: r.newJobs,
      availableYear: r.availableYear,
      newJobsWithinHorizon: r.newJobsWithinHorizon,
      fit: r.fit,
      centroidLngLat: toLngLat(r.centroid),
    };
  });
}
