// Bounds on every number a scenario or the assumptions can set, and the words a planner knows each field by.
// One table: a new assumption field adds one row here (and uses BOUNDS.<name> where it is read).
import type { NumberRange } from './scenarioReader.ts';

export interface Bound extends NumberRange {
  /** What the field is, in words (bokmål and English), for messages; the unit where there is one. */
  nb: string;
  en: string;
}

/**
 * Why these limits: a floor area per job under 1 m² or a utilisation over 1 000 % BRA is no real building, and
 * values near 0 divide into infinite job figures (5e-324 m² per job gave "∞" jobs); horizons and years must be
 * finite and whole; distances are capped at Norway's length.
 */
export const BOUNDS = {
  /** %BRA of the capacity assumptions, as a share (1.5 = 150 %). */
  bra: { min: 0.01, max: 10, nb: 'utnyttelse (%BRA, som andel: 1,5 = 150 %)', en: 'utilisation (%BRA, as a share: 1.5 = 150 %)' },
  /** %BRA set on a site or by a rule; 0 means nothing may be built. */
  siteBra: { min: 0, max: 10, nb: 'utnyttelse (%BRA, som andel: 1,5 = 150 %)', en: 'utilisation (%BRA, as a share: 1.5 = 150 %)' },
  braFactor: { min: 0, max: 10, nb: 'faktor på utnyttelsen', en: 'factor on the utilisation' },
  m2PerJob: { min: 1, max: 10_000, nb: 'bruksareal per arbeidsplass (m²)', en: 'floor area per job (m²)' },
  horizonYears: { min: 1, max: 100, integer: true, nb: 'tidshorisont (år)', en: 'horizon (years)' },
  year: { min: 1900, max: 2200, integer: true, nb: 'årstall', en: 'year' },
  leadTimeYears: { min: 0, max: 100, integer: true, nb: 'ledetid (år)', en: 'lead time (years)' },
  thresholdM: { min: 1, max: 100_000, nb: 'avstandsgrense (m)', en: 'distance threshold (m)' },
  distanceM: { min: 0, max: 1_000_000, nb: 'avstand (m)', en: 'distance (m)' },
  areaDaa: { min: 0, max: 10_000_000, nb: 'areal (daa)', en: 'area (daa)' },
  /** Share of the gross site that can carry buildings; above 0 (no capacity at all is "exclude the site"). */
  netShare: { min: 0, max: 1, minExclusive: true, nb: 'netto byggbar andel av arealet', en: 'net developable share of the land' },
  /** The plan's 420 m² today; under 1 m² of land per job is no real workplace (10 km² per job: practically none). */
  landPerJobTodayM2: { min: 1, max: 10_000_000, nb: 'areal per arbeidsplass i dag (m²)', en: 'land per job today (m²)' },
  takeUpSharePerYear: { min: 0, max: 1, minExclusive: true, nb: 'andel av nye arbeidsplasser som tas i bruk per år', en: 'share of new jobs taken up a year' },
  jobsToday: { min: 0, max: 10_000_000, integer: true, nb: 'arbeidsplasser i dag', en: 'jobs today' },
} as const satisfies Record<string, Bound>;

/** Words for a field by its key in the scenario file, where the key alone does not say it. */
const KEY_WORDS: Readonly<Record<string, { nb: string; en: string }>> = {
  bra: BOUNDS.bra,
  braFactor: BOUNDS.braFactor,
  m2PerJob: BOUNDS.m2PerJob,
  horizonYears: BOUNDS.horizonYears,
  startYear: { nb: 'startår', en: 'start year' },
  availableYear: { nb: 'år arealet er tilgjengelig', en: 'year the site is available' },
  leadTimeYears: BOUNDS.leadTimeYears,
  netShare: BOUNDS.netShare,
  landPerJobTodayM2: BOUNDS.landPerJobTodayM2,
  takeUpSharePerYear: BOUNDS.takeUpSharePerYear,
  jobsToday: BOUNDS.jobsToday,
  aMaxRailM: { nb: 'største avstand til jernbane for A (m)', en: 'largest distance to rail for A (m)' },
  bMaxRailM: { nb: 'største avstand til jernbane for B (m)', en: 'largest distance to rail for B (m)' },
  bMaxAnyHubM: { nb: 'største avstand til et knutepunkt for B (m)', en: 'largest distance to any hub for B (m)' },
  nearHubM: { nb: 'avstand som regnes som nær et knutepunkt (m)', en: 'distance counted as near a hub (m)' },
  maxRailDistanceM: { nb: 'største avstand til jernbane (m)', en: 'largest distance to rail (m)' },
  minRailDistanceM: { nb: 'minste avstand til jernbane (m)', en: 'smallest distance to rail (m)' },
  maxHubDistanceM: { nb: 'største avstand til et knutepunkt (m)', en: 'largest distance to a hub (m)' },
  minHubDistanceM: { nb: 'minste avstand til et knutepunkt (m)', en: 'smallest distance to a hub (m)' },
  minAreaDaa: { nb: 'minste areal (daa)', en: 'smallest area (daa)' },
  maxAreaDaa: { nb: 'største areal (daa)', en: 'largest area (daa)' },
};

const LEVEL_WORDS = { low: { nb: 'lav', en: 'low' }, mid: { nb: 'middels', en: 'mid' }, high: { nb: 'høy', en: 'high' } } as const;

/**
 * The field a scenario path points at, in words: `assumptions.capacity.A.m2PerJob.mid` → "floor area per job
 * (m²), type A, mid"; `sites.S07.bra` → "utilisation (%BRA …), site S07". Null when the path names no known field.
 */
export function fieldWords(path: string, lang: 'nb' | 'en'): string | null {
  const parts = path.split(/\.|\[|\]/).filter((p) => p !== '');
  let words: string | null = null;
  const extra: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as string;
    const next = parts[i + 1];
    if (Object.hasOwn(KEY_WORDS, p)) words = (KEY_WORDS[p] as { nb: string; en: string })[lang];
    else if (p === 'sites' && next !== undefined) extra.push(`${lang === 'nb' ? 'område' : 'site'} ${next.replace(/^"|"$/g, '')}`);
    else if (p === 'capacity' && next !== undefined && /^[ABC]$/.test(next)) extra.push(`${lang === 'nb' ? 'type' : 'type'} ${next}`);
    else if (Object.hasOwn(LEVEL_WORDS, p)) extra.push(LEVEL_WORDS[p as keyof typeof LEVEL_WORDS][lang]);
    else if (parts[i - 1] === 'leadTimeYears') extra.push(p);
    else if (p === 'rules' && next !== undefined && /^\d+$/.test(next)) extra.push(`${lang === 'nb' ? 'regel' : 'rule'} ${Number(next) + 1}`);
  }
  return words === null ? null : [words, ...extra].join(', ');
}
