// A coordinate system's name in a language (`25832` → «EUREF89 / UTM sone 32N (EPSG:25832)»): the one lookup for the
// load dialog's choice, the road panel and the loaders' messages.
import type { Lang } from './index';
import { loadCrsLabelsEn } from './load.en';
import { loadCrsLabelsNb } from './load.nb';

const LABELS: Record<Lang, Readonly<Record<number, string>>> = { nb: loadCrsLabelsNb, en: loadCrsLabelsEn };

/** The name in `lang`; `EPSG:<code>` for a code without one. */
export function crsLabel(code: number, lang: Lang): string {
  return Object.hasOwn(LABELS[lang], code) ? (LABELS[lang][code] as string) : `EPSG:${code}`;
}
