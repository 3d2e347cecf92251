// English words for the fields of a scenario; typed against the bokmål table so a missing key fails the type check.
import type { ScenarioFieldKey } from '../domain/scenarioProblem';
import type { scenarioFieldPartsNb } from './scenarioFields.nb';

export const scenarioFieldsEn: Record<ScenarioFieldKey, string> = {
  name: 'Name',
  description: 'Description',
  horizonYears: 'Horizon (years)',
  startYear: 'Start year',
  'capacity.bra': 'Utilisation (%BRA)',
  'capacity.m2PerJob': 'Floor area per job',
  'accessibility.aMaxRailM': 'Limit for A: distance to a rail station',
  'accessibility.bMaxRailM': 'Limit for B: distance to a rail station',
  'accessibility.bMaxAnyHubM': 'Limit for B: distance to any hub',
  nearHubM: 'Distance that counts as near a hub',
  netShare: 'Net developable share',
  landPerJobTodayM2: 'Land per job today (m²)',
  takeUpSharePerYear: 'Share taken up a year',
  leadTimeYears: 'Lead time (years)',
  'change.bra': 'utilisation (%BRA)',
  'change.braFactor': 'utilisation factor',
  'change.abc': 'ABC type',
  'change.include': 'included in the scenario',
  'change.availableYear': 'available from year',
  'change.jobsToday': 'jobs today',
  'when.maxRailDistanceM': 'largest distance to rail (m)',
  'when.minRailDistanceM': 'smallest distance to rail (m)',
  'when.maxHubDistanceM': 'largest distance to a hub (m)',
  'when.minHubDistanceM': 'smallest distance to a hub (m)',
  'when.minAreaDaa': 'smallest area (daa)',
  'when.maxAreaDaa': 'largest area (daa)',
};

export const scenarioFieldPartsEn: Record<keyof typeof scenarioFieldPartsNb, string> = {
  levelLow: 'low',
  levelMid: 'mid',
  levelHigh: 'high',
  withAbc: '{field}, {abc}',
  withAbcLevel: '{field}, {abc} ({level})',
  withReadiness: '{field}, {readiness}',
  ofSite: 'Site {site}: {field}',
  ofRule: 'Rule {rule}: {field}',
  path: 'Field "{path}"',
  whole: 'The scenario',
};
