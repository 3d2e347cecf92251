// A SOSI KOORDSYS code's name in a language (`22` → «EUREF89 UTM sone 32»), and the list of the codes this project
// reads, for the SOSI reader's note and its error for a system it does not read.
import { KOORDSYS_EPSG, KOORDSYS_SYSTEMS } from '../domain/koordsys';
import type { Lang } from './index';
import { koordsysWordsEn } from './koordsys.en';
import { koordsysWordsNb } from './koordsys.nb';

const WORDS = { nb: koordsysWordsNb, en: koordsysWordsEn } as const;

const fill = (template: string, vars: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, k: string) => (Object.hasOwn(vars, k) ? String(vars[k]) : whole));

/** The system's name in `lang`; undefined for a code we know nothing of. */
export function koordsysName(code: number, lang: Lang): string | undefined {
  const s = KOORDSYS_SYSTEMS.get(code);
  if (!s) return undefined;
  if (s.kind === 'named') return s.name;
  const w = WORDS[lang];
  if (s.kind === 'utm') return fill(w.utm, { datum: s.datum, zone: s.zone });
  if (s.kind === 'axis') return fill(w.axis, { datum: s.datum, axis: s.axis });
  return fill(w.geographic, { datum: s.datum });
}

/** `22 (EUREF89 UTM sone 32), 23 (…)`: the codes the SOSI reader reads, named in `lang`. */
export function supportedKoordsysText(lang: Lang): string {
  return [...KOORDSYS_EPSG.keys()]
    .map((code) => fill(WORDS[lang].list, { code, name: koordsysName(code, lang) ?? String(code) }))
    .join(', ');
}
