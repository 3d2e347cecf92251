// Transforms from WGS84 and EUREF89 UTM 33N (source data) to UTM 32N (our files), via the engine's proj4
// definitions, plus fixed rounding.
import { makeProjector, loadCrs } from '../../src/domain/crs.ts';

// proj4 is fetched on first need (src/domain/crs.ts); this script projects, so it loads it first.
await loadCrs();

export type Position = [number, number];

const wgs84To25832 = makeProjector(4326);
const utm33To25832 = makeProjector(25833);

/** Latitude/longitude (degrees, WGS84 ≈ ETRS89 at this precision) → EPSG:25832 metres. */
export function lonLatTo25832(lon: number, lat: number): Position {
  const [x, y] = wgs84To25832([lon, lat]);
  return [x, y];
}

export function epsg25833To25832(p: readonly number[]): Position {
  const [x, y] = utm33To25832(p);
  return [x, y];
}

/** Rounds to a fixed step (0.01 m for hubs, 0.1 m for polygons) so repeated runs give identical bytes. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  // Avoid "-0" in the JSON.
  return r === 0 ? 0 : r;
}

export function roundPosition(p: Position, decimals: number): Position {
  return [roundTo(p[0], decimals), roundTo(p[1], decimals)];
}
