// What reading a file may need beyond GeoJSON: the SOSI and GML readers, and the polygon repair and dissolve
// (polyclip-ts).
// The core pipeline takes them as a value, so the app's first map (the bundled GeoJSON, valid and one feature per
// region) is built without fetching them; fullLoadTools.ts has them all (the CLIs, the load worker, the previews).
import type { Repair } from '../domain/repair.ts';
import type { MultiPolygonXY } from '../domain/types.ts';
import type { GmlReadOptions } from './gml/gmlRead.ts';
import type { ParsedCollection } from './loadGeoJson.ts';
import type { SosiReadOptions } from './sosi/sosiRead.ts';
import type { TextSource } from './textChunks.ts';

export interface LoadTools {
  /** SOSI and GML text (whole, or in decoded pieces) into parsed features (src/data/sosi, src/data/gml). */
  readSosi: ((text: TextSource, opts: SosiReadOptions) => ParsedCollection) | null;
  readGml: ((text: TextSource, opts: GmlReadOptions) => ParsedCollection) | null;
  /** ST_MakeValid-like rebuild of an invalid polygon; null when the clipping library could not finish. */
  repair: ((g: MultiPolygonXY) => Repair | null) | null;
  /** Dissolve of same-name regions into one valid multipolygon. */
  union: ((parts: readonly MultiPolygonXY[]) => MultiPolygonXY) | null;
}

/** GeoJSON with valid polygons only: what the bundled data needs. A file that needs more is a wiring fault. */
export const GEOJSON_TOOLS: LoadTools = { readSosi: null, readGml: null, repair: null, union: null };

/** The tool, or an internal error naming what the caller forgot to give (never reached with the full tools). */
export function need<T>(tool: T | null, what: string): T {
  if (tool === null) throw new Error(`the ${what} is not part of this loader (use the loaders in src/data/loaders.ts)`);
  return tool;
}
