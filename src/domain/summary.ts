// Totals by region × status × ABC type, per region and overall: sites, daa, jobs and area share near a hub.
import { DEFAULT_PACE } from './pace.ts';
import {
  ABC_TYPES,
  type AbcType,
  type Assumptions,
  type Site,
  type SiteResult,
  type SiteStatus,
  type Summary,
  type SummaryRow,
} from './types.ts';

interface Acc {
  region: string | null;
  status: SiteStatus | null;
  abc: AbcType | null;
  sites: number;
  areaDaa: number;
  nearDaa: number;
  low: number;
  mid: number;
  high: number;
  today: number;
  newLow: number;
  newMid: number;
  newHigh: number;
  inLow: number;
  inMid: number;
  inHigh: number;
}

function newAcc(region: string | null, status: SiteStatus | null, abc: AbcType | null): Acc {
  return {
    region,
    status,
    abc,
    sites: 0,
    areaDaa: 0,
    nearDaa: 0,
    low: 0,
    mid: 0,
    high: 0,
    today: 0,
    newLow: 0,
    newMid: 0,
    newHigh: 0,
    inLow: 0,
    inMid: 0,
    inHigh: 0,
  };
}

function add(acc: Acc, r: SiteResult, near: boolean): void {
  acc.sites++;
  acc.areaDaa += r.areaDaa;
  if (near) acc.nearDaa += r.areaDaa;
  acc.low += r.jobs.low;
  acc.mid += r.jobs.mid;
  acc.high += r.jobs.high;
  acc.today += r.jobsToday;
  acc.newLow += r.newJobs.low;
  acc.newMid += r.newJobs.mid;
  acc.newHigh += r.newJobs.high;
  acc.inLow += r.newJobsWithinHorizon.low;
  acc.inMid += r.newJobsWithinHorizon.mid;
  acc.inHigh += r.newJobsWithinHorizon.high;
}

function toRow(a: Acc): SummaryRow {
  return {
    region: a.region,
    status: a.status,
    abc: a.abc,
    sites: a.sites,
    areaDaa: a.areaDaa,
    jobs: { low: a.low, mid: a.mid, high: a.high },
    jobsToday: a.today,
    newJobs: { low: a.newLow, mid: a.newMid, high: a.newHigh },
    newJobsWithinHorizon: { low: a.inLow, mid: a.inMid, high: a.inHigh },
    shareAreaNearHub: a.areaDaa > 0 ? a.nearDaa / a.areaDaa : 0,
  };
}

const STATUS_ORDER: (SiteStatus | null)[] = ['eksisterende', 'fremtidig', null];
const ABC_ORDER: (AbcType | null)[] = [...ABC_TYPES, null];

function statusSlot(s: SiteStatus | null): number {
  return s === 'eksisterende' ? 0 : s === 'fremtidig' ? 1 : 2;
}

function abcSlot(abc: AbcType | null): number {
  return abc === 'A' ? 0 : abc === 'B' ? 1 : abc === 'C' ? 2 : 3;
}

/** Regions by name, sites outside every region (null) last. */
function compareRegion(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * Totals by region × status × ABC type, per region and overall, fed one site at a time: summarise below, and
 * applyScenario while it builds each site's result (no second pass over 10 000 results). Sums in site order.
 */
export class SummaryBuilder {
  private readonly nearHubM: number;
  private readonly regions = new Map<string | null, number>();
  private readonly regionAccs: Acc[] = [];
  /** By region slot × 12 + status slot × 4 + ABC slot; only groups with sites get one. */
  private readonly groups: (Acc | undefined)[] = [];
  private readonly total = newAcc(null, null, null);

  constructor(nearHubM: number) {
    this.nearHubM = nearHubM;
  }

  /** One included site: its status and (scenario) ABC type, and its result. */
  add(status: SiteStatus | null, abc: AbcType | null, r: SiteResult): void {
    const near = r.hubDistanceM !== null && r.hubDistanceM <= this.nearHubM;
    let slot = this.regions.get(r.region);
    if (slot === undefined) {
      slot = this.regionAccs.length;
      this.regions.set(r.region, slot);
      this.regionAccs.push(newAcc(r.region, null, null));
    }
    add(this.regionAccs[slot] as Acc, r, near);
    const key = slot * 12 + statusSlot(status) * 4 + abcSlot(abc);
    let g = this.groups[key];
    if (g === undefined) this.groups[key] = g = newAcc(r.region, status, abc);
    add(g, r, near);
    add(this.total, r, near);
  }

  finish(pace: { startYear: number; horizonYears: number }): Summary {
    const rows = this.groups
      .filter((g): g is Acc => g !== undefined)
      .sort(
        (x, y) =>
          compareRegion(x.region, y.region) ||
          STATUS_ORDER.indexOf(x.status) - STATUS_ORDER.indexOf(y.status) ||
          ABC_ORDER.indexOf(x.abc) - ABC_ORDER.indexOf(y.abc),
      );
    const byRegion = [...this.regionAccs].sort((x, y) => compareRegion(x.region, y.region));
    return {
      rows: rows.map(toRow),
      byRegion: byRegion.map(toRow),
      total: toRow(this.total),
      startYear: pace.startYear,
      horizonYears: pace.horizonYears,
    };
  }
}

/**
 * Sums the results. In `rows` a null region/status/abc means the site has none; in `byRegion` status and abc are
 * null because the row covers all of them, and `total` is null in all three. Only groups with sites get a row.
 * "Near a hub" = polygon distance to the nearest hub ≤ a.nearHubM. `sites[i]` must belong to `results[i]`.
 * `pace` only labels the summary with the horizon the results' newJobsWithinHorizon were computed for.
 */
export function summarise(
  sites: Site[],
  results: SiteResult[],
  a: Assumptions,
  pace: { startYear: number; horizonYears: number } = DEFAULT_PACE,
): Summary {
  if (sites.length !== results.length) {
    throw new Error(`summarise: ${sites.length} sites but ${results.length} results; they must match one to one.`);
  }
  const builder = new SummaryBuilder(a.nearHubM);
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i] as Site;
    builder.add(site.status, site.abc, results[i] as SiteResult);
  }
  return builder.finish(pace);
}
