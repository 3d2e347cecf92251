// The JSON output of the land accounts: the CSV figures per region and total, removed land by every category, and the
// change in job capacity by ABC type.
import type { CapacityChangeRow } from '../../src/domain/accounts/capacityChange.ts';
import { FARMLAND_INDICATOR, farmlandIndicatorYears, type AccountsRow } from '../../src/domain/accounts/rows.ts';
import type { Jobs } from '../../src/domain/types.ts';
import type { AccountsModel } from './model.ts';

/** Same rounding as the CSV (3 decimals), and never -0. */
const r3 = (v: number): number => Number(v.toFixed(3)) || 0;
const jobs = (j: Jobs): Record<string, number> => ({
  low: Math.round(j.low) || 0,
  mid: Math.round(j.mid) || 0,
  high: Math.round(j.high) || 0,
});

function rowJson(r: AccountsRow): Record<string, unknown> {
  return {
    region: r.region ?? 'total',
    before_daa: r3(r.beforeDaa),
    after_daa: r3(r.afterDaa),
    added_daa: r3(r.addedDaa),
    removed_daa: r3(r.removedDaa),
    net_daa: r3(r.netDaa),
    to_housing_daa: r3(r.toHousingDaa),
    realised_daa: r3(r.realisedDaa),
    farmland_added_daa: r.farmlandAddedDaa === null ? null : r3(r.farmlandAddedDaa),
    removed_by_daa: Object.fromEntries(Object.entries(r.removedByDaa).map(([k, v]) => [k, r3(v)])),
  };
}

function capacityJson(rows: readonly CapacityChangeRow[]): Record<string, unknown>[] {
  return rows.map((c) => ({
    abc: c.abc,
    added_daa: r3(c.addedM2 / 1000),
    removed_daa: r3(c.removedM2 / 1000),
    jobs_added: jobs(c.added),
    jobs_removed: jobs(c.removed),
    jobs_net: jobs(c.net),
  }));
}

export function formatAccountsJson(m: AccountsModel): string {
  const total = m.rows[m.rows.length - 1] as AccountsRow;
  const out = {
    regions: m.rows.slice(0, -1).map(rowJson),
    total: rowJson(total),
    capacity_change: m.capacity.map((c) => ({ region: c.region ?? 'total', by_abc: capacityJson(c.rows) })),
    farmland_indicator: {
      max_daa_per_year: FARMLAND_INDICATOR.maxDaaPerYear,
      source: FARMLAND_INDICATOR.source,
      farmland_added_daa: total.farmlandAddedDaa === null ? null : r3(total.farmlandAddedDaa),
      years_of_allowance: (() => {
        const y = farmlandIndicatorYears(total.farmlandAddedDaa);
        return y === null ? null : Number(y.toFixed(2));
      })(),
    },
    method: {
      crs: 'EPSG:25832',
      area: "planar, after a union of each version's business land (PostGIS ST_Union / ST_Difference / ST_Intersection)",
      removed_by:
        'removed land is given to the first category of the later version that covers it: housing, builtOther, transport, green, defence, lnfr, sea; the rest is notInPlan',
      capacity:
        'jobCapacity(area, ABC type) on the default assumptions (geodata/assumptions.json); unknown ABC type carries no jobs',
    },
    inputs: m.inputs,
    warnings: m.warnings.map((w) => ({ file: w.file, code: w.code, message: w.text ?? w.code })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
