// Language registry and the string lookup used by every component and CLI. The word tables are installed, not
// imported here: the CLIs and the tests install all of them at start (allWords.ts); the app installs bokmål with its
// first page and fetches English the first time it is chosen (appWords.ts), so the first page load carries one
// language and none of the CLIs' words.
import type { AppKey } from './nb';
import type { CliKey } from './cliWords.nb';

export type Lang = 'nb' | 'en';
/** Every string key, the app's and the CLIs'. */
export type MessageKey = AppKey | CliKey;
/** A complete string table for one language. */
export type Messages = Record<MessageKey, string>;

export const LANGS: readonly Lang[] = ['nb', 'en'];

/** The words installed so far, per language (a key is looked up only once its table has been installed). */
const TABLES: Record<Lang, Partial<Messages>> = { nb: {}, en: {} };
const installed: Record<Lang, Set<string>> = { nb: new Set(), en: new Set() };

/** The BCP 47 tag for `<html lang>` and `Intl` formatting. */
export const LOCALE: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return value === 'nb' || value === 'en';
}

/** Adds one table of words (`part` names it, e.g. 'app' or 'cli') to a language. */
export function addWords(lang: Lang, part: string, words: Partial<Messages>): void {
  Object.assign(TABLES[lang], words);
  installed[lang].add(part);
}

/** Whether the table named `part` has been installed for `lang`. */
export function hasWords(lang: Lang, part: string): boolean {
  return installed[lang].has(part);
}

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

const translators = new Map<Lang, Translate>();

/**
 * A lookup for one language; `{name}` placeholders are filled from `vars` (values are plain text). A key whose table
 * is not installed yet throws rather than showing the raw key: the app waits for a language's words before it
 * switches to it (appWords.ts), so this is a wiring fault.
 */
export function translator(lang: Lang): Translate {
  const cached = translators.get(lang);
  if (cached) return cached;
  const table = TABLES[lang];
  const t: Translate = (key, vars) => {
    const template = table[key];
    if (template === undefined) throw new Error(`i18n: the words for "${key}" (${lang}) are not installed`);
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
    );
  };
  translators.set(lang, t);
  return t;
}
