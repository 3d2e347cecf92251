// One loader message: the headline in the user's language, and the detail with the exact facts folded away under it.
import type { Translate } from '../../i18n';
import type { ProblemText } from './problemText';

export function ProblemMessage({ text, t }: { text: ProblemText; t: Translate }) {
  return (
    <>
      <span className="load-msg">{text.headline}</span>
      {text.detail !== null ? (
        <details className="load-detail">
          <summary>{t('loadDetails')}</summary>
          <span>{text.detail}</span>
        </details>
      ) : null}
    </>
  );
}
