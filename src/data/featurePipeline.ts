// The steps every loader shares: parse, validate each feature, settle ids, pick the CRS, fix swapped axes, project,
// check the place.
import { CrsError, makeProjector, parseCrsMember } from '../domain/crs.ts';
import type { EpsgCode, FeatureRef, MultiPolygonXY, Warning, XY } from '../domain/types.ts';
import type { FieldOverrides, FieldRole } from './fieldNames.ts';
import { multiPolygonAreaM2 } from '../domain/geometry.ts';
import { checkPolygons } from './geometryValidity.ts';
import { FeatureReporter, makeIdsUnique, type FilteredFeature } from './featureReporter.ts';
import type { LoadInput } from './decodeInput.ts';
import type { ParsedCollection, ParsedFeature } from './loadGeoJson.ts';
import { need, type LoadTools } from './loadTools.ts';
import { readFeatureFile } from './readFeatureFile.ts';
import { detectSwappedAxes, implausibleIn, insideNorway, placeParams } from './plausibility.ts';
import type { MappingNote, Problem } from './problems.ts';
import { coordText, rawBbox, whereParams, type GeometryIssue, type RawPosition, type Where } from './readGeometry.ts';
import { GEOGRAPHIC, resolveCrs, type Bbox, type CrsSource } from './resolveCrs.ts';

export type { FilteredFeature } from './featureReporter.ts';

export interface LoadOptions {
  /** Name used in every message (a path or a file name). */
  file: string;
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

export type Project = (p: RawPosition, where: Where) => XY;

export interface FeatureReader<Raw, Out> {
  mapping: MappingReport;
  /** Validate one feature; report problems (or a deliberate skip) and return null when it is not used. */
  read(feature: ParsedFeature, report: FeatureReporter): Raw | null;
  positions(raw: Raw): Iterable<RawPosition>;
  /** Project; `project` throws ProjectionFailure, which the pipeline reports. */
  build(raw: Raw, project: Project): Out;
  /** File-level warnings known only after every feature was read (e.g. a count of special cases). */
  fileWarnings?(): GeometryIssue[];
  /** For polygon features: the projected geometry, checked for OGC validity (and repaired on request). */
  polygonsOf?(out: Out): MultiPolygonXY;
  withPolygons?(out: Out, geometry: MultiPolygonXY): Out;
  /** Above this area (m²) a feature gets a plausibility warning (a site of 360 000 km² is a unit or CRS mistake). */
  maxPlausibleAreaM2?: number;
}

class ProjectionFailure extends Error {
  constructor(
    readonly code: string,
    readonly params: Readonly<Record<string, string>>,
    readonly variant?: string,
  ) {
    super(code);
  }
}

/** The CRS the user or the file states (not a guess), for deciding whether swapped axes are plausible. */
function declaredCrs(member: unknown, override: EpsgCode | undefined): EpsgCode | undefined {
  if (override !== undefined) return override;
  try {
    return parseCrsMember(member) ?? undefined;
  } catch (e) {
    if (e instanceof CrsError) return undefined;
    throw e;
  }
}

/** A position as problem params: `x`, `y` as written (rounded for reading). */
const posParams = (p: RawPosition): Record<string, string> => ({ x: coordText(p[0]), y: coordText(p[1]) });

interface Outside {
  report: FeatureReporter;
  where: Where;
  p: RawPosition;
  xy: XY;
}

/**
 * Validates, projects and checks already parsed features (GeoJSON, or GTFS rows dressed as features). `tools`
 * gives the polygon repair when `opts.repair` asks for it.
 */
export function collectParsed<Raw extends { id?: string }, Out>(
  parsed: ParsedCollection,
  opts: LoadOptions,
  makeReader: (features: readonly ParsedFeature[]) => FeatureReader<Raw, Out>,
  tools: LoadTools,
  where?: (feature: ParsedFeature) => FeatureRef,
): Collected<Out> {
  const { file } = opts;
  const repair = opts.repair === true ? need(tools.repair, 'polygon repair') : null;
  const reader = makeReader(parsed.features);
  const featureProblems: Problem[] = [];
  const filtered: FilteredFeature[] = [];
  const raws: { raw: Raw; report: FeatureReporter }[] = [];
  for (const feature of parsed.features) {
    const report = new FeatureReporter(file, feature.index, featureProblems, filtered, where?.(feature) ?? feature.ref);
    if (feature.unusable) {
      report.error(feature.unusable.code, feature.unusable.params, feature.unusable.variant);
      continue;
    }
    if (!feature.isFeature) {
      report.error('not-a-feature', feature.what);
      continue;
    }
    const raw = reader.read(feature, report);
    if (raw !== null) raws.push({ raw, report });
  }
  makeIdsUnique(raws);

  const bbox0 = rawBbox(
    (function* () {
      for (const { raw } of raws) yield* reader.positions(raw);
    })(),
  );
  const swapped = detectSwappedAxes(bbox0, declaredCrs(parsed.crsMember, opts.crs));
  const bbox: Bbox | null = swapped && bbox0 ? [bbox0[1], bbox0[0], bbox0[3], bbox0[2]] : bbox0;
  const decision = resolveCrs({
    file,
    member: parsed.crsMember,
    override: opts.crs,
    bbox,
    referenceLngLatBbox: opts.referenceLngLatBbox,
  });
  const fileProblems = [...(parsed.problems ?? []), ...decision.problems];
  const first = raws[0];
  if (swapped && first) {
    const example = reader.positions(first.raw)[Symbol.iterator]().next().value as RawPosition;
    fileProblems.push({
      file,
      severity: 'warning',
      code: 'axes-swapped',
      variant: swapped,
      params: { example: `[${example[0]}, ${example[1]}]` },
    });
  }
  const toXY = makeProjector(decision.crs);
  const geographic = GEOGRAPHIC.has(decision.crs);
  const items: Out[] = [];
  const outside: Outside[] = [];
  for (const { raw, report } of raws) {
    let away: Outside | null = null;
    const project: Project = (p0, at) => {
      const p: RawPosition = swapped ? [p0[1], p0[0]] : p0;
      // proj4 returns plausible-looking numbers for latitudes beyond the poles, so check degrees first.
      if (geographic && (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)) {
        throw new ProjectionFailure(
          'projection-failed',
          { ...whereParams(at), x: String(p[0]), y: String(p[1]), crs: String(decision.crs) },
          'degrees',
        );
      }
      const range = implausibleIn(decision.crs, p);
      if (range !== null) {
        throw new ProjectionFailure(
          'coordinate-absurd',
          { ...whereParams(at), ...posParams(p), crs: String(decision.crs) },
          range,
        );
      }
      let xy: XY | undefined;
      try {
        xy = toXY(p);
      } catch {
        xy = undefined;
      }
      if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) {
        throw new ProjectionFailure('projection-failed', {
          ...whereParams(at),
          x: String(p[0]),
          y: String(p[1]),
          crs: String(decision.crs),
        });
      }
      if (away === null && !insideNorway(xy)) away = { report, where: at, p, xy };
      return xy;
    };
    try {
      let out = reader.build(raw, project);
      if (reader.polygonsOf && reader.withPolygons) {
        const checked = checkPolygons(reader.polygonsOf(out), repair);
        if (!checked.ok) {
          report.error(checked.code, checked.params, checked.variant);
          continue;
        }
        if (checked.warning) {
          report.warn(checked.warning.code, checked.warning.params, checked.warning.variant);
          out = reader.withPolygons(out, checked.geometry);
        }
        const area = reader.maxPlausibleAreaM2 === undefined ? 0 : multiPolygonAreaM2(checked.geometry);
        if (reader.maxPlausibleAreaM2 !== undefined && area > reader.maxPlausibleAreaM2) {
          report.warn('area-implausible', {
            areaKm2: String(Math.round(area / 1e6)),
            limitKm2: String(reader.maxPlausibleAreaM2 / 1e6),
          });
        }
      }
      if (away === null) items.push(out);
      else outside.push(away);
    } catch (e) {
      if (!(e instanceof ProjectionFailure)) throw e;
      report.error(e.code, e.params, e.variant);
    }
  }
  // How the CRS was read (`crsSource`: member, override, detected) and where the data lands (`lat`, `lon`).
  const read = { crs: String(decision.crs), crsSource: decision.crsSource };
  if (outside.length > 0 && items.length === 0 && outside.length === raws.length) {
    const o = outside[0] as Outside;
    fileProblems.push({
      file,
      severity: 'error',
      code: 'outside-norway',
      params: { ...read, count: String(outside.length), ...placeParams(o.xy) },
    });
  } else {
    for (const o of outside) {
      o.report.error('outside-norway', { ...whereParams(o.where), ...posParams(o.p), ...read, ...placeParams(o.xy) });
    }
  }
  for (const w of reader.fileWarnings?.() ?? []) fileProblems.push({ file, severity: 'warning', ...w });
  return {
    items,
    problems: [...fileProblems, ...featureProblems],
    filtered,
    crs: decision.crs,
    crsSource: decision.crsSource,
    featureCount: parsed.features.length,
    mapping: parsed.notes ? { ...reader.mapping, notes: [...parsed.notes, ...reader.mapping.notes] } : reader.mapping,
  };
}

/**
 * Parses a feature file (GeoJSON, SOSI or GML text, or its bytes; file-level checks included) and collects
 * its features. `want` says which SOSI/GML objects are features: areas for sites and regions, points for hubs.
 */
export function collect<Raw extends { id?: string }, Out>(
  input: LoadInput,
  opts: LoadOptions,
  makeReader: (features: readonly ParsedFeature[]) => FeatureReader<Raw, Out>,
  want: 'areas' | 'points',
  tools: LoadTools,
): Collected<Out> {
  return collectParsed(
    readFeatureFile(input, opts.file, { maxChars: opts.maxChars, want, onProgress: opts.onProgress }, tools),
    opts,
    makeReader,
    tools,
  );
}
