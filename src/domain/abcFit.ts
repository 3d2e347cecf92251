// ABC fit: the access class a site's location supports (from hub distances) against its planned ABC type.
import { formatDistance } from './distanceText.ts';
import type { AbcFit, AbcFitVerdict, AbcType, AccessibilityThresholds, Hub, HubType, SiteGeometryMetrics } from './types.ts';

/** Nearest distance to any hub: the overall nearest, or the best of the per-type ones. */
function nearestAnyM(m: SiteGeometryMetrics): number {
  const t = m.nearestByType;
  return Math.min(m.hubDistanceM ?? Infinity, t.tog?.distanceM ?? Infinity, t.buss?.distanceM ?? Infinity, t['båt']?.distanceM ?? Infinity);
}

/**
 * Access class from hub distances (polygon to hub, straight line): A when a rail station is within aMaxRailM;
 * B when a rail station is within bMaxRailM or any hub within bMaxAnyHubM; otherwise C.
 */
export function accessClass(m: SiteGeometryMetrics, t: AccessibilityThresholds): AbcType {
  const railM = m.nearestByType.tog?.distanceM ?? Infinity;
  if (railM <= t.aMaxRailM) return 'A';
  if (railM <= t.bMaxRailM || nearestAnyM(m) <= t.bMaxAnyHubM) return 'B';
  return 'C';
}

/**
 * planned × access → verdict. People-intensive use (A) away from hubs is the worst case, and so is area-demanding
 * use (C) on prime hub land; B on an A location is fine (it does not waste the location badly).
 */
const VERDICT: Record<AbcType, Record<AbcType, AbcFitVerdict>> = {
  A: { A: 'ok', B: 'partial', C: 'mismatch' },
  B: { A: 'ok', B: 'ok', C: 'partial' },
  C: { A: 'mismatch', B: 'partial', C: 'ok' },
};

const ENDING: Record<AbcType, Record<AbcType, { nb: string; en: string }>> = {
  A: {
    A: { nb: 'passer.', en: 'a good fit.' },
    B: { nb: 'delvis: persontett virksomhet bør ligge nærmere en togstasjon.', en: 'partial fit: people-intensive use should be closer to a rail station.' },
    C: { nb: 'passer dårlig: persontett virksomhet bør ligge ved et kollektivknutepunkt.', en: 'poor fit: people-intensive use belongs at a public-transport hub.' },
  },
  B: {
    A: { nb: 'passer.', en: 'a good fit.' },
    B: { nb: 'passer.', en: 'a good fit.' },
    C: { nb: 'delvis: svak kollektivdekning for B-virksomhet.', en: 'partial fit: weak public transport for B-type use.' },
  },
  C: {
    A: { nb: 'passer dårlig: arealkrevende virksomhet legger beslag på attraktiv knutepunktsgrunn.', en: 'poor fit: area-demanding use takes up prime land at a hub.' },
    B: { nb: 'delvis: arealkrevende virksomhet nær et kollektivknutepunkt.', en: 'partial fit: area-demanding use close to a public-transport hub.' },
    C: { nb: 'passer.', en: 'a good fit.' },
  },
};

const HUB_TYPE_WORD: Record<HubType, { nb: string; en: string }> = {
  tog: { nb: 'tog', en: 'rail' },
  buss: { nb: 'buss', en: 'bus' },
  båt: { nb: 'båt', en: 'boat' },
};

type HubLookup = ReadonlyMap<string, Hub> | Readonly<Record<string, Hub>>;

function lookup(hubs: HubLookup, id: string): Hub | undefined {
  return hubs instanceof Map ? hubs.get(id) : (hubs as Readonly<Record<string, Hub>>)[id];
}

/** The "where is it" half of the sentence: the rail station, plus a closer hub of another type if there is one. */
function buildLocationText(m: SiteGeometryMetrics, hubs: HubLookup): LocationText {
  const rail = m.nearestByType.tog;
  const railHub = rail ? lookup(hubs, rail.hubId) : undefined;
  const railName = railHub?.name ?? rail?.hubId ?? '';
  let nb = rail
    ? `${formatDistance(rail.distanceM, 'nb')} fra nærmeste togstasjon (${railName})`
    : 'ingen togstasjon i datagrunnlaget';
  let en = rail
    ? `${formatDistance(rail.distanceM, 'en')} from the nearest rail station (${railName})`
    : 'no rail station in the data';
  const anyHub = m.hubId !== null ? lookup(hubs, m.hubId) : undefined;
  if (m.hubId !== null && m.hubDistanceM !== null && anyHub?.type !== 'tog' && m.hubDistanceM < (rail?.distanceM ?? Infinity)) {
    const name = anyHub?.name ?? m.hubId;
    const word = anyHub ? HUB_TYPE_WORD[anyHub.type] : { nb: 'knutepunkt', en: 'hub' };
    nb += `, ${formatDistance(m.hubDistanceM, 'nb')} fra nærmeste knutepunkt (${name}, ${word.nb})`;
    en += `, ${formatDistance(m.hubDistanceM, 'en')} from the nearest hub (${name}, ${word.en})`;
  }
  return { nb, en, hasRail: rail !== undefined };
}

interface LocationText {
  nb: string;
  en: string;
  hasRail: boolean;
}

interface CacheEntry {
  hubs: HubLookup;
  text: LocationText;
  /** Finished fits by planned type (A, B, C, none) × access class (A, B, C). */
  fits: (AbcFit | undefined)[];
}

/**
 * A fit depends on the metrics, the hubs, the planned type and the access class only. Keeping the texts per
 * metrics object (for the same hub lookup) means an assumption edit re-assesses 10 000 sites without building
 * a single string. The fits are frozen because they are shared.
 */
const fitCache = new WeakMap<SiteGeometryMetrics, CacheEntry>();

function cacheEntry(m: SiteGeometryMetrics, hubs: HubLookup): CacheEntry {
  let hit = fitCache.get(m);
  if (!hit || hit.hubs !== hubs) {
    hit = { hubs, text: buildLocationText(m, hubs), fits: [] };
    fitCache.set(m, hit);
  }
  return hit;
}

const ABC_SLOT: Record<AbcType, number> = { A: 0, B: 1, C: 2 };

/**
 * Judges the planned ABC type of a site against the access its location supports, with the reason spelled out,
 * e.g. "A-område 2,4 km fra nærmeste togstasjon (Asker stasjon): beliggenheten tilsvarer C-område – passer dårlig: …".
 * `unknown` when the site has no planned ABC type (the access class is still given).
 */
export function assessAbcFit(abc: AbcType | null, m: SiteGeometryMetrics, hubsById: HubLookup, t: AccessibilityThresholds): AbcFit {
  const access = accessClass(m, t);
  const entry = cacheEntry(m, hubsById);
  const slot = (abc === null ? 3 : ABC_SLOT[abc]) * 3 + ABC_SLOT[access];
  let fit = entry.fits[slot];
  if (!fit) {
    fit = Object.freeze(buildFit(abc, access, entry.text));
    entry.fits[slot] = fit;
  }
  return fit;
}

function buildFit(abc: AbcType | null, access: AbcType, where: LocationText): AbcFit {
  const accessNb = `beliggenheten tilsvarer ${access}-område`;
  // "an A-type", "a B-type": the article follows the sound of the letter.
  const accessEn = `the location matches ${access === 'A' ? 'an' : 'a'} ${access}-type site`;
  // "A-område 2,4 km fra …" reads as one phrase; without a station the clause needs a stronger break.
  const gap = where.hasRail ? (abc === null ? ', ' : ' ') : '; ';
  if (abc === null) {
    return {
      access,
      verdict: 'unknown',
      reasonNb: `Område uten ABC-type${gap}${where.nb}: ${accessNb} – samsvar kan ikke vurderes uten planlagt type.`,
      reasonEn: `Site without an ABC type${gap}${where.en}: ${accessEn} – the fit cannot be judged without a planned type.`,
    };
  }
  const ending = ENDING[abc][access];
  return {
    access,
    verdict: VERDICT[abc][access],
    reasonNb: `${abc}-område${gap}${where.nb}: ${accessNb} – ${ending.nb}`,
    reasonEn: `${abc}-type site${gap}${where.en}: ${accessEn} – ${ending.en}`,
  };
}
