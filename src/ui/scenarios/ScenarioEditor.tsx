// Editing the active scenario: name, horizon, capacity assumptions and the selected site; presets are read-only.
import { useState } from 'react';
import type { Dataset } from '../../domain/dataset';
import type { Scenario } from '../../domain/scenario';
import type { ScenarioOutcome } from '../../domain/scenarioApply';
import { translator, type Lang } from '../../i18n';
import { scenarioActions } from '../../state/scenarioStore';
import { isPresetId } from '../../state/scenarioWorkspace';
import { parseNumberInput } from '../numberInput';
import { AssumptionsEditor } from './AssumptionsEditor';
import { LandPaceEditor } from './LandPaceEditor';
import { ScenarioField } from './ScenarioField';
import { SiteOverrideEditor } from './SiteOverrideEditor';
import { scenarioName } from './scenarioText';

export interface ScenarioEditorProps {
  lang: Lang;
  dataset: Dataset;
  scenario: Scenario;
  outcome: ScenarioOutcome | null;
  basis: ScenarioOutcome | null;
  selectedSiteId: string | null;
  onCopy: (scenario: Scenario) => void;
}

const NAME_MAX = 200;

export function ScenarioEditor({
  lang,
  dataset,
  scenario,
  outcome,
  basis,
  selectedSiteId,
  onCopy,
}: ScenarioEditorProps) {
  const t = translator(lang);
  const [texts, setTexts] = useState<{ for: Scenario; name?: string; horizon?: string }>({ for: scenario });
  const edit = (edit: Parameters<typeof scenarioActions.dispatch>[0], key: string) =>
    scenarioActions.dispatch(edit, key);
  // A draft is shown while it is invalid (until the scenario changes from elsewhere, e.g. undo) or while it says
  // what is stored; a stored value that differs came from elsewhere and wins.
  const shown = (draft: string | undefined, valid: boolean, same: boolean): draft is string =>
    draft !== undefined && texts.for.id === scenario.id && (valid ? same : texts.for === scenario);
  const nameOk = (v: string) => v.trim() !== '' && v.length <= NAME_MAX;
  const name = shown(texts.name, texts.name !== undefined && nameOk(texts.name), texts.name === scenario.name)
    ? (texts.name as string)
    : scenario.name;
  const horizonOf = (v: string): number | null => {
    const n = parseNumberInput(v);
    return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 100 ? n : null;
  };
  const horizonDraft = texts.horizon;
  const horizonValue = horizonDraft === undefined ? null : horizonOf(horizonDraft);
  const horizonText = shown(horizonDraft, horizonValue !== null, horizonValue === scenario.horizonYears)
    ? (horizonDraft as string)
    : String(scenario.horizonYears);
  const horizonOk = horizonOf(horizonText) !== null;

  if (isPresetId(scenario.id)) {
    return (
      <section className="scen-editor" aria-labelledby="scen-editor-title" data-testid="scenario-editor">
        <h3 id="scen-editor-title" tabIndex={-1} className="scen-focus-target">
          {t('scenEditorTitle', { name: scenarioName(scenario, lang) })}
        </h3>
        <p>{t('scenEditorPreset')}</p>
        <button type="button" onClick={() => onCopy(scenario)}>
          {t('scenCopy')}
        </button>
      </section>
    );
  }

  const nameError =
    name.trim() === ''
      ? t('scenErrorNameEmpty')
      : name.length > NAME_MAX
        ? t('scenErrorNameLong', { max: NAME_MAX })
        : null;
  return (
    <section className="scen-editor" aria-labelledby="scen-editor-title" data-testid="scenario-editor">
      <h3 id="scen-editor-title" tabIndex={-1} className="scen-focus-target">
        {t('scenEditorTitle', { name: scenario.name })}
      </h3>
      <div className="field-row">
        <ScenarioField
          id="scen-name"
          label={t('scenName')}
          numeric={null}
          text={name}
          error={nameError}
          onText={(v) => {
            setTexts({ ...texts, for: scenario, name: v });
            if (nameOk(v))
              edit({ type: 'edit', id: scenario.id, edit: { kind: 'name', name: v } }, `name:${scenario.id}`);
          }}
        />
        <ScenarioField
          id="scen-horizon"
          label={t('scenHorizon')}
          numeric="numeric"
          text={horizonText}
          error={horizonOk ? null : t('scenErrorHorizon')}
          hint={outcome ? t('scenHorizonHint', { start: outcome.startYear, end: outcome.endYear }) : undefined}
          onText={(v) => {
            setTexts({ ...texts, for: scenario, horizon: v });
            const n = horizonOf(v);
            if (n !== null)
              edit({ type: 'edit', id: scenario.id, edit: { kind: 'horizon', years: n } }, `horizon:${scenario.id}`);
          }}
        />
      </div>
      <AssumptionsEditor
        lang={lang}
        scenario={scenario}
        base={dataset.assumptions}
        onCommit={(assumptions, key) =>
          edit({ type: 'edit', id: scenario.id, edit: { kind: 'assumptions', assumptions } }, key)
        }
      />
      <LandPaceEditor
        lang={lang}
        scenario={scenario}
        base={dataset.assumptions}
        onCommit={(assumptions, key) =>
          edit({ type: 'edit', id: scenario.id, edit: { kind: 'assumptions', assumptions } }, key)
        }
      />
      {outcome ? (
        <SiteOverrideEditor
          lang={lang}
          dataset={dataset}
          scenario={scenario}
          outcome={outcome}
          basis={basis}
          siteId={selectedSiteId}
          onCommit={(siteId, change, key) =>
            edit({ type: 'edit', id: scenario.id, edit: { kind: 'site', siteId, change } }, key)
          }
        />
      ) : null}
      <button
        type="button"
        className="secondary scen-delete"
        onClick={() => scenarioActions.dispatch({ type: 'remove', id: scenario.id })}
      >
        {t('scenDelete', { name: scenario.name })}
      </button>
    </section>
  );
}
