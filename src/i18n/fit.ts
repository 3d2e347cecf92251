// The one renderer of the ABC fit: the engine's facts (src/domain/abcFit.ts) in words, for the UI, the exports and
// the CLI alike, so every surface says the same verdict in the same words.
import type { AbcFit, AbcFitVerdict, AbcType, FitHub } from '../domain/types';
import { formatDistance } from './format';
import { translator, type Lang, type MessageKey } from './index';

/** The verdict's label key; the label form starts with a capital ("Passer delvis"). */
export const FIT_VERDICT_KEY: Record<AbcFitVerdict, MessageKey> = {
  ok: 'fitOk',
  partial: 'fitPartial',
  mismatch: 'fitMismatch',
  unknown: 'fitUnknown',
};

/**
 * Where the verdict stands decides its first letter, never its words: on its own (a label, a table cell, a spreadsheet
 * cell) it starts with a capital, "Passer ikke"; inside a sentence it does not, "… – passer ikke: …".
 */
export type FitPosition = 'label' | 'inline';

export function fitVerdictText(verdict: AbcFitVerdict, lang: Lang, position: FitPosition = 'label'): string {
  const word = translator(lang)(FIT_VERDICT_KEY[verdict]);
  return position === 'label' ? word : word.charAt(0).toLocaleLowerCase(lang) + word.slice(1);
}

const ACCESS_KEY: Record<AbcType, MessageKey> = { A: 'fitAccessA', B: 'fitAccessB', C: 'fitAccessC' };
const HUB_TYPE_KEY = { tog: 'hubTog', buss: 'hubBuss', båt: 'hubBåt' } as const satisfies Record<
  NonNullable<FitHub['type']>,
  MessageKey
>;

/** Why a site fits only partly or not at all (planned × access); null for a plain fit. */
function whyKey(planned: AbcType, access: AbcType): MessageKey | null {
  const pair = `${planned}${access}`;
  if (pair === 'AB') return 'fitWhyAB';
  if (pair === 'AC') return 'fitWhyAC';
  if (pair === 'BC') return 'fitWhyBC';
  if (pair === 'CA') return 'fitWhyCA';
  if (pair === 'CB') return 'fitWhyCB';
  return null;
}

/** The "where is it" part: the rail station (or that there is none), plus a closer hub of another type. */
function whereText(fit: AbcFit, lang: Lang): string {
  const t = translator(lang);
  let where = fit.rail
    ? t('fitRail', { distance: formatDistance(fit.rail.distanceM, lang), name: fit.rail.name })
    : t('fitNoRail');
  const hub = fit.closerHub;
  if (hub) {
    const type = hub.type ? t(HUB_TYPE_KEY[hub.type]).toLocaleLowerCase(lang) : t('fitHubTypeUnknown');
    where += `, ${t('fitCloserHub', { distance: formatDistance(hub.distanceM, lang), name: hub.name, type })}`;
  }
  return where;
}

/**
 * The reason as one plain sentence, e.g. "A-område 2,4 km fra nærmeste togstasjon (Asker stasjon): beliggenheten
 * tilsvarer C-område – passer ikke: persontett virksomhet bør ligge ved et kollektivknutepunkt." Plain text: names
 * come from data files, so a surface shows it as text (the Markdown report escapes it).
 */
export function fitReasonText(fit: AbcFit, lang: Lang): string {
  const t = translator(lang);
  // "A-område 2,4 km fra …" reads as one phrase; without a station the clause needs a stronger break.
  const gap = fit.rail ? (fit.planned === null ? ', ' : ' ') : '; ';
  const key = fit.planned === null ? null : whyKey(fit.planned, fit.access);
  const why = fit.planned === null ? ` ${t('fitWhyNone')}` : key === null ? '' : `: ${t(key)}`;
  return t('fitReason', {
    subject: fit.planned === null ? t('fitSubjectNone') : t('fitSubjectPlanned', { abc: fit.planned }),
    gap,
    where: whereText(fit, lang),
    access: t(ACCESS_KEY[fit.access]),
    verdict: fitVerdictText(fit.verdict, lang, 'inline'),
    why,
  });
}

/** The words an export needs for a fit, in one language (the domain's exports take them as a parameter). */
export interface FitWords {
  verdict: (fit: AbcFit) => string;
  reason: (fit: AbcFit) => string;
}

export function fitWords(lang: Lang): FitWords {
  return { verdict: (fit) => fitVerdictText(fit.verdict, lang), reason: (fit) => fitReasonText(fit, lang) };
}

/** The reason in both languages, for files that carry both (the GeoJSON export, the report's JSON). */
export function fitReasonsBoth(fit: AbcFit): { nb: string; en: string } {
  return { nb: fitReasonText(fit, 'nb'), en: fitReasonText(fit, 'en') };
}
