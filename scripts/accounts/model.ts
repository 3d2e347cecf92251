// What every output format of the land accounts is made from: the computed accounts, as rows, plus inputs and warnings.
import { computeAccounts } from '../../src/domain/accounts/accounts.ts';
import { capacityChange, type CapacityChangeRow } from '../../src/domain/accounts/capacityChange.ts';
import { accountsRows, type AccountsRow } from '../../src/domain/accounts/rows.ts';
import { DEFAULT_ASSUMPTIONS } from '../../src/domain/assumptions.ts';
import type { ReportWarning } from '../report/inputs.ts';
import type { LoadedAccountsInputs } from './inputs.ts';
import { translator, type Lang } from '../../src/i18n/index.ts';
import { formatNumber } from '../../src/i18n/format.ts';

import { withWords } from '../cli/problemLine.ts';
export interface AccountsModel {
  /** Regions in the file's order, then the total (region null). */
  rows: AccountsRow[];
  /** Change in job capacity carried by added and removed land, by ABC type: per region (same order) and total. */
  capacity: { region: string | null; rows: CapacityChangeRow[] }[];
  inputs: LoadedAccountsInputs['inputs'];
  warnings: ReportWarning[];
  clusterCount: number;
}

/** The accounts and their warnings, worded in `lang` (--lang). */
export function buildAccountsModel(loaded: LoadedAccountsInputs, lang: Lang): AccountsModel {
  const t = translator(lang);
  const result = computeAccounts(
    { before: loaded.before, after: loaded.after, regions: loaded.regions, farmland: loaded.farmland },
    { keepPieces: false },
  );
  const warnings = [...loaded.warnings];
  if (loaded.before.every((a) => a.category !== 'business') && loaded.after.every((a) => a.category !== 'business')) {
    warnings.push({ file: '', code: 'no-business-land', text: t('cliNoBusinessLand') });
  }
  const inRegions = result.regions.reduce((sum, r) => sum + r.figures.beforeM2 + r.figures.afterM2, 0);
  const outside = (result.total.beforeM2 + result.total.afterM2 - inRegions) / 1000;
  if (loaded.regions.length > 0 && outside >= 0.001) {
    warnings.push({
      file: '',
      code: 'outside-regions',
      text: t('cliOutsideRegions', { daa: formatNumber(outside, lang, 3) }),
    });
  }
  return {
    rows: accountsRows(result),
    capacity: [
      ...result.regions.map((r) => ({ region: r.name, rows: capacityChange(r.figures, DEFAULT_ASSUMPTIONS) })),
      { region: null, rows: capacityChange(result.total, DEFAULT_ASSUMPTIONS) },
    ],
    inputs: loaded.inputs,
    warnings: withWords(warnings, lang),
    clusterCount: result.clusterCount,
  };
}
