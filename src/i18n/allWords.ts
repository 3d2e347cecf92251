// Installs every word table, both languages: imported for its effect by the CLIs and the tests, which run
// synchronously and may print any word (the app fetches its words as it needs them, see appWords.ts).
import { cliWordsEn } from './cliWords.en';
import { cliWordsNb } from './cliWords.nb';
import { en } from './en';
import { addWords } from './index';
import { nb } from './nb';

addWords('nb', 'app', nb);
addWords('nb', 'cli', cliWordsNb);
addWords('en', 'app', en);
addWords('en', 'cli', cliWordsEn);
