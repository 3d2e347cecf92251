// Bokmål words the CLIs add to a load problem on stderr (scripts/cli/common.ts), beside the app's own words for it.

export const cliProblemsNb = {
  moreProblems: '(og {count} problem til i denne filen)',
  moreProblemsPlural: '(og {count} problemer til i denne filen)',
} as const;
