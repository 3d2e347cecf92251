// The GDAL and PostGIS calls the hand-run cross-checks share: convert a GeoJSON file with ogr2ogr, load one into
// PostGIS, and ask psql for one JSON value. Each cross-check used to carry its own copy of these argument lists.
import { execFileSync } from 'node:child_process';

/** The database the cross-checks use: PGDATABASE, else `gis` (PGHOST, PGPORT, PGUSER as for psql). */
export const crosscheckDb = (): string => process.env.PGDATABASE ?? 'gis';

/** Runs a command and returns its standard output (throws with the command's stderr when it fails). */
export function sh(cmd: string, args: string[], input?: string): string {
  return execFileSync(cmd, args, { encoding: 'utf8', input, maxBuffer: 1 << 28 });
}

export interface GeoJsonCopy {
  /** Target CRS, e.g. `EPSG:25833`. */
  srs: string;
  /** Decimals GDAL writes (`COORDINATE_PRECISION`). */
  precision: number;
  /** RFC 7946 output: lon/lat order, no crs member (only for EPSG:4326). */
  rfc7946?: boolean;
}

/** Writes `dst` as a GeoJSON copy of `src` reprojected by GDAL. */
export function ogrGeoJson(src: string, dst: string, copy: GeoJsonCopy): void {
  const lco = [`COORDINATE_PRECISION=${copy.precision}`, ...(copy.rfc7946 ? ['RFC7946=YES'] : [])];
  sh('ogr2ogr', ['-overwrite', '-f', 'GeoJSON', '-t_srs', copy.srs, ...lco.flatMap((o) => ['-lco', o]), dst, src]);
}

/**
 * Loads a GeoJSON file in EPSG:25832 into the PostGIS table `table` (replacing it; geometry column `geom`, GiST index
 * as ogr2ogr makes by default). `geometryType` forces the column type, e.g. `MULTIPOLYGON`.
 */
export function ogrToPostgis(db: string, file: string, table: string, geometryType?: string): void {
  sh('ogr2ogr', [
    '-overwrite',
    '-f',
    'PostgreSQL',
    `PG:dbname=${db}`,
    file,
    '-nln',
    table,
    '-lco',
    'GEOMETRY_NAME=geom',
    '-a_srs',
    'EPSG:25832',
    ...(geometryType ? ['-nlt', geometryType] : []),
  ]);
}

/** Runs one query that returns a single JSON value (e.g. `json_agg(…)`) and parses it. */
export function psqlJson<T>(db: string, sql: string): T {
  return JSON.parse(sh('psql', ['-X', '-q', '-t', '-A', '-d', db, '-c', sql])) as T;
}
