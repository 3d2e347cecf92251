// The figures an investor sees for one site, as labelled texts in the chosen language (shared by the card and the
// one-pager).
import { hubDisplayName, hubNameWithoutType } from '../../domain/hubName';
import type { SiteRow } from '../../domain/siteRows';
import type { AbcType } from '../../domain/types';
import { translator, type Lang, type MessageKey } from '../../i18n';
import { fitReasonText, fitVerdictText } from '../../i18n/fit';
import { formatDaa, formatDistance, formatM2, formatWhole } from '../format';
import { DEFAULT_ASSUMPTIONS } from '../../domain/assumptions';
import { jobsTodayText } from '../planMeasuresText';
import { HUB_TYPE_KEY, readinessKey, statusKey } from '../labels';
import { useProfileStore } from '../../state/profileStore';
import { roadWords } from './profileWords';

/** The plain-words business types each ABC type suits (the ABC principle of Temaplan næring §5.9.2). */
export const SUITABLE_KEY: Record<AbcType, MessageKey> = { A: 'invSuitA', B: 'invSuitB', C: 'invSuitC' };

export function suitableText(abc: AbcType | null, lang: Lang): string {
  return translator(lang)(abc ? SUITABLE_KEY[abc] : 'invSuitNone');
}

export interface Fact {
  /** Stable name for tests and CSS. */
  id: 'area' | 'suitable' | 'station' | 'hub' | 'road' | 'readiness' | 'status' | 'region' | 'newJobs' | 'fit';
  label: string;
  value: string;
  /** A short explanation under the value, e.g. why a figure is missing. */
  hint?: string;
}

export function areaText(row: SiteRow, lang: Lang): string {
  return translator(lang)('invAreaValue', { daa: formatDaa(row.areaDaa, lang), m2: formatM2(row.areaM2, lang) });
}

export function stationText(row: SiteRow, lang: Lang): string {
  const t = translator(lang);
  const station = row.nearestByType.tog;
  return station
    ? t('invStationValue', {
        name: hubDisplayName(station.name).name,
        distance: formatDistance(station.distanceM, lang),
      })
    : t('invStationNone');
}

export function hubText(row: SiteRow, lang: Lang): string {
  const t = translator(lang);
  if (!row.hub) return t('invHubNone');
  // The type is printed beside the name, so a name that already says it ("Vollen (båt, …)") drops the word.
  return t('invHubValue', {
    name: hubNameWithoutType(row.hub.name, row.hub.type),
    type: t(HUB_TYPE_KEY[row.hub.type]),
    distance: formatDistance(row.hub.distanceM, lang),
  });
}

/**
 * The distance to a main road, measured to the road layer the user loaded; without one the figure is missing and the
 * hint says how to add it (no road coordinates are sourced in the bundled data, so none is guessed).
 */
export function roadFact(row: SiteRow, lang: Lang): Fact {
  const t = translator(lang);
  // The profile is chosen once at start-up, so reading it here (outside React) is the same as the hook.
  const label = roadWords(useProfileStore.getState().profile, lang).road;
  const road = row.road;
  if (!road) return { id: 'road', label, value: t('invRoadMissing'), hint: t('roadMissingHint') };
  const distance = formatDistance(road.distanceM, lang);
  const value =
    road.distanceM === 0
      ? t('roadValueZero', { road: road.label ?? road.file })
      : road.label
        ? t('roadValue', { distance, road: road.label })
        : t('roadValueNoName', { distance });
  return {
    id: 'road',
    label,
    value,
    hint: t('roadHint', { kind: t(road.kind === 'line' ? 'roadKindLine' : 'roadKindPoint'), file: road.file }),
  };
}

/** The one-pager's details keep the stop register id that the name no longer shows. */
function registerIdHint(row: SiteRow, lang: Lang, full: boolean): { hint?: string } {
  const id = full && row.hub ? hubDisplayName(row.hub.name).registerId : null;
  return id ? { hint: translator(lang)('hubRegisterId', { id }) } : {};
}

/** The facts on a card (`full`: also those the one-pager adds). */
export function siteFacts(row: SiteRow, lang: Lang, full = false): Fact[] {
  const t = translator(lang);
  const facts: Fact[] = [
    { id: 'area', label: t('invArea'), value: areaText(row, lang) },
    { id: 'suitable', label: t('invSuitable'), value: suitableText(row.abc, lang) },
    { id: 'station', label: t('invStation'), value: stationText(row, lang) },
    { id: 'hub', label: t('invHub'), value: hubText(row, lang), ...registerIdHint(row, lang, full) },
    roadFact(row, lang),
    { id: 'readiness', label: t('invReadiness'), value: t(readinessKey(row.readiness)) },
  ];
  if (!full) return facts;
  const { profile } = useProfileStore.getState();
  return [
    ...facts,
    { id: 'status', label: t('invStatus'), value: t(statusKey(row.status)) },
    { id: 'region', label: t('invRegion'), value: row.region ?? t('regionUnknown') },
    // One fact, so the one-pager stays one A4 page: new jobs as the value, capacity and today's jobs under it.
    {
      id: 'newJobs',
      label: t('invNewJobs'),
      value: t('invJobsValue', {
        low: formatWhole(row.newJobs.low, lang),
        mid: formatWhole(row.newJobs.mid, lang),
        high: formatWhole(row.newJobs.high, lang),
      }),
      hint: t('invJobsHint', {
        capacity: t('invJobsValue', {
          low: formatWhole(row.jobs.low, lang),
          mid: formatWhole(row.jobs.mid, lang),
          high: formatWhole(row.jobs.high, lang),
        }),
        today: jobsTodayText(row, t, lang, {
          landPerJobTodayM2: DEFAULT_ASSUMPTIONS.landPerJobTodayM2,
          today: profile.planTargets.landPerJobM2,
          kommune: profile.name,
        }),
      }),
    },
    { id: 'fit', label: t('invFit'), value: fitVerdictText(row.fit.verdict, lang), hint: fitReasonText(row.fit, lang) },
  ];
}
