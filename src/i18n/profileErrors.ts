// A refused kommune profile or assumptions file in words, from the error's facts (code, params; for an assumptions
// check the coded scenario problems). One renderer for the app (src/app/bootstrap.ts) and the CLIs
// (scripts/cli/profile.ts); src/domain builds no sentence.
import type { AssumptionsErrorCode } from '../domain/assumptions';
import type { ProfileErrorCode } from '../domain/kommuneProfile';
import type { ScenarioProblem } from '../domain/scenarioProblem';
import { translator, type Lang, type MessageKey, type Translate } from './index';
import { scenarioProblemText } from './scenarioProblems';

const PROFILE_KEY: Record<ProfileErrorCode, MessageKey> = {
  version: 'profErrVersion',
  'id-pattern': 'profErrIdPattern',
  'text-empty': 'profErrTextEmpty',
  'local-missing': 'profErrLocalMissing',
  'local-not-object': 'profErrLocalNotObject',
  'local-lang-missing': 'profErrLocalLangMissing',
  'local-other-keys': 'profErrLocalOtherKeys',
  'layer-not-object': 'profErrLayerNotObject',
  'layer-none': 'profErrLayerNone',
  'figure-not-object': 'profErrFigureNotObject',
  'figure-value': 'profErrFigureValue',
  'figure-value-missing': 'profErrFigureValueMissing',
  'kommune-number': 'profErrKommuneNumber',
  bbox: 'profErrBbox',
  'regions-not-object': 'profErrRegionsNotObject',
  'regions-entry': 'profErrRegionsEntry',
  'investor-shape': 'profErrInvestorShape',
  'investor-roads': 'profErrInvestorRoads',
  'presets-shape': 'profErrPresetsShape',
};

const ASSUMPTIONS_KEY: Record<Exclude<AssumptionsErrorCode, 'check'>, MessageKey> = {
  missing: 'assErrMissing',
  'not-positive': 'assErrNotPositive',
  'no-source': 'assErrNoSource',
};

/** What is wrong with a profile file, naming the field (`profile.kommune.number må være fire sifre, ikke "32"`). */
export function profileErrorText(
  e: { code: ProfileErrorCode; params: Readonly<Record<string, string>> },
  t: Translate,
): string {
  return t(PROFILE_KEY[e.code], e.params);
}

/** What is wrong with an assumptions file: the field and the fault, or each problem of the check in words. */
export function assumptionsErrorText(
  e: {
    code: AssumptionsErrorCode;
    params: Readonly<Record<string, string>>;
    problems: readonly ScenarioProblem[];
  },
  lang: Lang,
): string {
  if (e.code === 'check') return e.problems.map((p) => scenarioProblemText(p, lang)).join('; ');
  return translator(lang)(ASSUMPTIONS_KEY[e.code], e.params);
}
