// Shows the loaders' non-fatal warnings (if any) in a collapsed list; messages are data-derived, so plain text.
import type { Warning } from '../domain/types';
import { translator, type Lang } from '../i18n';

export function LoadWarnings({ lang, warnings }: { lang: Lang; warnings: readonly Warning[] }) {
  if (warnings.length === 0) return null;
  const t = translator(lang);
  return (
    <details className="load-warnings">
      <summary>{t('warningsTitle', { count: warnings.length })}</summary>
      <ul>
        {warnings.map((w, i) => (
          <li key={`${w.code}-${i}`}>{w.message}</li>
        ))}
      </ul>
    </details>
  );
}
