// Per-feature problem reporting (errors, warnings, deliberate skips) and the id rules: read, generate, make unique.
import type { ParsedFeature } from './loadGeoJson.ts';
import { readField, type FieldSource } from './fieldNames.ts';
import { featureLabel, quote, type Problem } from './problems.ts';
import { textOf } from './normalise.ts';

/** A feature left out on purpose by the mapping rules (e.g. not business land). */
export interface FilteredFeature {
  featureIndex: number;
  featureId?: string;
  code: string;
  /** Short reason shared by every feature skipped for the same cause, used to count them. */
  reason: string;
  /** Facts a translated reason names (plain text), e.g. `{ value: '30' }`; the same for every feature of one reason. */
  params?: Readonly<Record<string, string>>;
  message: string;
  /** How messages refer to it: `features[3]`, or `line 5` for a CSV row. */
  ref: string;
}

/** Collects problems for one feature; messages get the `file: features[i] (id "x")` prefix. */
export class FeatureReporter {
  featureId: string | undefined;
  /** True when the id was made up (`feature-<index>`), so a clash renames this one rather than a real id. */
  idGenerated = false;
  constructor(
    readonly file: string,
    readonly featureIndex: number,
    private readonly sink: Problem[],
    private readonly filtered: FilteredFeature[],
    /** Replaces `features[i]` in messages, e.g. `line 5` for a CSV row. */
    private readonly where?: string,
  ) {}

  /** How messages refer to this feature: `features[3]`, or `line 5` for a CSV row. */
  get ref(): string {
    return this.where ?? `features[${this.featureIndex}]`;
  }

  get label(): string {
    if (this.where === undefined) return featureLabel(this.file, this.featureIndex, this.featureId);
    return this.featureId === undefined
      ? `${this.file}: ${this.where}`
      : `${this.file}: ${this.where} (id ${quote(this.featureId)})`;
  }

  private push(severity: Problem['severity'], code: string, detail: string): void {
    const p: Problem = {
      severity,
      file: this.file,
      code,
      featureIndex: this.featureIndex,
      ref: this.ref,
      message: `${this.label}: ${detail}`,
    };
    if (this.featureId !== undefined) p.featureId = this.featureId;
    this.sink.push(p);
  }

  error(code: string, detail: string): null {
    this.push('error', code, detail);
    return null;
  }

  warn(code: string, detail: string): void {
    this.push('warning', code, detail);
  }

  /** Leave the feature out on purpose (not an error under any policy); `reason` groups the count. */
  skip(code: string, reason: string, params?: Readonly<Record<string, string>>): null {
    const f: FilteredFeature = {
      featureIndex: this.featureIndex,
      code,
      reason,
      message: `${this.label}: skipped: ${reason}`,
      ref: this.ref,
    };
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
      report.warn(
        'id-imprecise',
        `has the number id ${id}, too large to be read exactly (the file may say something else, e.g. 12345678901234567890 becomes 12345678901234567000); write the id as text in quotes`,
      );
    }
    return id;
  }
  const generated = `feature-${feature.index}`;
  const bad = [rawProp, feature.id].find(
    (v) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === ''),
  );
  if (bad !== undefined) {
    const what = Array.isArray(bad)
      ? 'a list'
      : typeof bad === 'object'
        ? 'an object'
        : typeof bad === 'boolean'
          ? `${String(bad)} (true/false)`
          : typeof bad === 'number'
            ? 'a number too large to hold (such as 1e400)'
            : typeof bad;
    report.warn(
      'id-unusable',
      `has an id that is ${what}, not text or a number; using ${quote(generated)}. Give every feature an id as text (or a whole number) so results can be traced back`,
    );
    report.featureId = generated;
    report.idGenerated = true;
    return generated;
  }
  report.warn(
    'id-generated',
    `has no id (no ${idField ? quote(idField.key) : 'id'} property and no Feature id); using ${quote(generated)}. Give every feature an id so results can be traced back`,
  );
  report.featureId = generated;
  report.idGenerated = true;
  return generated;
}

/**
 * Renames repeated ids to `<id>-2`, `<id>-3` … (never onto an id used elsewhere in the file), with a
 * warning naming both features. Real ids keep priority over generated ones, whatever the order.
 */
export function makeIdsUnique(entries: readonly { raw: { id?: string }; report: FeatureReporter }[]): void {
  const all = new Set<string>();
  for (const e of entries) if (e.raw.id !== undefined) all.add(e.raw.id);
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
    let n = nextSuffix.get(id) ?? 2;
    while (all.has(`${id}-${n}`) || firstUse.has(`${id}-${n}`)) n++;
    nextSuffix.set(id, n + 1);
    const renamed = `${id}-${n}`;
    raw.id = renamed;
    firstUse.set(renamed, report);
    report.warn(
      'id-duplicate',
      `id ${quote(id)} is already used by ${first.ref}; renamed this one ${quote(renamed)}. Give every feature its own id`,
    );
  }
}
