// Shows the loaders' non-fatal warnings (if any) in a collapsed list, in the user's language where a template exists;
// messages are data-derived, so plain text.
import type { Dataset } from '../domain/dataset';
import type { Warning } from '../domain/types';
import { translator, type Lang } from '../i18n';
import { describeProblem } from './load/problemText';

export interface LoadWarningsProps {
  lang: Lang;
  warnings: readonly Warning[];
  /** Names the file(s) in the translated messages; the bundled files carry no warnings today. */
  userFiles?: Dataset['userFiles'];
}

export function LoadWarnings({ lang, warnings, userFiles }: LoadWarningsProps) {
  if (warnings.length === 0) return null;
  const t = translator(lang);
  const file = Object.values(userFiles ?? {}).join(', ');
  return (
    <details className="load-warnings">
      <summary>{t('warningsTitle', { count: warnings.length })}</summary>
      <ul>
        {warnings.map((w, i) => {
          const text = describeProblem(w, { file, gtfs: false }, lang);
          return (
            <li key={`${w.code}-${i}`} title={text.detail ?? undefined}>
              {text.headline}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
