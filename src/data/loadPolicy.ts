// Turns collected problems into a result or a DataError, by the caller's policy for unusable features ('error' or
// 'skip').
import type { Collected, LoadOptions, LoadResult, SkippedFeature } from './featurePipeline.ts';
import type { NamedFeature } from '../domain/types.ts';
import { DataError, warningsOf, type Problem } from './problems.ts';

/** Per reason: how many features, and which (for the preview and the import account). */
export interface SkipCount {
  kind: SkippedFeature['kind'];
  code: string;
  /** Which of the code's reasons (see FilteredFeature.variant). */
  variant?: string;
  /** The grouping key (see FilteredFeature.reason); the words are skipReasonText in src/i18n. */
  reason: string;
  /** The facts the reason names, for its translation (see FilteredFeature.params). */
  params?: Readonly<Record<string, string>>;
  count: number;
  features: (NamedFeature & { featureIndex: number })[];
}

export function countSkipped(skipped: readonly SkippedFeature[]): SkipCount[] {
  const byReason = new Map<string, SkipCount>();
  for (const s of skipped) {
    const key = `${s.kind}\u0000${s.reason}`;
    let c = byReason.get(key);
    if (!c) {
      c = { kind: s.kind, code: s.code, reason: s.reason, count: 0, features: [] };
      if (s.params !== undefined) c.params = s.params;
      if (s.variant !== undefined) c.variant = s.variant;
      byReason.set(key, c);
    }
    c.count++;
    c.features.push(
      s.featureId === undefined
        ? { featureIndex: s.featureIndex, ref: s.ref }
        : { featureIndex: s.featureIndex, featureId: s.featureId, ref: s.ref },
    );
  }
  return [...byReason.values()];
}

/** The features named in a grouped warning: the first five (their references and ids) and how many more. */
const SHOWN = 5;
function listed(c: SkipCount): { params: Record<string, string>; named: NamedFeature[] } {
  const named = c.features
    .slice(0, SHOWN)
    .map(({ ref, featureId }): NamedFeature => (featureId === undefined ? { ref } : { ref, featureId }));
  const params: Record<string, string> = { count: String(c.count) };
  if (c.count > named.length) params['more'] = String(c.count - named.length);
  return { params, named };
}

/**
 * One warning per reason for features the mapping rules left out (a plan export has many, so they are grouped): the
 * skip's code with the variant `filtered` (`filtered-more` when more than five), its params and the features named.
 */
function filteredWarnings(file: string, counts: readonly SkipCount[]): Problem[] {
  return counts
    .filter((c) => c.kind === 'filtered')
    .map((c): Problem => {
      const { params, named } = listed(c);
      return {
        file,
        severity: 'warning',
        code: c.code,
        variant: params['more'] === undefined ? 'filtered' : 'filtered-more',
        params: { ...c.params, ...(c.variant === undefined ? {} : { skipVariant: c.variant }), ...params },
        named,
      };
    });
}

/**
 * Applies the policy. File-level errors always throw. Feature errors throw under 'error' (default);
 * under 'skip' each broken feature is left out with a warning that says so. When nothing is left,
 * a DataError lists why every feature was left out.
 */
export function finish<T>(
  collected: Collected<unknown>,
  value: T,
  opts: Pick<LoadOptions, 'file' | 'onUnusable'>,
): LoadResult<T> {
  const { file } = opts;
  const errors = collected.problems.filter((p) => p.severity === 'error');
  const fileError = errors.find((p) => p.featureIndex === undefined);
  if (fileError) throw new DataError(fileError, collected.problems);
  const policy = opts.onUnusable ?? 'error';
  if (policy === 'error' && errors[0]) throw new DataError(errors[0], collected.problems);

  const skipped: SkippedFeature[] = collected.filtered.map((f) => ({ ...f, kind: 'filtered' }));
  const broken = new Map<number, Problem>();
  for (const e of errors)
    if (e.featureIndex !== undefined && !broken.has(e.featureIndex)) broken.set(e.featureIndex, e);
  for (const [featureIndex, e] of broken) {
    const s: SkippedFeature = {
      kind: 'unusable',
      featureIndex,
      code: e.code,
      reason: e.code,
      ref: e.ref ?? { kind: 'feature', index: featureIndex },
    };
    if (e.featureId !== undefined) s.featureId = e.featureId;
    skipped.push(s);
  }
  skipped.sort((a, b) => a.featureIndex - b.featureIndex);
  const counts = countSkipped(skipped);

  if (collected.items.length === 0) {
    // Why, per reason: code, variant, params and count, as JSON text (the words are the skip reasons in src/i18n).
    const reasons = JSON.stringify(
      counts.map((c) => ({ code: c.code, variant: c.variant, params: c.params, count: c.count })),
    );
    const problem = { file, code: 'nothing-usable', params: { count: String(collected.featureCount), reasons } };
    throw new DataError(problem, [...collected.problems, { ...problem, severity: 'error' }]);
  }

  // Warnings about a feature that was then skipped (e.g. "ring closed") would only distract.
  const left = new Set(skipped.map((s) => s.featureIndex));
  const kept = collected.problems.filter(
    (p) => p.severity === 'warning' && (p.featureIndex === undefined || !left.has(p.featureIndex)),
  );
  // The error as it was, now a warning that says the feature was skipped (param `skipped`).
  const skipWarnings: Problem[] = [...broken.values()].map((e) => ({
    ...e,
    severity: 'warning',
    params: { ...e.params, skipped: 'feature' },
  }));
  return {
    value,
    warnings: warningsOf([...kept, ...filteredWarnings(file, counts), ...skipWarnings]),
    crs: collected.crs,
    crsSource: collected.crsSource,
    featureCount: collected.featureCount,
    skipped,
    mapping: collected.mapping,
  };
}
