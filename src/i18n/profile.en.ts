// English texts that name the kommune, its regions and its plan figures from the kommune profile; typed against bokmål.
import type { profileNb } from './profile.nb';

export const profileEn: Record<keyof typeof profileNb, string> = {
  profAppTitle: 'Business land map – {kommune}',
  profUnknown:
    'The link asks for the kommune profile “{id}”, which is not bundled with the app. Remove “profile” from the address to see Asker.',
  profLayerFile: 'The kommune profile “{id}” refers to {file}, which is not bundled with the app.',
  profNotice: 'Kommune profile: {kommune} ({number}). Regions: {how}',
  profNoSites:
    'No business sites are bundled for {kommune} ({reason}). Load the kommuneplan (GeoJSON, SOSI or GML) with “Load data”.',
  profNoHubs:
    'Public-transport hubs are missing from the {kommune} profile ({reason}). Distance to a hub and the ABC fit cannot be computed until hubs are loaded.',
  profNoFigures: 'The plan figures are missing from the {kommune} profile: {labels}. Reason: {reason}',
  profFigExistingDaa: 'existing business land',
  profFigFutureDaa: 'future business land',
  profFigNewJobs20Years: 'new jobs in 20 years',
  profFigNewJobsPerYear: 'job growth a year',
  profFigLandPerJobM2: 'land per job today',
  profMissing: 'missing',
  profSummaryCaption: 'Summary of the mapped sites by region, compared with the kommune’s plan figures',
  profPlanColumn: 'The kommune’s plan',
  profSupplyYears: 'Years of land supply (new, mid ÷ {low}–{high} a year)',
  profSupplyYearsNoPlan: 'Years of land supply (new, mid ÷ the plan’s growth a year)',
  profPlanSource: 'The plan figures are for the whole kommune. Source: {source}. The mapped sites are a selection.',
  profPlanSourceNone: 'The {kommune} profile has no plan figures to compare with; the column shows what is missing.',
  profChartTitle: 'Chart: {regions}, and the mapped sites against the kommune’s plan figures',
  profChartPlanHeading: 'Against the kommune’s plan (figures for the whole kommune)',
  profChartPlanNone: 'No plan figures to compare with',
  profChartLegendPlan: 'The plan’s figures',
  profChartCaption:
    'The plan’s figure is new jobs ({low}–{high} in 20 years, scaled to the horizon); the map’s figure is new jobs within the horizon, not capacity. The share is the mid estimate divided by the lowest target. Every figure is also in the table.',
  profChartCaptionNoJobs:
    'The map’s figure is new jobs within the horizon, not capacity. The profile has no plan target for new jobs. Every figure is also in the table.',
};
