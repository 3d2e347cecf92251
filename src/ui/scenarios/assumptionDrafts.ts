// Checks the capacity fields as typed: each number on its own, then the whole set with the engine's own checks.
import { BOUNDS } from '../../domain/assumptionBounds';
import type { Scenario, ScenarioAssumptions } from '../../domain/scenario';
import { checkScenarioAssumptions, mergeAssumptions } from '../../domain/scenarioAssumptions';
import { unexpectedProblem, type ScenarioProblem } from '../../domain/scenarioProblem';
import { ScenarioError, parseScenario } from '../../domain/scenarioSchema';
import { ABC_TYPES, type AbcType, type Assumptions, type Range3 } from '../../domain/types';
import { pruneAssumptions, withCapacityValue } from '../../state/scenarioEdit';
import { parseNumberInput } from '../numberInput';

export { ABC_TYPES };
export const PARTS = ['bra', 'm2PerJob'] as const;
export const LEVELS = ['low', 'mid', 'high'] as const;
export type Part = (typeof PARTS)[number];
export type Level = keyof Range3;

/** `A.bra.mid` */
export type FieldPath = `${AbcType}.${Part}.${Level}`;
/** `A.bra` */
export type GroupPath = `${AbcType}.${Part}`;

/** The largest value a field takes: the one bounds table (assumptionBounds.ts) the schema reads too. */
export const MAX_VALUE: Record<Part, number> = { bra: BOUNDS.bra.max, m2PerJob: BOUNDS.m2PerJob.max };

export type FieldError = 'notNumber' | 'outOfRange';

export interface DraftCheck {
  fieldErrors: Partial<Record<FieldPath, FieldError>>;
  /** The schema's problems per group, e.g. `A.bra` → range-order (low ≤ mid ≤ high). */
  groupProblems: Partial<Record<GroupPath, ScenarioProblem[]>>;
  /** Problems that belong to no capacity group. */
  otherProblems: ScenarioProblem[];
  /** The new overrides when every field is usable; otherwise null (nothing is applied). */
  candidate: ScenarioAssumptions | undefined | null;
}

/** A field's value as the scenario has it (base + override). */
export function currentValue(scenario: Scenario, base: Assumptions, path: FieldPath): number {
  const [abc, part, level] = path.split('.') as [AbcType, Part, Level];
  return mergeAssumptions(base, scenario.assumptions).capacity[abc][part][level];
}

/** `A.bra` for a problem under `assumptions.capacity.A.bra` (the group or one of its levels); null otherwise. */
function capacityGroup(p: ScenarioProblem): GroupPath | null {
  const [root, capacity, abc, part] = p.path;
  if (root !== 'assumptions' || capacity !== 'capacity') return null;
  if (!ABC_TYPES.some((a) => a === abc) || !PARTS.some((x) => x === part)) return null;
  return `${abc as AbcType}.${part as Part}`;
}

export function checkDrafts(
  scenario: Scenario,
  base: Assumptions,
  texts: Readonly<Partial<Record<FieldPath, string>>>,
): DraftCheck {
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
      problems = e instanceof ScenarioError ? [...e.problems] : [unexpectedProblem(e)];
    }
  }
  const groupProblems: DraftCheck['groupProblems'] = {};
  const otherProblems: ScenarioProblem[] = [];
  for (const p of problems) {
    const group = capacityGroup(p);
    if (group) (groupProblems[group] ??= []).push(p);
    else otherProblems.push(p);
  }
  const ok = Object.keys(fieldErrors).length === 0 && problems.length === 0;
  return { fieldErrors, groupProblems, otherProblems, candidate: ok ? candidate : null };
}
