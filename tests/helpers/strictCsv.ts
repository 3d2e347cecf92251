// Test helper: one strict RFC 4180 reader for the CSV files we write (the report's ',' + LF, the Excel export's ';' +
// CRLF). Strict on purpose: a stray line break or a missing final line end throws, so a wrong format cannot slip
// through.

export interface CsvDialect {
  separator: ',' | ';';
  lineEnd: '\n' | '\r\n';
}

/** Rows of fields (quotes removed, doubled quotes undone). */
export function parseStrictCsv(text: string, { separator, lineEnd }: CsvDialect): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (text.startsWith(lineEnd, i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += lineEnd.length - 1;
    } else if (c === '\r' || c === '\n') throw new Error(`bare line break at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('the last line has no line end');
  return rows;
}
