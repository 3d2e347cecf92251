// Turns collected problems into a result or a DataError, by the caller's policy for unusable features ('error' or
// 'skip').
import type { Collected, LoadOptions, LoadResult, SkippedFeature } from './featurePipeline.ts';
import { DataError, quote, warningsOf, type Problem } from './problems.ts';

/** Short reasons for unusable features, for counting in the import account ("3 × no geometry"). */
const UNUSABLE_REASON: Readonly<Record<string, string>> = {
  'not-a-feature': 'not a GeoJSON Feature',
  'geometry-null': 'no geometry',
  'geometry-empty': 'empty geometry',
  'geometry-type': 'wrong geometry type',
  'geometry-coordinates': 'malformed coordinates',
  'coordinate-not-finite': 'coordinate not a finite number',
  'coordinate-absurd': 'impossible coordinate',
  'ring-too-few-points': 'ring with fewer than 3 points',
  'ring-self-intersects': 'ring crosses or touches itself',
  'ring-no-area': 'ring with no area',
  'rings-cross': 'rings cross or share an edge',
  'hole-outside-shell': 'hole outside its outer ring',
  'holes-nested': 'hole inside another hole',
  'interior-disconnected': 'rings cut the area in two',
  'parts-overlap': 'parts overlap',
  'repair-empty': 'nothing left after repair',
  'projection-failed': 'cannot be projected',
  'outside-norway': 'outside Norway',
  'hub-type-missing': 'hub without a type',
  'hub-type-unknown': 'unknown hub type',
  'region-name-missing': 'region without a name',
  'arealformal-missing': 'no arealformål',
  'kommunenummer-missing': 'no kommunenummer',
};

export function unusableReason(code: string): string {
  return Object.hasOwn(UNUSABLE_REASON, code) ? (UNUSABLE_REASON[code] as string) : code;
}

/** Per reason: how many features, and which (for the preview and the import account). */
export interface SkipCount {
  kind: SkippedFeature['kind'];
  code: string;
  reason: string;
  /** The facts the reason names, for its translation (see FilteredFeature.params). */
  params?: Readonly<Record<string, string>>;
  count: number;
  features: { featureIndex: number; featureId?: string; ref: string }[];
}

export function countSkipped(skipped: readonly SkippedFeature[]): SkipCount[] {
  const byReason = new Map<string, SkipCount>();
  for (const s of skipped) {
    const key = `${s.kind}\u0000${s.reason}`;
    let c = byReason.get(key);
    if (!c) {
      c = { kind: s.kind, code: s.code, reason: s.reason, count: 0, features: [] };
      if (s.params !== undefined) c.params = s.params;
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

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function listed(c: SkipCount): string {
  const shown = c.features
    .slice(0, 5)
    .map((f) => (f.featureId === undefined ? f.ref : `${f.ref} (id ${quote(f.featureId)})`));
  return `${shown.join(', ')}${c.count > shown.length ? `, … ${c.count - shown.length} more` : ''}`;
}

/** One warning per reason for features the mapping rules left out (a plan export has many, so they are grouped). */
function filteredWarnings(file: string, counts: readonly SkipCount[]): Problem[] {
  return counts
    .filter((c) => c.kind === 'filtered')
    .map((c) => ({
      file,
      severity: 'warning' as const,
      code: c.code,
      message: `${file}: skipped ${plural(c.count, 'feature')}, ${c.reason}: ${listed(c)}`,
    }));
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
      reason: unusableReason(e.code),
      message: e.message,
      ref: e.ref ?? `features[${featureIndex}]`,
    };
    if (e.featureId !== undefined) s.featureId = e.featureId;
    skipped.push(s);
  }
  skipped.sort((a, b) => a.featureIndex - b.featureIndex);
  const counts = countSkipped(skipped);

  if (collected.items.length === 0) {
    const why = counts.map((c) => `${c.count} × ${c.reason}`).join('; ');
    const firstBroken = [...broken.values()][0];
    const first = firstBroken ? ` The first: ${firstBroken.message}` : '';
    const problem = {
      file,
      code: 'nothing-usable',
      message: `${file}: none of the ${plural(collected.featureCount, 'feature')} could be used: ${why}.${first}`,
    };
    throw new DataError(problem, [...collected.problems, { ...problem, severity: 'error' }]);
  }

  // Warnings about a feature that was then skipped (e.g. "ring closed") would only distract.
  const left = new Set(skipped.map((s) => s.featureIndex));
  const kept = collected.problems.filter(
    (p) => p.severity === 'warning' && (p.featureIndex === undefined || !left.has(p.featureIndex)),
  );
  const skipWarnings: Problem[] = [...broken.values()].map((e) => ({
    ...e,
    severity: 'warning',
    code: e.code,
    message: `${e.message} (skipped this feature; the rest were loaded)`,
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
