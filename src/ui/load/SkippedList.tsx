// What the preview would leave out: a count per reason, the first features named, and for broken ones what to do.
import type { Warning } from '../../domain/types';
import type { Lang, Translate } from '../../i18n';
import type { AnyPreview } from '../../state/loadJob';
import { ProblemMessage } from './ProblemMessage';
import { describeProblem, featureName, skipReasonText } from './problemText';

/** Features named per reason; the rest are counted. */
export const SKIPPED_SHOWN = 5;

export interface SkippedListProps {
  lang: Lang;
  t: Translate;
  preview: AnyPreview;
  gtfs: boolean;
}

export function SkippedList({ lang, t, preview, gtfs }: SkippedListProps) {
  const total = preview.skipped.reduce((n, s) => n + s.count, 0);
  // The warning about each broken feature carries the full message: where it is broken and how to fix it.
  const byFeature = new Map<number, Warning>();
  for (const w of preview.warnings)
    if (w.featureIndex !== undefined && !byFeature.has(w.featureIndex)) byFeature.set(w.featureIndex, w);
  const ctx = { file: preview.file, gtfs };
  return (
    <section className="load-section" aria-labelledby="load-skipped-title" data-testid="load-skipped">
      <h3 id="load-skipped-title">{t('loadSkippedTitle', { count: total })}</h3>
      {total === 0 ? <p className="small">{t('loadSkippedNone')}</p> : null}
      <ul className="load-list">
        {preview.skipped.map((s) => (
          <li key={`${s.kind}:${s.code}:${s.reason}`}>
            <strong>
              {s.count} × {skipReasonText(s, lang)}
            </strong>
            <ul>
              {s.features.slice(0, SKIPPED_SHOWN).map((f) => {
                const w = s.kind === 'unusable' ? byFeature.get(f.featureIndex) : undefined;
                return (
                  <li key={f.featureIndex}>
                    {w ? (
                      <ProblemMessage t={t} text={describeProblem({ ...w, code: s.code }, ctx, lang)} />
                    ) : (
                      featureName(f, gtfs, lang)
                    )}
                  </li>
                );
              })}
              {s.count > SKIPPED_SHOWN ? (
                <li className="muted">{t('loadSkippedMore', { count: s.count - SKIPPED_SHOWN })}</li>
              ) : null}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
