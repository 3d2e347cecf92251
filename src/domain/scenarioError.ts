// The error a scenario raises when it cannot be read or used: every problem is a code at a path, with its figures.
import { problemSummary, scenarioProblem, type ScenarioProblem } from './scenarioProblem.ts';

/** `problems` are facts (`{ path, code, params }`); src/i18n/scenarioProblems.ts says them in words. */
export class ScenarioError extends Error {
  readonly problems: readonly ScenarioProblem[];

  constructor(problems: readonly ScenarioProblem[]) {
    const list = problems.length > 0 ? [...problems] : [scenarioProblem([], 'unusable')];
    // A technical message (paths and codes) for logs and stack traces; people read the rendered problems.
    super(list.map(problemSummary).join('; '));
    this.name = 'ScenarioError';
    this.problems = list;
  }
}
