// The JSON output of the report: the CSV fields per site (as numbers), plus detail, summary, assumptions and inputs.
import type { Jobs, SummaryRow } from '../../src/domain/types.ts';
import { fitReasonText } from '../../src/i18n/fit.ts';
import { wholeJobs, wholeNewJobs } from './csv.ts';
import type { HubRef, ReportModel, SiteRow } from './model.ts';
import { measuresJson, scenarioJson } from './scenarioJson.ts';

/** Same rounding as the CSV, so both formats give the same figures. */
const round = (value: number, decimals: number): number => Number(value.toFixed(decimals));
const roundOrNull = (value: number | null, decimals: number): number | null =>
  value === null ? null : round(value, decimals);

function hubJson(ref: HubRef): Record<string, unknown> {
  return { hub_id: ref.id, hub_name: ref.name, hub_type: ref.type, distance_m: round(ref.distanceM, 2) };
}

function siteJson(row: SiteRow): Record<string, unknown> {
  const nearest: Record<string, unknown> = {};
  for (const type of ['tog', 'buss', 'båt'] as const) {
    const ref = row.nearestByType[type];
    nearest[type] = ref ? hubJson(ref) : null;
  }
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    abc: row.abc,
    region: row.region,
    area_m2: round(row.areaM2, 2),
    area_daa: round(row.areaDaa, 3),
    hub_id: row.hub?.id ?? null,
    hub_name: row.hub?.name ?? null,
    hub_distance_m: roundOrNull(row.hub?.distanceM ?? null, 2),
    hub_centroid_distance_m: roundOrNull(row.hubCentroidDistanceM, 2),
    jobs_low: wholeJobs(row.jobs.low),
    jobs_mid: wholeJobs(row.jobs.mid),
    jobs_high: wholeJobs(row.jobs.high),
    abc_fit: row.fit.verdict,
    jobs_today: row.jobsToday,
    new_jobs_low: wholeNewJobs(row.jobs.low, row.jobsToday),
    new_jobs_mid: wholeNewJobs(row.jobs.mid, row.jobsToday),
    new_jobs_high: wholeNewJobs(row.jobs.high, row.jobsToday),
    jobs_today_source: row.jobsTodaySource,
    jobs_today_field: row.jobsTodayField,
    available_year: row.availableYear,
    new_jobs_within_horizon: wholeSet(row.newJobsWithinHorizon),
    readiness: row.readiness,
    hub_type: row.hub?.type ?? null,
    abc_access: row.fit.access,
    abc_fit_reason_nb: fitReasonText(row.fit, 'nb'),
    abc_fit_reason_en: fitReasonText(row.fit, 'en'),
    nearest_by_type: nearest,
    // 6 decimals of a degree ≈ 0.1 m: plenty for a display position.
    centroid_lon: round(row.centroidLngLat[0], 6),
    centroid_lat: round(row.centroidLngLat[1], 6),
  };
}

const wholeSet = (j: Jobs): Jobs => ({ low: wholeJobs(j.low), mid: wholeJobs(j.mid), high: wholeJobs(j.high) });

function summaryRowJson(r: SummaryRow): SummaryRow {
  return {
    ...r,
    areaDaa: round(r.areaDaa, 3),
    jobs: wholeSet(r.jobs),
    newJobs: wholeSet(r.newJobs),
    newJobsWithinHorizon: wholeSet(r.newJobsWithinHorizon),
    shareAreaNearHub: round(r.shareAreaNearHub, 4),
  };
}

/** Pretty-printed JSON (2-space indent), ending with a newline. */
export function formatJson(model: ReportModel): string {
  const inputs = Object.fromEntries(
    Object.entries(model.inputs).map(([role, i]) => [
      role,
      { file: i.file, bundled: i.bundled, crs: `EPSG:${i.crs}`, crsSource: i.crsSource, featureCount: i.featureCount },
    ]),
  );
  const doc = {
    sites: model.sites.map(siteJson),
    summary: {
      rows: model.summary.rows.map(summaryRowJson),
      byRegion: model.summary.byRegion.map(summaryRowJson),
      byStatus: {
        eksisterende: summaryRowJson(model.totalsByStatus.eksisterende),
        fremtidig: summaryRowJson(model.totalsByStatus.fremtidig),
      },
      total: summaryRowJson(model.summary.total),
      // The headline figures: build-out capacity, jobs today, new jobs and new jobs within the horizon (all sites).
      capacity: wholeSet(model.summary.total.jobs),
      jobsToday: model.summary.total.jobsToday,
      newJobs: wholeSet(model.summary.total.newJobs),
      newJobsWithinHorizon: wholeSet(model.summary.total.newJobsWithinHorizon),
      startYear: model.summary.startYear,
      horizonYears: model.summary.horizonYears,
      planMeasures:
        model.planMeasures && model.planTargets.landPerJobM2.known
          ? measuresJson(model.planMeasures, model.planTargets.landPerJobM2.value)
          : null,
    },
    assumptions: model.assumptions,
    assumptionSources: model.assumptionSources,
    leadTimeYears: model.leadTimeYears,
    // A known figure as before ({value, unit, label, source}); an unknown one as {label, missing: why}. The profile's
    // texts in English, as the report's JSON has always been (data for other programs, not for reading).
    planTargets: Object.fromEntries(
      Object.entries(model.planTargets).map(([k, f]) => [
        k,
        f.known
          ? { value: f.value, unit: f.unit, label: f.label.en, source: f.source.en }
          : { label: f.label.en, missing: f.reason.en },
      ]),
    ),
    inputs,
    // Each warning's facts, with its words (as the CLI printed them) under `message`.
    warnings: model.warnings.map(({ text, ...w }) => ({ ...w, message: text ?? w.code })),
    profile: {
      id: model.profile.id,
      name: model.profile.name,
      kommunenummer: model.profile.kommunenummer,
      file: model.profile.file,
      regions: model.profile.regionsHow.en,
    },
    // Last, so the keys above keep their order for existing consumers.
    ...(model.scenario ? { scenario: scenarioJson(model.scenario) } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
