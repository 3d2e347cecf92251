// File-level checks on decoded text before any parsing: size limit, empty file, wrong encoding.
import { lineColumn } from './jsonSyntax.ts';
import { DataError } from './problems.ts';

export { MAX_CSV_CHARS, MAX_GEOJSON_CHARS, MAX_PLAN_CHARS } from '../domain/inputLimits.ts';

const megabytes = (chars: number): string => (chars / (1024 * 1024)).toFixed(1);

/** How many leading characters to scan for zero bytes: UTF-16 text has one in every other byte from the start. */
const UTF16_PROBE = 4096;

/**
 * Throws DataError when `text` cannot be the file the user meant: longer than `maxChars` (checked
 * before parsing, so a huge file costs no parse time), empty, UTF-16, or not UTF-8. Text decoded
 * as UTF-8 from other bytes carries U+FFFD replacement characters (Node's readFile and the
 * browser's File.text() both do this), which is how Latin-1 files are recognised.
 */
export function checkText(
  text: string,
  file: string,
  maxChars: number,
  /** What to advise for a file too large: the variant of `file-too-large` (`geojson`, `gtfs`, `plan` with `format`). */
  hint: { kind: 'geojson' | 'gtfs' | 'plan'; format?: string },
): void {
  if (text.length > maxChars) {
    const params: Record<string, string> = { sizeMb: megabytes(text.length), maxMb: megabytes(maxChars) };
    if (hint.format !== undefined) params['format'] = hint.format;
    throw new DataError({ file, code: 'file-too-large', variant: hint.kind, params });
  }
  if (text.trim() === '' || text === '\uFEFF') throw new DataError({ file, code: 'file-empty' });
  const probe = text.slice(0, UTF16_PROBE);
  // A UTF-16 byte-order mark read as UTF-8 is two bad bytes (U+FFFD U+FFFD); ASCII in UTF-16 leaves a zero byte beside
  // each letter.
  if (probe.startsWith('\uFFFD\uFFFD') || probe.startsWith('\uFFFE') || probe.includes('\u0000')) {
    throw new DataError({ file, code: 'encoding-utf16' });
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    let count = 0;
    for (let i = bad; i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
    const { line, column } = lineColumn(text, bad);
    throw new DataError({
      file,
      code: 'encoding-not-utf8',
      params: { count: String(count), line: String(line), column: String(column) },
    });
  }
}

/**
 * Drops UTF-8 byte-order marks (common from Windows tools; some add a second one); they are not whitespace to
 * JSON.parse, and in a CSV header they would become an invisible part of the first column name.
 */
export function stripBom(text: string): string {
  let i = 0;
  while (text.charCodeAt(i) === 0xfeff) i++;
  return i === 0 ? text : text.slice(i);
}
