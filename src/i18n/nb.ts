// Norwegian bokmål words of the app: the base language, whose keys every other language must provide. The CLIs'
// own words are in cliWords.nb.ts, so the app does not ship them.
import { accountsNb } from './accounts.nb';
import { fitNb } from './fit.nb';
import { investorNb } from './investor.nb';
import { lazyNb } from './lazy.nb';
import { loadNb } from './load.nb';
import { newJobsNb } from './newJobs.nb';
import { scenariosNb } from './scenarios.nb';
import { robustnessNb } from './robustness.nb';
import { validityNb } from './validity.nb';
import { showNb } from './show.nb';
import { profileNb } from './profile.nb';
import { profilePagesNb } from './profilePages.nb';
import { profileWordsNb } from './profileWords.nb';
import { profileErrorsNb } from './profileErrors.nb';
import { presentNb } from './present.nb';

export { siteNoteWordsNb } from './siteNotes.nb';

export const nb = {
  ...loadNb,
  ...newJobsNb,
  ...investorNb,
  ...lazyNb,
  ...accountsNb,
  ...scenariosNb,
  ...validityNb,
  ...showNb,
  ...fitNb,
  ...presentNb,
  ...robustnessNb,
  ...profileNb,
  ...profilePagesNb,
  ...profileWordsNb,
  ...profileErrorsNb,
  languageLabel: 'Språk',
  languageNb: 'Norsk (bokmål)',
  languageEn: 'English',
  illustrativeNote: 'Eksempeldata: næringsområdene er illustrasjoner, ikke offisielle planområder.',
  syntheticNote: 'Syntetiske testdata: {count} tilfeldige områder for ytelsesmåling, ikke ekte næringsarealer.',
  loadingData: 'Laster data …',
  skipToList: 'Hopp til listen over områder',
  dataError: 'Kunne ikke laste data: {message}',
  warningsTitle: 'Merknader fra innlesingen ({count})',

  mapLabel: 'Kart over næringsområder',
  mapUnavailable: 'Kartet er ikke tilgjengelig i denne nettleseren (WebGL mangler). Bruk listen over områder.',
  mapLoading: 'Laster kart …',
  mapFitAll: 'Vis alle områder',
  mapZoomIn: 'Zoom inn',
  mapZoomOut: 'Zoom ut',
  basemapLabel: 'Bakgrunnskart',
  basemapNone: 'Enkel (offline)',
  basemapTopo: 'Topografisk (Kartverket)',
  basemapGrey: 'Gråtone (Kartverket)',
  basemapFailed: 'Bakgrunnskartet kunne ikke lastes. Kartet vises uten bakgrunn.',

  legendTitle: 'Tegnforklaring',
  legendAbcA: 'A – kontor, mange ansatte',
  legendAbcB: 'B – handel, service, lett industri',
  legendAbcC: 'C – lager, logistikk, produksjon',
  legendAbcNone: 'Uten ABC-type',
  legendSites: 'Næringsområder',
  legendExisting: 'Eksisterende: heltrukket kant',
  legendFuture: 'Fremtidig: lysere, stiplet kant',
  legendHubsTitle: 'Kollektivknutepunkt',
  legendSiteMarker: 'Punkt: område i oversikten (zoom inn for omriss)',
  legendRegion: 'Regioner',
  legendRing500: '500 m',
  legendRing1000: '1 km',
  showRings: 'Vis 500 m og 1 km rundt knutepunkt',
  legendPaletteNote: 'Fargene kan skilles også ved fargesvaksyn (Okabe–Ito).',

  hubTog: 'Tog',
  hubBuss: 'Buss',
  hubBåt: 'Båt',

  statusEksisterende: 'Eksisterende',
  statusFremtidig: 'Fremtidig',
  statusUnknown: 'Ukjent status',
  readinessByggeklar: 'Byggeklar',
  readinessMåReguleres: 'Må reguleres',
  readinessMåOmreguleres: 'Må omreguleres',
  readinessUnknown: 'Ukjent',
  abcNone: 'Ikke angitt',
  regionUnknown: 'Utenfor regionene',

  cardTitle: 'Valgt område',
  cardHint: 'Velg et område i kartet eller i listen for å se detaljer.',
  cardClose: 'Lukk',
  cardStatus: 'Status',
  cardAbc: 'ABC-type',
  cardReadiness: 'Planstatus',
  cardArea: 'Areal',
  cardJobs: 'Kapasitet ferdig utbygd (lav–middels–høy)',
  cardJobsValue: '{low}–{mid}–{high}',
  cardNearestHub: 'Nærmeste knutepunkt',
  cardHubNone: 'Ingen knutepunkt i datasettet',
  cardHubEdge: '{distance} fra kanten av området',
  cardHubCentre: '{distance} fra midtpunktet',
  cardRegion: 'Region',
  cardFit: 'ABC-vurdering',
  cardNote: 'Merknad',
  cardZoom: 'Zoom til',
  fitOk: 'Passer',
  fitPartial: 'Passer delvis',
  fitMismatch: 'Passer ikke',
  fitUnknown: 'Kan ikke vurderes',

  summaryMeasure: 'Måltall',
  summaryTotal: 'Totalt',
  summaryExistingDaa: 'Eksisterende, daa',
  summaryFutureDaa: 'Fremtidig, daa',
  summaryJobs: 'Kapasitet ferdig utbygd, inkl. dagens (lav–høy)',
  summarySites: 'Antall områder',
  summaryNearHub: 'Andel areal innen {distance} fra knutepunkt',
  summaryAbcMix: 'ABC-fordeling (daa)',
  summaryPlanJobs: '{low}–{high} nye ({years} år)',
  summaryNoPlan: '–',
  summaryFiltered: 'Gjelder områdene som passer filtrene: {shown} av {total}.',
  chartDescRegion:
    '{region}: {existing} daa eksisterende og {future} daa fremtidig næringsareal, {low}–{high} nye arbeidsplasser innen horisonten.',
  chartAreaHeading: 'Areal per region (daa)',
  chartJobsHeading: 'Nye arbeidsplasser innen horisonten, per region',
  chartPlanExisting: 'Eksisterende: {value} daa',
  chartPlanFuture: 'Fremtidig: {value} daa',
  chartPlanJobs: 'Nye innen {end}: {value}',
  chartPlanFigure: 'plan {plan} ({share})',
  chartLegendExisting: 'Eksisterende areal',
  chartLegendFuture: 'Fremtidig areal',
  chartLegendJobs: 'Nye arbeidsplasser innen horisonten, middels (strek: lav–høy)',

  listTitle: 'Næringsområder',
  listCount: '{shown} av {total} områder',
  listEmpty: 'Ingen områder passer filtrene.',
  listShowMore: 'Vis {count} flere ({shown} av {total} vises)',
  listJobsMid: 'kapasitet {jobs} arbeidsplasser (middels)',
  listHubDistance: '{distance} til knutepunkt',
  sortLabel: 'Sorter etter',
  sortName: 'Navn',
  sortArea: 'Areal (daa)',
  sortJobs: 'Kapasitet ferdig utbygd (middels)',
  sortHub: 'Avstand til knutepunkt',
  sortDirLabel: 'Rekkefølge',
  sortDirAlphabetical: 'A–Å',
  sortDirReverseAlphabetical: 'Å–A',
  sortDirSmallFirst: 'minst først',
  sortDirLargeFirst: 'størst først',
  sortDirNearFirst: 'nærmest først',
  sortDirFarFirst: 'lengst unna først',
  sortStatus: 'Listen er sortert etter {key}, {dir}.',
  filtersTitle: 'Filtre',
  filterStatus: 'Status',
  filterAbc: 'ABC-type',
  filterRegion: 'Region',
  filterReadiness: 'Planstatus',
  filterAll: 'Alle',
  filterSearch: 'Søk etter navn',
  filterMinDaa: 'Areal fra (daa)',
  filterMaxDaa: 'Areal til (daa)',
  filterMaxHubM: 'Maks. avstand til knutepunkt (m)',
  filterNumberInvalid: 'Skriv et tall som er 0 eller større, f.eks. 12,5.',
  filterReset: 'Nullstill filtre',

  unitDaa: 'daa',
  unitM2: 'm²',
} as const;

/** Every key of the app's words; `en` and any later language must supply all of them. */
export type AppKey = keyof typeof nb;
/** The app's complete word table for one language. */
export type AppMessages = Record<AppKey, string>;
