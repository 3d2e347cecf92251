// The error a scenario raises when it cannot be read or used: every problem names the field it is about.

/** `problems` are lines like `sites.S07.bra: must be a number between 0 and 10`; the message is the first. */
export class ScenarioError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const first = problems[0] ?? 'the scenario is not usable';
    const more = problems.length - 1;
    super(more > 0 ? `${first} (and ${more} more problem${more === 1 ? '' : 's'})` : first);
    this.name = 'ScenarioError';
    this.problems = problems.length > 0 ? [...problems] : [first];
  }
}
