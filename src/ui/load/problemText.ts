// Loader messages in the user's language, with the UI's number formatting; the renderer is src/i18n/problemText.ts,
// shared with the CLIs so both say the same words for the same code.
import type { Lang } from '../../i18n';
import { problemText, type ProblemLike, type ProblemText } from '../../i18n/problemText';
import { formatDaa } from '../format';

export type { ProblemLike, ProblemText } from '../../i18n/problemText';
export { featureName, skipReasonText } from '../../i18n/problemText';

/** The message for a problem in `lang` (see src/i18n/problemText.ts). */
export function describeProblem(p: ProblemLike, ctx: { file: string; gtfs: boolean }, lang: Lang): ProblemText {
  return problemText(p, ctx, lang, { daa: formatDaa });
}
