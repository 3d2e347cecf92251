// Bytes (or text) in, text out: recognises GeoJSON, SOSI and GML, and decodes each by what it declares (SOSI
// ..TEGNSETT, the XML declaration).
import { DataError, type Problem } from './problems.ts';

/** What a loader accepts: text already decoded, or the file's bytes (needed for SOSI's 8-bit character sets). */
export type LoadInput = string | Uint8Array;
export type InputFormat = 'geojson' | 'sosi' | 'gml';

export interface Decoded {
  text: string;
  format: InputFormat;
  /** File-level warnings about the encoding (bytes that do not match the declaration). */
  problems: Problem[];
  /** The character set the text was read in, for the preview's notes (bytes only). */
  encoding?: string;
}

const SNIFF_CHARS = 64 * 1024;
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0xa0, 0xfeff]);

/** The first characters that tell the formats apart: `.HODE` (after SOSI `!` comments) or `<` (XML). */
export function sniffFormat(text: string): InputFormat {
  // Only the head is looked at, so a huge file costs nothing here (the size check comes later, in the reader).
  const limit = Math.min(text.length, SNIFF_CHARS);
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < limit && WHITESPACE.has(text.charCodeAt(i))) i++;
    if (i >= limit || text[i] !== '!') break;
    const end = text.indexOf('\n', i);
    if (end < 0 || end >= limit) return 'geojson';
    i = end + 1;
  }
  if (text.startsWith('.HODE', i)) return 'sosi';
  if (text[i] === '<') return 'gml';
  return 'geojson';
}

/** SOSI ..TEGNSETT values and the TextDecoder label for each (the WHATWG Encoding Standard names). */
const SOSI_CHARSETS: Readonly<Record<string, string>> = {
  'ISO8859-10': 'iso-8859-10',
  'ISO8859-1': 'windows-1252',
  ANSI: 'windows-1252',
  'UTF-8': 'utf-8',
  UTF8: 'utf-8',
};

/** ND7, the 7-bit Norwegian set of old SOSI files: six ASCII brackets stand for æøå. */
const ND7: Readonly<Record<string, string>> = { '[': 'Æ', '\\': 'Ø', ']': 'Å', '{': 'æ', '|': 'ø', '}': 'å' };

const lineAt = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** Offset of the first byte that breaks UTF-8, or -1; `multibyte` says whether any non-ASCII sequence was seen. */
function utf8Check(bytes: Uint8Array): { bad: number; multibyte: boolean } {
  let multibyte = false;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return { bad: i, multibyte };
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { bad: i, multibyte };
    }
    multibyte = true;
    i += n + 1;
  }
  return { bad: -1, multibyte };
}

/** The head of the file as Latin-1, enough to find the header's declarations. */
const head = (bytes: Uint8Array): string => new TextDecoder('windows-1252').decode(bytes.subarray(0, 64 * 1024));

function decodeSosi(bytes: Uint8Array, file: string): Decoded {
  const declared = /\.\.TEGNSETT\s+"?([A-Za-z0-9-]+)"?/.exec(head(bytes))?.[1]?.toUpperCase();
  const problems: Problem[] = [];
  const warn = (code: string, params: Record<string, string>, variant: string): void =>
    void problems.push({ file, severity: 'warning', code, variant, params });
  const { bad, multibyte } = utf8Check(bytes);
  if (declared === 'ND7') {
    const text = new TextDecoder('windows-1252').decode(bytes).replace(/[[\\\]{|}]/g, (c) => ND7[c] ?? c);
    return { text, format: 'sosi', problems, encoding: 'ND7' };
  }
  if (declared !== undefined && !Object.hasOwn(SOSI_CHARSETS, declared)) {
    throw new DataError({
      file,
      code: 'sosi-charset-unsupported',
      params: { declared },
    });
  }
  const label = declared === undefined ? undefined : SOSI_CHARSETS[declared];
  if (label === undefined) {
    const guess = bad < 0 ? 'UTF-8' : 'ISO8859-10';
    warn('sosi-charset-missing', { guess }, bad < 0 ? 'utf8' : 'default');
    return {
      text: new TextDecoder(bad < 0 ? 'utf-8' : 'iso-8859-10').decode(bytes),
      format: 'sosi',
      problems,
      encoding: guess,
    };
  }
  if (label === 'utf-8' && bad >= 0) {
    warn('sosi-charset-mismatch', { declared: declared ?? '', line: String(lineAt(bytes, bad)) }, 'not-utf8');
    return { text: new TextDecoder('iso-8859-10').decode(bytes), format: 'sosi', problems, encoding: 'ISO8859-10' };
  }
  if (label !== 'utf-8' && bad < 0 && multibyte) {
    const first = bytes.findIndex((b) => b >= 0x80);
    warn('sosi-charset-mismatch', { declared: declared ?? '', line: String(lineAt(bytes, first)) }, 'is-utf8');
    return { text: new TextDecoder('utf-8').decode(bytes), format: 'sosi', problems, encoding: 'UTF-8' };
  }
  return { text: new TextDecoder(label).decode(bytes), format: 'sosi', problems, encoding: declared };
}

const XML_CHARSETS: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8',
  'iso-8859-1': 'windows-1252',
  'iso-8859-10': 'iso-8859-10',
  'windows-1252': 'windows-1252',
};

function decodeXml(bytes: Uint8Array, file: string): Decoded {
  const declared =
    /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/
      .exec(head(bytes).replace(/^\uFEFF|^ï»¿/, ''))?.[1]
      ?.toLowerCase() ?? 'utf-8';
  const label = XML_CHARSETS[declared];
  if (label === undefined) {
    throw new DataError({
      file,
      code: 'gml-encoding-unsupported',
      params: { declared: JSON.stringify(declared) },
    });
  }
  // UTF-8 with bad bytes keeps its replacement characters, so the text check reports them like any other file.
  return { text: new TextDecoder(label).decode(bytes), format: 'gml', problems: [], encoding: declared.toUpperCase() };
}

/**
 * Text and format of an input. Text stays as given (its format sniffed). Bytes are sniffed on their first
 * characters: SOSI is decoded by its ..TEGNSETT (with a warning when the bytes say otherwise), XML by its
 * declaration, anything else as UTF-8 with replacement characters, as a browser's File.text() does.
 */
export function decodeInput(input: LoadInput, file: string): Decoded {
  if (typeof input === 'string') return { text: input, format: sniffFormat(input), problems: [] };
  const format = sniffFormat(head(input).slice(0, 4096));
  if (format === 'sosi') return decodeSosi(input, file);
  if (format === 'gml') return decodeXml(input, file);
  return { text: new TextDecoder('utf-8').decode(input), format: 'geojson', problems: [] };
}
