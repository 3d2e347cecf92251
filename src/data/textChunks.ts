// Text in pieces for the streaming SOSI and GML readers: a file's bytes decoded a chunk at a time (cut between two
// characters, so each comes out whole), or a string already in memory cut into the same pieces. Each piece says how
// much of the input has been read, for a progress bar.

/** A piece of text and the share of the whole input (0–1) read once it has been handled. */
export interface TextChunk {
  text: string;
  share: number;
}

/** What the readers take: the whole text, or its pieces in order. */
export type TextSource = string | Iterable<TextChunk>;

/** About a megabyte of a plan file: one piece, and one progress step. */
export const CHUNK_SIZE = 1 << 20;

/** A string cut into pieces of `size` characters (the last may be shorter; an empty string is one empty piece). */
export function* stringChunks(text: string, size = CHUNK_SIZE): Generator<TextChunk, void, undefined> {
  if (text.length === 0) {
    yield { text, share: 1 };
    return;
  }
  for (let start = 0; start < text.length; start += size) {
    const end = Math.min(text.length, start + size);
    yield { text: text.slice(start, end), share: end / text.length };
  }
}

/** The pieces of a source, whatever its form. */
export const chunksOf = (source: TextSource): Iterable<TextChunk> =>
  typeof source === 'string' ? stringChunks(source) : source;

/**
 * ISO 8859-10 (Latin-6, the usual character set of SOSI files) bytes 0xA0–0xFF as code points, for a TextDecoder
 * without that label. Bytes below 0xA0 are the same code points.
 */
const LATIN6_HIGH: readonly number[] = [
  0x00a0, 0x0104, 0x0112, 0x0122, 0x012a, 0x0128, 0x0136, 0x00a7, 0x013b, 0x0110, 0x0160, 0x0166, 0x017d, 0x00ad,
  0x016a, 0x014a, 0x00b0, 0x0105, 0x0113, 0x0123, 0x012b, 0x0129, 0x0137, 0x00b7, 0x013c, 0x0111, 0x0161, 0x0167,
  0x017e, 0x2015, 0x016b, 0x014b, 0x0100, 0x00c1, 0x00c2, 0x00c3, 0x00c4, 0x00c5, 0x00c6, 0x012e, 0x010c, 0x00c9,
  0x0118, 0x00cb, 0x0116, 0x00cd, 0x00ce, 0x00cf, 0x00d0, 0x0145, 0x014c, 0x00d3, 0x00d4, 0x00d5, 0x00d6, 0x0168,
  0x00d8, 0x0172, 0x00da, 0x00db, 0x00dc, 0x00dd, 0x00de, 0x00df, 0x0101, 0x00e1, 0x00e2, 0x00e3, 0x00e4, 0x00e5,
  0x00e6, 0x012f, 0x010d, 0x00e9, 0x0119, 0x00eb, 0x0117, 0x00ed, 0x00ee, 0x00ef, 0x00f0, 0x0146, 0x014d, 0x00f3,
  0x00f4, 0x00f5, 0x00f6, 0x0169, 0x00f8, 0x0173, 0x00fa, 0x00fb, 0x00fc, 0x00fd, 0x00fe, 0x0138,
];

/** Characters per String.fromCharCode call, well below the engines' argument limits. */
const FROM_CHAR_CODE_BATCH = 8192;

/** Decodes ISO 8859-10 bytes with the table above (one byte is one character, so no state between pieces). */
export function decodeLatin6(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Array<number>(Math.min(bytes.length, FROM_CHAR_CODE_BATCH));
  for (let start = 0; start < bytes.length; start += FROM_CHAR_CODE_BATCH) {
    const end = Math.min(bytes.length, start + FROM_CHAR_CODE_BATCH);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes[i - start] = b < 0xa0 ? b : (LATIN6_HIGH[b - 0xa0] as number);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Something that turns pieces of bytes into text, keeping a character cut between pieces for the next. */
export interface ChunkDecoder {
  decode(bytes: Uint8Array, last: boolean): string;
}

/** A decoder for a WHATWG encoding label; ISO 8859-10 by our own table when this TextDecoder does not know it. */
export function chunkDecoder(label: string, makeTextDecoder = (l: string) => new TextDecoder(l)): ChunkDecoder {
  let decoder: TextDecoder;
  try {
    decoder = makeTextDecoder(label);
  } catch (e) {
    if (label !== 'iso-8859-10' || !(e instanceof RangeError)) throw e;
    return { decode: (bytes) => decodeLatin6(bytes) };
  }
  return { decode: (bytes, last) => decoder.decode(bytes, { stream: !last }) };
}

/** Where a piece of UTF-8 may end at or before `end`: not inside a character (continuation bytes are 10xxxxxx). */
function utf8Boundary(bytes: Uint8Array, start: number, end: number): number {
  if (end >= bytes.length) return bytes.length;
  let cut = end;
  const inside = (i: number): boolean => i < bytes.length && ((bytes[i] as number) & 0xc0) === 0x80;
  while (cut > start && inside(cut)) cut--;
  if (cut > start) return cut;
  // A piece smaller than the character it starts: take the whole character.
  cut = end;
  while (inside(cut)) cut++;
  return cut;
}

/**
 * The bytes from `start` decoded a piece of about `size` bytes at a time; `map` rewrites each piece (ND7's brackets →
 * æøå). A UTF-8 piece ends before a character, never inside one, and each piece is decoded on its own: V8's TextDecoder
 * gives two-byte strings in {stream: true} mode (62 MB instead of 43 MB for the 40 MB bench file), one-byte strings
 * for Latin text otherwise. The 8-bit character sets have one byte per character, so any cut is a boundary. The
 * shares count bytes, so they are true for multi-byte UTF-8 too.
 */
export function* byteChunks(
  bytes: Uint8Array,
  label: string,
  opts: { start?: number; size?: number; map?: (text: string) => string } = {},
): Generator<TextChunk, void, undefined> {
  const { start = 0, size = CHUNK_SIZE, map } = opts;
  const decoder = chunkDecoder(label);
  const total = bytes.length - start;
  if (total <= 0) {
    yield { text: '', share: 1 };
    return;
  }
  for (let at = start; at < bytes.length;) {
    const want = Math.min(bytes.length, at + size);
    const end = label === 'utf-8' ? utf8Boundary(bytes, at, want) : want;
    const text = decoder.decode(bytes.subarray(at, end), true);
    yield { text: map ? map(text) : text, share: (end - start) / total };
    at = end;
  }
}

/** The pieces with any byte-order marks at the very start dropped (as stripBom does for a whole text). */
export function* withoutLeadingBom(chunks: Iterable<TextChunk>): Generator<TextChunk, void, undefined> {
  let leading = true;
  for (const chunk of chunks) {
    if (leading) {
      let i = 0;
      while (chunk.text.charCodeAt(i) === 0xfeff) i++;
      if (i < chunk.text.length) leading = false;
      yield i === 0 ? chunk : { text: chunk.text.slice(i), share: chunk.share };
    } else yield chunk;
  }
}

/** Below this length V8 copies a substring instead of pointing into the string it was cut from. */
const SLICE_MIN = 13;

/**
 * A string that is kept (an attribute value, a ..REF list) as its own copy, so that it does not hold on to the whole
 * piece of text it was cut from (V8 keeps a substring of 13 characters or more as a pointer into its parent). Without
 * this, every piece of the file would stay in memory until the features are dropped, as the whole text did before.
 */
export const detached = (s: string): string => (s.length < SLICE_MIN ? s : ` ${s}`.slice(1));
