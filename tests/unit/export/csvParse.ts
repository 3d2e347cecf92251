// Test helper: the Excel CSV (';' separator, CRLF line ends, RFC 4180 quotes) and its decimal-comma numbers.
import { parseStrictCsv } from '../../helpers/strictCsv.ts';

/** Rows of fields; throws on a bare LF or CR outside quotes, so a wrong line end cannot slip through. */
export function parseExcelCsv(text: string): string[][] {
  return parseStrictCsv(text, { separator: ';', lineEnd: '\r\n' });
}

/** "12345,67" → 12345.67; empty → null. */
export function commaNumber(text: string): number | null {
  if (text === '') return null;
  if (!/^-?\d+(,\d+)?$/.test(text)) throw new Error(`not a decimal-comma number: ${JSON.stringify(text)}`);
  return Number(text.replace(',', '.'));
}
