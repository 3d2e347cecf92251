// Reading a feature file, as one straight line of stages: read the format, map the layer's fields, settle ids, settle
// the CRS, project, check validity and the place. Each stage is a module that takes the previous stage's output and
// never calls back (scripts/readTrace.ts counts it); loadPolicy.finish then decides what is fatal.
import type { EpsgCode, Warning } from '../domain/types.ts';
import { settleCrs } from './crsStage.ts';
import type { LoadInput } from './decodeInput.ts';
import { makeIdsUnique, type FilteredFeature } from './featureReporter.ts';
import type { FieldOverrides, FieldRole } from './fieldNames.ts';
import type { ParsedCollection, ParsedFeature } from './loadGeoJson.ts';
import { need, type LoadTools } from './loadTools.ts';
import { mapFeatures, type FieldMapper } from './mapFeatures.ts';
import { checkPlace } from './placeStage.ts';
import type { MappingNote, Problem } from './problems.ts';
import { featureProjector, type Outside } from './projectStage.ts';
import { readFeatureFile } from './readFeatureFile.ts';
import { polygonsIn, type GeometryIssue, type ProjectedGeometry, type RawGeometry } from './readGeometry.ts';
import type { Bbox, CrsSource } from './resolveCrs.ts';
import { checkValidity } from './validityStage.ts';
import type { FeatureReporter } from './featureReporter.ts';

export type { FilteredFeature } from './featureReporter.ts';

export interface LoadOptions {
  /** Name used in every message (a path or a file name). */
  file: string;
  /**
   * The input as readFeatureFile already read it under this `file` name (a GeoJSON file, where `want` does not
   * matter): used instead of reading it again, so the load dialog parses a large file once for its guess and preview.
   */
  parsed?: ParsedCollection | undefined;
  /** CRS override (CLI --crs, or the user's choice in the preview); beats the file's crs member. */
  crs?: EpsgCode | undefined;
  /** Where the data is expected (lon/lat), to tell UTM 32 from 33 when guessing; default Asker. */
  referenceLngLatBbox?: Bbox | undefined;
  /**
   * A feature that cannot be used: 'error' (default, the report CLI) fails the whole file;
   * 'skip' leaves it out with a warning saying so (imports). File-level problems always fail.
   */
  onUnusable?: 'error' | 'skip' | undefined;
  /** The user's field mapping (property to read per field, null = ignore); detected when absent. */
  fields?: FieldOverrides | undefined;
  /** Largest text accepted, in characters; default MAX_GEOJSON_CHARS (50 MB). */
  maxChars?: number | undefined;
  /** Rebuild invalid polygons (as ST_MakeValid) with a warning, instead of treating them as unusable. */
  repair?: boolean | undefined;
  /** The share of the file read (0–1), from the SOSI and GML readers, for a progress bar (see readFeatureFile). */
  onProgress?: ((share: number) => void) | undefined;
}

/** How a file was read, for the preview and the import account. */
export interface MappingReport {
  /** project: this project's own format; plan: SOSI plan data (arealformål); kommune: kommune boundaries; gtfs: GTFS
   * stops. */
  mode: 'project' | 'plan' | 'kommune' | 'gtfs';
  /** Field → the property it was read from, as spelled in the file. */
  fields: Partial<Record<FieldRole, string>>;
  /** The rules applied, as facts (e.g. how status codes or kommuner were mapped, the hub rule); words in src/i18n. */
  notes: MappingNote[];
}

/** A feature that did not make it into the result, and why. */
export interface SkippedFeature extends FilteredFeature {
  /** filtered: left out by the mapping rules; unusable: broken, left out under onUnusable 'skip'. */
  kind: 'filtered' | 'unusable';
}

export interface LoadResult<T> {
  value: T;
  warnings: Warning[];
  crs: EpsgCode;
  crsSource: CrsSource;
  /** Features in the file (before merging same-name regions). */
  featureCount: number;
  /** Every feature left out, with why; empty when all were used. */
  skipped: SkippedFeature[];
  mapping: MappingReport;
}

/** Everything a loader found, before deciding whether errors are fatal. */
export interface Collected<T> {
  items: T[];
  /** Errors and warnings, in file order (file-level problems first). */
  problems: Problem[];
  /** Features left out on purpose by the mapping rules. */
  filtered: FilteredFeature[];
  crs: EpsgCode;
  crsSource: CrsSource;
  featureCount: number;
  mapping: MappingReport;
}

/**
 * A layer's field mapping (siteReader.ts, regionReader.ts, hubReader.ts …): the stages call it, it calls no stage.
 * `read` maps one feature's fields and raw geometry (or reports why not); `geometryOf` hands the raw geometry to the
 * CRS and projection stages as data; `build` puts the fields and the projected (and checked) geometry together.
 */
export interface FeatureReader<Raw, Out> extends FieldMapper<Raw> {
  mapping: MappingReport;
  geometryOf(raw: Raw): RawGeometry;
  build(raw: Raw, geometry: ProjectedGeometry): Out;
  /** File-level warnings known only after every feature was read (e.g. a count of special cases). */
  fileWarnings?(): GeometryIssue[];
  /** Polygon features whose projected geometry is checked for OGC validity (and repaired on request). */
  checkPolygons?: boolean;
  /** Above this area (m²) a feature gets a plausibility warning (a site of 360 000 km² is a unit or CRS mistake). */
  maxPlausibleAreaM2?: number;
}

/**
 * The stages after reading, for already parsed features (GeoJSON, SOSI, GML, or GTFS rows dressed as features).
 * `tools` gives the polygon repair when `opts.repair` asks for it.
 */
export function collectParsed<Raw extends { id?: string }, Out>(
  parsed: ParsedCollection,
  opts: LoadOptions,
  makeReader: (features: readonly ParsedFeature[]) => FeatureReader<Raw, Out>,
  tools: LoadTools,
): Collected<Out> {
  const { file } = opts;
  const repair = opts.repair === true ? need(tools.repair, 'polygon repair') : null;
  const reader = makeReader(parsed.features);
  // Map the fields; settle the ids.
  const mapped = mapFeatures(parsed, reader, file);
  makeIdsUnique(mapped.features);
  // Settle the CRS from the raw geometry.
  const geometries = mapped.features.map(({ raw }) => reader.geometryOf(raw));
  const { decision, swapped, problems: fileProblems } = settleCrs(parsed, geometries, opts);
  // Project, check validity, note the place: feature by feature, so each feature's problems stay together.
  const project = featureProjector(decision.crs, swapped !== null);
  const items: Out[] = [];
  const outside: (Outside & { report: FeatureReporter })[] = [];
  mapped.features.forEach(({ raw, report }, i) => {
    const projected = project(geometries[i] as RawGeometry, report);
    if (projected === null) return;
    let geometry: ProjectedGeometry = projected.geometry;
    if (reader.checkPolygons === true) {
      const checked = checkValidity(polygonsIn(geometry), repair, reader.maxPlausibleAreaM2, report);
      if (checked === null) return;
      geometry = { kind: 'polygons', polygons: checked };
    }
    if (projected.outside === null) items.push(reader.build(raw, geometry));
    else outside.push({ ...projected.outside, report });
  });
  const wrongPlace = checkPlace(outside, items.length, mapped.features.length, file, decision);
  if (wrongPlace !== null) fileProblems.push(wrongPlace);
  for (const w of reader.fileWarnings?.() ?? []) fileProblems.push({ file, severity: 'warning', ...w });
  return {
    items,
    problems: [...fileProblems, ...mapped.problems],
    filtered: mapped.filtered,
    crs: decision.crs,
    crsSource: decision.crsSource,
    featureCount: parsed.features.length,
    mapping: parsed.notes ? { ...reader.mapping, notes: [...parsed.notes, ...reader.mapping.notes] } : reader.mapping,
  };
}

/**
 * Reads a feature file (GeoJSON, SOSI or GML text, or its bytes; file-level checks included) and runs the stages on
 * its features. `want` says which SOSI/GML objects are features: areas for sites and regions, points for hubs.
 */
export function collect<Raw extends { id?: string }, Out>(
  input: LoadInput,
  opts: LoadOptions,
  makeReader: (features: readonly ParsedFeature[]) => FeatureReader<Raw, Out>,
  want: 'areas' | 'points',
  tools: LoadTools,
): Collected<Out> {
  const parsed =
    opts.parsed ??
    readFeatureFile(input, opts.file, { maxChars: opts.maxChars, want, onProgress: opts.onProgress }, tools);
  return collectParsed(parsed, opts, makeReader, tools);
}
