// A load problem or warning as the CLIs print it: the same words as the app's load dialog (src/i18n/problemText.ts),
// in the CLI's language, with the loader's exact (English) text after them when the words are a template.
import { translator, type Lang } from '../../src/i18n/index.ts';
import { problemText, type ProblemLike } from '../../src/i18n/problemText.ts';
import { formatDaa } from '../../src/ui/format.ts';

/** The app's headline for the problem; then `(Teknisk melding: …)` when it is a translation of the loader's text. */
export function problemLine(p: ProblemLike, lang: Lang = 'nb', opts: { gtfs?: boolean } = {}): string {
  const text = problemText(p, { file: p.file ?? '', gtfs: opts.gtfs === true, surface: 'cli' }, lang, {
    daa: formatDaa,
  });
  return text.detail === null ? text.headline : `${text.headline} (${translator(lang)('loadDetails')}: ${text.detail})`;
}
