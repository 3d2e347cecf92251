// English UI strings; typed against the bokmål table so a missing key fails the type check.
import { accountsEn } from './accounts.en';
import { fitEn } from './fit.en';
import { investorEn } from './investor.en';
import { lazyEn } from './lazy.en';
import { loadEn } from './load.en';
import { newJobsEn } from './newJobs.en';
import { scenariosEn } from './scenarios.en';
import { reportEn } from './report.en';
import { reportScenarioEn } from './reportScenario.en';
import { accountsMdEn } from './accountsMd.en';
import { cliEn } from './cli.en';
import { cliArgsEn } from './cliArgs.en';
import { importEn } from './import.en';
import { robustnessEn } from './robustness.en';
import { validityEn } from './validity.en';
import { showEn } from './show.en';
import { profileEn } from './profile.en';
import { profilePagesEn } from './profilePages.en';
import { profileWordsEn } from './profileWords.en';
import { profileErrorsEn } from './profileErrors.en';
import { presentEn } from './present.en';
import type { Messages } from './nb';

export const en: Messages = {
  ...loadEn,
  ...newJobsEn,
  ...investorEn,
  ...lazyEn,
  ...accountsEn,
  ...scenariosEn,
  ...validityEn,
  ...showEn,
  ...fitEn,
  ...reportEn,
  ...reportScenarioEn,
  ...accountsMdEn,
  ...cliEn,
  ...cliArgsEn,
  ...importEn,
  ...presentEn,
  ...robustnessEn,
  ...profileEn,
  ...profilePagesEn,
  ...profileWordsEn,
  ...profileErrorsEn,
  languageLabel: 'Language',
  languageNb: 'Norsk (bokmål)',
  languageEn: 'English',
  illustrativeNote: 'Example data: the business sites are illustrations, not official plan areas.',
  syntheticNote: 'Synthetic test data: {count} random sites for performance measurement, not real business land.',
  loadingData: 'Loading data …',
  skipToList: 'Skip to the list of sites',
  dataError: 'Could not load data: {message}',
  warningsTitle: 'Notes from loading ({count})',

  mapLabel: 'Map of business sites',
  mapUnavailable: 'The map is not available in this browser (WebGL is missing). Use the list of sites.',
  mapLoading: 'Loading map …',
  mapFitAll: 'Show all sites',
  mapZoomIn: 'Zoom in',
  mapZoomOut: 'Zoom out',
  basemapLabel: 'Background map',
  basemapNone: 'Plain (offline)',
  basemapTopo: 'Topographic (Kartverket)',
  basemapGrey: 'Greyscale (Kartverket)',
  basemapFailed: 'The background map could not be loaded. The map is shown without it.',

  legendTitle: 'Legend',
  legendAbcA: 'A – offices, many employees',
  legendAbcB: 'B – retail, service, light industry',
  legendAbcC: 'C – storage, logistics, production',
  legendAbcNone: 'No ABC type',
  legendSites: 'Business sites',
  legendExisting: 'Existing: solid outline',
  legendFuture: 'Future: lighter, dashed outline',
  legendHubsTitle: 'Public-transport hubs',
  legendSiteMarker: 'Dot: a site in the overview (zoom in for its outline)',
  legendRegion: 'Regions',
  legendRing500: '500 m',
  legendRing1000: '1 km',
  showRings: 'Show 500 m and 1 km around hubs',
  legendPaletteNote: 'Colours stay distinct with colour-vision deficiency (Okabe–Ito).',

  hubTog: 'Train',
  hubBuss: 'Bus',
  hubBåt: 'Boat',

  statusEksisterende: 'Existing',
  statusFremtidig: 'Future',
  statusUnknown: 'Unknown status',
  readinessByggeklar: 'Ready to build',
  readinessMåReguleres: 'Needs zoning',
  readinessMåOmreguleres: 'Needs re-zoning',
  readinessUnknown: 'Unknown',
  abcNone: 'Not given',
  regionUnknown: 'Outside the regions',

  cardTitle: 'Selected site',
  cardHint: 'Pick a site on the map or in the list to see its details.',
  cardClose: 'Close',
  cardStatus: 'Status',
  cardAbc: 'ABC type',
  cardReadiness: 'Plan status',
  cardArea: 'Area',
  cardJobs: 'Capacity when built out (low–mid–high)',
  cardJobsValue: '{low}–{mid}–{high}',
  cardNearestHub: 'Nearest hub',
  cardHubNone: 'No hubs in the data',
  cardHubEdge: '{distance} from the edge of the site',
  cardHubCentre: '{distance} from the centre',
  cardRegion: 'Region',
  cardFit: 'ABC assessment',
  cardNote: 'Note',
  cardZoom: 'Zoom to',
  fitOk: 'Fits',
  fitPartial: 'Partly fits',
  fitMismatch: 'Does not fit',
  fitUnknown: 'Cannot be assessed',

  summaryMeasure: 'Measure',
  summaryTotal: 'Total',
  summaryExistingDaa: 'Existing, daa',
  summaryFutureDaa: 'Future, daa',
  summaryJobs: 'Capacity when built out, incl. today’s (low–high)',
  summarySites: 'Number of sites',
  summaryNearHub: 'Share of area within {distance} of a hub',
  summaryAbcMix: 'ABC mix (daa)',
  summaryPlanJobs: '{low}–{high} new ({years} years)',
  summaryNoPlan: '–',
  summaryFiltered: 'Covers the sites that match the filters: {shown} of {total}.',
  chartDescRegion:
    '{region}: {existing} daa existing and {future} daa future business land, {low}–{high} new jobs within the horizon.',
  chartAreaHeading: 'Area per region (daa)',
  chartJobsHeading: 'New jobs within the horizon, per region',
  chartPlanExisting: 'Existing: {value} daa',
  chartPlanFuture: 'Future: {value} daa',
  chartPlanJobs: 'New by {end}: {value}',
  chartPlanFigure: 'plan {plan} ({share})',
  chartLegendExisting: 'Existing area',
  chartLegendFuture: 'Future area',
  chartLegendJobs: 'New jobs within the horizon, mid (line: low–high)',

  listTitle: 'Business sites',
  listCount: '{shown} of {total} sites',
  listEmpty: 'No sites match the filters.',
  listShowMore: 'Show {count} more ({shown} of {total} shown)',
  listJobsMid: 'capacity {jobs} jobs (mid)',
  listHubDistance: '{distance} to a hub',
  sortLabel: 'Sort by',
  sortName: 'Name',
  sortArea: 'Area (daa)',
  sortJobs: 'Capacity when built out (mid)',
  sortHub: 'Distance to hub',
  sortDirLabel: 'Order',
  sortDirAlphabetical: 'A–Z',
  sortDirReverseAlphabetical: 'Z–A',
  sortDirSmallFirst: 'smallest first',
  sortDirLargeFirst: 'largest first',
  sortDirNearFirst: 'nearest first',
  sortDirFarFirst: 'farthest first',
  sortStatus: 'The list is sorted by {key}, {dir}.',
  filtersTitle: 'Filters',
  filterStatus: 'Status',
  filterAbc: 'ABC type',
  filterRegion: 'Region',
  filterReadiness: 'Plan status',
  filterAll: 'All',
  filterSearch: 'Search by name',
  filterMinDaa: 'Area from (daa)',
  filterMaxDaa: 'Area to (daa)',
  filterMaxHubM: 'Max. distance to a hub (m)',
  filterNumberInvalid: 'Enter a number of 0 or more, e.g. 12.5.',
  filterReset: 'Reset filters',

  unitDaa: 'daa',
  unitM2: 'm²',
};
