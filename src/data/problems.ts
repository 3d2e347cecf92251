// Structured load problems (errors and warnings) and the DataError thrown when input cannot be used.
import type { FeatureRef, Warning } from '../domain/types.ts';

export type ProblemSeverity = 'error' | 'warning';

/** Facts a problem's words are made from (plain text: numbers, field names, values quoted as text). */
export type ProblemParams = Readonly<Record<string, string>>;

/** A problem in one feature's geometry, as facts (the loader adds file and feature; the words are in src/i18n). */
export interface GeometryIssue {
  code: string;
  variant?: string;
  params?: ProblemParams;
}

/** Every code a mapping note can have (the words for each, nb and en, are in src/i18n/mappingNotes.*.ts). */
export const MAPPING_NOTE_CODES = [
  'sosi-read',
  'sosi-objects',
  'sosi-arcs',
  'gml-read',
  'gml-srs',
  'gtfs-hub-rule',
  'gtfs-departures-counted',
  'gtfs-trips-without-mode',
  'gtfs-untimed',
  'gtfs-no-timetable',
  'kommuner-merged',
  'plan-business-codes',
  'plan-status-from-arealbruksstatus',
  'plan-no-name-field',
  'site-format-all-business',
  'plan-version-codes',
  'farmland-rule',
  'kommune-boundaries',
] as const;
export type MappingNoteCode = (typeof MAPPING_NOTE_CODES)[number];

/**
 * A rule a reader applied (how the file was read, which codes count, how kommuner were mapped), for the preview and
 * the import account: facts only — a `code`, a `variant` when the code has several texts, and `params`; the words are
 * in src/i18n (mappingNotes.ts).
 */
export interface MappingNote {
  code: MappingNoteCode;
  variant?: string;
  params?: ProblemParams;
}

/**
 * One thing found wrong with an input file. Loaders collect these instead of throwing at the
 * first one, so a caller can decide later (e.g. skip a bad feature with a warning) without the
 * loaders changing. A problem is facts only — `code` (stable), the file, the feature and `params` — and builds no
 * sentence: the words for every code are in src/i18n (problemText.ts), for the app and the CLIs alike.
 */
export interface Problem extends Warning {
  severity: ProblemSeverity;
  file: string;
}

/** A reference in the technical form of logs and Error.message (`features[3]`, `sosi:40:FLATE:17`): no words. */
export function refCode(ref: FeatureRef): string {
  switch (ref.kind) {
    case 'feature':
      return `features[${ref.index}]`;
    case 'sosi':
      return `sosi:${ref.line}:${ref.object}${ref.serial === undefined ? '' : `:${ref.serial}`}`;
    case 'gml':
      return `gml:${ref.line}:${ref.element}`;
    case 'csv':
      return `csv:${ref.line}`;
    case 'text':
      return ref.text;
  }
}

/**
 * Thrown when an input file (or a feature in it) cannot be used. Its Error.message is a neutral technical string
 * (code and file) for logs, never shown to people: show `problem` through src/i18n/problemText.ts.
 */
export class DataError extends Error {
  readonly file: string;
  readonly code: string;
  readonly featureIndex?: number;
  readonly featureId?: string;
  /** The problem that made the file unusable (the first error), as facts. */
  readonly problem: Problem;
  /** Every problem found in the file, errors and warnings, for callers that list them all. */
  readonly problems: readonly Problem[];

  constructor(problem: Omit<Problem, 'severity'>, problems: readonly Problem[] = []) {
    super(technicalText(problem));
    this.name = 'DataError';
    this.file = problem.file;
    this.code = problem.code;
    if (problem.featureIndex !== undefined) this.featureIndex = problem.featureIndex;
    if (problem.featureId !== undefined) this.featureId = problem.featureId;
    const main = problems.find((p) => p === problem) ??
      problems.find(
        (p) =>
          p.severity === 'error' &&
          p.code === problem.code &&
          p.variant === problem.variant &&
          p.featureIndex === problem.featureIndex,
      ) ?? { ...problem, severity: 'error' as const };
    this.problem = main;
    this.problems = problems.length > 0 ? problems : [main];
  }
}

/** `code (file, features[3])`: a problem named for logs and Error.message, with no words for people. */
export function technicalText(p: Omit<Problem, 'severity'>): string {
  const where =
    p.ref !== undefined ? refCode(p.ref) : p.featureIndex === undefined ? undefined : `features[${p.featureIndex}]`;
  return `${p.code}${p.variant === undefined ? '' : `/${p.variant}`} (${p.file}${where === undefined ? '' : `, ${where}`})`;
}

/** Quote a value taken from a data file for the params: control characters escaped, long text cut. */
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

/** Turn problems into warnings for a LoadResult (errors excluded). */
export function warningsOf(problems: readonly Problem[]): Warning[] {
  return problems
    .filter((p) => p.severity === 'warning')
    .map(({ code, variant, featureIndex, featureId, ref, named, params, file }) => {
      const w: Warning = { code };
      if (variant !== undefined) w.variant = variant;
      if (ref !== undefined && ref.kind !== 'feature') w.ref = ref;
      if (featureIndex !== undefined) w.featureIndex = featureIndex;
      if (featureId !== undefined) w.featureId = featureId;
      if (params !== undefined) w.params = params;
      if (named !== undefined) w.named = named;
      w.file = file;
      return w;
    });
}
