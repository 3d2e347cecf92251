// Loaders for sites, hubs and regions: GeoJSON text in, projected engine objects (EPSG:25832) plus warnings out.
import type { Hub, MultiPolygonXY, Region, Site } from '../domain/types.ts';
import {
  collect, finish, readFeatureId,
  type Collected, type FeatureReporter, type LoadOptions, type LoadResult, type Project,
} from './featurePipeline.ts';
import type { ParsedFeature } from './loadGeoJson.ts';
import {
  ACCEPTED, normaliseAbc, normaliseHubType, normaliseReadiness, normaliseStatus, textOf, type Normalised,
} from './normalise.ts';
import { DataError, quote } from './problems.ts';
import { readPoint, readPolygons, type GeometryRead, type RawPolygons, type RawPosition } from './readGeometry.ts';

export type { LoadOptions, LoadResult, Collected } from './featurePipeline.ts';
export { DataError } from './problems.ts';

function geometryOf<T>(read: GeometryRead<T>, report: FeatureReporter): T | null {
  if (!read.ok) return report.error(read.error.code, read.error.message);
  for (const w of read.warnings) report.warn(w.code, w.message);
  return read.value;
}

function projectPolygons(polygons: RawPolygons, project: Project): MultiPolygonXY {
  return polygons.map((poly, p) => poly.map((ring, r) => ring.map((pos, i) => project(pos, `polygon ${p + 1} ring ${r + 1} position ${i + 1}`))));
}

function* positionsOf(polygons: RawPolygons): Iterable<RawPosition> {
  for (const poly of polygons) for (const ring of poly) yield* ring;
}

/** Unknown coded values become null with a warning; an absent value is simply null. */
function coded<T>(value: Normalised<T>, raw: unknown, field: string, accepted: string, report: FeatureReporter): T | null {
  if (value === null) report.warn(`${field}-unknown`, `${field} ${quote(raw)} is not recognised (expected ${accepted}); treated as unknown`);
  return value ?? null;
}

function nameOf(feature: ParsedFeature, id: string, report: FeatureReporter): string {
  const name = textOf(feature.properties['name']);
  if (name !== undefined) return name;
  report.warn('name-missing', `has no name; using the id ${quote(id)} as its name`);
  return id;
}

interface RawSite extends Omit<Site, 'geometry'> {
  polygons: RawPolygons;
}

/** Sites, with problems collected but not yet judged (for callers with their own policy). */
export function collectSites(text: string, opts: LoadOptions): Collected<Site> {
  return collect<RawSite, Site>(text, opts, {
    read(feature, report) {
      const id = readFeatureId(feature, report);
      const polygons = geometryOf(readPolygons(feature.geometry), report);
      if (polygons === null) return null;
      const props = feature.properties;
      return {
        id,
        name: nameOf(feature, id, report),
        status: coded(normaliseStatus(props['status']), props['status'], 'status', ACCEPTED.status, report),
        abc: coded(normaliseAbc(props['abc']), props['abc'], 'abc', ACCEPTED.abc, report),
        readiness: coded(normaliseReadiness(props['readiness']), props['readiness'], 'readiness', ACCEPTED.readiness, report),
        note: textOf(props['note']) ?? '',
        polygons,
      };
    },
    positions: (raw) => positionsOf(raw.polygons),
    build: ({ polygons, ...site }, project) => ({ ...site, geometry: projectPolygons(polygons, project) }),
  });
}

/** Business sites (Polygon/MultiPolygon). Throws DataError on unusable input. */
export function loadSites(text: string, opts: LoadOptions): LoadResult<Site[]> {
  const c = collectSites(text, opts);
  return finish(c, c.items);
}

interface RawHub extends Omit<Hub, 'xy'> {
  point: RawPosition;
}

export function collectHubs(text: string, opts: LoadOptions): Collected<Hub> {
  return collect<RawHub, Hub>(text, opts, {
    read(feature, report) {
      const id = readFeatureId(feature, report);
      const point = geometryOf(readPoint(feature.geometry), report);
      const rawType = feature.properties['type'];
      const type = normaliseHubType(rawType);
      if (type === undefined) return report.error('hub-type-missing', `has no type; give properties.type as ${ACCEPTED.hubType}`);
      if (type === null) return report.error('hub-type-unknown', `type ${quote(rawType)} is not a hub type; use ${ACCEPTED.hubType}`);
      if (point === null) return null;
      return { id, name: nameOf(feature, id, report), type, point };
    },
    positions: (raw) => [raw.point],
    build: ({ point, ...hub }, project) => ({ ...hub, xy: project(point, 'the point') }),
  });
}

/** Public-transport hubs (Point, or MultiPoint with one point). Throws DataError on unusable input. */
export function loadHubs(text: string, opts: LoadOptions): LoadResult<Hub[]> {
  const c = collectHubs(text, opts);
  return finish(c, c.items);
}

interface RawRegion {
  /** Regions are keyed by name (same-name parts are merged), so no id uniqueness check. */
  id?: undefined;
  name: string;
  polygons: RawPolygons;
}

export function collectRegions(text: string, opts: LoadOptions): Collected<Region> {
  return collect<RawRegion, Region>(text, opts, {
    read(feature, report) {
      const name = textOf(feature.properties['name']);
      if (name !== undefined) report.featureId = name;
      const polygons = geometryOf(readPolygons(feature.geometry), report);
      if (name === undefined) return report.error('region-name-missing', 'has no name; give properties.name (e.g. "Asker nord")');
      return polygons === null ? null : { name, polygons };
    },
    positions: (raw) => positionsOf(raw.polygons),
    build: (raw, project) => ({ name: raw.name, geometry: projectPolygons(raw.polygons, project) }),
  });
}

/**
 * Regions (Polygon/MultiPolygon with properties.name). Several features with the same name are
 * merged into one region (a region drawn in parts), with a warning so a typo does not go unseen.
 */
export function loadRegions(text: string, opts: LoadOptions): LoadResult<Region[]> {
  const c = collectRegions(text, opts);
  const byName = new Map<string, Region>();
  for (const region of c.items) {
    const seen = byName.get(region.name);
    if (!seen) {
      byName.set(region.name, region);
      continue;
    }
    byName.set(region.name, { name: region.name, geometry: [...seen.geometry, ...region.geometry] });
    c.problems.push({
      severity: 'warning', file: opts.file, code: 'region-merged',
      message: `${opts.file}: several features are named ${quote(region.name)}; merged them into one region`,
    });
  }
  return finish(c, [...byName.values()]);
}

/** For UI callers: never throws; anything unexpected becomes a DataError with code "internal". */
export function safeLoad<T>(file: string, load: () => LoadResult<T>): { ok: true; result: LoadResult<T> } | { ok: false; error: DataError } {
  try {
    return { ok: true, result: load() };
  } catch (e) {
    if (e instanceof DataError) return { ok: false, error: e };
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: new DataError({ file, code: 'internal', message: `${file}: could not be loaded because of an internal error (${detail})` }) };
  }
}
