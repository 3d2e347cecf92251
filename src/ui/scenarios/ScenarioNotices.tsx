// Messages about the stored scenarios, files and links (recovered store, import errors…), each with its problems.
import { translator, type Lang } from '../../i18n';
import { scenarioActions, useScenarioStore } from '../../state/scenarioStore';
import { scenarioProblemText } from '../../i18n/scenarioProblems';

/** Saves text as a file through a temporary link (the same way a scenario is exported). */
function downloadText({ fileName, text }: { fileName: string; text: string }): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Long problem lists are cut here; the stored backup and the file itself still hold everything. */
const MAX_PROBLEMS_SHOWN = 8;

export function ScenarioNotices({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const notices = useScenarioStore((s) => s.notices);
  return (
    <div className="scen-notices" aria-live="polite">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`scen-notice scen-notice--${n.kind}`}
          role={n.kind === 'error' ? 'alert' : 'status'}
          data-testid="scenario-notice"
        >
          <p>{t(n.key, n.vars)}</p>
          {n.problems && n.problems.length > 0 ? (
            <ul>
              {n.problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
                <li key={i}>{scenarioProblemText(p, lang)}</li>
              ))}
              {n.problems.length > MAX_PROBLEMS_SHOWN ? (
                <li>{t('scenMoreProblems', { count: n.problems.length - MAX_PROBLEMS_SHOWN })}</li>
              ) : null}
            </ul>
          ) : null}
          {n.download ? (
            <button
              type="button"
              className="secondary"
              onClick={() => downloadText(n.download as NonNullable<typeof n.download>)}
            >
              {t('scenNoticeDownload')}
            </button>
          ) : null}
          <button type="button" className="secondary" onClick={() => scenarioActions.dismissNotice(n.id)}>
            {t('scenNoticeDismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
