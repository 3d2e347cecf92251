// Plain-language texts for the plan measures, shared by the explorer summary and the scenario comparison.
import type { PlanMeasures } from '../domain/planMeasures';
import { ASKER_JOB_TARGETS } from '../domain/planTargets';
import type { JobsTodaySource } from '../domain/types';
import { translator, type Lang, type Translate } from '../i18n';
import { formatNumber, formatWhole } from './format';

/** The warning shown when build-out implies more than about 3 × today's density (`todayM2` per job); empty when there
 * is none. */
export function densityWarningText(
  m: PlanMeasures,
  lang: Lang,
  todayM2: number = ASKER_JOB_TARGETS.landPerJobM2,
): string {
  if (!m.densityWarning || m.densityVsToday === null || m.buildOutLandPerJobM2 === null) return '';
  return translator(lang)('summaryDensityWarning', {
    m2: formatWhole(m.buildOutLandPerJobM2, lang),
    factor: formatNumber(m.densityVsToday, lang, 1),
    today: formatWhole(todayM2, lang),
  });
}

/** "43,4–47,7 år": years of land supply at the plan's 550 and 500 new jobs a year. */
export function supplyYearsText(m: PlanMeasures, lang: Lang): string {
  return translator(lang)('summaryYearsValue', {
    low: formatNumber(m.yearsOfSupply.low, lang, 1),
    high: formatNumber(m.yearsOfSupply.high, lang, 1),
  });
}

/** "130 m²", or a dash when there are no jobs to divide by. */
export function m2Text(v: number | null, lang: Lang): string {
  const t = translator(lang);
  return v === null ? t('noValue') : t('summaryM2Value', { m2: formatWhole(v, lang) });
}

/** Jobs today with where the figure comes from (data field, estimate, future land…). */
export function jobsTodayText(
  result: { jobsToday: number; jobsTodaySource: JobsTodaySource; jobsTodayField: string | null },
  t: Translate,
  lang: Lang,
  landPerJobTodayM2: number,
): string {
  const jobs = formatWhole(result.jobsToday, lang);
  switch (result.jobsTodaySource) {
    case 'data':
      return t('cardJobsTodayData', { jobs, field: result.jobsTodayField ?? '' });
    case 'estimate':
      return t('cardJobsTodayEstimate', { jobs, m2: formatWhole(landPerJobTodayM2, lang) });
    case 'future':
      return t('cardJobsTodayFuture');
    case 'scenario':
      return t('cardJobsTodayScenario', { jobs });
    default:
      return t('cardJobsTodayUnknown');
  }
}
