// Net developable share per ABC type, land per job today and the take-up share a year of a scenario, applied as typed.
import { useState } from 'react';
import type { Scenario, ScenarioAssumptions } from '../../domain/scenario';
import { mergeAssumptions } from '../../domain/scenarioAssumptions';
import type { AbcType, Assumptions } from '../../domain/types';
import { translator, type Lang } from '../../i18n';
import { formatNumberInput, parseNumberInput } from '../numberInput';
import { ScenarioField } from './ScenarioField';

export interface LandPaceEditorProps {
  lang: Lang;
  scenario: Scenario;
  base: Assumptions;
  /** `key` groups the keystrokes of one field into one undo step. */
  onCommit: (assumptions: ScenarioAssumptions | undefined, key: string) => void;
}

type Key = `netShare.${AbcType}` | 'takeUpSharePerYear' | 'landPerJobTodayM2';
const KEYS: readonly Key[] = ['netShare.A', 'netShare.B', 'netShare.C', 'takeUpSharePerYear', 'landPerJobTodayM2'];

/** The schema's limits (scenarioSchema SHARE and LAND_PER_JOB_M2). */
function inRange(key: Key, v: number): boolean {
  return key === 'landPerJobTodayM2' ? v >= 1 && v <= 100000 : v > 0 && v <= 1;
}

function valueOf(a: Assumptions, key: Key): number {
  if (key === 'takeUpSharePerYear') return a.takeUpSharePerYear;
  if (key === 'landPerJobTodayM2') return a.landPerJobTodayM2;
  return a.netShare[key.slice(-1) as AbcType];
}

/** The overrides with `key` set to `value` (or dropped when it equals the base), other keys kept as they are. */
export function withLandPaceValue(
  over: ScenarioAssumptions | undefined,
  base: Assumptions,
  key: Key,
  value: number | null,
): ScenarioAssumptions | undefined {
  const out: ScenarioAssumptions = { ...over };
  const keep = value !== null && value !== valueOf(base, key);
  if (key === 'takeUpSharePerYear' || key === 'landPerJobTodayM2') {
    if (keep) out[key] = value;
    else delete out[key];
  } else {
    const abc = key.slice(-1) as AbcType;
    const net = { ...out.netShare };
    if (keep) net[abc] = value;
    else delete net[abc];
    if (Object.keys(net).length > 0) out.netShare = net;
    else delete out.netShare;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function LandPaceEditor({ lang, scenario, base, onCommit }: LandPaceEditorProps) {
  const t = translator(lang);
  const [drafts, setDrafts] = useState<{ for: Scenario; texts: Partial<Record<Key, string>> }>({
    for: scenario,
    texts: {},
  });
  const merged = mergeAssumptions(base, scenario.assumptions);
  let texts = drafts.texts;
  if (drafts.for !== scenario) {
    // Drafts that still say what the scenario holds (e.g. "0,60" for 0.6) survive a change; others yield to it (undo).
    texts = {};
    for (const key of KEYS) {
      const text = drafts.texts[key];
      if (text === undefined) continue;
      const parsed = parseNumberInput(text);
      if (parsed !== 'invalid' && (parsed ?? valueOf(base, key)) === valueOf(merged, key)) texts[key] = text;
    }
    setDrafts({ for: scenario, texts });
  }

  const errorOf = (key: Key): string | null => {
    const text = texts[key];
    if (text === undefined) return null;
    const parsed = parseNumberInput(text);
    if (parsed === 'invalid') return t('scenErrorNotNumber');
    if (parsed !== null && !inRange(key, parsed))
      return key === 'landPerJobTodayM2' ? t('scenErrorLandPerJob') : t('scenErrorShare');
    return null;
  };

  const onText = (key: Key, text: string) => {
    const parsed = parseNumberInput(text);
    const ok = parsed !== 'invalid' && (parsed === null || inRange(key, parsed));
    const next = ok ? withLandPaceValue(scenario.assumptions, base, key, parsed) : scenario.assumptions;
    setDrafts({ for: scenario, texts: { ...texts, [key]: text } });
    if (ok) onCommit(next, `land-pace:${scenario.id}:${key}`);
  };

  const label = (key: Key): string =>
    key === 'takeUpSharePerYear'
      ? t('scenTakeUp')
      : key === 'landPerJobTodayM2'
        ? t('scenLandPerJobToday')
        : t('scenNetShare', { abc: key.slice(-1) });

  return (
    <section className="scen-assumptions" aria-labelledby="scen-land-title" data-testid="scen-land-pace">
      <h4 id="scen-land-title">{t('scenLandTitle')}</h4>
      <p className="small muted">{t('scenLandHelp')}</p>
      {KEYS.map((key) => {
        const value = valueOf(merged, key);
        const baseValue = valueOf(base, key);
        return (
          <ScenarioField
            key={key}
            id={`scen-${key.replace('.', '-')}`}
            testId={`scen-input-${key}`}
            label={label(key)}
            text={texts[key] ?? formatNumberInput(value, lang)}
            onText={(text) => onText(key, text)}
            error={errorOf(key)}
            hint={value !== baseValue ? t('scenDefaultHint', { value: formatNumberInput(baseValue, lang) }) : undefined}
          />
        );
      })}
    </section>
  );
}
