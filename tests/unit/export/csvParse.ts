// Test helper: a strict parser for the Excel CSV (';' separator, CRLF line ends, RFC 4180 quotes).

/** Rows of fields; throws on a bare LF or CR outside quotes, so a wrong line end cannot slip through. */
export function parseExcelCsv(text: string): string[][] {
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
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') throw new Error(`bare line break at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('the last line has no CRLF');
  return rows;
}

/** "12345,67" → 12345.67; empty → null. */
export function commaNumber(text: string): number | null {
  if (text === '') return null;
  if (!/^-?\d+(,\d+)?$/.test(text)) throw new Error(`not a decimal-comma number: ${JSON.stringify(text)}`);
  return Number(text.replace(',', '.'));
}
