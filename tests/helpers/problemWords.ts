// The words of loader problems in tests: the loaders give facts (code, params), the catalogue in src/i18n the words,
// rendered as the load dialog shows them (headline, then the detail with the facts).
import type { DataError } from '../../src/data/problems.ts';
import type { Lang } from '../../src/i18n/index.ts';
import { problemText, type ProblemLike } from '../../src/i18n/problemText.ts';
import { formatDaa } from '../../src/ui/format.ts';

/** A problem's words in `lang` (English by default): the headline and, when there is one, the detail. */
export function wordsOf(p: ProblemLike, lang: Lang = 'en', gtfs = false): string {
  const text = problemText(p, { file: p.file ?? '', gtfs }, lang, { daa: formatDaa });
  return text.detail === null ? text.headline : `${text.headline}\n${text.detail}`;
}

/** A DataError's words: the problem that made the file unusable, then the other errors (as the load dialog lists). */
export function errorWords(e: Pick<DataError, 'problem' | 'problems'>, lang: Lang = 'en'): string {
  const others = e.problems.filter((p) => p.severity === 'error' && p !== e.problem);
  return [e.problem, ...others].map((p) => wordsOf(p, lang)).join('\n');
}

/** The words of the DataError `fn` throws; fails the test when it throws nothing or something else. */
export function thrownWords(fn: () => unknown, lang: Lang = 'en'): string {
  try {
    fn();
  } catch (e) {
    if (typeof e === 'object' && e !== null && 'problem' in e && 'problems' in e)
      return errorWords(e as DataError, lang);
    throw e;
  }
  throw new Error('expected a DataError, but nothing was thrown');
}

/**
 * What the loaders' English `message` used to be: the detail that names the file, the feature and the facts (or the
 * headline when the code's words have no detail). Takes a problem, a warning or a DataError (its main problem).
 */
export function messageOf(p: ProblemLike | Pick<DataError, 'problem'>, lang?: Lang): string;
export function messageOf(p: ProblemLike | Pick<DataError, 'problem'> | undefined, lang?: Lang): string | undefined;
export function messageOf(
  p: ProblemLike | Pick<DataError, 'problem'> | undefined,
  lang: Lang = 'en',
): string | undefined {
  if (p === undefined) return undefined;
  const problem = 'problem' in p ? p.problem : p;
  const text = problemText(problem, { file: problem.file ?? '', gtfs: false }, lang, { daa: formatDaa });
  return text.detail ?? text.headline;
}
