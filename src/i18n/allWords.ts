// Installs every word table, both languages: imported for its effect by the CLIs and the tests, which run
// synchronously and may print any word (the app fetches its words as it needs them, see appWords.ts).
import { cliWordsEn } from './cliWords.en';
import { cliWordsNb } from './cliWords.nb';
import { en, siteNoteWordsEn } from './en';
import { addWords } from './index';
import { nb, siteNoteWordsNb } from './nb';
import { addSiteNoteWords } from './siteNotes';

addWords('nb', 'app', nb);
addWords('nb', 'cli', cliWordsNb);
addWords('en', 'app', en);
addWords('en', 'cli', cliWordsEn);
addSiteNoteWords('nb', siteNoteWordsNb);
addSiteNoteWords('en', siteNoteWordsEn);
