// One entry for every feature file the loaders read: GeoJSON, SOSI or GML, recognised by content, as the same parsed
// features.
import { decodeInput, type LoadInput } from './decodeInput.ts';
import { parseGeoJsonText, type ParsedCollection } from './loadGeoJson.ts';
import { need, type LoadTools } from './loadTools.ts';
import { checkText, MAX_PLAN_CHARS, stripBom } from './textChecks.ts';

export interface ReadFileOptions {
  maxChars?: number | undefined;
  /** Which objects of a SOSI/GML file become features: areas (sites, regions) or points (hubs). */
  want: 'areas' | 'points';
}

/**
 * Parses a feature file whatever its format: GeoJSON as before; SOSI (`.HODE` first) and GML (XML) into
 * the same ParsedCollection, in the file's own CRS, so field mapping, validation and projection are shared.
 * Throws DataError for file-level faults.
 */
export function readFeatureFile(
  input: LoadInput,
  file: string,
  opts: ReadFileOptions,
  tools: LoadTools,
): ParsedCollection {
  const decoded = decodeInput(input, file);
  if (decoded.format === 'geojson') {
    const parsed = parseGeoJsonText(decoded.text, file, { maxChars: opts.maxChars });
    return decoded.problems.length > 0 ? { ...parsed, problems: decoded.problems } : parsed;
  }
  const name = decoded.format === 'sosi' ? 'SOSI' : 'GML';
  checkText(decoded.text, file, opts.maxChars ?? MAX_PLAN_CHARS, { kind: 'plan', format: name });
  const text = stripBom(decoded.text);
  const parsed =
    decoded.format === 'sosi'
      ? need(tools.readSosi, 'SOSI reader')(text, { file, want: opts.want, encoding: decoded.encoding })
      : need(tools.readGml, 'GML reader')(text, { file, want: opts.want });
  return { ...parsed, problems: [...decoded.problems, ...(parsed.problems ?? [])] };
}
