// The one number, area and distance formatter of the UI and the CLIs: Norwegian or British conventions, units in the
// function names.
import { LOCALE, type Lang } from './index';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(key, nf);
  }
  return nf;
}

/** A plain number with a fixed count of decimals (nb: "12 345,6"; en: "12,345.6"). */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  return numberFormat(lang, decimals).format(value);
}

/** Dekar with one decimal, no unit: 20 000 m² as 20 daa → "20,0". */
export function formatDaa(areaDaa: number, lang: Lang): string {
  return formatNumber(areaDaa, lang, 1);
}

/** Square metres as a whole number, no unit. */
export function formatM2(areaM2: number, lang: Lang): string {
  return formatNumber(areaM2, lang, 0);
}

const percentCache = new Map<Lang, Intl.NumberFormat>();

/** A share 0–1 as a whole percentage with the locale's percent style. */
export function formatShare(share: number, lang: Lang): string {
  let nf = percentCache.get(lang);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 });
    percentCache.set(lang, nf);
  }
  return nf.format(share);
}

/** A whole count (jobs, sites, plan figures). */
export function formatWhole(value: number, lang: Lang): string {
  return formatNumber(Math.round(value), lang, 0);
}

/** Groups thousands of a digit string with `sep` ("1234567" → "1 234 567"). */
function groupThousands(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * A distance as words: "340 m" / "2,4 km" (nb) or "340 m" / "2.4 km" (en). Below 1 km it is rounded to 10 m, since
 * hub positions are not known more closely than that; 995 m and up is shown as km with one decimal. The card, the
 * ABC-fit reasons and the report all use it, so they round alike.
 */
export function formatDistance(distanceM: number, lang: Lang): string {
  const tens = Math.round(distanceM / 10) * 10;
  if (tens < 1000) return `${tens} m`;
  const [whole = '0', decimal = '0'] = (distanceM / 1000).toFixed(1).split('.');
  return lang === 'nb'
    ? `${groupThousands(whole, '\u00a0')},${decimal} km`
    : `${groupThousands(whole, ',')}.${decimal} km`;
}
