// The preview's remaining notes (ids made up, rings closed, CRS guessed …); skips are listed by SkippedList, so they
// are left out here.
import type { Lang, Translate } from '../../i18n';
import type { AnyPreview } from '../../state/loadJob';
import { ProblemMessage } from './ProblemMessage';
import { describeProblem } from './problemText';

/** Up to this many notes are shown open; more start folded so the confirm button stays in reach. */
const OPEN_UP_TO = 5;

export function WarningList({
  lang,
  t,
  preview,
  gtfs,
}: {
  lang: Lang;
  t: Translate;
  preview: AnyPreview;
  gtfs: boolean;
}) {
  const skippedIndex = new Set(preview.skipped.flatMap((s) => s.features.map((f) => f.featureIndex)));
  const filteredCodes = new Set(preview.skipped.filter((s) => s.kind === 'filtered').map((s) => s.code));
  const notes = preview.warnings.filter((w) =>
    w.featureIndex === undefined ? !filteredCodes.has(w.code) : !skippedIndex.has(w.featureIndex),
  );
  if (notes.length === 0) return null;
  const ctx = { file: preview.file, gtfs };
  return (
    <section className="load-section" aria-labelledby="load-warnings-title" data-testid="load-warnings">
      <details open={notes.length <= OPEN_UP_TO}>
        <summary>
          <h3 id="load-warnings-title" className="load-inline-heading">
            {t('loadWarningsTitle', { count: notes.length })}
          </h3>
        </summary>
        <ul className="load-list">
          {notes.map((w, i) => (
            <li key={`${w.code}-${w.featureIndex ?? 'file'}-${i}`}>
              <ProblemMessage t={t} text={describeProblem(w, ctx, lang)} />
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
