// Converts the projected domain objects into the lon/lat GeoJSON the map draws (display only).
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { toLngLat } from '../domain/crs';
import { bboxOf, multiPolygonCentroid } from '../domain/geometry';
import {
  polygonProperties,
  siteMarkerParts,
  siteResultFor,
  sitePolygonFeature,
  toLngLatMulti,
  unionBbox,
  type PreparedSiteMap,
  type SitePolygons,
  type SiteMarkerProperties,
  type SiteProperties,
} from '../domain/siteMapFeatures';
import type { Hub, LngLat, Region, Site, SiteResult } from '../domain/types';
import { hubRingsGeoJson, type RingProperties } from './rings';

export type { SiteMarkerProperties, SiteProperties } from '../domain/siteMapFeatures';

export interface HubProperties {
  id: string;
  name: string;
  type: string;
}

export interface RegionProperties {
  name: string;
  /** 0 or 1: alternating fill tone. */
  tone: number;
}

export interface RegionLabel {
  name: string;
  lngLat: LngLat;
}

/** Everything the map wrapper needs, prepared once per data load. */
export interface MapData {
  sites: FeatureCollection<MultiPolygon, SiteProperties>;
  /** One point per site at its area-weighted centroid, for the low-zoom markers. */
  siteMarkers: FeatureCollection<Point, SiteMarkerProperties>;
  hubs: FeatureCollection<Point, HubProperties>;
  regions: FeatureCollection<MultiPolygon, RegionProperties>;
  /** Built on first read (the map reads it when the rings are first shown): it takes proj4, the first map does not. */
  readonly rings: FeatureCollection<Polygon, RingProperties>;
  regionLabels: RegionLabel[];
  /** [[west, south], [east, north]] of sites, hubs and regions, for fit-to-data. */
  bounds: [LngLat, LngLat] | null;
  /** lon/lat bounds per site id, for "zoom to" (kept in a Map: an id may be any text, "__proto__" included). */
  siteBounds: SiteBounds;
  /** The feature-state key of each site id (see SiteProperties.key). */
  siteKeys: Map<string, number>;
  /**
   * Set when the load worker made the sites' map data (PreparedSiteMap): the polygons when the worker sends them (JSON
   * text in batches, which the wrapper parses and hands to maplibre one batch a task, or features); `sites` then has
   * no features. The markers are built here from the worker's points.
   */
  preparedPolygons?: Promise<SitePolygons>;
}

/** Bounds in lon/lat from a projected bbox; corners are enough at this scale (UTM is near-affine here). */
function lngLatBounds(b: readonly [number, number, number, number]): [LngLat, LngLat] {
  const corners = [toLngLat([b[0], b[1]]), toLngLat([b[0], b[3]]), toLngLat([b[2], b[1]]), toLngLat([b[2], b[3]])];
  const lons = corners.map((c) => c[0]);
  const lats = corners.map((c) => c[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

/**
 * The sites' lon/lat bounds, each worked out when asked for: "zoom to" needs one site's, and converting the corners of
 * 20 000 up front was 80 000 proj4 calls on the page's thread while a large file loads.
 */
export class SiteBounds {
  constructor(
    private readonly sites: readonly Site[],
    private readonly siteKeys: ReadonlyMap<string, number>,
  ) {}

  get(siteId: string): [LngLat, LngLat] | undefined {
    const key = this.siteKeys.get(siteId);
    return key === undefined ? undefined : lngLatBounds(bboxOf((this.sites[key] as Site).geometry));
  }

  keys(): IterableIterator<string> {
    return this.siteKeys.keys();
  }
}

/** The sites' part of MapData, built one site at a time (so the work can be split into slices, see buildMapDataSliced). */
class SiteCollector {
  all: [number, number, number, number] | null = null;
  readonly siteKeys = new Map<string, number>();
  readonly siteBounds: SiteBounds;
  readonly siteFeatures: Feature<MultiPolygon, SiteProperties>[] = [];
  readonly markerFeatures: Feature<Point, SiteMarkerProperties>[] = [];

  /** `prepared`: made by the load worker for these sites and results; only the markers are then built here. */
  constructor(
    private readonly sites: readonly Site[],
    private readonly results: readonly SiteResult[] | undefined,
    readonly prepared: PreparedSiteMap | null = null,
  ) {
    this.siteBounds = new SiteBounds(sites, this.siteKeys);
    if (prepared) this.all = prepared.bbox;
  }

  add(key: number): void {
    const site = this.sites[key] as Site;
    const result = siteResultFor(this.sites, this.results, key);
    this.siteKeys.set(site.id, key);
    const { properties, centroid } = siteMarkerParts(site, key, result);
    const prepared = this.prepared;
    if (prepared) {
      const lngLat = [prepared.markerLngLat[2 * key] as number, prepared.markerLngLat[2 * key + 1] as number];
      this.markerFeatures.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: lngLat } });
      return;
    }
    this.all = unionBbox(this.all, bboxOf(site.geometry));
    this.siteFeatures.push(sitePolygonFeature(site, polygonProperties(properties)));
    this.markerFeatures.push({
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: [...toLngLat(centroid)] },
    });
  }
}

function finish(c: SiteCollector, hubs: readonly Hub[], regions: readonly Region[]): MapData {
  let all = c.all;
  const hubFeatures: Feature<Point, HubProperties>[] = hubs.map((hub) => {
    all = unionBbox(all, [hub.xy[0], hub.xy[1], hub.xy[0], hub.xy[1]]);
    return {
      type: 'Feature',
      properties: { id: hub.id, name: hub.name, type: hub.type },
      geometry: { type: 'Point', coordinates: [...toLngLat(hub.xy)] },
    };
  });

  const regionFeatures: Feature<MultiPolygon, RegionProperties>[] = regions.map((region, i) => {
    all = unionBbox(all, bboxOf(region.geometry));
    return {
      type: 'Feature',
      properties: { name: region.name, tone: i % 2 },
      geometry: { type: 'MultiPolygon', coordinates: toLngLatMulti(region.geometry) },
    };
  });

  const regionLabels = regions.map((region) => ({
    name: region.name,
    lngLat: toLngLat(multiPolygonCentroid(region.geometry)),
  }));

  let rings: FeatureCollection<Polygon, RingProperties> | null = null;
  return {
    sites: { type: 'FeatureCollection', features: c.siteFeatures },
    siteMarkers: { type: 'FeatureCollection', features: c.markerFeatures },
    hubs: { type: 'FeatureCollection', features: hubFeatures },
    regions: { type: 'FeatureCollection', features: regionFeatures },
    get rings() {
      return (rings ??= hubRingsGeoJson(hubs));
    },
    regionLabels,
    bounds: all ? lngLatBounds(all) : null,
    siteBounds: c.siteBounds,
    siteKeys: c.siteKeys,
    ...(c.prepared ? { preparedPolygons: c.prepared.polygons } : {}),
  };
}

/**
 * `results[i]` (when given) belongs to `sites[i]`; its centroid and area are reused, so 10 000 sites are not measured
 * twice. Without results they are computed with the engine's own functions.
 */
export function buildMapData(
  sites: readonly Site[],
  hubs: readonly Hub[],
  regions: readonly Region[],
  results?: readonly SiteResult[],
): MapData {
  const c = new SiteCollector(sites, results);
  for (let i = 0; i < sites.length; i++) c.add(i);
  return finish(c, hubs, regions);
}

/** Work done between two pauses of buildMapDataSliced, in ms: well under the 50 ms a browser counts as a long task. */
export const SLICE_MS = 40;

/**
 * The same MapData as buildMapData, built in slices of about SLICE_MS with `pause()` awaited between them (it resolves
 * false to give up: the data changed meanwhile, and the result is null). With `prepared` (the load worker's map data of
 * these sites and results) the polygons are not built here, only the markers the labels read (no proj4).
 */
export async function buildMapDataSliced(
  sites: readonly Site[],
  hubs: readonly Hub[],
  regions: readonly Region[],
  results: readonly SiteResult[] | undefined,
  pause: () => Promise<boolean>,
  now: () => number = () => performance.now(),
  prepared: PreparedSiteMap | null = null,
): Promise<MapData | null> {
  const c = new SiteCollector(sites, results, prepared);
  let i = 0;
  while (i < sites.length) {
    const t0 = now();
    while (i < sites.length && now() - t0 < SLICE_MS) {
      const end = Math.min(sites.length, i + 100);
      for (; i < end; i++) c.add(i);
    }
    if (!(await pause())) return null;
  }
  return finish(c, hubs, regions);
}

/** From this many sites the map data is prepared in slices (buildMapDataSliced) rather than in one go. */
export const SLICED_FROM_SITES = 1000;

const built = new WeakMap<
  readonly Site[],
  { hubs: readonly Hub[]; regions: readonly Region[]; results: readonly SiteResult[]; data: MapData }
>();

/**
 * buildMapData, kept per layers: the explorer's first map (made before React) and the MapView that takes it over
 * get the same object, so the map is not sent the same data twice.
 */
export function mapDataFor(
  sites: readonly Site[],
  hubs: readonly Hub[],
  regions: readonly Region[],
  results: readonly SiteResult[],
): MapData {
  const hit = built.get(sites);
  if (hit && hit.hubs === hubs && hit.regions === regions && hit.results === results) return hit.data;
  const data = buildMapData(sites, hubs, regions, results);
  built.set(sites, { hubs, regions, results, data });
  return data;
}
