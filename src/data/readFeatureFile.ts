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
  /**
   * Called with the share of the file read (0–1) while a SOSI or GML reader works through it, for the load dialog's
   * progress bar; GeoJSON is parsed in one go and reports nothing.
   */
  onProgress?: ((share: number) => void) | undefined;
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
  checkText(
    decoded.text,
    file,
    opts.maxChars ?? MAX_PLAN_CHARS,
    `Clip the ${name} file to the area you need in a GIS, then load it again.`,
  );
  const text = stripBom(decoded.text);
  const progress = opts.onProgress ? { onProgress: opts.onProgress } : {};
  const parsed =
    decoded.format === 'sosi'
      ? need(tools.readSosi, 'SOSI reader')(text, { file, want: opts.want, encoding: decoded.encoding, ...progress })
      : need(tools.readGml, 'GML reader')(text, { file, want: opts.want, ...progress });
  return { ...parsed, problems: [...decoded.problems, ...(parsed.problems ?? [])] };
}
