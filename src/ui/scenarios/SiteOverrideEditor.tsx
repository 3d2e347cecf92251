// Per-site overrides of one scenario for the selected site: in or out, ABC type, its own %BRA, the year available, jobs
// today.
import { useMemo, useState } from 'react';
import type { Dataset } from '../../domain/dataset';
import type { Scenario, SiteChange } from '../../domain/scenario';
import type { ScenarioOutcome } from '../../domain/scenarioApply';
import { translator, type Lang } from '../../i18n';
import { actions } from '../../state/actions';
import { editScenario } from '../../state/scenarioEdit';
import { applyToDataset } from '../../state/scenarioSelectors';
import { formatWhole } from '../format';
import { formatNumberInput, parseNumberInput } from '../numberInput';
import { readinessKey, statusKey } from '../labels';
import { ScenarioField } from './ScenarioField';
import { abcChoice, readJobsToday, readSiteBra, readYear, withSiteKey, type SiteFieldError } from './siteOverride';
import { ABC_TYPES } from '../../domain/types';

export interface SiteOverrideEditorProps {
  lang: Lang;
  dataset: Dataset;
  scenario: Scenario;
  outcome: ScenarioOutcome;
  /** The basis outcome, for "jobs here in the basis". */
  basis: ScenarioOutcome | null;
  siteId: string | null;
  onCommit: (siteId: string, change: SiteChange | null, key: string) => void;
}

type TextKey = 'bra' | 'year' | 'today';
const TEXT_KEYS: readonly TextKey[] = ['bra', 'year', 'today'];
const FIELD = { bra: 'bra', year: 'availableYear', today: 'jobsToday' } as const satisfies Record<
  TextKey,
  keyof SiteChange
>;
const READ: Record<TextKey, (text: string) => { value: number | undefined } | { error: SiteFieldError }> = {
  bra: readSiteBra,
  year: readYear,
  today: readJobsToday,
};

/** Above this many sites a drop-down of every name is too long to use (and to render on each edit); the map picks. */
const PICKER_MAX_SITES = 500;

function jobsText(j: { low: number; mid: number; high: number } | undefined, lang: Lang): string {
  return j ? `${formatWhole(j.low, lang)}–${formatWhole(j.mid, lang)}–${formatWhole(j.high, lang)}` : '–';
}

export function SiteOverrideEditor({
  lang,
  dataset,
  scenario,
  outcome,
  basis,
  siteId,
  onCommit,
}: SiteOverrideEditorProps) {
  const t = translator(lang);
  const [drafts, setDrafts] = useState<{ for: string; texts: Partial<Record<TextKey, string>> }>({
    for: '',
    texts: {},
  });
  const sortedSites = useMemo(
    () =>
      dataset.sites.length > PICKER_MAX_SITES
        ? []
        : [...dataset.sites].sort((a, b) => a.name.localeCompare(b.name, lang === 'nb' ? 'nb' : 'en')),
    [dataset.sites, lang],
  );
  // What rules and defaults give the site without its own override: the reference for "back to default".
  const without = useMemo(
    () => (siteId ? applyToDataset(dataset, editScenario(scenario, { kind: 'site', siteId, change: null })) : null),
    [dataset, scenario, siteId],
  );
  const index = siteId ? outcome.states.findIndex((s) => s.siteId === siteId) : -1;
  const state = outcome.states[index];
  const site = dataset.sites[index];
  const own = siteId && scenario.sites && Object.hasOwn(scenario.sites, siteId) ? scenario.sites[siteId] : undefined;
  const plain = without?.ok ? without.outcome.states[index] : undefined;

  const draftKey = siteId ?? '';
  const texts = drafts.for === draftKey ? drafts.texts : {};
  const text = (key: TextKey) => texts[key] ?? formatNumberInput(own?.[FIELD[key]] ?? null, lang);
  const commit = (change: SiteChange | null, field: string) =>
    siteId && onCommit(siteId, change, `site:${scenario.id}:${siteId}:${field}`);
  const onText = (key: TextKey, value: string) => {
    setDrafts({ for: draftKey, texts: { ...texts, [key]: value } });
    const read = READ[key](value);
    if ('value' in read) commit(withSiteKey(own, FIELD[key], read.value), key);
  };
  const errorOf = (key: TextKey): string | null => {
    const raw = texts[key];
    if (raw === undefined) return null;
    const read = READ[key](raw);
    const e: SiteFieldError | null = 'error' in read ? read.error : null;
    if (e === 'notNumber') return t('scenErrorNotNumber');
    if (e === 'braRange') return t('scenErrorSiteBra');
    if (e === 'yearRange') return t('scenErrorYear');
    if (e === 'jobsRange') return t('scenErrorJobsToday');
    return null;
  };
  // A number typed with a trailing comma still counts as what is stored; anything else from outside resets the text.
  if (drafts.for === draftKey) {
    const stale = TEXT_KEYS.some((k) => {
      const raw = drafts.texts[k];
      if (raw === undefined || errorOf(k)) return false;
      const parsed = parseNumberInput(raw);
      return (parsed === null ? undefined : parsed) !== own?.[FIELD[k]];
    });
    if (stale) setDrafts({ for: draftKey, texts: {} });
  }

  return (
    <section className="scen-site" aria-labelledby="scen-site-title" data-testid="scenario-site-editor">
      <h4 id="scen-site-title" tabIndex={-1} className="scen-focus-target">
        {t('scenSiteTitle')}
      </h4>
      {sortedSites.length === 0 ? null : (
        <div className="field">
          <label htmlFor="scen-site-pick">{t('scenSitePick')}</label>
          <select
            id="scen-site-pick"
            value={siteId ?? ''}
            onChange={(e) => actions.selectSite(e.currentTarget.value || null, { zoom: true })}
          >
            <option value="">{t('scenSitePickNone')}</option>
            {sortedSites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {!state || !site || !plain ? (
        <p className="panel__hint">{t('scenSiteHint')}</p>
      ) : (
        <>
          <p className="small muted">
            {t('scenSiteFacts', {
              status: t(statusKey(site.status)),
              abc: site.abc ?? t('abcNone'),
              readiness: t(readinessKey(site.readiness)),
            })}
          </p>
          <div className="scen-check">
            <input
              id="scen-site-include"
              type="checkbox"
              checked={state.included}
              onChange={(e) =>
                commit(
                  withSiteKey(
                    own,
                    'include',
                    e.currentTarget.checked === plain.included ? undefined : e.currentTarget.checked,
                  ),
                  'include',
                )
              }
            />
            <label htmlFor="scen-site-include">{t('scenSiteInclude')}</label>
          </div>
          <div className="field">
            <label htmlFor="scen-site-abc">{t('scenSiteAbc')}</label>
            <select
              id="scen-site-abc"
              value={own?.abc ?? ''}
              onChange={(e) => commit(withSiteKey(own, 'abc', abcChoice(e.currentTarget.value)), 'abc')}
            >
              <option value="">{t('scenSiteAbcKeep', { abc: plain.abc ?? t('abcNone') })}</option>
              {ABC_TYPES.map((abc) => (
                <option key={abc} value={abc}>
                  {abc}
                </option>
              ))}
            </select>
          </div>
          <div className="field-row">
            <ScenarioField
              id="scen-site-bra"
              label={t('scenSiteBra')}
              text={text('bra')}
              onText={(v) => onText('bra', v)}
              error={errorOf('bra')}
              hint={
                plain.bra !== null
                  ? t('scenSiteBraFromRules', { value: formatNumberInput(plain.bra, lang) })
                  : plain.braFactor !== null
                    ? t('scenSiteFactorFromRules', { factor: formatNumberInput(plain.braFactor, lang) })
                    : t('scenSiteBraEmpty')
              }
            />
            <ScenarioField
              id="scen-site-year"
              label={t('scenSiteYear')}
              numeric="numeric"
              text={text('year')}
              onText={(v) => onText('year', v)}
              error={errorOf('year')}
              hint={t('scenSiteYearEmpty', { year: plain.availableYear })}
            />
          </div>
          <ScenarioField
            id="scen-site-jobs-today"
            label={t('scenSiteJobsToday')}
            numeric="numeric"
            text={text('today')}
            onText={(v) => onText('today', v)}
            error={errorOf('today')}
            hint={t('scenSiteJobsTodayEmpty', {
              jobs: formatWhole(
                without?.ok ? (without.outcome.results.find((r) => r.siteId === siteId)?.jobsToday ?? 0) : 0,
                lang,
              ),
            })}
          />
          <p className="small" data-testid="scenario-site-new-jobs">
            {t('scenSiteNewJobs', {
              jobs:
                state.resultIndex >= 0
                  ? jobsText(outcome.results[state.resultIndex]?.newJobs, lang)
                  : t('scenSiteExcluded'),
              basis: jobsText(basis?.results.find((r) => r.siteId === siteId)?.newJobs, lang),
            })}
          </p>
          <p className="small" data-testid="scenario-site-jobs">
            {t('scenSiteJobs', {
              jobs:
                state.resultIndex >= 0
                  ? jobsText(outcome.results[state.resultIndex]?.jobs, lang)
                  : t('scenSiteExcluded'),
              basis: jobsText(basis?.results.find((r) => r.siteId === siteId)?.jobs, lang),
            })}
          </p>
          {own ? (
            <button type="button" className="secondary" onClick={() => commit(null, 'clear')}>
              {t('scenSiteClear')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
