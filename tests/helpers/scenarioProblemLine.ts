// A scenario problem as one line for tests: the path as the file names it, then the English words for the code.
import { pathText, type ScenarioProblem } from '../../src/domain/scenarioProblem.ts';
import { scenarioProblemWords } from '../../src/i18n/scenarioProblems.ts';

export function problemLine(p: ScenarioProblem): string {
  const at = pathText(p.path);
  const words = scenarioProblemWords(p, 'en');
  return at === '' ? words : `${at}: ${words}`;
}

export const problemLines = (ps: readonly ScenarioProblem[]): string[] => ps.map(problemLine);
