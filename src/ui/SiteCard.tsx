// The card for one selected site: every figure the engine computed for it, formatted for the chosen language.
import { DEFAULT_ASSUMPTIONS } from '../domain/assumptions';
import { DEFAULT_PACE } from '../domain/pace';
import type { Assumptions, Hub, Site, SiteResult } from '../domain/types';
import { hubDisplayName, hubNameWithoutType } from '../domain/hubName';
import { translator, type Lang } from '../i18n';
import { fitReasonText, fitVerdictText } from '../i18n/fit';
import { siteNoteText } from '../i18n/siteNotes';
import { AbcSwatch } from './AbcSwatch';
import { formatDaa, formatDistance, formatWhole, formatM2 } from './format';
import { jobsTodayText } from './planMeasuresText';
import { HUB_TYPE_KEY, readinessKey, statusKey } from './labels';
import { useProfile } from '../state/profileStore';

export interface SiteCardProps {
  site: Site;
  result: SiteResult;
  hub: Hub | null;
  /** For the jobs-today estimate's basis (m² per job); default: the bundled assumptions. */
  assumptions?: Assumptions;
  /** Last year of the horizon new jobs are counted to; default: the plan's 20 years from 2026. */
  endYear?: number;
  lang: Lang;
  onZoom: (siteId: string) => void;
  onClose: () => void;
}

export function SiteCard({
  site,
  result,
  hub,
  assumptions = DEFAULT_ASSUMPTIONS,
  endYear = DEFAULT_PACE.startYear + DEFAULT_PACE.horizonYears - 1,
  lang,
  onZoom,
  onClose,
}: SiteCardProps) {
  const t = translator(lang);
  const profile = useProfile();
  const note = siteNoteText(site, lang);
  const titleId = `site-card-title`;
  return (
    <section className="site-card" data-testid="site-card" aria-labelledby={titleId}>
      <div className="site-card__head">
        <p className="site-card__kicker">{t('cardTitle')}</p>
        {/* Focusable from script: a new selection moves focus here (Esc closes the card again). */}
        <h2 id={titleId} tabIndex={-1}>
          {site.name}
        </h2>
      </div>
      <dl className="site-card__facts">
        <dt>{t('cardStatus')}</dt>
        <dd>{t(statusKey(site.status))}</dd>
        <dt>{t('cardAbc')}</dt>
        <dd>
          <AbcSwatch abc={site.abc} future={site.status === 'fremtidig'} />
          {site.abc ?? t('abcNone')}
        </dd>
        <dt>{t('cardReadiness')}</dt>
        <dd>{t(readinessKey(site.readiness))}</dd>
        <dt>{t('cardArea')}</dt>
        <dd data-testid="site-card-area">
          <span data-testid="site-card-area-daa">{`${formatDaa(result.areaDaa, lang)} ${t('unitDaa')}`}</span>{' '}
          <span className="muted">({`${formatM2(result.areaM2, lang)} ${t('unitM2')}`})</span>
        </dd>
        <dt>{t('cardNewJobsWithin', { end: endYear })}</dt>
        <dd data-testid="site-card-new-jobs-within">
          {t('cardJobsValue', {
            low: formatWhole(result.newJobsWithinHorizon.low, lang),
            mid: formatWhole(result.newJobsWithinHorizon.mid, lang),
            high: formatWhole(result.newJobsWithinHorizon.high, lang),
          })}
          <span className="muted">{` (${t('cardAvailableFrom', { year: result.availableYear })})`}</span>
        </dd>
        <dt>{t('cardNewJobs')}</dt>
        <dd data-testid="site-card-new-jobs">
          {t('cardJobsValue', {
            low: formatWhole(result.newJobs.low, lang),
            mid: formatWhole(result.newJobs.mid, lang),
            high: formatWhole(result.newJobs.high, lang),
          })}
        </dd>
        <dt>{t('cardJobsToday')}</dt>
        <dd data-testid="site-card-jobs-today">
          {jobsTodayText(result, t, lang, {
            landPerJobTodayM2: assumptions.landPerJobTodayM2,
            today: profile.planTargets.landPerJobM2,
            kommune: profile.name,
          })}
        </dd>
        <dt>{t('cardJobs')}</dt>
        <dd data-testid="site-card-jobs">
          {t('cardJobsValue', {
            low: formatWhole(result.jobs.low, lang),
            mid: formatWhole(result.jobs.mid, lang),
            high: formatWhole(result.jobs.high, lang),
          })}
        </dd>
        <dt>{t('cardNearestHub')}</dt>
        <dd data-testid="site-card-hub">
          {hub && result.hubDistanceM !== null && result.hubCentroidDistanceM !== null ? (
            <>
              <span className="site-card__hub-name">
                {hubNameWithoutType(hub.name, hub.type)} ({t(HUB_TYPE_KEY[hub.type]).toLowerCase()})
              </span>
              {hubDisplayName(hub.name).registerId ? (
                <span className="muted site-card__hub-id">
                  {' '}
                  {t('hubRegisterId', { id: hubDisplayName(hub.name).registerId ?? '' })}
                </span>
              ) : null}
              <br />
              {t('cardHubEdge', { distance: formatDistance(result.hubDistanceM, lang) })}
              <br />
              {t('cardHubCentre', { distance: formatDistance(result.hubCentroidDistanceM, lang) })}
            </>
          ) : (
            t('cardHubNone')
          )}
        </dd>
        <dt>{t('cardRegion')}</dt>
        <dd>{result.region ?? t('regionUnknown')}</dd>
        <dt>{t('cardFit')}</dt>
        <dd data-testid="site-card-fit">
          <span className={`verdict verdict--${result.fit.verdict}`}>{fitVerdictText(result.fit.verdict, lang)}</span>
          <span className="site-card__reason"> – {fitReasonText(result.fit, lang)}</span>
        </dd>
        {note ? (
          <>
            <dt>{t('cardNote')}</dt>
            <dd data-testid="site-card-note">{note}</dd>
          </>
        ) : null}
      </dl>
      <div className="site-card__actions">
        <button type="button" onClick={() => onZoom(site.id)}>
          {t('cardZoom')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('cardClose')}
        </button>
      </div>
    </section>
  );
}
