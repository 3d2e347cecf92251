// Core types of the analysis engine: units, inputs, per-site metrics, assumptions and results.

/** Square metres. Branded so an area cannot be mixed up with a distance. */
export type SquareMeters = number & { readonly __unit: 'm2' };
/** Metres (a planar distance in EPSG:25832). */
export type Meters = number & { readonly __unit: 'm' };

/** A projected coordinate in EUREF89 UTM 32N (EPSG:25832), metres: [easting, northing]. */
export type XY = readonly [number, number];
/** A WGS84 coordinate for display only: [longitude, latitude]. */
export type LngLat = readonly [number, number];

/** A linear ring of projected coordinates (closed: first === last). */
export type RingXY = readonly XY[];
/** A polygon: outer ring first, then holes. */
export type PolygonXY = readonly RingXY[];
/** Every site is held as a multipolygon (a Polygon becomes a one-part MultiPolygon). */
export type MultiPolygonXY = readonly PolygonXY[];

/** CRS codes the engine understands. All measurement happens in 25832. */
export type EpsgCode = 4326 | 4258 | 25832 | 25833 | 3857 | 32632 | 32633;

export type SiteStatus = 'eksisterende' | 'fremtidig';
export type AbcType = 'A' | 'B' | 'C';
export type Readiness = 'byggeklar' | 'må reguleres' | 'må omreguleres';
export type HubType = 'tog' | 'buss' | 'båt';

/** A business site after loading and projection to EPSG:25832. */
export interface Site {
  id: string;
  name: string;
  status: SiteStatus | null;
  abc: AbcType | null;
  readiness: Readiness | null;
  note: string;
  geometry: MultiPolygonXY;
  /** Vacant (unbuilt) land on the site, daa, when the file says (`ledig_daa`); absent or null: not known. */
  vacantDaa?: number | null;
}

export interface Hub {
  id: string;
  name: string;
  type: HubType;
  xy: XY;
}

export interface Region {
  name: string;
  geometry: MultiPolygonXY;
}

/** Geometry-derived facts for one site; independent of the capacity assumptions. */
export interface SiteGeometryMetrics {
  siteId: string;
  areaM2: SquareMeters;
  /** Area-weighted centroid (EPSG:25832). */
  centroid: XY;
  /** Nearest hub of any type (ties: nearer to centroid, then smaller id); null when there are no hubs. */
  hubId: string | null;
  /** Distance from the site polygon to that hub; 0 when the hub lies inside. */
  hubDistanceM: Meters | null;
  /** Distance from the site's centroid to that same hub. */
  hubCentroidDistanceM: Meters | null;
  /** Nearest hub of each type, by polygon distance (for ABC accessibility). */
  nearestByType: Partial<Record<HubType, { hubId: string; distanceM: Meters }>>;
  /** Region with the largest overlap; null when the site overlaps no region. */
  region: string | null;
}

/** A low / mid / high range. */
export interface Range3 {
  low: number;
  mid: number;
  high: number;
}

/** Capacity assumptions for one ABC type. */
export interface AbcCapacityAssumption {
  /** Utilisation: floor area (BRA) as a fraction of site area (1.5 = 150 %BRA). */
  bra: Range3;
  /** Floor area per job, m² BRA. */
  m2PerJob: Range3;
}

/** Accessibility thresholds used to classify a site as A, B or C. */
export interface AccessibilityThresholds {
  /** A: within this distance of a rail station (tog). */
  aMaxRailM: number;
  /** B: within this distance of a rail station... */
  bMaxRailM: number;
  /** ...or within this distance of any hub (buss / båt / tog). */
  bMaxAnyHubM: number;
}

export interface Assumptions {
  capacity: Record<AbcType, AbcCapacityAssumption>;
  accessibility: AccessibilityThresholds;
  /** Distance that counts as "near a hub" in the summary (share of area within it). */
  nearHubM: number;
}

export type AbcFitVerdict = 'ok' | 'partial' | 'mismatch' | 'unknown';

export interface AbcFit {
  /** Accessibility class the location supports. */
  access: AbcType;
  verdict: AbcFitVerdict;
  /** Plain Norwegian sentence, e.g. "A-område 2,4 km fra nærmeste togstasjon". */
  reasonNb: string;
  /** The same in English. */
  reasonEn: string;
}

export interface Jobs {
  low: number;
  mid: number;
  high: number;
}

/** Everything shown for one site: geometry metrics + assessment under given assumptions. */
export interface SiteResult extends SiteGeometryMetrics {
  areaDaa: number;
  jobs: Jobs;
  fit: AbcFit;
}

export interface SummaryRow {
  region: string | null;
  status: SiteStatus | null;
  abc: AbcType | null;
  sites: number;
  areaDaa: number;
  jobs: Jobs;
  /** Share (0–1) of the rows' area in sites within `nearHubM` of a hub (polygon distance). */
  shareAreaNearHub: number;
}

export interface Summary {
  rows: SummaryRow[];
  /** Totals per region (status/abc = null means "all"). */
  byRegion: SummaryRow[];
  total: SummaryRow;
}

/** A non-fatal problem found while loading or computing. */
export interface Warning {
  code: string;
  message: string;
  featureIndex?: number;
  featureId?: string;
}
