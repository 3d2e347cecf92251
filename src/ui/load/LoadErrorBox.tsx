// Why a file cannot be used, in the user's language, and the reassurance that nothing changed.
import type { Lang, Translate } from '../../i18n';
import type { LoadProblem } from '../../state/loadFiles';
import type { AnyPreview } from '../../state/loadJob';
import { ProblemMessage } from './ProblemMessage';
import { describeProblem } from './problemText';

/** Further errors named beside the first (a file may have one per feature). */
const OTHERS_SHOWN = 10;

export interface LoadErrorBoxProps {
  lang: Lang;
  t: Translate;
  /** A loader error (from the preview), or a problem found before reading. */
  error: NonNullable<AnyPreview['error']> | LoadProblem;
  file: string;
  gtfs: boolean;
}

export function LoadErrorBox({ lang, t, error, file, gtfs }: LoadErrorBoxProps) {
  const ctx = { file, gtfs };
  const problems = 'problems' in error ? error.problems : [];
  const main = 'problem' in error ? error.problem : null;
  const others = problems.filter((p) => p.severity === 'error' && p !== main && p.code !== 'nothing-usable');
  return (
    <div className="load-error" role="alert" data-testid="load-error">
      <h3>{t('loadErrorTitle')}</h3>
      <div>
        <ProblemMessage t={t} text={describeProblem(main ?? error, ctx, lang)} />
      </div>
      {others.length > 0 ? (
        <>
          <p className="small">{t('loadErrorOthers')}</p>
          <ul className="load-list">
            {others.slice(0, OTHERS_SHOWN).map((p, i) => (
              <li key={i}>
                <ProblemMessage t={t} text={describeProblem(p, ctx, lang)} />
              </li>
            ))}
            {others.length > OTHERS_SHOWN ? (
              <li className="muted">{t('loadSkippedMore', { count: others.length - OTHERS_SHOWN })}</li>
            ) : null}
          </ul>
        </>
      ) : null}
      <p className="load-error__kept">{t('loadErrorKept')}</p>
    </div>
  );
}
