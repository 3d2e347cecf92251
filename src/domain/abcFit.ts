// ABC fit: the access class a site's location supports (from hub distances) against its planned ABC type.
import type {
  AbcFit,
  AbcFitVerdict,
  AbcType,
  AccessibilityThresholds,
  FitHub,
  Hub,
  SiteGeometryMetrics,
} from './types.ts';

/** Nearest distance to any hub: the overall nearest, or the best of the per-type ones. */
function nearestAnyM(m: SiteGeometryMetrics): number {
  const t = m.nearestByType;
  return Math.min(
    m.hubDistanceM ?? Infinity,
    t.tog?.distanceM ?? Infinity,
    t.buss?.distanceM ?? Infinity,
    t['båt']?.distanceM ?? Infinity,
  );
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

type HubLookup = ReadonlyMap<string, Hub> | Readonly<Record<string, Hub>>;

function lookup(hubs: HubLookup, id: string): Hub | undefined {
  return hubs instanceof Map ? hubs.get(id) : (hubs as Readonly<Record<string, Hub>>)[id];
}

/** The hubs the fit names: the rail station, plus a closer hub of another type if there is one. */
function buildLocation(m: SiteGeometryMetrics, hubs: HubLookup): FitLocation {
  const nearRail = m.nearestByType.tog;
  const railHub = nearRail ? lookup(hubs, nearRail.hubId) : undefined;
  const rail: FitHub | null = nearRail
    ? { hubId: nearRail.hubId, name: railHub?.name ?? nearRail.hubId, type: 'tog', distanceM: nearRail.distanceM }
    : null;
  const anyHub = m.hubId !== null ? lookup(hubs, m.hubId) : undefined;
  let closerHub: FitHub | null = null;
  if (
    m.hubId !== null &&
    m.hubDistanceM !== null &&
    anyHub?.type !== 'tog' &&
    m.hubDistanceM < (rail?.distanceM ?? Infinity)
  ) {
    closerHub = {
      hubId: m.hubId,
      name: anyHub?.name ?? m.hubId,
      type: anyHub?.type ?? null,
      distanceM: m.hubDistanceM,
    };
  }
  return { rail, closerHub };
}

interface FitLocation {
  rail: FitHub | null;
  closerHub: FitHub | null;
}

interface CacheEntry {
  hubs: HubLookup;
  location: FitLocation;
  /** Finished fits by planned type (A, B, C, none) × access class (A, B, C). */
  fits: (AbcFit | undefined)[];
}

/**
 * A fit depends on the metrics, the hubs, the planned type and the access class only. Keeping the hub facts per
 * metrics object (for the same hub lookup) means an assumption edit re-assesses 10 000 sites without a hub lookup
 * or a new object per site. The fits are frozen because they are shared.
 */
const fitCache = new WeakMap<SiteGeometryMetrics, CacheEntry>();

function cacheEntry(m: SiteGeometryMetrics, hubs: HubLookup): CacheEntry {
  let hit = fitCache.get(m);
  if (!hit || hit.hubs !== hubs) {
    hit = { hubs, location: buildLocation(m, hubs), fits: [] };
    fitCache.set(m, hit);
  }
  return hit;
}

const ABC_SLOT: Record<AbcType, number> = { A: 0, B: 1, C: 2 };

/**
 * Judges the planned ABC type of a site against the access its location supports, as facts: the verdict, the access
 * class and the hubs the reason names (src/i18n/fit.ts turns them into words).
 * `unknown` when the site has no planned ABC type (the access class is still given).
 */
export function assessAbcFit(
  abc: AbcType | null,
  m: SiteGeometryMetrics,
  hubsById: HubLookup,
  t: AccessibilityThresholds,
): AbcFit {
  return fitIn(cacheEntry(m, hubsById), abc, accessClass(m, t));
}

function fitIn(entry: CacheEntry, abc: AbcType | null, access: AbcType): AbcFit {
  const slot = (abc === null ? 3 : ABC_SLOT[abc]) * 3 + ABC_SLOT[access];
  let fit = entry.fits[slot];
  if (!fit) {
    fit = makeFit(abc, access, entry.location.rail, entry.location.closerHub);
    entry.fits[slot] = fit;
  }
  return fit;
}

function makeFit(abc: AbcType | null, access: AbcType, rail: FitHub | null, closerHub: FitHub | null): AbcFit {
  return Object.freeze({
    planned: abc,
    access,
    verdict: abc === null ? 'unknown' : VERDICT[abc][access],
    rail: rail && Object.freeze(rail),
    closerHub: closerHub && Object.freeze(closerHub),
  });
}

/**
 * The fits of one metrics array by site index, for assessSites: `seen[i]` is the metrics object `fits[i]` was made
 * for. The first assessment of a large data set then costs no per-object cache entry (the WeakMap entries took ~130 of
 * ~400 ms assessing 100 000 sites in a CPU profile, and the collector's ephemeron work besides); a site whose planned type or access
 * class differs from its kept fit goes through assessAbcFit's per-object cache, as before.
 */
interface FitColumn {
  hubs: HubLookup;
  seen: (SiteGeometryMetrics | undefined)[];
  fits: (AbcFit | undefined)[];
}

const fitColumns = new WeakMap<readonly SiteGeometryMetrics[], FitColumn>();

/** The fit column of a metrics array under one hub lookup (a new one when the hubs changed). */
export function fitColumnFor(metrics: readonly SiteGeometryMetrics[], hubs: HubLookup): FitColumn {
  let col = fitColumns.get(metrics);
  if (!col || col.hubs !== hubs) {
    col = { hubs, seen: [], fits: [] };
    fitColumns.set(metrics, col);
  }
  return col;
}

/**
 * assessAbcFit for site `i` of the metrics array `col` was made for: the same fit (same fields), read from the
 * column when the site's planned type and access class are those of its kept fit.
 */
export function assessAbcFitAt(
  col: FitColumn,
  i: number,
  abc: AbcType | null,
  m: SiteGeometryMetrics,
  t: AccessibilityThresholds,
): AbcFit {
  const access = accessClass(m, t);
  if (col.seen[i] === m) {
    const kept = col.fits[i] as AbcFit;
    if (kept.planned === abc && kept.access === access) return kept;
    return assessAbcFit(abc, m, col.hubs, t);
  }
  // The per-object cache may already hold this site's facts (the app assesses the same metrics many times).
  const entry = fitCache.get(m);
  const fit =
    entry && entry.hubs === col.hubs ? fitIn(entry, abc, access) : newFit(abc, access, buildLocation(m, col.hubs));
  // Filled in index order on the first pass (a packed array); a gap (never in assessSites) gets empty entries.
  while (col.seen.length < i) {
    col.seen.push(undefined);
    col.fits.push(undefined);
  }
  col.seen[i] = m;
  col.fits[i] = fit;
  return fit;
}

function newFit(abc: AbcType | null, access: AbcType, location: FitLocation): AbcFit {
  return makeFit(abc, access, location.rail, location.closerHub);
}
