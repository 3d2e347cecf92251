// The accounts as rows in dekar, the unit planners read, shared by the CLI outputs and the page's tables.
import { areaDaa } from '../capacity.ts';
import { squareMeters } from '../units.ts';
import { BECAME_CATEGORIES, type BecameCategory } from './categories.ts';
import type { AccountFigures, AccountsResult } from './types.ts';

export interface AccountsRow {
  /** Region name, or null for the total. */
  region: string | null;
  beforeDaa: number;
  afterDaa: number;
  addedDaa: number;
  removedDaa: number;
  /** after − before: negative when business land shrinks. */
  netDaa: number;
  toHousingDaa: number;
  realisedDaa: number;
  farmlandAddedDaa: number | null;
  removedByDaa: Record<BecameCategory, number>;
}

/** The plan's farmland indicator: at most 15 daa of farmland re-zoned a year (Temaplan næring, §6). */
export const FARMLAND_INDICATOR = {
  maxDaaPerYear: 15,
  source: 'Asker kommune, Temaplan næring 2020–2032 (hearing draft 15 Dec 2020), §6',
} as const;

export function accountsRow(region: string | null, f: AccountFigures): AccountsRow {
  // The figures are m² sums (plain numbers in AccountFigures).
  const daa = (m2: number): number => areaDaa(squareMeters(m2));
  const removedByDaa = Object.fromEntries(BECAME_CATEGORIES.map((c) => [c, daa(f.removedBy[c])])) as Record<
    BecameCategory,
    number
  >;
  return {
    region,
    beforeDaa: daa(f.beforeM2),
    afterDaa: daa(f.afterM2),
    addedDaa: daa(f.addedM2),
    removedDaa: daa(f.removedM2),
    netDaa: daa(f.afterM2 - f.beforeM2),
    toHousingDaa: removedByDaa.housing,
    realisedDaa: daa(f.realisedM2),
    farmlandAddedDaa: f.farmlandAddedM2 === null ? null : daa(f.farmlandAddedM2),
    removedByDaa,
  };
}

/** One row per region in the regions' order, then the total (region null). */
export function accountsRows(r: AccountsResult): AccountsRow[] {
  return [...r.regions.map((x) => accountsRow(x.name, x.figures)), accountsRow(null, r.total)];
}

/**
 * Years of the plan's farmland allowance the added farmland uses up (farmland ÷ 15 daa a year); null without
 * farmland. Says nothing about the period between the versions, which the files do not carry.
 */
export function farmlandIndicatorYears(farmlandDaa: number | null): number | null {
  return farmlandDaa === null ? null : farmlandDaa / FARMLAND_INDICATOR.maxDaaPerYear;
}
