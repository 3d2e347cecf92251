// The app's words: bokmål comes with the first page (installed when this module is imported); English is fetched
// the first time it is needed, and the app switches language only once the words are there (state/actions.ts).
import { addWords, hasWords, type Lang } from './index';
import { nb, siteNoteWordsNb } from './nb';
import { addSiteNoteWords } from './siteNotes';

addWords('nb', 'app', nb);
addSiteNoteWords('nb', siteNoteWordsNb);

let english: Promise<void> | null = null;

/** True when the app's words for `lang` are installed, so a render in that language cannot meet a missing key. */
export function appWordsReady(lang: Lang): boolean {
  return hasWords(lang, 'app');
}

/** Fetches and installs the app's words for `lang` (once; a failed fetch may be retried). */
export function loadAppWords(lang: Lang): Promise<void> {
  if (appWordsReady(lang)) return Promise.resolve();
  english ??= import('./en').then(
    (m) => {
      addSiteNoteWords('en', m.siteNoteWordsEn);
      addWords('en', 'app', m.en);
    },
    (e: unknown) => {
      english = null;
      throw e;
    },
  );
  return english;
}
