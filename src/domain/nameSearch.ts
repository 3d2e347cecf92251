// Name search that ignores case and diacritics, so "royken" finds "Røyken" and "saetre" finds "Sætre".

/**
 * Letters that Unicode does not decompose into a base letter plus a mark (ø is a letter of its own, not o + stroke),
 * spelled the way Norwegians type them on a keyboard without them.
 */
const FOLD: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l', œ: 'oe', þ: 'th' };

/**
 * The form a name is compared in: lower case, marks removed (å → a, é → e), ø → o, æ → ae, runs of
 * whitespace and punctuation as one space.
 * @example searchKey('Røyken – Sætre') === 'royken saetre'
 */
export function searchKey(text: string): string {
  const lower = text
    .toLocaleLowerCase('nb-NO')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
  let out = '';
  for (const ch of lower) out += FOLD[ch] ?? ch;
  return out.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Whether every word of the query occurs in the name's key, in any order. `nameKey` must come from `searchKey`;
 * an empty query matches everything.
 * @example matchesQuery(searchKey('Slemmestad næringspark'), 'naerings slemme') === true
 */
export function matchesQuery(nameKey: string, query: string): boolean {
  const words = searchKey(query)
    .split(' ')
    .filter((w) => w.length > 0);
  return words.every((w) => nameKey.includes(w));
}
