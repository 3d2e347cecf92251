// Text helpers the report's Markdown sections share (main report and scenario section): numbers in the report's
// language (the UI's formatter, src/i18n/format.ts), data text escaped for Markdown, and the plan-measure phrases.
import type { PlanMeasures } from '../../src/domain/planMeasures.ts';
import { PLAN_TARGETS } from '../../src/domain/planTargets.ts';
import type { Jobs } from '../../src/domain/types.ts';
import { translator, type Lang, type Translate } from '../../src/i18n/index.ts';
import { formatNumber } from '../../src/i18n/format.ts';

/** Norwegian number format (`12 345,6`; the group separator is a no-break space): the UI's formatter
 * (src/i18n/format.ts). */
export function nb(value: number, decimals = 0): string {
  return formatNumber(value, 'nb', decimals);
}

/**
 * Text from data files goes into Markdown as text: characters that would start markup, a link or
 * inline HTML are backslash-escaped, table pipes too, and line breaks become spaces.
 */
export function mdText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|&~#!]/g, (c) => `\\${c}`);
}

export const dash = '–';

/** The words and numbers of one language: `t` for words, `n` for numbers, plus the report's compound figures. */
export interface Words {
  lang: Lang;
  t: Translate;
  n: (value: number, decimals?: number) => string;
}

export function wordsFor(lang: Lang): Words {
  return { lang, t: translator(lang), n: (value, decimals = 0) => formatNumber(value, lang, decimals) };
}

export const jobsText = (w: Words, j: Jobs): string => `${w.n(j.low)}–${w.n(j.mid)}–${w.n(j.high)}`;
export const pctText = (w: Words, share: number): string => w.t('repPercent', { value: w.n(share * 100) });
/** Whole numbers without decimals, others with one (87,5). */
export const autoText = (w: Words, value: number): string => w.n(value, Number.isInteger(value) ? 0 : 1);

/** Years of land supply as "41,4–45,6 år". */
export const supplyText = (m: PlanMeasures, lang: Lang = 'nb'): string => {
  const w = wordsFor(lang);
  return w.t('repYears', { low: w.n(m.yearsOfSupply.low, 1), high: w.n(m.yearsOfSupply.high, 1) });
};
/** m² of land per job, or a dash when there are no jobs to divide by. */
export const m2Text = (v: number | null, lang: Lang = 'nb'): string =>
  v === null ? dash : wordsFor(lang).t('repM2', { value: formatNumber(v, lang) });

/** Where the plan's figure of land per job today comes from, as the warning cites it for the bundled (Asker) profile.
 * */
export const ASKER_DENSITY_CITE = 'Temaplan næring §5.9.2';

/**
 * The plain warning when build-out implies more than about 3 × today's density; null otherwise. `todayM2` and `cite`:
 * the profile's land per job today and its source (Asker's by default).
 */
export function densityWarningText(
  m: PlanMeasures,
  lang: Lang = 'nb',
  todayM2: number = PLAN_TARGETS.landPerJobM2.value,
  cite: string = ASKER_DENSITY_CITE,
): string | null {
  if (!m.densityWarning || m.densityVsToday === null || m.buildOutLandPerJobM2 === null) return null;
  const w = wordsFor(lang);
  return w.t('repDensityWarning', {
    landPerJob: w.n(m.buildOutLandPerJobM2),
    times: w.n(m.densityVsToday, 1),
    today: w.n(todayM2),
    cite,
  });
}
