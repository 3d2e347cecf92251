// The sites as the map draws them: lon/lat GeoJSON features (polygons and centroid markers) with the few properties the
// map's paint and labels read. Pure, so the load worker can build a loaded file's map data off the page's thread
// (prepareSiteMarkers, prepareSitePolygons) and the map wrapper can build the same from the page's own data (src/map/mapData.ts).
import type { Feature, MultiPolygon } from 'geojson';
import { toLngLat } from './crs';
import { bboxOf, multiPolygonAreaM2, multiPolygonCentroid } from './geometry';
import type { LngLat, MultiPolygonXY, Site, SiteResult } from './types';

export interface SiteProperties {
  id: string;
  /**
   * The feature-state key (the site's index). maplibre keeps feature-state in plain objects keyed by the promoted
   * id, so our own ids (which may be "constructor" or "__proto__") must never be that key.
   */
  key: number;
  name: string;
  /** 'A' | 'B' | 'C' | 'none' — a string in every feature keeps the paint expressions simple. */
  abc: string;
  /** 'eksisterende' | 'fremtidig' | 'unknown'. */
  status: string;
  /** The ABC fit verdict ('ok' | 'partial' | 'mismatch' | 'unknown'), for the "colour by ABC fit" mode. */
  fit: string;
}

/** The centroid markers also carry the area, which ranks the site names when they compete for room on the map. */
export interface SiteMarkerProperties extends SiteProperties {
  areaM2: number;
}

export type Bbox = [number, number, number, number];

export function toLngLatMulti(g: MultiPolygonXY): number[][][][] {
  return g.map((poly) => poly.map((ring) => ring.map((xy) => [...toLngLat(xy)])));
}

/** `results[key]` is used only when it is the site's own (same id); otherwise the figures are computed here. */
export function siteResultFor(
  sites: readonly Site[],
  results: readonly SiteResult[] | undefined,
  key: number,
): SiteResult | undefined {
  return results?.[key]?.siteId === (sites[key] as Site).id ? results[key] : undefined;
}

/** The site's properties on the map; `result`: its own result, if any. */
export function siteProperties(site: Site, key: number, result: SiteResult | undefined): SiteProperties {
  return {
    id: site.id,
    key,
    name: site.name,
    abc: site.abc ?? 'none',
    status: site.status ?? 'unknown',
    fit: result?.fit.verdict ?? 'unknown',
  };
}

/** Where the site's marker goes (projected): its result's centroid, or computed. */
export function markerCentroid(site: Site, result: SiteResult | undefined): readonly [number, number] {
  return result?.centroid ?? multiPolygonCentroid(site.geometry);
}

/** The marker's properties and its point (projected): the result's centroid and area, or computed. */
export function siteMarkerParts(
  site: Site,
  key: number,
  result: SiteResult | undefined,
): { properties: SiteMarkerProperties; centroid: readonly [number, number] } {
  const areaM2 = result?.areaM2 ?? multiPolygonAreaM2(site.geometry);
  return {
    properties: { ...siteProperties(site, key, result), areaM2 },
    centroid: markerCentroid(site, result),
  };
}

/** The polygon's properties: the marker's without the area. */
export function polygonProperties(p: SiteMarkerProperties): SiteProperties {
  return { id: p.id, key: p.key, name: p.name, abc: p.abc, status: p.status, fit: p.fit };
}

/** The site's polygon feature in lon/lat with the given properties. */
export function sitePolygonFeature(site: Site, properties: SiteProperties): Feature<MultiPolygon, SiteProperties> {
  return { type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: toLngLatMulti(site.geometry) } };
}

export function unionBbox(a: Bbox | null, b: readonly [number, number, number, number]): Bbox {
  if (!a) return [b[0], b[1], b[2], b[3]];
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/**
 * Polygons per batch of PreparedSiteMap text. The map hands each batch to maplibre's worker in a page task of its own
 * (about 25 ms per 1 000 polygons here).
 */
export const PREPARED_POLYGON_BATCH = 1500;

/**
 * A large site layer's marker points made ahead (in the load worker): each site's marker point in lon/lat, from which
 * the page builds the marker features (no proj4 on the page), and the sites' bbox. The polygons come after them
 * (prepareSitePolygons): markers are what the overview shows, and they are a small part of the work.
 */
export interface PreparedSiteMarkers {
  /** The marker points: lon, lat of site i at 2i, 2i+1. */
  markerLngLat: Float64Array;
  /** The union of the sites' projected bboxes; null for no sites. */
  bbox: Bbox | null;
}

/**
 * The polygon source's features: as JSON text in batches (PREPARED_POLYGON_BATCH a batch, site i first) when the load
 * worker made them, as strings or as their UTF-8 bytes (what the worker sends: moved, not copied, to the page, which
 * decodes one batch at a time), or as features when a coordinate was not a finite number (JSON would have made it
 * null) or the worker was gone and the page made them itself.
 */
export type SitePolygons = string[] | Uint8Array[] | Feature<MultiPolygon, SiteProperties>[];

/** The sites' map data made ahead: the marker points, and the polygons when they come (the worker sends them later). */
export interface PreparedSiteMap extends PreparedSiteMarkers {
  polygons: Promise<SitePolygons>;
}

function finiteDeep(c: unknown): boolean {
  if (typeof c === 'number') return Number.isFinite(c);
  for (const d of c as unknown[]) if (!finiteDeep(d)) return false;
  return true;
}

/**
 * The marker points of `sites` (with `results[i]` for `sites[i]` when it is that site's), where src/map/mapData.ts puts
 * them; null when a point is not a finite number, and the page then builds the map data itself.
 */
export function prepareSiteMarkers(
  sites: readonly Site[],
  results: readonly SiteResult[] | undefined,
): PreparedSiteMarkers | null {
  const markerLngLat = new Float64Array(sites.length * 2);
  let bbox: Bbox | null = null;
  for (let key = 0; key < sites.length; key++) {
    const site = sites[key] as Site;
    const result = siteResultFor(sites, results, key);
    const point: LngLat = toLngLat(markerCentroid(site, result));
    if (!finiteDeep(point)) return null;
    bbox = unionBbox(bbox, bboxOf(site.geometry));
    markerLngLat[2 * key] = point[0];
    markerLngLat[2 * key + 1] = point[1];
  }
  return { markerLngLat, bbox };
}

/** The polygon features of `sites`, as src/map/mapData.ts builds them. */
export function sitePolygonFeatures(
  sites: readonly Site[],
  results: readonly SiteResult[] | undefined,
): Feature<MultiPolygon, SiteProperties>[] {
  return sites.map((_, key) => polygonFeatureAt(sites, results, key));
}

/** Site `key`'s polygon feature, with its own result's properties when `results` has it. */
function polygonFeatureAt(
  sites: readonly Site[],
  results: readonly SiteResult[] | undefined,
  key: number,
): Feature<MultiPolygon, SiteProperties> {
  const site = sites[key] as Site;
  return sitePolygonFeature(site, siteProperties(site, key, siteResultFor(sites, results, key)));
}

/** The polygons as JSON text in batches; as features when a coordinate is not a finite number (see SitePolygons). */
export function prepareSitePolygons(sites: readonly Site[], results: readonly SiteResult[] | undefined): SitePolygons {
  return sitePolygonsInSteps(sites, results).result();
}

/**
 * prepareSitePolygons a batch of PREPARED_POLYGON_BATCH sites at a time, so the load worker can handle a page message
 * between batches: `next()` makes the next batch and says whether sites are left; `result()` makes the rest and gives
 * what prepareSitePolygons gives (the same batches).
 */
export function sitePolygonsInSteps(
  sites: readonly Site[],
  results: readonly SiteResult[] | undefined,
): { next: () => boolean; result: () => SitePolygons } {
  const features: Feature<MultiPolygon, SiteProperties>[] = [];
  const texts: string[] = [];
  let finite = true;
  const next = (): boolean => {
    const from = features.length;
    const end = Math.min(sites.length, from + PREPARED_POLYGON_BATCH);
    for (let key = from; key < end; key++) {
      const feature = polygonFeatureAt(sites, results, key);
      finite &&= finiteDeep(feature.geometry.coordinates);
      features.push(feature);
    }
    if (finite && end > from) texts.push(JSON.stringify(features.slice(from, end)));
    return features.length < sites.length;
  };
  return {
    next,
    result: () => {
      while (next());
      return finite ? texts : features;
    },
  };
}
