// A strict RFC 4180 CSV reader for GTFS tables: quoted fields, doubled quotes, line breaks inside quotes, BOM,
// CRLF/LF/CR.
import { DataError } from './problems.ts';
import { checkText, MAX_CSV_CHARS, stripBom } from './textChecks.ts';

export interface CsvTable {
  file: string;
  /** Column names as written (trimmed), in order. */
  header: readonly string[];
  /** Data rows; each has exactly header.length fields (short rows are padded with ''). */
  rows: string[][];
  /** 1-based line number where each row starts (for messages). */
  lines: number[];
  /** Index of a column by name, or -1. */
  column(name: string): number;
}

/** Reads one record that contains quotes, starting at `pos`; it may span lines. Returns the fields and where the next
 * record starts. */
function readQuotedRecord(
  src: string,
  pos: number,
  line: number,
  file: string,
): { fields: string[]; next: number; line: number } {
  const fields: string[] = [];
  let field = '';
  let i = pos;
  for (;;) {
    if (src[i] === '"' && field === '') {
      const openLine = line;
      i++;
      for (;;) {
        if (i >= src.length) {
          throw new DataError({ file, code: 'csv-unclosed-quote', params: { line: String(openLine) } });
        }
        const q = src.indexOf('"', i);
        const chunk = src.slice(i, q < 0 ? src.length : q);
        for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) line++;
        field += chunk;
        if (q < 0) {
          i = src.length;
          continue;
        }
        if (src[q + 1] === '"') {
          field += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const next = src[i];
      if (next !== undefined && next !== ',' && next !== '\n') {
        throw new DataError({
          file,
          code: 'csv-text-after-quote',
          params: { line: String(line), text: JSON.stringify(src.slice(i, i + 10).split('\n')[0]) },
        });
      }
    }
    const c = src[i];
    if (c === undefined || c === '\n') {
      fields.push(field);
      return { fields, next: i + 1, line: line + 1 };
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      i++;
      continue;
    }
    // Unquoted text up to the next separator.
    let j = i + 1;
    while (j < src.length && src[j] !== ',' && src[j] !== '\n') j++;
    field += src.slice(i, j);
    i = j;
  }
}

/**
 * Parses CSV text. Throws DataError for a quote that is never closed, text after a closing quote,
 * a row with more fields than the header, or a missing header. Blank lines are skipped; a row
 * with fewer fields is padded, as GTFS producers often drop trailing empty fields.
 */
export function parseCsv(text: string, file: string, maxChars = MAX_CSV_CHARS): CsvTable {
  checkText(text, file, maxChars, { kind: 'gtfs' });
  // One line-end convention first (CRLF and lone CR become LF), so the common unquoted line is a plain split.
  const src = stripBom(text).replace(/\r\n?/g, '\n');
  let header: string[] | null = null;
  const rows: string[][] = [];
  const lines: number[] = [];
  const add = (fields: string[], at: number): void => {
    if (header === null) {
      header = fields.map((h) => h.trim());
      return;
    }
    if (fields.length > header.length) {
      throw new DataError({
        file,
        code: 'csv-too-many-fields',
        params: { line: String(at), count: String(fields.length), header: String(header.length) },
      });
    }
    while (fields.length < header.length) fields.push('');
    rows.push(fields);
    lines.push(at);
  };
  let pos = 0;
  let line = 1;
  // Position of the next quote, found once and reused until passed (searching from every line would be quadratic).
  let nextQuote = src.indexOf('"');
  while (pos < src.length) {
    const nl = src.indexOf('\n', pos);
    const end = nl < 0 ? src.length : nl;
    if (nextQuote >= 0 && nextQuote < pos) nextQuote = src.indexOf('"', pos);
    if (nextQuote < 0 || nextQuote > end) {
      // Fast path: no quote on this line (most GTFS rows). Blank lines are skipped.
      if (end > pos) add(src.slice(pos, end).split(','), line);
      pos = end + 1;
      line++;
      continue;
    }
    const quoted = readQuotedRecord(src, pos, line, file);
    add(quoted.fields, line);
    pos = quoted.next;
    line = quoted.line;
  }
  // `header` is assigned inside `add`, which the compiler cannot see.
  const head = header as string[] | null;
  if (head === null) throw new DataError({ file, code: 'csv-no-header' });
  const index = new Map(head.map((h, k) => [h, k] as const));
  return { file, header: head, rows, lines, column: (name) => index.get(name) ?? -1 };
}

/**
 * Column index of a required column, or a DataError naming the file and the column. `purpose` says what the column is
 * for (`stop-id`, `trip-service` …): the variant whose words in src/i18n say why it is needed.
 */
export function requireColumn(table: CsvTable, name: string, purpose: string): number {
  const k = table.column(name);
  if (k < 0) {
    throw new DataError({
      file: table.file,
      code: 'csv-missing-column',
      variant: purpose,
      params: { column: name, header: table.header.join(',').slice(0, 200) },
    });
  }
  return k;
}
