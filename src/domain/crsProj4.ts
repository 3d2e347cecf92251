// The proj4 half of crs.ts: the definitions and converters. Fetched on first need (`loadCrs()` in crs.ts), so the
// first page load, which shows the bundled EPSG:25832 data from a build-time lon/lat table, does not fetch proj4.
import proj4 from 'proj4';
import type { EpsgCode } from './types.ts';

/**
 * proj4 definitions. ETRS89 (EUREF89) is tied to the GRS80 ellipsoid; its offset from WGS84 (well under 1 m
 * in Norway) is far below what a site area or a hub distance can notice, so both datums get a zero shift.
 */
const PROJ_DEF: Record<EpsgCode, string> = {
  4326: '+proj=longlat +datum=WGS84 +no_defs',
  4258: '+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs',
  25832: '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  25833: '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  25835: '+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  32632: '+proj=utm +zone=32 +datum=WGS84 +units=m +no_defs',
  32633: '+proj=utm +zone=33 +datum=WGS84 +units=m +no_defs',
  3857: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs',
};

export type Converter = { forward: (c: [number, number]) => number[]; inverse: (c: [number, number]) => number[] };

/** A proj4 converter from one supported CRS to another. */
export function makeConverter(from: EpsgCode, to: EpsgCode): Converter {
  return proj4(PROJ_DEF[from], PROJ_DEF[to]) as Converter;
}
