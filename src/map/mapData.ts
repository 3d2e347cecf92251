// Converts the projected domain objects into the lon/lat GeoJSON the map draws (display only).
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { toLngLat } from '../domain/crs';
import { bboxOf, multiPolygonAreaM2, multiPolygonCentroid } from '../domain/geometry';
import type { Hub, LngLat, MultiPolygonXY, Region, Site, SiteResult } from '../domain/types';
import { hubRingsGeoJson, type RingProperties } from './rings';

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
}

function toLngLatMulti(g: MultiPolygonXY): number[][][][] {
  return g.map((poly) => poly.map((ring) => ring.map((xy) => [...toLngLat(xy)])));
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

type Bbox = readonly [number, number, number, number];

/**
 * The sites' lon/lat bounds, each converted when asked for: "zoom to" needs one site's, and converting the corners of
 * 20 000 up front was 80 000 proj4 calls on the page's thread while a large file loads.
 */
export class SiteBounds {
  private readonly projected = new Map<string, Bbox>();

  set(siteId: string, bbox: Bbox): void {
    this.projected.set(siteId, bbox);
  }

  get(siteId: string): [LngLat, LngLat] | undefined {
    const bbox = this.projected.get(siteId);
    return bbox ? lngLatBounds(bbox) : undefined;
  }

  keys(): IterableIterator<string> {
    return this.projected.keys();
  }
}

function unionBbox(
  a: [number, number, number, number] | null,
  b: readonly [number, number, number, number],
): [number, number, number, number] {
  if (!a) return [b[0], b[1], b[2], b[3]];
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** The sites' part of MapData, built one site at a time (so the work can be split into slices, see buildMapDataSliced). */
class SiteCollector {
  all: [number, number, number, number] | null = null;
  readonly siteBounds = new SiteBounds();
  readonly siteKeys = new Map<string, number>();
  readonly siteFeatures: Feature<MultiPolygon, SiteProperties>[] = [];
  readonly markerFeatures: Feature<Point, SiteMarkerProperties>[] = [];

  constructor(
    private readonly sites: readonly Site[],
    private readonly results: readonly SiteResult[] | undefined,
  ) {}

  add(key: number): void {
    const site = this.sites[key] as Site;
    const result = this.results?.[key]?.siteId === site.id ? this.results[key] : undefined;
    const fit = result?.fit.verdict ?? 'unknown';
    const bbox = bboxOf(site.geometry);
    this.all = unionBbox(this.all, bbox);
    this.siteBounds.set(site.id, bbox);
    this.siteKeys.set(site.id, key);
    const properties = {
      id: site.id,
      key,
      name: site.name,
      abc: site.abc ?? 'none',
      status: site.status ?? 'unknown',
      fit,
    };
    this.siteFeatures.push({
      type: 'Feature',
      properties,
      geometry: { type: 'MultiPolygon', coordinates: toLngLatMulti(site.geometry) },
    });
    const centroid = result?.centroid ?? multiPolygonCentroid(site.geometry);
    const areaM2 = result?.areaM2 ?? multiPolygonAreaM2(site.geometry);
    this.markerFeatures.push({
      type: 'Feature',
      properties: { ...properties, areaM2 },
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
 * false to give up: the data changed meanwhile, and the result is null).
 */
export async function buildMapDataSliced(
  sites: readonly Site[],
  hubs: readonly Hub[],
  regions: readonly Region[],
  results: readonly SiteResult[] | undefined,
  pause: () => Promise<boolean>,
  now: () => number = () => performance.now(),
): Promise<MapData | null> {
  const c = new SiteCollector(sites, results);
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
