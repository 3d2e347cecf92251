// Reading and writing the number filters' text: Norwegian "12,5" and English "12.5" both mean 12.5.
import type { Lang } from '../i18n';

/** null for an empty field, 'invalid' for text that is not a number of 0 or more. Spaces (thousands) are ignored. */
export function parseNumberInput(text: string): number | null | 'invalid' {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return null;
  if (!/^\d*\.?\d+$|^\d+\.$/.test(compact)) return 'invalid';
  const value = Number(compact);
  return Number.isFinite(value) ? value : 'invalid';
}

/** The field text for a filter value, with the language's decimal mark and no grouping. */
export function formatNumberInput(value: number | null, lang: Lang): string {
  if (value === null) return '';
  const text = String(value);
  return lang === 'nb' ? text.replace('.', ',') : text;
}
