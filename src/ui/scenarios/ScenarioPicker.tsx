// Choosing the two or three scenarios to compare: presets and the user's own, the first being the basis.
import { PRESETS } from '../../domain/presets';
import { translator, type Lang } from '../../i18n';
import { scenarioActions } from '../../state/scenarioStore';
import { MAX_COMPARED, type Workspace } from '../../state/scenarioWorkspace';
import { scenarioName } from './scenarioText';

export interface ScenarioPickerProps {
  lang: Lang;
  workspace: Workspace;
}

export function ScenarioPicker({ lang, workspace }: ScenarioPickerProps) {
  const t = translator(lang);
  const slots = Array.from({ length: Math.min(MAX_COMPARED, workspace.compareIds.length + 1) }, (_, i) => i);
  const options = (
    <>
      <optgroup label={t('scenPresetsGroup')}>
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {scenarioName(p, lang)}
          </option>
        ))}
      </optgroup>
      {workspace.own.length > 0 ? (
        <optgroup label={t('scenOwnGroup')}>
          {workspace.own.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </optgroup>
      ) : null}
    </>
  );
  return (
    <fieldset className="scen-picker">
      <legend>{t('scenPickerLegend')}</legend>
      <div className="scen-picker__slots">
        {slots.map((slot) => (
          <div className="field" key={slot}>
            <label htmlFor={`scen-slot-${slot}`}>
              {slot === 0 ? t('scenSlotBasis') : t('scenSlot', { n: slot + 1 })}
            </label>
            <select
              id={`scen-slot-${slot}`}
              value={workspace.compareIds[slot] ?? ''}
              onChange={(e) => scenarioActions.dispatch({ type: 'setSlot', slot, id: e.currentTarget.value || null })}
            >
              {slot > 0 ? <option value="">{t('scenSlotNone')}</option> : null}
              {options}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
