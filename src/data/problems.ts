// Structured load problems (errors and warnings) and the DataError thrown when input cannot be used.
import type { Warning } from '../domain/types.ts';

export type ProblemSeverity = 'error' | 'warning';

/**
 * One thing found wrong with an input file. Loaders collect these instead of throwing at the
 * first one, so a caller can decide later (e.g. skip a bad feature with a warning) without the
 * loaders changing. `message` is plain English and self-contained (names file and feature);
 * `code` is stable so the UI can translate.
 */
export interface Problem extends Warning {
  severity: ProblemSeverity;
  file: string;
  /** How messages refer to the feature: `features[3]`, or `line 5` for a CSV row. */
  ref?: string;
}

/** Thrown when an input file (or a feature in it) cannot be used. */
export class DataError extends Error {
  readonly file: string;
  readonly code: string;
  readonly featureIndex?: number;
  readonly featureId?: string;
  /** Every problem found in the file, errors and warnings (the message is the first error's), for callers that list
   * them all. */
  readonly problems: readonly Problem[];

  constructor(problem: Omit<Problem, 'severity'>, problems: readonly Problem[] = []) {
    super(problem.message);
    this.name = 'DataError';
    this.file = problem.file;
    this.code = problem.code;
    if (problem.featureIndex !== undefined) this.featureIndex = problem.featureIndex;
    if (problem.featureId !== undefined) this.featureId = problem.featureId;
    this.problems = problems.length > 0 ? problems : [{ ...problem, severity: 'error' }];
  }
}

/** Quote a value taken from a data file for use in a message: control characters escaped, long text cut. */
export function quote(value: unknown): string {
  const cut = (t: string): string => (t.length > 60 ? `${t.slice(0, 57)}...` : t);
  if (typeof value === 'string') return JSON.stringify(cut(value));
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return cut(text);
}

/** "sites.geojson: features[3] (id \"S03\")" — the prefix every feature-level message starts with. */
export function featureLabel(file: string, featureIndex: number, featureId?: string): string {
  return featureId === undefined
    ? `${file}: features[${featureIndex}]`
    : `${file}: features[${featureIndex}] (id ${quote(featureId)})`;
}

/** Turn problems into warnings for a LoadResult (errors excluded). */
export function warningsOf(problems: readonly Problem[]): Warning[] {
  return problems
    .filter((p) => p.severity === 'warning')
    .map(({ code, message, featureIndex, featureId, ref, params, file }) => {
      const w: Warning = { code, message };
      if (ref !== undefined && !ref.startsWith('features[')) w.ref = ref;
      if (featureIndex !== undefined) w.featureIndex = featureIndex;
      if (featureId !== undefined) w.featureId = featureId;
      if (params !== undefined) w.params = params;
      w.file = file;
      return w;
    });
}
