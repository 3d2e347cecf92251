// The readers' mapping notes in a language, made from their facts (`code`, `variant`, `params`; src/data MappingNote),
// and the field list of the import account. One renderer for the load preview and the import CLI; the readers build
// no sentences. Like problemText.ts, this takes the facts' shape, not src/data's types (i18n imports only domain).
import { formatNumber } from './format';
import { koordsysName } from './koordsys';
import type { Lang } from './index';
import { fieldRolesEn, mappingNoteWordsEn, mappingNotesEn } from './mappingNotes.en';
import { fieldRolesNb, mappingNoteWordsNb, mappingNotesNb, type MappingNoteWords } from './mappingNotes.nb';

type Params = Readonly<Record<string, string>>;

/** A mapping note's facts. */
export interface NoteLike {
  code: string;
  variant?: string | undefined;
  params?: Params | undefined;
}

const NOTES: Record<Lang, Params> = { nb: mappingNotesNb, en: mappingNotesEn };
const WORDS: Record<Lang, MappingNoteWords> = { nb: mappingNoteWordsNb, en: mappingNoteWordsEn };
const ROLES: Record<Lang, Params> = { nb: fieldRolesNb, en: fieldRolesEn };

/** Every note key (`code` or `code/variant`) of a language, for the catalogue tests. */
export function mappingNoteKeys(lang: Lang): string[] {
  return Object.keys(NOTES[lang]);
}

/** Every field role with words in a language, for the catalogue tests. */
export function fieldRoleKeys(lang: Lang): string[] {
  return Object.keys(ROLES[lang]);
}

/**
 * `{?name|text}` is the text when `name` is given, else nothing; `{name|one|other}` the word for one or for another
 * number; `{name}` the value (plain text: values come from files and are never read as markup).
 */
function fill(template: string, vars: Params): string {
  return template
    .replace(/\{\?(\w+)\|((?:[^{}]|\{[^{}]*\})*)\}/g, (_whole, name: string, text: string) =>
      Object.hasOwn(vars, name) ? text : '',
    )
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      Object.hasOwn(vars, name) ? (vars[name] === '1' ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? (vars[name] as string) : whole));
}

/** Counts in the language's digits (`1 234`, `1,234`); hours as `07:00`; lists joined with the language's `and`. */
function words(note: NoteLike, lang: Lang): Record<string, string> {
  const w = WORDS[lang];
  const params = note.params ?? {};
  const system = params['koordsys'] === undefined ? undefined : koordsysName(Number(params['koordsys']), lang);
  const out: Record<string, string> = { charset: w.charsetAsGiven, koordsysName: system ?? w.koordsysUnknown };
  for (const [k, v] of Object.entries(params)) {
    const n = Number(v);
    if (v !== '' && Number.isFinite(n) && (k === 'count' || k === 'curves' || k === 'trips'))
      out[k] = n === 1 ? '1' : formatNumber(n, lang);
    else if (v !== '' && Number.isFinite(n) && k.endsWith('Hour')) out[k] = `${String(n).padStart(2, '0')}:00`;
    else if (k === 'knrs') out[k] = v.split(',').join(w.and);
    else out[k] = v;
  }
  return out;
}

/** The note's template: `code/variant`, then `code`; null when the catalogue has none. */
function template(note: NoteLike, lang: Lang): string | null {
  const table = NOTES[lang];
  for (const key of note.variant === undefined ? [note.code] : [`${note.code}/${note.variant}`, note.code])
    if (Object.hasOwn(table, key)) return table[key] as string;
  return null;
}

/** True when a note has words in `lang` (for the catalogue tests). */
export function hasMappingNoteWords(note: NoteLike, lang: Lang): boolean {
  return template(note, lang) !== null;
}

/** A mapping note in `lang`; a note without words (none in the catalogue test's eyes) is its code. */
export function mappingNoteText(note: NoteLike, lang: Lang): string {
  const t = template(note, lang);
  return t === null ? note.code : fill(t, words(note, lang));
}

/** The fields a file was read with: `name ← FELTNAVN, arealformål ← KPAREALFORMAL` (role words from the catalogue). */
export function mappingFieldsText(fields: Readonly<Record<string, string | undefined>>, lang: Lang): string {
  const roles = ROLES[lang];
  const parts = Object.entries(fields)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([role, key]) => `${Object.hasOwn(roles, role) ? (roles[role] as string) : role} ← ${key}`);
  return parts.length > 0 ? parts.join(', ') : WORDS[lang].noFields;
}
