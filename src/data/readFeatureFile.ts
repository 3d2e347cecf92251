// One entry for every feature file the loaders read: GeoJSON, SOSI or GML, recognised by content, as the same parsed
// features.
import { openInput, type LoadInput } from './decodeInput.ts';
import { parseGeoJsonText, type ParsedCollection } from './loadGeoJson.ts';
import { need, type LoadTools } from './loadTools.ts';
import { checkText, MAX_PLAN_CHARS, stripBom } from './textChecks.ts';
import { withoutLeadingBom, type TextChunk, type TextSource } from './textChunks.ts';

/**
 * Characters of a plan file's start given to checkText when the rest streams: more than its UTF-16 probe (4 096), and
 * enough to reach the `.HODE` or `<` that format sniffing found (in the first 4 096), so the start is never blank.
 */
const TEXT_PROBE_CHARS = 64 * 1024;

const joinChunks = (chunks: Iterable<TextChunk>): string => {
  const parts: string[] = [];
  for (const c of chunks) parts.push(c.text);
  return parts.join('');
};

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
  const decoded = openInput(input, file);
  if (decoded.format === 'geojson') {
    const parsed = parseGeoJsonText(decoded.text, file, { maxChars: opts.maxChars });
    return decoded.problems.length > 0 ? { ...parsed, problems: decoded.problems } : parsed;
  }
  const name = decoded.format === 'sosi' ? 'SOSI' : 'GML';
  const maxChars = opts.maxChars ?? MAX_PLAN_CHARS;
  const hint = { kind: 'plan', format: name } as const;
  let text: TextSource;
  if (decoded.bytes && decoded.bytes.data.length <= maxChars && !decoded.mayHaveReplacement) {
    // Bytes that pass the whole-text checks by their size and content: only the start need be looked at (UTF-16
    // zero bytes), and the reader decodes the rest a piece at a time.
    checkText(decoded.start(TEXT_PROBE_CHARS), file, maxChars, hint);
    text = withoutLeadingBom(decoded.chunks());
  } else {
    const whole = decoded.text ?? joinChunks(decoded.chunks());
    checkText(whole, file, maxChars, hint);
    text = stripBom(whole);
  }
  const progress = opts.onProgress ? { onProgress: opts.onProgress } : {};
  const parsed =
    decoded.format === 'sosi'
      ? need(tools.readSosi, 'SOSI reader')(text, { file, want: opts.want, encoding: decoded.encoding, ...progress })
      : need(tools.readGml, 'GML reader')(text, { file, want: opts.want, ...progress });
  return { ...parsed, problems: [...decoded.problems, ...(parsed.problems ?? [])] };
}
