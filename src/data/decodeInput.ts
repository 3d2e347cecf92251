// Bytes (or text) in, text out: recognises GeoJSON, SOSI and GML, and decodes each by what it declares (SOSI
// ..TEGNSETT, the XML declaration); plan files can be opened to be decoded a piece at a time (openInput).
import { DataError, type Problem } from './problems.ts';
import { byteChunks, chunkDecoder, stringChunks, type TextChunk } from './textChunks.ts';

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

/** How a plan file's bytes are to be decoded: the TextDecoder label, and ND7's bracket rewrite. */
interface DecodePlan {
  format: 'sosi' | 'gml';
  label: string;
  nd7: boolean;
  problems: Problem[];
  encoding: string | undefined;
}

function planSosi(bytes: Uint8Array, file: string): DecodePlan {
  const declared = /\.\.TEGNSETT\s+"?([A-Za-z0-9-]+)"?/.exec(head(bytes))?.[1]?.toUpperCase();
  const problems: Problem[] = [];
  const warn = (code: string, params: Record<string, string>, variant: string): void =>
    void problems.push({ file, severity: 'warning', code, variant, params });
  const { bad, multibyte } = utf8Check(bytes);
  if (declared === 'ND7') {
    return { format: 'sosi', label: 'windows-1252', nd7: true, problems, encoding: 'ND7' };
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
    return { format: 'sosi', label: bad < 0 ? 'utf-8' : 'iso-8859-10', nd7: false, problems, encoding: guess };
  }
  if (label === 'utf-8' && bad >= 0) {
    warn('sosi-charset-mismatch', { declared: declared ?? '', line: String(lineAt(bytes, bad)) }, 'not-utf8');
    return { format: 'sosi', label: 'iso-8859-10', nd7: false, problems, encoding: 'ISO8859-10' };
  }
  if (label !== 'utf-8' && bad < 0 && multibyte) {
    const first = bytes.findIndex((b) => b >= 0x80);
    warn('sosi-charset-mismatch', { declared: declared ?? '', line: String(lineAt(bytes, first)) }, 'is-utf8');
    return { format: 'sosi', label: 'utf-8', nd7: false, problems, encoding: 'UTF-8' };
  }
  return { format: 'sosi', label, nd7: false, problems, encoding: declared };
}

const XML_CHARSETS: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8',
  'iso-8859-1': 'windows-1252',
  'iso-8859-10': 'iso-8859-10',
  'windows-1252': 'windows-1252',
};

function planXml(bytes: Uint8Array, file: string): DecodePlan {
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
  return { format: 'gml', label, nd7: false, problems: [], encoding: declared.toUpperCase() };
}

/** Whether the bytes hold U+FFFD spelt in UTF-8 (EF BF BD). */
function hasReplacementBytes(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1))
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return true;
  return false;
}

const nd7Map = (text: string): string => text.replace(/[[\\\]{|}]/g, (c) => ND7[c] ?? c);

/** A SOSI or GML input opened for reading in pieces: the text is decoded only as `chunks()` is read. */
export interface OpenedPlan {
  format: 'sosi' | 'gml';
  /** File-level warnings about the encoding (bytes that do not match the declaration). */
  problems: Problem[];
  /** The character set the text is read in, for the notes (bytes only). */
  encoding?: string;
  /** The text given as a string (string input only). */
  text?: string;
  /** The bytes and how they decode (bytes input only). */
  bytes?: { data: Uint8Array; label: string };
  /** The text in pieces of about a megabyte, decoded one at a time; may be read more than once. */
  chunks(): Iterable<TextChunk>;
  /** The first `n` characters of the text (fewer when it is shorter), decoded on their own. */
  start(n: number): string;
  /**
   * Whether the decoded text may hold U+FFFD (UTF-8 with bytes that are not UTF-8, or a replacement character in the
   * file), which the whole-text check must find and place.
   */
  mayHaveReplacement: boolean;
}

export type Opened = OpenedPlan | { format: 'geojson'; text: string; problems: Problem[] };

/**
 * Format of an input, opened for reading: GeoJSON decoded whole (JSON.parse needs one string); SOSI and GML by their
 * declared character set (see decodeInput) but decoded a piece at a time as the reader asks, so a large plan file is
 * never one string in memory beside its bytes.
 */
export function openInput(input: LoadInput, file: string): Opened {
  if (typeof input === 'string') {
    const format = sniffFormat(input);
    if (format === 'geojson') return { format, text: input, problems: [] };
    return {
      format,
      problems: [],
      text: input,
      chunks: () => stringChunks(input),
      start: (n) => input.slice(0, n),
      mayHaveReplacement: input.includes('\uFFFD'),
    };
  }
  // A UTF-8 byte-order mark reads as "ï»¿" in the Latin-1 head; sniff past it as past a decoded one.
  const format = sniffFormat(head(input).replace(/^ï»¿/, '\uFEFF').slice(0, 4096));
  if (format === 'geojson') return { format, text: new TextDecoder('utf-8').decode(input), problems: [] };
  const plan = format === 'sosi' ? planSosi(input, file) : planXml(input, file);
  const map = plan.nd7 ? nd7Map : undefined;
  return {
    format,
    problems: plan.problems,
    ...(plan.encoding === undefined ? {} : { encoding: plan.encoding }),
    bytes: { data: input, label: plan.label },
    chunks: () => byteChunks(input, plan.label, map ? { map } : {}),
    // Four bytes at most per character (two UTF-16 units), so 4n bytes hold the first n; streaming keeps a character
    // cut at the end from becoming U+FFFD.
    start: (n) =>
      chunkDecoder(plan.label)
        .decode(input.subarray(0, 4 * n), false)
        .slice(0, n),
    mayHaveReplacement: plan.label === 'utf-8' && (utf8Check(input).bad >= 0 || hasReplacementBytes(input)),
  };
}

/**
 * Text and format of an input. Text stays as given (its format sniffed). Bytes are sniffed on their first
 * characters: SOSI is decoded by its ..TEGNSETT (with a warning when the bytes say otherwise), XML by its
 * declaration, anything else as UTF-8 with replacement characters, as a browser's File.text() does.
 */
export function decodeInput(input: LoadInput, file: string): Decoded {
  if (typeof input === 'string') return { text: input, format: sniffFormat(input), problems: [] };
  const opened = openInput(input, file);
  if (opened.format === 'geojson') return opened;
  const parts: string[] = [];
  for (const c of opened.chunks()) parts.push(c.text);
  const decoded: Decoded = { text: parts.join(''), format: opened.format, problems: opened.problems };
  if (opened.encoding !== undefined) decoded.encoding = opened.encoding;
  return decoded;
}
