// The sites where the active scenario differs from the basis, each with what changed and a way to edit it.
import type { SiteDiff } from '../../domain/scenarioCompare';
import { translator, type Lang, type Translate } from '../../i18n';
import { actions } from '../../state/actions';
import { scenarioActions } from '../../state/scenarioStore';
import { FIT_KEY } from '../labels';
import { formatNumberInput } from '../numberInput';
import { direction, formatSigned } from './scenarioText';

export interface SiteDiffListProps {
  lang: Lang;
  diffs: readonly SiteDiff[];
  scenarioName: string;
  basisName: string;
  /** False for the basis itself: there is nothing to list. */
  isBasis: boolean;
}

function utilisation(text: string, t: Translate, lang: Lang): string {
  if (text === 'default') return t('scenUtilDefault');
  if (text.startsWith('×')) return `×${formatNumberInput(Number(text.slice(1)), lang)}`;
  return t('scenUtilOwn', { value: formatNumberInput(Number(text), lang) });
}

/** Plain sentences for what differs: "ABC B → A", "%BRA standard → ×1,5", "ledig 2030 → 2028", "tatt ut". */
export function diffTexts(d: SiteDiff, t: Translate, lang: Lang): string[] {
  const out: string[] = [];
  if (d.included) out.push(d.included.scenario ? t('scenDiffIncluded') : t('scenDiffExcluded'));
  if (d.abc) out.push(t('scenDiffAbc', { from: d.abc.basis ?? t('abcNone'), to: d.abc.scenario ?? t('abcNone') }));
  if (d.utilisation)
    out.push(
      t('scenDiffBra', {
        from: utilisation(d.utilisation.basis, t, lang),
        to: utilisation(d.utilisation.scenario, t, lang),
      }),
    );
  if (d.availableYear) out.push(t('scenDiffYear', { from: d.availableYear.basis, to: d.availableYear.scenario }));
  // A site left out has no fit to speak of; the change of verdict would only repeat "left out".
  if (d.fit && d.included?.scenario !== false)
    out.push(
      t('scenDiffFit', {
        from: d.fit.basis ? t(FIT_KEY[d.fit.basis]) : '–',
        to: d.fit.scenario ? t(FIT_KEY[d.fit.scenario]) : '–',
      }),
    );
  if (!d.settingsChanged && out.length === 0) out.push(t('scenDiffAssumptionsOnly'));
  return out;
}

export function SiteDiffList({ lang, diffs, scenarioName, basisName, isBasis }: SiteDiffListProps) {
  const t = translator(lang);
  return (
    <section className="scen-diffs" aria-labelledby="scen-diffs-title" data-testid="scenario-site-diffs">
      <h3 id="scen-diffs-title">{t('scenDiffsTitle', { name: scenarioName, basis: basisName })}</h3>
      {isBasis ? (
        <p className="panel__hint">{t('scenDiffsBasis')}</p>
      ) : diffs.length === 0 ? (
        <p className="panel__hint">{t('scenDiffsNone')}</p>
      ) : (
        <ul className="scen-diffs__list">
          {diffs.map((d) => {
            const dir = direction(Math.round(d.newJobs.delta.mid));
            return (
              <li key={d.siteId} data-site-id={d.siteId}>
                <span className="scen-diffs__name">{d.name}</span>
                <span className="small">{diffTexts(d, t, lang).join(' · ')}</span>
                <span className={`small scen-delta scen-delta--${dir}`}>
                  {t('scenDiffJobs', { delta: formatSigned(d.newJobs.delta.mid, lang) })}
                </span>
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('scenDiffEditLabel', { name: d.name })}
                  onClick={() => {
                    actions.selectSite(d.siteId, { zoom: true });
                    scenarioActions.requestSiteEditor();
                  }}
                >
                  {t('scenDiffEdit')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
