// Sanity checks on coordinates: swapped axes, numbers no CRS allows, and positions outside Norway (a sign of the wrong
// CRS).
import { insideNorwayOutline } from './norwayOutline.ts';
import { toLngLat } from '../domain/crs.ts';
import { NORWAY_XY_BBOX } from './norwayXyBox.ts';
import type { EpsgCode, XY } from '../domain/types.ts';
import type { RawPosition } from './readGeometry.ts';
import { GEOGRAPHIC, type Bbox } from './resolveCrs.ts';

/** Mainland Norway with a margin for the coast, [minLon, minLat, maxLon, maxLat]. Svalbard and Jan Mayen are not
 * included. */
export const NORWAY_LNGLAT_BBOX: Bbox = [3, 57.5, 32, 71.5];
// Its EPSG:25832 bounding box (a cheap per-vertex test) is computed at build time (norwayXyBox.ts, written by
// scripts/build-first-map-tables.ts), so checking a file needs no proj4.

/**
 * Inside Norway's land and territorial sea (geodata/norway-outline.json, from Natural Earth; see geodata/README.md),
 * not merely in a lon/lat box: Göteborg and Helsinki are outside. The box is a cheap first test.
 */
export function insideNorway(xy: XY): boolean {
  const b = NORWAY_XY_BBOX;
  return xy[0] >= b[0] && xy[0] <= b[2] && xy[1] >= b[1] && xy[1] <= b[3] && insideNorwayOutline(xy);
}

/** Where an EPSG:25832 point lands, as problem params `lat`, `lon` (2 decimals; none when it lands nowhere on Earth). */
export function placeParams(xy: XY): Record<string, string> {
  const [lon, lat] = toLngLat(xy);
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return {};
  return { lat: lat.toFixed(2), lon: lon.toFixed(2) };
}

const within = (b: Bbox, minX: number, minY: number, maxX: number, maxY: number): boolean =>
  b[0] >= minX && b[2] <= maxX && b[1] >= minY && b[3] <= maxY;

export type SwappedAxes = 'degrees' | 'metres' | null;

/**
 * Recognises a whole file written [y, x]: [latitude, longitude] in degrees (e.g. [59.8, 10.4]) or
 * [northing, easting] in UTM metres (e.g. [6 633 700, 580 400]). Both ranges are impossible the right
 * way round for Norway, so all positions must match. `declared` is the CRS from --crs or the crs
 * member (undefined when absent): a swap is only assumed when it agrees on degrees vs metres.
 */
export function detectSwappedAxes(bbox: Bbox | null, declared: EpsgCode | undefined): SwappedAxes {
  if (!bbox) return null;
  const degreesDeclared = declared === undefined || GEOGRAPHIC.has(declared);
  const utmDeclared =
    declared === undefined || declared === 25832 || declared === 25833 || declared === 32632 || declared === 32633;
  if (degreesDeclared && within(bbox, 57, -1, 72, 33)) return 'degrees';
  if (utmDeclared && within(bbox, 6.2e6, -5e5, 8e6, 1.5e6)) return 'metres';
  return null;
}

const UTM_RANGE = { minX: -2e6, maxX: 3e6, minY: 0, maxY: 1e7 };
const MERCATOR_MAX = 20037508.35;

/**
 * Null when (x, y) is a possible coordinate in `crs`, else which range it breaks: `mercator` (x and y within ±20 037
 * 508.35 m) or `utm` (easting −2 000 000 to 3 000 000 m, northing 0 to 10 000 000 m); the words are in src/i18n.
 * Degrees are checked by the pipeline.
 */
export function implausibleIn(crs: EpsgCode, p: RawPosition): 'mercator' | 'utm' | null {
  if (GEOGRAPHIC.has(crs)) return null;
  if (crs === 3857) return Math.abs(p[0]) <= MERCATOR_MAX && Math.abs(p[1]) <= MERCATOR_MAX ? null : 'mercator';
  const r = UTM_RANGE;
  return p[0] >= r.minX && p[0] <= r.maxX && p[1] >= r.minY && p[1] <= r.maxY ? null : 'utm';
}
