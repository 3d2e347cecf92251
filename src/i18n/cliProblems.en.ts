// English words the CLIs add to a load problem on stderr (scripts/cli/common.ts), beside the app's own words for it.
import type { cliProblemsNb } from './cliProblems.nb';

export const cliProblemsEn: Record<keyof typeof cliProblemsNb, string> = {
  moreProblems: '(and {count} more problem in this file)',
  moreProblemsPlural: '(and {count} more problems in this file)',
};
