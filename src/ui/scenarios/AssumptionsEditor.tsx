// Capacity assumptions of a scenario per ABC type (%BRA and m² per job, low/mid/high), applied as they are typed.
import { useState } from 'react';
import type { Scenario, ScenarioAssumptions } from '../../domain/scenario';
import type { Assumptions } from '../../domain/types';
import { translator, type Lang, type MessageKey } from '../../i18n';
import { scenarioProblemText } from '../../i18n/scenarioProblems';
import { formatNumberInput, parseNumberInput } from '../numberInput';
import {
  ABC_TYPES,
  LEVELS,
  MAX_VALUE,
  PARTS,
  checkDrafts,
  currentValue,
  type FieldPath,
  type GroupPath,
  type Level,
  type Part,
} from './assumptionDrafts';
import { ScenarioField } from './ScenarioField';

export interface AssumptionsEditorProps {
  lang: Lang;
  scenario: Scenario;
  base: Assumptions;
  /** `key` groups the keystrokes of one field into one undo step. */
  onCommit: (assumptions: ScenarioAssumptions | undefined, key: string) => void;
}

type Texts = Partial<Record<FieldPath, string>>;

const ABC_KEY = { A: 'legendAbcA', B: 'legendAbcB', C: 'legendAbcC' } as const satisfies Record<string, MessageKey>;
const PART_KEY: Record<Part, MessageKey> = { bra: 'scenBraLabel', m2PerJob: 'scenM2PerJobLabel' };
const PART_SHORT_KEY: Record<Part, MessageKey> = { bra: 'scenBraShort', m2PerJob: 'scenM2PerJobShort' };
const LEVEL_KEY: Record<Level, MessageKey> = { low: 'scenLevelLow', mid: 'scenLevelMid', high: 'scenLevelHigh' };

/** Drafts that still say what the scenario holds (e.g. "3," for 3) survive a change; others yield to it (undo). */
function stillMatching(texts: Texts, scenario: Scenario, base: Assumptions): Texts {
  const out: Texts = {};
  for (const [path, text] of Object.entries(texts) as [FieldPath, string][]) {
    const parsed = parseNumberInput(text);
    const [abc, part, level] = path.split('.') as ['A', Part, Level];
    if (parsed !== 'invalid' && (parsed ?? base.capacity[abc][part][level]) === currentValue(scenario, base, path))
      out[path] = text;
  }
  return out;
}

export function AssumptionsEditor({ lang, scenario, base, onCommit }: AssumptionsEditorProps) {
  const t = translator(lang);
  const [drafts, setDrafts] = useState<{ for: Scenario; texts: Texts }>({ for: scenario, texts: {} });
  let texts = drafts.texts;
  if (drafts.for !== scenario) {
    texts = stillMatching(drafts.texts, scenario, base);
    setDrafts({ for: scenario, texts });
  }
  const check = checkDrafts(scenario, base, texts);

  const onText = (path: FieldPath, text: string) => {
    const next = { ...texts, [path]: text };
    setDrafts({ for: scenario, texts: next });
    const c = checkDrafts(scenario, base, next);
    if (c.candidate !== null) onCommit(c.candidate, `assumptions:${scenario.id}:${path}`);
  };

  const fieldError = (path: FieldPath, part: Part): string | null => {
    const e = check.fieldErrors[path];
    if (e === 'notNumber') return t('scenErrorNotNumber');
    if (e === 'outOfRange') return t('scenErrorRange', { max: formatNumberInput(MAX_VALUE[part], lang) });
    return null;
  };

  return (
    <section className="scen-assumptions" aria-labelledby="scen-assumptions-title">
      <h4 id="scen-assumptions-title">{t('scenAssumptionsTitle')}</h4>
      <p className="small muted">{t('scenAssumptionsHelp')}</p>
      {ABC_TYPES.map((abc) => (
        <fieldset key={abc} className="scen-abc" data-testid={`scen-abc-${abc}`}>
          <legend>{t(ABC_KEY[abc])}</legend>
          {PARTS.map((part) => {
            const group: GroupPath = `${abc}.${part}`;
            const problems = check.groupProblems[group] ?? [];
            const groupErrorId = problems.length > 0 ? `scen-err-${abc}-${part}` : null;
            return (
              <div key={part} className="scen-abc__part">
                <p className="scen-abc__label">{t(PART_KEY[part])}</p>
                <div className="scen-abc__levels">
                  {LEVELS.map((level) => {
                    const path: FieldPath = `${abc}.${part}.${level}`;
                    const value = currentValue(scenario, base, path);
                    const baseValue = base.capacity[abc][part][level];
                    return (
                      <ScenarioField
                        key={level}
                        id={`scen-${abc}-${part}-${level}`}
                        testId={`scen-input-${abc}-${part}-${level}`}
                        label={
                          <>
                            <span className="sr-only">{`${abc}, ${t(PART_SHORT_KEY[part])}, `}</span>
                            {t(LEVEL_KEY[level])}
                          </>
                        }
                        text={texts[path] ?? formatNumberInput(value, lang)}
                        onText={(text) => onText(path, text)}
                        error={fieldError(path, part)}
                        groupErrorId={groupErrorId}
                        hint={
                          value !== baseValue
                            ? t('scenDefaultHint', { value: formatNumberInput(baseValue, lang) })
                            : undefined
                        }
                      />
                    );
                  })}
                </div>
                {groupErrorId ? (
                  <p id={groupErrorId} className="field__error" role="alert">
                    {problems.map((p) => scenarioProblemText(p, lang)).join(' ')}
                  </p>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      ))}
      {check.otherProblems.length > 0 ? (
        <p className="field__error" role="alert">
          {check.otherProblems.map((p) => scenarioProblemText(p, lang)).join(' ')}
        </p>
      ) : null}
    </section>
  );
}
