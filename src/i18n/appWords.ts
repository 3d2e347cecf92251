// The app's words: bokmål comes with the first page (its first screen's words installed when this module is imported,
// the rest with the panels and pages: loadLaterWords); English is fetched
// the first time it is needed, and the app switches language only once the words are there (state/actions.ts).
import { addWords, hasWords, type Lang } from './index';
import { firstNb } from './first.nb';
import { siteNoteWordsNb } from './siteNotes.nb';
import { addSiteNoteWords } from './siteNotes';

// The first screen's bokmål words; the rest (later.nb.ts) come with the side panels and the pages (loadLaterWords).
addWords('nb', 'app', firstNb);
addSiteNoteWords('nb', siteNoteWordsNb);

let later: Promise<void> | null = null;

/**
 * Fetches and installs the bokmål words the first screen does not use (once; a failed fetch may be retried). English
 * comes whole (en.ts), so this is all a lazily loaded part needs besides loadAppWords.
 */
export function loadLaterWords(): Promise<void> {
  if (hasWords('nb', 'later')) return Promise.resolve();
  later ??= import('./later.nb').then(
    (m) => addWords('nb', 'later', m.laterNb),
    (e: unknown) => {
      later = null;
      throw e;
    },
  );
  return later;
}

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
