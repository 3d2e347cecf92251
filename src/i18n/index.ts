// Language registry and the string lookup used by every component.
import { en } from './en';
import { nb, type MessageKey, type Messages } from './nb';

export type Lang = 'nb' | 'en';
export type { MessageKey, Messages };

export const LANGS: readonly Lang[] = ['nb', 'en'];

const TABLES: Record<Lang, Messages> = { nb, en };

/** The BCP 47 tag for `<html lang>` and `Intl` formatting. */
export const LOCALE: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return value === 'nb' || value === 'en';
}

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

const translators = new Map<Lang, Translate>();

/** A lookup for one language; `{name}` placeholders are filled from `vars` (values are plain text). */
export function translator(lang: Lang): Translate {
  const cached = translators.get(lang);
  if (cached) return cached;
  const table = TABLES[lang];
  const t: Translate = (key, vars) => {
    const template = table[key];
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
    );
  };
  translators.set(lang, t);
  return t;
}
