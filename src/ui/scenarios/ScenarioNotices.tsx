// Messages about the stored scenarios, files and links (recovered store, import errors…), each with its problems.
import { translator, type Lang } from '../../i18n';
import { scenarioActions, useScenarioStore } from '../../state/scenarioStore';
import { problemText } from './scenarioProblems';

/** Long problem lists are cut here; the stored backup and the file itself still hold everything. */
const MAX_PROBLEMS_SHOWN = 8;

export function ScenarioNotices({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const notices = useScenarioStore((s) => s.notices);
  return (
    <div className="scen-notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`scen-notice scen-notice--${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} data-testid="scenario-notice">
          <p>{t(n.key, n.vars)}</p>
          {n.problems && n.problems.length > 0 ? (
            <ul>
              {n.problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
                <li key={i}>{problemText(p, lang)}</li>
              ))}
              {n.problems.length > MAX_PROBLEMS_SHOWN ? <li>{t('scenMoreProblems', { count: n.problems.length - MAX_PROBLEMS_SHOWN })}</li> : null}
            </ul>
          ) : null}
          <button type="button" className="secondary" onClick={() => scenarioActions.dismissNotice(n.id)}>
            {t('scenNoticeDismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
