// Checks the capacity fields as typed: each number on its own, then the whole set with the engine's own checks.
import type { Scenario, ScenarioAssumptions } from '../../domain/scenario';
import { checkScenarioAssumptions, mergeAssumptions } from '../../domain/scenarioAssumptions';
import { ScenarioError, parseScenario } from '../../domain/scenarioSchema';
import { ABC_TYPES, type AbcType, type Assumptions, type Range3 } from '../../domain/types';
import { pruneAssumptions, withCapacityValue } from '../../state/scenarioEdit';
import { parseNumberInput } from '../numberInput';
import { problemField } from './scenarioProblems';

export { ABC_TYPES };
export const PARTS = ['bra', 'm2PerJob'] as const;
export const LEVELS = ['low', 'mid', 'high'] as const;
export type Part = (typeof PARTS)[number];
export type Level = keyof Range3;

/** `A.bra.mid` */
export type FieldPath = `${AbcType}.${Part}.${Level}`;
/** `A.bra` */
export type GroupPath = `${AbcType}.${Part}`;

/** The schema's limits (scenarioSchema BRA_RANGE and M2_PER_JOB): above 0, at most this. */
export const MAX_VALUE: Record<Part, number> = { bra: 10, m2PerJob: 10000 };

export type FieldError = 'notNumber' | 'outOfRange';

export interface DraftCheck {
  fieldErrors: Partial<Record<FieldPath, FieldError>>;
  /** Problem lines (engine wording) per group, e.g. `A.bra` → "…must satisfy low ≤ mid ≤ high". */
  groupProblems: Partial<Record<GroupPath, string[]>>;
  /** Problems that belong to no capacity group. */
  otherProblems: string[];
  /** The new overrides when every field is usable; otherwise null (nothing is applied). */
  candidate: ScenarioAssumptions | undefined | null;
}

/** A field's value as the scenario has it (base + override). */
export function currentValue(scenario: Scenario, base: Assumptions, path: FieldPath): number {
  const [abc, part, level] = path.split('.') as [AbcType, Part, Level];
  return mergeAssumptions(base, scenario.assumptions).capacity[abc][part][level];
}

export function checkDrafts(scenario: Scenario, base: Assumptions, texts: Readonly<Partial<Record<FieldPath, string>>>): DraftCheck {
  const fieldErrors: DraftCheck['fieldErrors'] = {};
  let over = scenario.assumptions;
  for (const [path, text] of Object.entries(texts) as [FieldPath, string][]) {
    const [abc, part, level] = path.split('.') as [AbcType, Part, Level];
    const parsed = parseNumberInput(text);
    if (parsed === 'invalid') fieldErrors[path] = 'notNumber';
    else if (parsed !== null && (parsed <= 0 || parsed > MAX_VALUE[part])) fieldErrors[path] = 'outOfRange';
    // An empty field goes back to the default figure.
    else over = withCapacityValue(over, abc, part, level, parsed ?? base.capacity[abc][part][level]);
  }
  const candidate = pruneAssumptions(over, base);
  let problems = checkScenarioAssumptions(base, candidate);
  if (problems.length === 0) {
    try {
      parseScenario({ ...scenario, assumptions: candidate });
    } catch (e) {
      problems = e instanceof ScenarioError ? [...e.problems] : [String(e)];
    }
  }
  const groupProblems: DraftCheck['groupProblems'] = {};
  const otherProblems: string[] = [];
  for (const p of problems) {
    const m = /^assumptions\.capacity\.([ABC])\.(bra|m2PerJob)\b/.exec(problemField(p) ?? '');
    if (m) (groupProblems[`${m[1]}.${m[2]}` as GroupPath] ??= []).push(p);
    else otherProblems.push(p);
  }
  const ok = Object.keys(fieldErrors).length === 0 && problems.length === 0;
  return { fieldErrors, groupProblems, otherProblems, candidate: ok ? candidate : null };
}
