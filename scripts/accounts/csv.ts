// The CSV output of the land accounts: a fixed column contract (see --help), one row per region, then total.
import type { AccountsRow } from '../../src/domain/accounts/rows.ts';
import { csvField } from '../report/csv.ts';

export const ACCOUNTS_CSV_COLUMNS = [
  'region',
  'before_daa',
  'after_daa',
  'added_daa',
  'removed_daa',
  'net_daa',
  'to_housing_daa',
  'realised_daa',
  'farmland_added_daa',
] as const;

/** 3 decimals, '.' mark; a value that rounds to zero is written 0.000, never -0.000. */
export function daa3(value: number): string {
  const s = value.toFixed(3);
  return /^-0\.0+$/.test(s) ? s.slice(1) : s;
}

export function formatAccountsCsv(rows: readonly AccountsRow[]): string {
  const lines = [ACCOUNTS_CSV_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [
        csvField(r.region ?? 'total'),
        daa3(r.beforeDaa),
        daa3(r.afterDaa),
        daa3(r.addedDaa),
        daa3(r.removedDaa),
        daa3(r.netDaa),
        daa3(r.toHousingDaa),
        daa3(r.realisedDaa),
        r.farmlandAddedDaa === null ? '' : daa3(r.farmlandAddedDaa),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
