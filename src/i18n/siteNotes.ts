// A site's note in a language: the file's own text, then what the loader derived (src/domain/siteNotes.ts) in words.
// One renderer for the site card, the one-pager, the GeoJSON export and the import CLI's output.
import type { DerivedNote } from '../domain/siteNotes';
import type { Lang } from './index';

type Params = Readonly<Record<string, string>>;

/** One language's site-note words: each derived-note code, the arealformål names, the reasons for the defaults. */
export interface SiteNoteWords {
  notes: Params;
  names: Params;
  why: Params;
}

/**
 * Installed like the other word tables (index.ts): bokmål with the app's first page, English when it is fetched
 * (appWords.ts), both at once for the CLIs and tests (allWords.ts); so the first page carries no English words.
 */
const INSTALLED: Partial<Record<Lang, SiteNoteWords>> = {};

export function addSiteNoteWords(lang: Lang, words: SiteNoteWords): void {
  INSTALLED[lang] = words;
}

function wordsOf(lang: Lang): SiteNoteWords {
  const w = INSTALLED[lang];
  if (!w) throw new Error(`i18n: the site-note words (${lang}) are not installed`);
  return w;
}

/** The parts of a site the note is made from (a kept site of an older version has only `note`). */
export interface NotedSite {
  note: string;
  derived?: readonly DerivedNote[] | undefined;
}

/** The name of an arealformål code in `lang` (`2070` → «Kollektivknutepunkt»); undefined for a code without one. */
export function arealformalName(code: string, lang: Lang): string | undefined {
  return Object.hasOwn(wordsOf(lang).names, code) ? wordsOf(lang).names[code] : undefined;
}

/** Why a business-land code has its default ABC type, in `lang`; undefined for a code of a caller's own table. */
export function arealformalWhy(code: string, lang: Lang): string | undefined {
  return Object.hasOwn(wordsOf(lang).why, code) ? wordsOf(lang).why[code] : undefined;
}

/** Every code with a name in `lang`, for the catalogue tests. */
export function arealformalNamedCodes(lang: Lang): string[] {
  return Object.keys(wordsOf(lang).names);
}

/** `{?name|text}`: the text when `name` is known, else nothing; `{name}`: the value, as plain text. */
function fill(template: string, vars: Params): string {
  return template
    .replace(/\{\?(\w+)\|([^{}]*(?:\{\w+\}[^{}]*)*)\}/g, (_whole, name: string, text: string) =>
      Object.hasOwn(vars, name) ? text : '',
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? (vars[name] as string) : whole));
}

/** One derived fact in `lang`; the code's name and the reason for its default come from the catalogue. */
export function derivedNoteText(note: DerivedNote, lang: Lang): string {
  const vars: Record<string, string> = { ...note.params };
  const code = note.params['code'];
  if (code !== undefined) {
    const name = arealformalName(code, lang);
    if (name !== undefined) vars['label'] = name;
    const why = note.code === 'abc-default' ? arealformalWhy(code, lang) : undefined;
    if (why !== undefined) vars['why'] = why;
  }
  return fill(wordsOf(lang).notes[note.code] ?? note.code, vars);
}

/** The whole note: the file's own text first, then each derived fact, joined by «; »; empty when there is none. */
export function siteNoteText(site: NotedSite, lang: Lang): string {
  const parts = site.note === '' ? [] : [site.note];
  for (const d of site.derived ?? []) parts.push(derivedNoteText(d, lang));
  return parts.join('; ');
}

/** The derived facts alone in `lang`, joined by «; »; null when the loader derived nothing. */
export function derivedNotesText(site: NotedSite, lang: Lang): string | null {
  const derived = site.derived ?? [];
  return derived.length === 0 ? null : derived.map((d) => derivedNoteText(d, lang)).join('; ');
}

/** The derived facts in both languages, for the GeoJSON export (its `derived_note_nb` / `derived_note_en`). */
export function derivedNotesBoth(site: NotedSite): { nb: string | null; en: string | null } {
  return { nb: derivedNotesText(site, 'nb'), en: derivedNotesText(site, 'en') };
}
