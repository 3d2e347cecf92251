// A load problem or warning as the CLIs print it: the same words as the app's load dialog (src/i18n/problemText.ts),
// in the CLI's language, with the loader's exact (English) text after them when the words are a template.
import { cliProblemsEn } from '../../src/i18n/cliProblems.en.ts';
import { cliProblemsNb } from '../../src/i18n/cliProblems.nb.ts';
import { translator, type Lang } from '../../src/i18n/index.ts';
import { problemText, type ProblemLike } from '../../src/i18n/problemText.ts';
import { formatDaa } from '../../src/ui/format.ts';

/** The app's headline for the problem; then `(Teknisk melding: …)` when it is a translation of the loader's text. */
export function problemLine(p: ProblemLike, lang: Lang = 'nb', opts: { gtfs?: boolean } = {}): string {
  const text = problemText(p, { file: p.file ?? '', gtfs: opts.gtfs === true }, lang, { daa: formatDaa });
  return text.detail === null ? text.headline : `${text.headline} (${translator(lang)('loadDetails')}: ${text.detail})`;
}

/** ` (and 2 more problems in this file)` after the first problem; '' when there are no more. */
export function moreProblemsText(count: number, lang: Lang = 'nb'): string {
  if (count <= 0) return '';
  const words = lang === 'en' ? cliProblemsEn : cliProblemsNb;
  return ` ${(count === 1 ? words.moreProblems : words.moreProblemsPlural).replace('{count}', String(count))}`;
}
