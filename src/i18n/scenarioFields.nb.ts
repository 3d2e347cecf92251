// Bokmål words for the fields of a scenario: the one table the UI and the CLI name a field from.
import type { ScenarioFieldKey } from '../domain/scenarioProblem';

export const scenarioFieldsNb = {
  id: 'Id',
  schemaVersion: 'Skjemaversjon',
  name: 'Navn',
  description: 'Beskrivelse',
  'translation.name': 'Navn',
  'translation.description': 'Beskrivelse',
  assumptions: 'Forutsetningene',
  rules: 'Reglene',
  sites: 'Innstillingene per område',
  // A rule ("Regel 1") and its parts, shown after "Regel 1: ".
  rule: 'Regel',
  'rule.when': 'hvilke områder den gjelder (when)',
  'rule.set': 'hva den setter (set)',
  'rule.label': 'navn',
  horizonYears: 'Tidshorisont (år)',
  startYear: 'Startår',
  'capacity.bra': 'Utnyttelse (%BRA)',
  'capacity.m2PerJob': 'Arealbehov per arbeidsplass',
  'accessibility.aMaxRailM': 'Grense for A: avstand til togstasjon',
  'accessibility.bMaxRailM': 'Grense for B: avstand til togstasjon',
  'accessibility.bMaxAnyHubM': 'Grense for B: avstand til knutepunkt',
  nearHubM: 'Avstand som regnes som nær et knutepunkt',
  netShare: 'Netto utbyggbar andel',
  landPerJobTodayM2: 'Areal per arbeidsplass i dag (m²)',
  takeUpSharePerYear: 'Andel tatt i bruk per år',
  leadTimeYears: 'Ledetid (år)',
  // What a per-site override or a rule sets; shown after "Område S07: " or "Regel 1: ".
  'change.bra': 'utnyttelse (%BRA)',
  'change.braFactor': 'faktor for utnyttelse',
  'change.abc': 'ABC-type',
  'change.include': 'med i scenarioet',
  'change.availableYear': 'tilgjengelig fra år',
  'change.jobsToday': 'arbeidsplasser i dag',
  // Which sites a rule hits.
  'when.maxRailDistanceM': 'største avstand til jernbane (m)',
  'when.minRailDistanceM': 'minste avstand til jernbane (m)',
  'when.maxHubDistanceM': 'største avstand til et knutepunkt (m)',
  'when.minHubDistanceM': 'minste avstand til et knutepunkt (m)',
  'when.minAreaDaa': 'minste areal (daa)',
  'when.maxAreaDaa': 'største areal (daa)',
  'when.siteIds': 'område-id-er',
  'when.region': 'region',
  'when.status': 'status',
  'when.abc': 'ABC-type',
  'when.readiness': 'planstatus',
  'when.property': 'egenskaper',
} as const satisfies Record<ScenarioFieldKey, string>;

/** How the words are put together with what narrows a field down. */
export const scenarioFieldPartsNb = {
  levelLow: 'lav',
  levelMid: 'middels',
  levelHigh: 'høy',
  withAbc: '{field}, {abc}',
  withAbcLevel: '{field}, {abc} ({level})',
  withReadiness: '{field}, {readiness}',
  ofSite: 'Område {site}: {field}',
  ofRule: 'Regel {rule}: {field}',
  rule: '{field} {rule}',
  withLang: '{field} ({lang})',
  /** A field with no words (e.g. an unknown key): its path, as the file names it. */
  path: 'Feltet «{path}»',
  /** The scenario as a whole. */
  whole: 'Scenarioet',
} as const;
