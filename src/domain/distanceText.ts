// Distances as words for the fit explanations: metres to the nearest 10 below 1 km, else km with one decimal.

const NBSP = '\u00a0';

/** Groups thousands with a no-break space (Norwegian style). */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/**
 * "340 m" / "2,4 km" (nb) or "340 m" / "2.4 km" (en). Below 1 km the distance is rounded to 10 m, since hub
 * positions are not known more closely than that; 995 m and up is shown as km.
 */
export function formatDistance(distanceM: number, lang: 'nb' | 'en'): string {
  const tens = Math.round(distanceM / 10) * 10;
  if (tens < 1000) return `${tens} m`;
  const [whole = '0', decimal = '0'] = (distanceM / 1000).toFixed(1).split('.');
  return lang === 'nb' ? `${groupThousands(whole)},${decimal} km` : `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${decimal} km`;
}
