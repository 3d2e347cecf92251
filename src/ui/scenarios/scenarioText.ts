// Scenario names and explanations in the UI language, and the signed numbers used for differences to the basis.
import type { Scenario } from '../../domain/scenario';
import type { TargetStatus } from '../../domain/scenarioCompare';
import type { Lang, MessageKey } from '../../i18n';
import { formatNumber, formatWhole } from '../format';

export function scenarioName(s: Scenario, lang: Lang): string {
  return s.translations?.[lang]?.name ?? s.name;
}

export function scenarioDescription(s: Scenario, lang: Lang): string {
  return s.translations?.[lang]?.description ?? s.description;
}

export const TARGET_STATUS_KEY: Record<TargetStatus, MessageKey> = {
  below: 'scenTargetBelow',
  within: 'scenTargetWithin',
  above: 'scenTargetAbove',
};

/** Direction of a difference, for the arrow and the colour (never the only cue: the sign and the words say it too). */
export type Direction = 'up' | 'down' | 'same';

/** Below this a difference is rounding noise, not a change (values are shown with at most one decimal). */
export function direction(delta: number, epsilon = 1e-6): Direction {
  return delta > epsilon ? 'up' : delta < -epsilon ? 'down' : 'same';
}

/** "+1 234", "−1 234" (a real minus sign) or "±0". */
export function formatSigned(delta: number, lang: Lang, decimals = 0): string {
  const shown = decimals === 0 ? formatWhole(Math.abs(delta), lang) : formatNumber(Math.abs(delta), lang, decimals);
  const zero = decimals === 0 ? Math.round(Math.abs(delta)) === 0 : Number(Math.abs(delta).toFixed(decimals)) === 0;
  if (zero) return `±${shown}`;
  return `${delta > 0 ? '+' : '\u2212'}${shown}`;
}

/** A range as "15 000–20 000". */
export function formatRange(range: { low: number; high: number }, lang: Lang): string {
  return `${formatWhole(range.low, lang)}–${formatWhole(range.high, lang)}`;
}
