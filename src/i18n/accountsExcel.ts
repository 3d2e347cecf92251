// The words of the land accounts' Excel CSV in a language (headers, the total row), and the one table of the words for
// what removed land became, shared with the page's tables.
import type { AccountsExcelWords } from '../domain/accounts/exportAccounts';
import type { BecameCategory } from '../domain/accounts/categories';
import { translator, type Lang, type MessageKey } from './index';

export const BECAME_KEY: Record<BecameCategory, MessageKey> = {
  housing: 'accCatHousing',
  builtOther: 'accCatBuiltOther',
  transport: 'accCatTransport',
  green: 'accCatGreen',
  defence: 'accCatDefence',
  lnfr: 'accCatLnfr',
  sea: 'accCatSea',
  notInPlan: 'accCatNotInPlan',
};

export function accountsExcelWords(lang: Lang): AccountsExcelWords {
  const t = translator(lang);
  return {
    headers: [
      t('accXlRegion'),
      t('accXlBefore'),
      t('accXlAfter'),
      t('accXlAdded'),
      t('accXlRemoved'),
      t('accXlNet'),
      t('accXlRealised'),
      t('accXlFarmland'),
    ],
    removedTo: (category) => t('accXlRemovedTo', { category: t(BECAME_KEY[category]) }),
    total: t('accXlTotal'),
  };
}
