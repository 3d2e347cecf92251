// One loader message: the translated headline, and the loader's exact English text folded away under it.
import type { Translate } from '../../i18n';
import type { ProblemText } from './problemText';

export function ProblemMessage({ text, t }: { text: ProblemText; t: Translate }) {
  return (
    <>
      <span className="load-msg">{text.headline}</span>
      {text.detail !== null ? (
        <details className="load-detail">
          <summary>{t('loadDetails')}</summary>
          <span lang="en">{text.detail}</span>
        </details>
      ) : null}
    </>
  );
}
