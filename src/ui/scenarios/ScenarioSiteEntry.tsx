// "I scenario …" on the explorer's site card: opens the comparison with this site ready to edit.
import { translator, type Lang } from '../../i18n';
import { actions } from '../../state/actions';
import { scenarioActions } from '../../state/scenarioStore';

export function ScenarioSiteEntry({ lang, siteName }: { lang: Lang; siteName: string }) {
  const t = translator(lang);
  return (
    <button
      type="button"
      className="secondary scen-site-entry"
      onClick={() => {
        scenarioActions.requestSiteEditor();
        actions.setPage('compare');
      }}
    >
      {t('scenSiteEntry')}
      <span className="sr-only">{` ${t('scenSiteEntryWhich', { name: siteName })}`}</span>
    </button>
  );
}
