// proj4 transforms between WGS84, EUREF89 UTM 33N (source data) and UTM 32N (our files), plus fixed rounding.
import proj4 from 'proj4';

export const WGS84_DEF = '+proj=longlat +datum=WGS84 +no_defs';
export const EPSG_25832_DEF = '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
export const EPSG_25833_DEF = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

export type Position = [number, number];

const wgs84To25832 = proj4(WGS84_DEF, EPSG_25832_DEF);
const utm33To25832 = proj4(EPSG_25833_DEF, EPSG_25832_DEF);

/** Latitude/longitude (degrees, WGS84 ≈ ETRS89 at this precision) → EPSG:25832 metres. */
export function lonLatTo25832(lon: number, lat: number): Position {
  const [x, y] = wgs84To25832.forward([lon, lat]);
  return [x, y];
}

export function epsg25833To25832(p: readonly number[]): Position {
  const [x, y] = utm33To25832.forward([p[0] as number, p[1] as number]);
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
