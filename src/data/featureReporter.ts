// Per-feature problem reporting (errors, warnings, deliberate skips) and the id rules: read, generate, make unique.
import type { FeatureRef, NamedFeature } from '../domain/types.ts';
import type { ParsedFeature } from './loadGeoJson.ts';
import { readField, type FieldSource } from './fieldNames.ts';
import { quote, type Problem, type ProblemParams } from './problems.ts';
import { textOf } from './normalise.ts';

/** A feature left out on purpose by the mapping rules (e.g. not business land). */
export interface FilteredFeature {
  featureIndex: number;
  featureId?: string;
  code: string;
  /** Which of the code's reasons, when it has several (e.g. `services` for arealformål 1160). */
  variant?: string;
  /** The key shared by every feature skipped for the same cause (code, variant and params), used to count them; not
   * words: the reason's words are in src/i18n (skipReasonText). */
  reason: string;
  /** Facts the reason names (plain text), e.g. `{ value: '30' }`; the same for every feature of one reason. */
  params?: Readonly<Record<string, string>>;
  /** Where it is in the file: `features[3]`, a SOSI object's line, a CSV row's line (facts; words in src/i18n). */
  ref: FeatureRef;
}

/** The grouping key of a skip: code, variant and params (facts only). */
export function skipKey(code: string, params?: ProblemParams, variant?: string): string {
  const facts = Object.entries(params ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join('\u0000');
  return `${code}/${variant ?? ''}\u0000${facts}`;
}

/** Collects problems for one feature as facts (code, file, feature, params); the words are in src/i18n. */
export class FeatureReporter {
  featureId: string | undefined;
  /** True when the id was made up (`feature-<index>`), so a clash renames this one rather than a real id. */
  idGenerated = false;
  constructor(
    readonly file: string,
    readonly featureIndex: number,
    private readonly sink: Problem[],
    private readonly filtered: FilteredFeature[],
    /** Where the feature is when not `features[i]`: a SOSI object, a GML element, a CSV row. */
    private readonly where?: FeatureRef,
  ) {}

  /** Where this feature is in the file: `features[3]`, or the reader's reference (a SOSI object, a CSV row). */
  get ref(): FeatureRef {
    return this.where ?? { kind: 'feature', index: this.featureIndex };
  }

  private push(
    severity: Problem['severity'],
    code: string,
    params?: ProblemParams,
    variant?: string,
    named?: readonly NamedFeature[],
  ): void {
    const p: Problem = { severity, file: this.file, code, featureIndex: this.featureIndex, ref: this.ref };
    if (variant !== undefined) p.variant = variant;
    if (this.featureId !== undefined) p.featureId = this.featureId;
    if (params !== undefined) p.params = params;
    if (named !== undefined) p.named = named;
    this.sink.push(p);
  }

  /** An error in this feature: its code, the facts its words name, and which of the code's texts when it has several. */
  error(code: string, params?: ProblemParams, variant?: string): null {
    this.push('error', code, params, variant);
    return null;
  }

  /** A warning; `named`: other features its words name (the first use of a repeated id). */
  warn(code: string, params?: ProblemParams, variant?: string, named?: readonly NamedFeature[]): void {
    this.push('warning', code, params, variant, named);
  }

  /** Leave the feature out on purpose (not an error under any policy); code, variant and params group the count. */
  skip(code: string, params?: ProblemParams, variant?: string): null {
    const f: FilteredFeature = {
      featureIndex: this.featureIndex,
      code,
      reason: skipKey(code, params, variant),
      ref: this.ref,
    };
    if (variant !== undefined) f.variant = variant;
    if (this.featureId !== undefined) f.featureId = this.featureId;
    if (params !== undefined) f.params = params;
    this.filtered.push(f);
    return null;
  }
}

/**
 * Feature id: the mapped id property (`id`, `lokalId`, `identifikasjon.lokalId`, `OBJID` …), else
 * the Feature's `id`, else generated as `feature-<index>` with a warning. Generating (rather than
 * failing) keeps hand-drawn files usable; `makeIdsUnique` then settles clashes.
 */
export function readFeatureId(feature: ParsedFeature, report: FeatureReporter, idField?: FieldSource): string {
  const rawProp = idField ? readField(feature.properties, idField) : feature.properties['id'];
  const raw = textOf(rawProp) !== undefined ? rawProp : feature.id;
  const id = textOf(rawProp) ?? textOf(feature.id);
  if (id !== undefined) {
    report.featureId = id;
    // A number id beyond 2^53 is not the number in the file (12345678901234567890 reads as …7000): say so.
    if (typeof raw === 'number' && Number.isInteger(raw) && !Number.isSafeInteger(raw)) {
      report.warn('id-imprecise', { id });
    }
    return id;
  }
  const generated = `feature-${feature.index}`;
  const bad = [rawProp, feature.id].find(
    (v) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === ''),
  );
  if (bad !== undefined) {
    // Which kind of value the id was: the words for each are in src/i18n.
    const kind = Array.isArray(bad)
      ? 'list'
      : typeof bad === 'object'
        ? 'object'
        : typeof bad === 'boolean'
          ? 'boolean'
          : typeof bad === 'number'
            ? 'number'
            : typeof bad;
    report.warn(
      'id-unusable',
      { value: typeof bad === 'boolean' ? String(bad) : '', generated: quote(generated) },
      kind,
    );
    report.featureId = generated;
    report.idGenerated = true;
    return generated;
  }
  report.warn('id-generated', { field: idField ? quote(idField.key) : 'id', generated: quote(generated) });
  report.featureId = generated;
  report.idGenerated = true;
  return generated;
}

/**
 * Renames repeated ids to `<id>-2`, `<id>-3` … (never onto an id used elsewhere in the file), with a
 * warning naming both features. Real ids keep priority over generated ones, whatever the order.
 */
export function makeIdsUnique(entries: readonly { raw: { id?: string }; report: FeatureReporter }[]): void {
  // Every id in the file, to rename onto none of them: made on the first repeat (most files have none).
  let all: Set<string> | null = null;
  const firstUse = new Map<string, FeatureReporter>();
  // The next suffix to try per repeated id: 20 000 copies of one id then cost 20 000 steps, not 20 000² / 2.
  const nextSuffix = new Map<string, number>();
  const ordered = [...entries.filter((e) => !e.report.idGenerated), ...entries.filter((e) => e.report.idGenerated)];
  for (const { raw, report } of ordered) {
    const id = raw.id;
    if (id === undefined) continue;
    const first = firstUse.get(id);
    if (first === undefined) {
      firstUse.set(id, report);
      continue;
    }
    if (all === null) {
      all = new Set<string>();
      for (const e of entries) if (e.raw.id !== undefined) all.add(e.raw.id);
    }
    let n = nextSuffix.get(id) ?? 2;
    while (all.has(`${id}-${n}`) || firstUse.has(`${id}-${n}`)) n++;
    nextSuffix.set(id, n + 1);
    const renamed = `${id}-${n}`;
    raw.id = renamed;
    firstUse.set(renamed, report);
    // `first` in the words is the feature named (its reference; the id is the one repeated).
    report.warn('id-duplicate', { id: quote(id), renamed: quote(renamed) }, undefined, [{ ref: first.ref }]);
  }
}
