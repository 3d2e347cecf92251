// One card per compared scenario: its explanation, a plain verdict against the plan's target, and what to do with it.
import type { Scenario } from '../../domain/scenario';
import type { ScenarioComparison } from '../../domain/scenarioCompare';
import { translator, type Lang } from '../../i18n';
import { useProfile } from '../../state/profileStore';
import type { ComparedEntry } from '../../state/scenarioSelectors';
import { scenarioActions } from '../../state/scenarioStore';
import { isPresetId } from '../../state/scenarioWorkspace';
import { formatWhole } from '../format';
import { densityWarningText } from '../planMeasuresText';
import { scenarioProblemText } from '../../i18n/scenarioProblems';
import { TARGET_STATUS_KEY, formatRange, scenarioDescription, scenarioName } from './scenarioText';
import { needsBasisTag } from './basisTag';

export interface ScenarioCardsProps {
  lang: Lang;
  entries: readonly ComparedEntry[];
  comparison: ScenarioComparison | null;
  activeId: string;
  onCopy: (scenario: Scenario) => void;
}

export function ScenarioCards({ lang, entries, comparison, activeId, onCopy }: ScenarioCardsProps) {
  const t = translator(lang);
  const whole = (n: number) => formatWhole(n, lang);
  const landPerJobToday = useProfile().planTargets.landPerJobM2;
  return (
    <ul className="scen-cards" aria-label={t('scenCardsLabel')}>
      {entries.map((e, i) => {
        const f = e.column >= 0 ? comparison?.scenarios[e.column] : undefined;
        const name = scenarioName(e.scenario, lang);
        const active = e.scenario.id === activeId;
        return (
          <li
            key={`${e.scenario.id}-${i}`}
            className={`scen-card${active ? ' is-active' : ''}`}
            data-testid={`scenario-card-${i}`}
          >
            <h3 className="scen-card__name">
              {name}
              {i === 0 && needsBasisTag(name ?? '', t('scenBasisTag')) ? (
                <span className="scen-basis-tag"> ({t('scenBasisTag')})</span>
              ) : null}
            </h3>
            <p className="small muted">{isPresetId(e.scenario.id) ? t('scenKindPreset') : t('scenKindOwn')}</p>
            {f && f.target && f.targetStatus ? (
              <p className="scen-card__verdict" data-testid={`scenario-verdict-${i}`}>
                {t('scenVerdict', {
                  mid: whole(f.newJobsWithinHorizon.mid),
                  end: f.endYear,
                  verdict: t(TARGET_STATUS_KEY[f.targetStatus.mid]),
                  target: formatRange(f.target, lang),
                  years: f.horizonYears,
                  low: whole(f.newJobsWithinHorizon.low),
                  high: whole(f.newJobsWithinHorizon.high),
                })}
              </p>
            ) : null}
            {f?.measures?.densityWarning ? (
              <p className="density-warning" data-testid={`scenario-density-warning-${i}`}>
                {densityWarningText(f.measures, lang, landPerJobToday)}
              </p>
            ) : null}
            {!e.applied.ok ? (
              <div className="scen-card__problems" role="alert">
                <p>{t('scenCannotCompute')}</p>
                <ul>
                  {e.applied.problems.map((p, i) => (
                    <li key={i}>{scenarioProblemText(p, lang)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {scenarioDescription(e.scenario, lang) ? (
              <p className="scen-card__desc">{scenarioDescription(e.scenario, lang)}</p>
            ) : null}
            <div className="scen-card__actions">
              <button
                type="button"
                className="secondary"
                aria-pressed={active}
                onClick={() => scenarioActions.dispatch({ type: 'setActive', id: e.scenario.id })}
              >
                {t('scenShowOnMap')}
                <span className="sr-only">{` «${name}»`}</span>
              </button>
              <button type="button" className="secondary" onClick={() => onCopy(e.scenario)}>
                {t('scenCopyOf')}
                <span className="sr-only">{` «${name}»`}</span>
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
