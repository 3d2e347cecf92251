// Core types of the analysis engine: units, inputs, per-site metrics, assumptions and results.
import type { DerivedNote } from './siteNotes';

/** Square metres. Branded so an area cannot be mixed up with a distance. */
export type SquareMeters = number & { readonly __unit: 'm2' };
/** Metres (a planar distance in EPSG:25832). */
export type Meters = number & { readonly __unit: 'm' };

/**
 * A projected coordinate in EUREF89 UTM 32N (EPSG:25832), metres: [easting, northing]. Branded apart from LngLat: a
 * value typed as one is not accepted where the other is wanted (the brand is optional, so a plain [x, y] literal or a
 * parsed position still becomes either where the code says which it is).
 */
export type XY = readonly [number, number] & { readonly __crs?: 'EPSG:25832' };
/** A WGS84 coordinate for display only: [longitude, latitude]. Branded apart from XY (see there). */
export type LngLat = readonly [number, number] & { readonly __crs?: 'EPSG:4326' };

/** A linear ring of projected coordinates (closed: first === last). */
export type RingXY = readonly XY[];
/** A polygon: outer ring first, then holes. */
export type PolygonXY = readonly RingXY[];
/** Every site is held as a multipolygon (a Polygon becomes a one-part MultiPolygon). */
export type MultiPolygonXY = readonly PolygonXY[];

/** CRS codes the engine understands. All measurement happens in 25832. */
export type EpsgCode = 4326 | 4258 | 25832 | 25833 | 25835 | 3857 | 32632 | 32633;

export type SiteStatus = 'eksisterende' | 'fremtidig';
/** The ABC types in their order: the one list to iterate (see the ABC principle in the README). */
export const ABC_TYPES = ['A', 'B', 'C'] as const;
export type AbcType = (typeof ABC_TYPES)[number];
export type Readiness = 'byggeklar' | 'må reguleres' | 'må omreguleres';
export type HubType = 'tog' | 'buss' | 'båt';

/** A business site after loading and projection to EPSG:25832. */
export interface Site {
  id: string;
  name: string;
  status: SiteStatus | null;
  abc: AbcType | null;
  readiness: Readiness | null;
  /** The file's own note, as written (empty when it has none). */
  note: string;
  /** What the loader derived (plan data: the arealformål, a default ABC type, a status reading), as facts; the words
   * are made where the note is shown (src/i18n/siteNotes.ts). Absent when nothing was derived. */
  derived?: readonly DerivedNote[];
  geometry: MultiPolygonXY;
  /** Jobs on the site today as the data gives them (a whole number ≥ 0); absent or null when the data has none. */
  jobsToday?: number | null;
  /** The property the figure was read from (e.g. `arbeidsplasser`), for "where does this number come from". */
  jobsTodayField?: string;
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
  /** Share (0–1] of a site's gross area that can carry buildings (net of streets, utilities, green, setbacks), by ABC
   * type. */
  netShare: Record<AbcType, number>;
  /** Gross land per job today (m²): estimates jobs today on an existing site whose data gives no figure. */
  landPerJobTodayM2: number;
  /** Share (0–1] of a site's new-job capacity taken up each year once the site is available. */
  takeUpSharePerYear: number;
}

export type AbcFitVerdict = 'ok' | 'partial' | 'mismatch' | 'unknown';

/** A hub an ABC fit names: its id, its name (the id when the hub list lacks it), its type (null when unknown), how far.
 * */
export interface FitHub {
  hubId: string;
  name: string;
  type: HubType | null;
  distanceM: Meters;
}

/**
 * The ABC fit as facts and codes (the words are made in src/i18n/fit.ts): the planned type, the access class the
 * location supports, the verdict, the nearest rail station and, when one of another type is closer, that hub.
 */
export interface AbcFit {
  /** The site's planned ABC type; null when it has none (verdict `unknown`). */
  planned: AbcType | null;
  /** Accessibility class the location supports. */
  access: AbcType;
  verdict: AbcFitVerdict;
  /** The nearest rail station; null when the data has none. */
  rail: FitHub | null;
  /** The nearest hub of any type when it is not a rail station and is closer than `rail`; else null. */
  closerHub: FitHub | null;
}

export interface Jobs {
  low: number;
  mid: number;
  high: number;
}

/**
 * Where a site's jobs-today figure comes from: the data's own field, an estimate from the plan's gross land per job
 * (existing sites), none because the site is future land, none because the status is unknown, or a scenario's own
 * figure.
 */
export type JobsTodaySource = 'data' | 'estimate' | 'future' | 'unknown' | 'scenario';

/** Everything shown for one site: geometry metrics + assessment under given assumptions. */
export interface SiteResult extends SiteGeometryMetrics {
  areaDaa: number;
  /** Build-out capacity on the net land (all jobs the site can hold, including those already there). */
  jobs: Jobs;
  /** Jobs on the site today (a whole number). */
  jobsToday: number;
  jobsTodaySource: JobsTodaySource;
  /** The data property jobsToday was read from; null unless jobsTodaySource is 'data'. */
  jobsTodayField: string | null;
  /** max(0, capacity − jobs today) per level: what the site can add. */
  newJobs: Jobs;
  /** Calendar year from which the site can be built on (start year + lead time by readiness, or a scenario's year). */
  availableYear: number;
  /** The part of newJobs taken up by the end of the horizon (pace: availability year + take-up per year). */
  newJobsWithinHorizon: Jobs;
  fit: AbcFit;
}

export interface SummaryRow {
  region: string | null;
  status: SiteStatus | null;
  abc: AbcType | null;
  sites: number;
  areaDaa: number;
  /** Build-out capacity (sum over the sites). */
  jobs: Jobs;
  jobsToday: number;
  newJobs: Jobs;
  newJobsWithinHorizon: Jobs;
  /** Share (0–1) of the rows' area in sites within `nearHubM` of a hub (polygon distance). */
  shareAreaNearHub: number;
}

export interface Summary {
  rows: SummaryRow[];
  /** Totals per region (status/abc = null means "all"). */
  byRegion: SummaryRow[];
  total: SummaryRow;
  /** The horizon newJobsWithinHorizon counts to: years from startYear (inclusive). */
  startYear: number;
  horizonYears: number;
}

/**
 * Where a feature is in its file, as facts (the words, nb and en, are in src/i18n/featureRef.ts): the index in a
 * GeoJSON `features` array, a SOSI object's line, type and serial number, a GML element's line and name, a CSV row's
 * line. `text` is a reference kept by an older version as text, shown as it was.
 */
export type FeatureRef =
  | { kind: 'feature'; index: number }
  | { kind: 'sosi'; line: number; object: string; serial?: number }
  | { kind: 'gml'; line: number; element: string }
  | { kind: 'csv'; line: number }
  | { kind: 'text'; text: string };

/** A feature a message names besides its own (the first use of a repeated id, the features skipped for one reason). */
export interface NamedFeature {
  ref: FeatureRef;
  featureId?: string;
}

/** A non-fatal problem found while loading or computing. */
export interface Warning {
  code: string;
  /** Which of the code's texts applies when one code has several (e.g. `override`); the words are in src/i18n. */
  variant?: string;
  /** The file the loader was reading (as named in LoadOptions.file; a GTFS table as `GTFS/stops.txt`). */
  file?: string;
  featureIndex?: number;
  featureId?: string;
  /** Where the feature is when not `features[i]` (a SOSI object at line 40, .FLATE 17; a CSV row). */
  ref?: FeatureRef;
  /** Other features the words name (`id-duplicate`: the first use; a grouped skip: the first five skipped). */
  named?: readonly NamedFeature[];
  /** Facts for the words in src/i18n (line numbers, field names, values quoted as text): the loaders build
   * no sentences, so no text has to be parsed. */
  params?: Readonly<Record<string, string>>;
}
