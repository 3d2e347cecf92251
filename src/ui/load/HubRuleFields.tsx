// The GTFS hub rule, visible and changeable: departures per hour by mode in the morning window; a change re-runs the
// preview.
import { DEFAULT_HUB_RULE, type HubRule } from '../../data/gtfsHubs';
import type { HubType } from '../../domain/types';
import type { MessageKey, Translate } from '../../i18n';

const MODES: readonly { mode: HubType; key: MessageKey }[] = [
  { mode: 'tog', key: 'loadRuleTog' },
  { mode: 'buss', key: 'loadRuleBuss' },
  { mode: 'båt', key: 'loadRuleBat' },
];

const hh = (h: number): string => `${String(h).padStart(2, '0')}:00`;

export interface HubRuleFieldsProps {
  t: Translate;
  rule: HubRule | null;
  onChange: (rule: HubRule) => void;
  disabled: boolean;
}

export function HubRuleFields({ t, rule, onChange, disabled }: HubRuleFieldsProps) {
  const current = rule ?? DEFAULT_HUB_RULE;
  return (
    <section className="load-section" aria-labelledby="load-rule-title">
      <h3 id="load-rule-title">{t('loadRuleTitle')}</h3>
      <p className="small">{t('loadRuleText', { from: hh(current.fromHour), to: hh(current.toHour) })}</p>
      <div className="load-fields">
        {MODES.map(({ mode, key }) => (
          <div className="field" key={mode}>
            <label htmlFor={`load-rule-${mode}`}>{t(key)}</label>
            <input
              id={`load-rule-${mode}`}
              type="number"
              min={0}
              step={0.5}
              inputMode="decimal"
              disabled={disabled}
              defaultValue={current.minDeparturesPerHour[mode]}
              onChange={(e) => {
                const n = e.currentTarget.valueAsNumber;
                // Half-typed or negative values are ignored until they make a rule.
                if (!Number.isFinite(n) || n < 0) return;
                onChange({ ...current, minDeparturesPerHour: { ...current.minDeparturesPerHour, [mode]: n } });
              }}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
