// GeoJSON (RFC 7946) of sites with their computed figures: WGS84 lon/lat, no crs member, CCW outer rings, 7 decimals.
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { isAvailableLand } from './availability';
import { wholeNewJobs } from './capacity';
import { toLngLat } from './crs';
import { ringSignedAreaM2 } from './geometry';
import type { SiteRow } from './siteRows';
import type { AbcFit, HubType, RingXY, Site } from './types';

/** 7 decimals of a degree is about 1 cm here: below the 0.1 m the bundled polygons are rounded to (RFC 7946 §11.2). */
export const GEOJSON_DECIMALS = 7;

export type SiteGeoJsonProperties = Record<string, string | number | boolean | null>;

/** The ABC-fit reason in bokmål and English, made by the caller (src/i18n/fit.ts): the domain builds no sentences. */
export type FitReasons = (fit: AbcFit) => { nb: string; en: string };

/**
 * What the loader derived for a site (its `derived` facts) in bokmål and English, null when nothing was, made by the
 * caller (src/i18n/siteNotes.ts).
 */
export type DerivedNoteWords = (site: Site) => { nb: string | null; en: string | null };

export interface SitesGeoJsonOptions {
  illustrative: boolean;
  fitReasons: FitReasons;
  derivedNotes: DerivedNoteWords;
}

const round = (value: number, decimals: number): number => Number(value.toFixed(decimals));
const roundOrNull = (value: number | null | undefined, decimals: number): number | null =>
  value === null || value === undefined ? null : round(value, decimals);

type Position = [number, number];

function sameAs(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * A ring in rounded lon/lat, closed, without repeats that rounding can create, turned to the wanted winding (RFC 7946
 * §3.1.6: exterior counter-clockwise, holes clockwise). The winding is checked after rounding, where it counts.
 * Null when fewer than four positions are left (not a ring any more).
 */
function lngLatRing(ring: RingXY, counterClockwise: boolean): Position[] | null {
  const out: Position[] = [];
  for (const xy of ring) {
    const [lon, lat] = toLngLat(xy);
    const p: Position = [round(lon, GEOJSON_DECIMALS), round(lat, GEOJSON_DECIMALS)];
    const last = out[out.length - 1];
    if (!last || !sameAs(last, p)) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && !sameAs(first, last)) out.push([first[0], first[1]]);
  if (out.length < 4) return null;
  const isCcw = ringSignedAreaM2(out) > 0;
  return isCcw === counterClockwise ? out : out.reverse();
}

/** The site geometry as an RFC 7946 MultiPolygon; polygons whose outer ring collapses are dropped. */
export function siteGeometryGeoJson(site: Site): MultiPolygon {
  const coordinates: Position[][][] = [];
  for (const polygon of site.geometry) {
    const [outer, ...holes] = polygon;
    const shell = outer ? lngLatRing(outer, true) : null;
    if (!shell) continue;
    const rings = [shell];
    for (const hole of holes) {
      const r = lngLatRing(hole, false);
      if (r) rings.push(r);
    }
    coordinates.push(rings);
  }
  return { type: 'MultiPolygon', coordinates };
}

const HUB_TYPES: readonly HubType[] = ['tog', 'buss', 'båt'];

/** Flat properties (GIS tools read nested objects poorly), named and rounded like the report CLI's JSON. */
export function siteProperties(site: Site, row: SiteRow, options: SitesGeoJsonOptions): SiteGeoJsonProperties {
  const reason = options.fitReasons(row.fit);
  const derived = options.derivedNotes(site);
  const props: SiteGeoJsonProperties = {
    id: row.id,
    name: row.name,
    status: row.status,
    abc: row.abc,
    readiness: row.readiness,
    available: isAvailableLand(row),
    region: row.region,
    area_m2: round(row.areaM2, 2),
    area_daa: round(row.areaDaa, 3),
    hub_id: row.hub?.id ?? null,
    hub_name: row.hub?.name ?? null,
    hub_type: row.hub?.type ?? null,
    hub_distance_m: roundOrNull(row.hub?.distanceM, 2),
    hub_centroid_distance_m: roundOrNull(row.hubCentroidDistanceM, 2),
  };
  for (const type of HUB_TYPES) {
    const near = row.nearestByType[type];
    // 'båt' → 'bat': ASCII keys survive shapefile and CSV conversions.
    const key = type === 'båt' ? 'bat' : type;
    props[`nearest_${key}_id`] = near?.id ?? null;
    props[`nearest_${key}_name`] = near?.name ?? null;
    props[`nearest_${key}_distance_m`] = roundOrNull(near?.distanceM, 2);
  }
  Object.assign(props, {
    jobs_low: Math.round(row.jobs.low),
    jobs_mid: Math.round(row.jobs.mid),
    jobs_high: Math.round(row.jobs.high),
    jobs_today: row.jobsToday,
    jobs_today_source: row.jobsTodaySource,
    new_jobs_low: wholeNewJobs(row.jobs.low, row.jobsToday),
    new_jobs_mid: wholeNewJobs(row.jobs.mid, row.jobsToday),
    new_jobs_high: wholeNewJobs(row.jobs.high, row.jobsToday),
    available_year: row.availableYear,
    abc_access: row.fit.access,
    abc_fit: row.fit.verdict,
    abc_fit_reason_nb: reason.nb,
    abc_fit_reason_en: reason.en,
    centroid_lon: round(row.centroidLngLat[0], 6),
    centroid_lat: round(row.centroidLngLat[1], 6),
    // Null without a road layer the user loaded: no road distance is ever guessed.
    road_name: row.road?.label ?? null,
    road_distance_m: roundOrNull(row.road?.distanceM, 2),
    road_layer: row.road?.file ?? null,
    // The file's own note as written; what the loader derived beside it, in words (null when it derived nothing).
    note: site.note,
    derived_note_nb: derived.nb,
    derived_note_en: derived.en,
    illustrative: options.illustrative,
  });
  return props;
}

/** One feature per site, in the given order; `rows[i]` must belong to `sites[i]`. */
export function sitesGeoJson(
  sites: readonly Site[],
  rows: readonly SiteRow[],
  options: SitesGeoJsonOptions,
): FeatureCollection<MultiPolygon, SiteGeoJsonProperties> {
  const features = sites.map((site, i): Feature<MultiPolygon, SiteGeoJsonProperties> => {
    const row = rows[i];
    if (!row || row.id !== site.id) throw new Error(`row ${i} does not belong to site ${JSON.stringify(site.id)}`);
    return {
      type: 'Feature',
      id: site.id,
      properties: siteProperties(site, row, options),
      geometry: siteGeometryGeoJson(site),
    };
  });
  return { type: 'FeatureCollection', features };
}

/** The file text: compact JSON (large selections stay small), ending with a newline. */
export function formatSitesGeoJson(
  sites: readonly Site[],
  rows: readonly SiteRow[],
  options: SitesGeoJsonOptions,
): string {
  return `${JSON.stringify(sitesGeoJson(sites, rows, options))}\n`;
}
