// The investor page's own filters: area, business type (ABC), region and "ready to build by" a year.
import { DEFAULT_LEAD_TIME_YEARS } from './scenario';
import type { AbcType, Readiness } from './types';

export interface InvestorFilters {
  /** Smallest area on offer, daa; null: any. */
  minDaa: number | null;
  abc: AbcType | 'all';
  region: string | 'all';
  /** Latest year the site must be ready by; null: any. */
  readyBy: number | null;
}

export const NO_INVESTOR_FILTERS: InvestorFilters = { minDaa: null, abc: 'all', region: 'all', readyBy: null };

/**
 * The year a site can be built on: `startYear` plus the plan's default lead time for its readiness (byggeklar 0,
 * må reguleres 4, må omreguleres 6 years — the scenarios' assumption, not a promise). E.g. må reguleres, 2026 → 2030.
 */
export function readyYear(readiness: Readiness | null, startYear: number): number {
  return startYear + DEFAULT_LEAD_TIME_YEARS[readiness ?? 'unknown'];
}

export function matchesInvestorFilters(
  site: { readonly abc: AbcType | null; readonly readiness: Readiness | null },
  result: { readonly region: string | null },
  offeredDaa: number,
  f: InvestorFilters,
  startYear: number,
): boolean {
  if (f.minDaa !== null && offeredDaa < f.minDaa) return false;
  if (f.abc !== 'all' && site.abc !== f.abc) return false;
  if (f.region !== 'all' && result.region !== f.region) return false;
  if (f.readyBy !== null && readyYear(site.readiness, startYear) > f.readyBy) return false;
  return true;
}
