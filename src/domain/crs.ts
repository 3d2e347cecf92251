// Coordinate reference systems: projecting to and from EPSG:25832 with proj4 (fetched by loadCrs(), crsProj4.ts),
// guessing a CRS from coordinates.
// (The names — crs members, overrides, supported codes — are in crsNames.ts, re-exported here for existing callers.)
import { ASKER_LNGLAT_BBOX } from './crsNames.ts';
import type { Converter } from './crsProj4.ts';
import type { EpsgCode, LngLat, XY } from './types.ts';

export { ASKER_LNGLAT_BBOX, CrsError, parseCrsMember, parseEpsg, SUPPORTED_EPSG } from './crsNames.ts';

/**
 * A projection was asked for before `loadCrs()` had fetched proj4 (and, for toLngLat, the point is not in the
 * build-time table given to installLngLatTable): a programming error, the caller must `await loadCrs()` first.
 */
export class CrsNotLoaded extends Error {
  constructor(what: string) {
    super(`proj4 is not loaded yet (${what}): await loadCrs() first`);
    this.name = 'CrsNotLoaded';
  }
}

let makeConverter: ((from: EpsgCode, to: EpsgCode) => Converter) | null = null;
let loading: Promise<void> | null = null;

/** Fetches proj4 once (a dynamic import); every projection below works once this has resolved. */
export function loadCrs(): Promise<void> {
  return (loading ??= import('./crsProj4.ts').then(
    (m) => {
      makeConverter = m.makeConverter;
    },
    (err: unknown) => {
      loading = null; // a failed fetch (e.g. offline) may be retried
      throw err;
    },
  ));
}

/** True once loadCrs() has resolved. */
export function crsLoaded(): boolean {
  return makeConverter !== null;
}

/**
 * EPSG:25832 → lon/lat pairs computed with proj4 at build time (flat: x, y, lon, lat, …), answered by toLngLat while
 * proj4 is not loaded; the same numbers proj4 gives (tests/unit/domain/firstMapTables.test.ts).
 */
let table: Map<number, Map<number, LngLat>> | null = null;
export function installLngLatTable(flat: readonly number[]): void {
  table = new Map();
  for (let i = 0; i + 3 < flat.length; i += 4) {
    const x = flat[i] as number;
    let row = table.get(x);
    if (!row) table.set(x, (row = new Map()));
    row.set(flat[i + 1] as number, [flat[i + 2] as number, flat[i + 3] as number]);
  }
}

let trace: ((xy: XY) => void) | null = null;
/** Every point toLngLat is asked for goes to `fn` (null: none); scripts/firstMapTables.ts builds the table with it. */
export function traceLngLat(fn: ((xy: XY) => void) | null): void {
  trace = fn;
}

const converters = new Map<string, Converter>();

/** proj4 converters are costly to build and pure once built, so they are kept. */
function converter(from: EpsgCode, to: EpsgCode): Converter {
  const key = `${from}>${to}`;
  let c = converters.get(key);
  if (!c) {
    if (!makeConverter) throw new CrsNotLoaded(key);
    c = makeConverter(from, to);
    converters.set(key, c);
  }
  return c;
}

/** A function projecting [x, y] (GeoJSON axis order: lon/lat or easting/northing) from `from` to EPSG:25832. */
export function makeProjector(from: EpsgCode): (c: readonly number[]) => XY {
  if (from === 25832) return (c) => [c[0] ?? NaN, c[1] ?? NaN];
  const conv = converter(from, 25832);
  return (c) => {
    const r = conv.forward([c[0] ?? NaN, c[1] ?? NaN]);
    return [r[0] ?? NaN, r[1] ?? NaN];
  };
}

/** EPSG:25832 → WGS84 [lon, lat], for display only. */
export function toLngLat(xy: XY): LngLat {
  trace?.(xy);
  if (!makeConverter) {
    const known = table?.get(xy[0])?.get(xy[1]);
    if (known) return [known[0], known[1]];
  }
  const r = converter(4326, 25832).inverse([xy[0], xy[1]]);
  return [r[0] ?? NaN, r[1] ?? NaN];
}

/** WGS84 [lon, lat] → EPSG:25832. */
export function fromLngLat(ll: LngLat): XY {
  const r = converter(4326, 25832).forward([ll[0], ll[1]]);
  return [r[0] ?? NaN, r[1] ?? NaN];
}

/** Projects [x, y] in `code` to WGS84 [lon, lat]. */
function lngLatOf(code: EpsgCode, x: number, y: number): LngLat {
  const r = converter(4326, code).inverse([x, y]);
  return [r[0] ?? NaN, r[1] ?? NaN];
}

/** Rough distance (km) from a lon/lat point to a lon/lat box; 0 inside. Good enough to rank candidate CRSs. */
function kmToBox(ll: LngLat, box: readonly [number, number, number, number]): number {
  const lon = Math.min(Math.max(ll[0], box[0]), box[2]);
  const lat = Math.min(Math.max(ll[1], box[1]), box[3]);
  const kmPerDegLat = 111.2;
  const dy = (ll[1] - lat) * kmPerDegLat;
  const dx = (ll[0] - lon) * kmPerDegLat * Math.cos((lat * Math.PI) / 180);
  const d = Math.hypot(dx, dy);
  return Number.isFinite(d) ? d : Infinity;
}

const millions = (v: number): string => (v / 1e6).toFixed(2);
/** Kilometres, whole, as text for the words; `inf` when there is no finite distance. */
const km = (v: number): string => (v === Infinity ? 'inf' : String(Math.round(v)));

/** Northings above this are beyond mainland Norway in UTM (about 6.4–7.9 million m), but typical of Web Mercator there.
 * */
const UTM_MAX_NORTHING_NORWAY = 7.9e6;
const MERCATOR_MAX = 20037508.34;

/**
 * How a CRS was guessed, as facts for the words in src/i18n: `basis` is `none` (no coordinates), `degrees`, `mercator`,
 * `utm` or `ambiguous` (UTM or Web Mercator); `params` the figures the words name (`minX`…, `minYM`/`maxYM` in millions
 * of metres, `zone`, distances `d32Km`/`d33Km`/`dKm` (`far` when the data lies over 50 km from the reference area;
 * `inf` for "very far"), `epsg` the guessed code).
 */
export interface CrsGuess {
  code: EpsgCode;
  basis: 'none' | 'degrees' | 'mercator' | 'utm' | 'ambiguous';
  params: Readonly<Record<string, string>>;
}

/**
 * True when detectCrs would guess degrees (EPSG:4326) for this bbox. Needs no proj4, so a file that names its CRS is
 * checked for degrees vs metres without it.
 */
export function bboxInDegrees(bbox: readonly [number, number, number, number]): boolean {
  const [minX, minY, maxX, maxY] = bbox;
  return [minX, minY, maxX, maxY].every(Number.isFinite) && minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90;
}

/**
 * Guesses the CRS of data with no crs member from its bbox (in the file's own coordinates).
 * Degrees → EPSG:4326. Metres → UTM when northings fit Norway (6.4–7.9 million), Web Mercator when above; for
 * UTM, zone 32 or 33 is chosen by which places the data nearest the reference area (default: Asker).
 */
export function detectCrs(
  bbox: readonly [number, number, number, number],
  referenceLngLatBbox: readonly [number, number, number, number] = ASKER_LNGLAT_BBOX,
): CrsGuess {
  const [minX, minY, maxX, maxY] = bbox;
  if (![minX, minY, maxX, maxY].every(Number.isFinite)) return { code: 25832, basis: 'none', params: {} };
  if (bboxInDegrees(bbox)) {
    return {
      code: 4326,
      basis: 'degrees',
      params: { minX: minX.toFixed(3), maxX: maxX.toFixed(3), minY: minY.toFixed(3), maxY: maxY.toFixed(3) },
    };
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const distanceKm = (code: EpsgCode): number => kmToBox(lngLatOf(code, cx, cy), referenceLngLatBbox);
  const yRange = { minYM: millions(minY), maxYM: millions(maxY) };
  const far = (d: number): Record<string, string> => (d > 50 ? { far: km(d) } : {});

  const mercatorFits =
    Math.abs(minX) <= MERCATOR_MAX &&
    Math.abs(maxX) <= MERCATOR_MAX &&
    Math.abs(minY) <= MERCATOR_MAX &&
    Math.abs(maxY) <= MERCATOR_MAX;
  if (minY >= UTM_MAX_NORTHING_NORWAY && mercatorFits) {
    const d = distanceKm(3857);
    return { code: 3857, basis: 'mercator', params: { ...yRange, ...far(d) } };
  }
  const d32 = distanceKm(25832);
  const d33 = distanceKm(25833);
  if (maxY < UTM_MAX_NORTHING_NORWAY || !mercatorFits) {
    const code: EpsgCode = d33 < d32 ? 25833 : 25832;
    const zone = code === 25833 ? '33' : '32';
    return {
      code,
      basis: 'utm',
      params: { ...yRange, zone, d32Km: km(d32), d33Km: km(d33), epsg: String(code), ...far(Math.min(d32, d33)) },
    };
  }
  // The y range straddles the UTM/Mercator line: let the reference area decide between all three.
  const candidates: [EpsgCode, number][] = [
    [25832, d32],
    [25833, d33],
    [3857, distanceKm(3857)],
  ];
  candidates.sort((a, b) => a[1] - b[1]);
  const [code, d] = candidates[0] as [EpsgCode, number];
  return { code, basis: 'ambiguous', params: { ...yRange, epsg: String(code), dKm: km(d), ...far(d) } };
}
