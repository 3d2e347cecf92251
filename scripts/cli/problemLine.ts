// A load problem or warning as the CLIs print it: the same words as the app's load dialog (src/i18n/problemText.ts),
// in the CLI's language, with the exact facts (lines, values) after them when the headline is the general advice.
import { translator, type Lang } from '../../src/i18n/index.ts';
import { problemText, type ProblemLike } from '../../src/i18n/problemText.ts';
import { formatDaa } from '../../src/ui/format.ts';

/** The app's headline for the problem; then `(Teknisk melding: …)` with the facts when the headline is general. */
export function problemLine(p: ProblemLike, lang: Lang = 'nb', opts: { gtfs?: boolean } = {}): string {
  const text = problemText(p, { file: p.file ?? '', gtfs: opts.gtfs === true, surface: 'cli' }, lang, {
    daa: formatDaa,
  });
  return text.detail === null ? text.headline : `${text.headline} (${translator(lang)('loadDetails')}: ${text.detail})`;
}

/** Warnings with their words in `lang`: a CLI's own warnings keep theirs (`text`), the loaders' get problemLine's. */
export function withWords<W extends ProblemLike & { text?: string | undefined }>(
  warnings: readonly W[],
  lang: Lang,
  opts: { gtfs?: boolean } = {},
): (W & { text: string })[] {
  return warnings.map((w) => ({ ...w, text: w.text ?? problemLine(w, lang, opts) }));
}
