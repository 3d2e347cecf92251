// The steps every loader shares: parse, validate each feature, pick the CRS from all coordinates, project, report.
import { makeProjector } from '../domain/crs.ts';
import type { EpsgCode, Warning, XY } from '../domain/types.ts';
import { parseGeoJsonText, type ParsedFeature } from './loadGeoJson.ts';
import { DataError, featureLabel, quote, warningsOf, type Problem } from './problems.ts';
import { rawBbox, type RawPosition } from './readGeometry.ts';
import { GEOGRAPHIC, resolveCrs, type Bbox, type CrsSource } from './resolveCrs.ts';
import { textOf } from './normalise.ts';

export interface LoadOptions {
  /** Name used in every message (a path or a file name). */
  file: string;
  /** CRS override (CLI --crs); beats the file's crs member. */
  crs?: EpsgCode | undefined;
  /** Where the data is expected (lon/lat), to tell UTM 32 from 33 when guessing; default Asker. */
  referenceLngLatBbox?: Bbox | undefined;
}

export interface LoadResult<T> {
  value: T;
  warnings: Warning[];
  crs: EpsgCode;
  crsSource: CrsSource;
  /** Features in the file (before merging same-name regions). */
  featureCount: number;
}

/** Everything a loader found, before deciding whether errors are fatal. */
export interface Collected<T> {
  items: T[];
  /** Errors and warnings, in file order (CRS problems first). */
  problems: Problem[];
  crs: EpsgCode;
  crsSource: CrsSource;
  featureCount: number;
}

/** Collects problems for one feature; messages get the `file: features[i] (id "x")` prefix. */
export class FeatureReporter {
  featureId: string | undefined;
  constructor(
    readonly file: string,
    readonly featureIndex: number,
    private readonly sink: Problem[],
  ) {}

  private push(severity: Problem['severity'], code: string, detail: string): void {
    const p: Problem = { severity, file: this.file, code, featureIndex: this.featureIndex, message: `${featureLabel(this.file, this.featureIndex, this.featureId)}: ${detail}` };
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
}

export type Project = (p: RawPosition, where: string) => XY;

export interface FeatureReader<Raw, Out> {
  /** Validate one feature; report problems and return null when it cannot be used. */
  read(feature: ParsedFeature, report: FeatureReporter): Raw | null;
  positions(raw: Raw): Iterable<RawPosition>;
  /** Project; `project` throws ProjectionFailure, which the pipeline reports. */
  build(raw: Raw, project: Project): Out;
}

class ProjectionFailure extends Error {}

/**
 * Feature id: `properties.id`, else the Feature's `id`, else generated as `feature-<index>` with a
 * warning. Generating (rather than failing) keeps hand-drawn files usable; a generated id that
 * clashes with a real one is still caught as a duplicate.
 */
export function readFeatureId(feature: ParsedFeature, report: FeatureReporter): string {
  const id = textOf(feature.properties['id']) ?? textOf(feature.id);
  if (id !== undefined) {
    report.featureId = id;
    return id;
  }
  const generated = `feature-${feature.index}`;
  report.featureId = generated;
  report.warn('id-generated', `has no id (neither properties.id nor a Feature id); using ${quote(generated)}`);
  return generated;
}

export function collect<Raw extends { id?: string }, Out>(
  text: string,
  opts: LoadOptions,
  reader: FeatureReader<Raw, Out>,
): Collected<Out> {
  const { file } = opts;
  const parsed = parseGeoJsonText(text, file);
  const featureProblems: Problem[] = [];
  const raws: { raw: Raw; report: FeatureReporter }[] = [];
  const firstIndexById = new Map<string, number>();
  for (const feature of parsed.features) {
    const report = new FeatureReporter(file, feature.index, featureProblems);
    if (!feature.isFeature) {
      report.error('not-a-feature', `is ${feature.what}, not a GeoJSON Feature`);
      continue;
    }
    const raw = reader.read(feature, report);
    if (raw === null) continue;
    if (raw.id !== undefined) {
      const first = firstIndexById.get(raw.id);
      if (first !== undefined) {
        report.error('id-duplicate', `id ${quote(raw.id)} is already used by features[${first}]; ids must be unique`);
        continue;
      }
      firstIndexById.set(raw.id, feature.index);
    }
    raws.push({ raw, report });
  }

  const bbox = rawBbox(
    (function* () {
      for (const { raw } of raws) yield* reader.positions(raw);
    })(),
  );
  const decision = resolveCrs({ file, member: parsed.crsMember, override: opts.crs, bbox, referenceLngLatBbox: opts.referenceLngLatBbox });
  const toXY = makeProjector(decision.crs);
  const geographic = GEOGRAPHIC.has(decision.crs);
  const items: Out[] = [];
  for (const { raw, report } of raws) {
    const project: Project = (p, where) => {
      // proj4 returns plausible-looking numbers for latitudes beyond the poles, so check degrees first.
      if (geographic && (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)) {
        throw new ProjectionFailure(`${where} (${p[0]}, ${p[1]}) is outside longitude ±180 / latitude ±90, so it cannot be EPSG:${decision.crs}; is the crs right?`);
      }
      let xy: XY | undefined;
      try {
        xy = toXY(p);
      } catch {
        xy = undefined;
      }
      if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) {
        throw new ProjectionFailure(`${where} (${p[0]}, ${p[1]}) cannot be projected from EPSG:${decision.crs} to EPSG:25832; is the crs right?`);
      }
      return xy;
    };
    try {
      items.push(reader.build(raw, project));
    } catch (e) {
      if (!(e instanceof ProjectionFailure)) throw e;
      report.error('projection-failed', e.message);
    }
  }
  return {
    items,
    problems: [...decision.problems, ...featureProblems],
    crs: decision.crs,
    crsSource: decision.crsSource,
    featureCount: parsed.features.length,
  };
}

/** Strict policy used today: any error is fatal (DataError with all problems attached). */
export function finish<T>(collected: Collected<unknown>, value: T): LoadResult<T> {
  const errors = collected.problems.filter((p) => p.severity === 'error');
  const first = errors[0];
  if (first) throw new DataError(first, collected.problems);
  return { value, warnings: warningsOf(collected.problems), crs: collected.crs, crsSource: collected.crsSource, featureCount: collected.featureCount };
}
