// Choosing the two or three scenarios to compare: presets and the user's own, the first being the basis.
import { PRESETS, presetsFor, presetsLeftOut } from '../../domain/presets';
import { translator, type Lang } from '../../i18n';
import { useProfile } from '../../state/profileStore';
import { scenarioActions } from '../../state/scenarioStore';
import { MAX_COMPARED, type Workspace } from '../../state/scenarioWorkspace';
import { scenarioName } from './scenarioText';

export interface ScenarioPickerProps {
  lang: Lang;
  workspace: Workspace;
}

export function ScenarioPicker({ lang, workspace }: ScenarioPickerProps) {
  const t = translator(lang);
  const profile = useProfile();
  // The profile's presets; one made for another kommune stays only while it is compared (e.g. from a shared link).
  const offered = presetsFor(profile.scenarioPresets);
  const presets = PRESETS.filter((p) => offered.includes(p) || workspace.compareIds.includes(p.id));
  const leftOut = presetsLeftOut(profile.scenarioPresets) && profile.scenarioPresets.length === 0;
  const slots = Array.from({ length: Math.min(MAX_COMPARED, workspace.compareIds.length + 1) }, (_, i) => i);
  const options = (
    <>
      <optgroup label={t('scenPresetsGroup')}>
        {presets.map((p) => (
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
      {leftOut ? (
        <p className="muted small" data-testid="scen-presets-note">
          {t('scenKommunePresetsNone', { kommune: profile.name })}
        </p>
      ) : null}
    </fieldset>
  );
}
