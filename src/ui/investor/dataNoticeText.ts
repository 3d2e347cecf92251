// The notice that goes with anything handed out (investor page, exports): its words for the dataset's kind.
import type { Dataset } from '../../domain/dataset';
import type { Lang, Translate } from '../../i18n';
import { dataNotice } from '../../state/investorSelectors';
import { formatWhole } from '../format';

/** "Eksempeldata …" for bundled sites, the synthetic-data note with its count, or null for a user's own sites. */
export function dataNoticeText(dataset: Dataset, t: Translate, lang: Lang): string | null {
  const notice = dataNotice(dataset);
  if (notice === 'synthetic') return t('syntheticNote', { count: formatWhole(dataset.sites.length, lang) });
  return notice ? t('illustrativeNote') : null;
}
