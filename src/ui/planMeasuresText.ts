// Plain-language texts for the plan measures, shared by the explorer summary and the scenario comparison.
import { inLang, isKommuneToday, type ProfileFigure } from '../domain/kommuneProfile';
import type { PlanMeasures } from '../domain/planMeasures';
import { PLAN_TARGETS } from '../domain/planTargets';
import type { JobsTodaySource } from '../domain/types';
import { translator, type Lang, type Translate } from '../i18n';
import { formatNumber, formatWhole } from './format';

/**
 * The warning shown when build-out implies more than about 3 × today's density; empty when there is none. `today` is
 * the kommune profile's land per job today with its source, which the warning cites (the bundled Asker figure as
 * "Temaplan næring §5.9.2"); a profile without the figure gives no warning (there is nothing to compare with).
 */
export function densityWarningText(m: PlanMeasures, lang: Lang, today: ProfileFigure<number>): string {
  if (!today.known || !m.densityWarning || m.densityVsToday === null || m.buildOutLandPerJobM2 === null) return '';
  const t = translator(lang);
  return t('profDensityWarning', {
    m2: formatWhole(m.buildOutLandPerJobM2, lang),
    factor: formatNumber(m.densityVsToday, lang, 1),
    today: formatWhole(today.value, lang),
    cite: today.source.en === PLAN_TARGETS.landPerJobM2.source ? t('profDensityCiteAsker') : inLang(today.source, lang),
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

/** What an estimate of jobs today was made from: the land per job used, and the kommune's own figure for today. */
export interface JobsTodayBasis {
  landPerJobTodayM2: number;
  today: ProfileFigure<number>;
  kommune: string;
}

/**
 * Jobs today with where the figure comes from (data field, estimate, future land…). An estimate says "as today" only
 * when its land per job is the kommune's own figure for today; else it says it is an assumption.
 */
export function jobsTodayText(
  result: { jobsToday: number; jobsTodaySource: JobsTodaySource; jobsTodayField: string | null },
  t: Translate,
  lang: Lang,
  basis: JobsTodayBasis,
): string {
  const jobs = formatWhole(result.jobsToday, lang);
  switch (result.jobsTodaySource) {
    case 'data':
      return t('cardJobsTodayData', { jobs, field: result.jobsTodayField ?? '' });
    case 'estimate': {
      const m2 = formatWhole(basis.landPerJobTodayM2, lang);
      return isKommuneToday(basis.landPerJobTodayM2, basis.today)
        ? t('cardJobsTodayEstimate', { jobs, m2 })
        : t('cardJobsTodayEstimateAssumed', { jobs, m2, kommune: basis.kommune });
    }
    case 'future':
      return t('cardJobsTodayFuture');
    case 'scenario':
      return t('cardJobsTodayScenario', { jobs });
    default:
      return t('cardJobsTodayUnknown');
  }
}
