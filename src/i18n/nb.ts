// Norwegian bokmål words of the app: the base language, whose keys every other language must provide. The CLIs'
// own words are in cliWords.nb.ts, so the app does not ship them.
// The tables are split in two for the page (first.nb.ts with the first page load, later.nb.ts after it); this is the
// whole table, for the types, the CLIs and the tests.
import { firstNb } from './first.nb';
import { laterNb } from './later.nb';

export { siteNoteWordsNb } from './siteNotes.nb';

export const nb = { ...firstNb, ...laterNb } as const;

/** Every key of the app's words; `en` and any later language must supply all of them. */
export type AppKey = keyof typeof nb;
/** The app's complete word table for one language. */
export type AppMessages = Record<AppKey, string>;
