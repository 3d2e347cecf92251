// Plan files read in pieces: the decoders (UTF-8 cut between characters, our ISO 8859-10 table), the SOSI lexer and the GML
// parser fed piece by piece with lines and characters cut between pieces, progress shares, and readFeatureFile on
// bytes giving the same features as on the whole text.
import { describe, expect, it } from 'vitest';
import { decodeInput, openInput } from '../../../src/data/decodeInput.ts';
import { FULL_TOOLS } from '../../../src/data/fullLoadTools.ts';
import { readGml } from '../../../src/data/gml/gmlRead.ts';
import { DataError } from '../../../src/data/problems.ts';
import { readFeatureFile } from '../../../src/data/readFeatureFile.ts';
import { SosiStream } from '../../../src/data/sosi/sosiLex.ts';
import { readSosi } from '../../../src/data/sosi/sosiRead.ts';
import {
  byteChunks,
  chunkDecoder,
  decodeLatin6,
  stringChunks,
  withoutLeadingBom,
  type TextChunk,
} from '../../../src/data/textChunks.ts';

const join = (chunks: Iterable<TextChunk>): string => [...chunks].map((c) => c.text).join('');

const HEAD = (charset: string): string =>
  `.HODE\n..TEGNSETT ${charset}\n..TRANSPAR\n...KOORDSYS 22\n...ORIGO-NØ 6600000 500000\n...ENHET 0.01\n`;
const square = (serial: number, e: number, s: number): string =>
  `.KURVE ${serial}:\n..NØ\n0 ${e}\n0 ${e + s}\n${s} ${e + s}\n${s} ${e}\n0 ${e}\n`;
const flate = (serial: number, ref: string, name: string): string =>
  `.FLATE ${serial}:\n..OBJTYPE KpArealformålOmråde\n..AREALFORMÅL 1300\n..NAVN "${name}"\n..REF ${ref}\n`;
const sosi = (charset: string): string =>
  `${HEAD(charset)}${flate(1, ':2', 'Blåbærlia Øst')}${square(2, 0, 1000)}${flate(3, ':-4', 'Ærfuglhaugen')}${square(4, 2000, 500)}.SLUTT\n`;

describe('decoding in pieces', () => {
  it('our ISO 8859-10 table gives what TextDecoder gives, for every byte', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeLatin6(all)).toBe(new TextDecoder('iso-8859-10').decode(all));
    expect(decodeLatin6(Uint8Array.from([0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5]))).toBe('æøåÆØÅ');
  });

  it('uses the table when TextDecoder does not know ISO 8859-10, and only then', () => {
    const refuse = (label: string): TextDecoder => {
      throw new RangeError(`unknown ${label}`);
    };
    const bytes = Uint8Array.from([0x41, 0xe6, 0xbd]);
    expect(chunkDecoder('iso-8859-10', refuse).decode(bytes, true)).toBe('Aæ\u2015');
    expect(() => chunkDecoder('utf-8', refuse)).toThrow(RangeError);
  });

  it('never cuts a UTF-8 character between two pieces, with byte shares rising to 1', () => {
    const text = 'æøå — Blåbærlia 𝔸';
    const bytes = new TextEncoder().encode(text);
    const single = [...byteChunks(bytes, 'utf-8', { size: 1 })];
    expect(single.map((c) => c.text)).toEqual([...text]); // one character a piece, however many bytes it has
    expect(single[single.length - 1]?.share).toBe(1);
    for (let i = 1; i < single.length; i++) expect(single[i]?.share).toBeGreaterThan(single[i - 1]?.share as number);
    for (const size of [2, 3, 5, 7]) {
      const chunks = [...byteChunks(bytes, 'utf-8', { size })];
      expect(join(chunks)).toBe(text);
      expect(chunks.every((c) => !c.text.includes('\uFFFD'))).toBe(true);
      expect(chunks.every((c) => new TextEncoder().encode(c.text).length <= size + 3)).toBe(true);
    }
  });

  it('cuts a string into pieces and drops byte-order marks at the very start only', () => {
    expect([...stringChunks('abcdefg', 3)]).toEqual([
      { text: 'abc', share: 3 / 7 },
      { text: 'def', share: 6 / 7 },
      { text: 'g', share: 1 },
    ]);
    expect(join(withoutLeadingBom(stringChunks('\uFEFF\uFEFFab\uFEFFc', 1)))).toBe('ab\uFEFFc');
  });
});

describe('SOSI and GML readers on pieces', () => {
  it('SosiStream gives the same objects whatever the pieces (lines and comments cut anywhere)', () => {
    const text = `${sosi('UTF-8')}`.replace('..NAVN', '..NAVN !a comment\n..NAVN');
    const whole = [...new SosiStream(text).objects()];
    for (const size of [1, 2, 7, 64]) {
      const stream = new SosiStream(stringChunks(text, size));
      expect([...stream.objects()]).toEqual(whole);
      expect(stream.slutt).toBe(text.split('\n').indexOf('.SLUTT') + 1);
    }
  });

  it('reads a SOSI file without a last newline in pieces', () => {
    const text = `${HEAD('UTF-8')}${flate(1, ':2', 'A')}${square(2, 0, 1000)}`.trimEnd();
    const whole = readSosi(text, { file: 'a.sos', want: 'areas' });
    const pieces = readSosi(stringChunks(text, 5), { file: 'a.sos', want: 'areas' });
    expect(pieces.features.map((f) => f.geometry)).toEqual(whole.features.map((f) => f.geometry));
    expect(pieces.features[0]?.geometry).not.toBeNull();
  });

  it('readGml gives the same features in pieces as whole, and reports rising progress ending at 1', () => {
    const member = (i: number): string =>
      `<gml:featureMember><app:KpArealformålOmråde gml:id="f${i}"><app:område><gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>0 0 ${i} 0 ${i} ${i} 0 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></app:område><app:områdenavn>Blåbær ${i}</app:områdenavn></app:KpArealformålOmråde></gml:featureMember>\n`;
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:app="urn:t">\n${[1, 2, 3].map(member).join('')}</gml:FeatureCollection>\n`;
    const whole = readGml(text, { file: 'a.gml', want: 'areas' });
    const shares: number[] = [];
    const pieces = readGml(stringChunks(text, 3), { file: 'a.gml', want: 'areas', onProgress: (s) => shares.push(s) });
    expect(pieces.features).toEqual(whole.features);
    expect(pieces.features.map((f) => f.properties['områdenavn'])).toEqual(['Blåbær 1', 'Blåbær 2', 'Blåbær 3']);
    expect(shares.length).toBe(Math.ceil(text.length / 3));
    expect(shares[shares.length - 1]).toBe(1);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThan(shares[i - 1] as number);
  });

  it('a GML error in a later piece still names its line', () => {
    const text = `<?xml version="1.0"?>\n<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2">\n<gml:featureMember>\n<a></b>\n`;
    let error: unknown;
    try {
      readGml(stringChunks(text, 4), { file: 'bad.gml', want: 'areas' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    // The problem is facts (the words are in src/i18n): the line is a param.
    const p = (error as DataError).problem;
    expect([p.code, p.params?.['line']]).toEqual(['gml-invalid', '4']);
  });
});

describe('readFeatureFile on bytes, streamed', () => {
  const latin6 = (text: string): Uint8Array =>
    Uint8Array.from(
      [...text].map((c) =>
        c === 'æ' ? 0xe6 : c === 'ø' ? 0xf8 : c === 'å' ? 0xe5 : c === 'Æ' ? 0xc6 : c === 'Ø' ? 0xd8 : c.charCodeAt(0),
      ),
    );

  it('reads ISO8859-10 and UTF-8 bytes, and a BOM, to the same features as the decoded text', () => {
    const text = sosi('ISO8859-10');
    const fromText = readFeatureFile(text, 'a.sos', { want: 'areas' }, FULL_TOOLS);
    const fromLatin6 = readFeatureFile(latin6(text), 'a.sos', { want: 'areas' }, FULL_TOOLS);
    expect(fromLatin6.features).toEqual(fromText.features);
    expect(fromLatin6.features.map((f) => f.properties['NAVN'])).toEqual(['Blåbærlia Øst', 'Ærfuglhaugen']);
    const utf8 = sosi('UTF-8');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(utf8)]);
    expect(readFeatureFile(bom, 'b.sos', { want: 'areas' }, FULL_TOOLS).features).toEqual(
      readFeatureFile(utf8, 'b.sos', { want: 'areas' }, FULL_TOOLS).features,
    );
  });

  it('openInput decodes nothing until asked, and decodeInput still gives the whole text', () => {
    const bytes = latin6(sosi('ISO8859-10'));
    const opened = openInput(bytes, 'a.sos');
    expect(opened.format).toBe('sosi');
    if (opened.format === 'geojson') throw new Error('unreachable');
    expect(opened.text).toBeUndefined();
    expect(opened.start(5)).toBe('.HODE');
    expect(join(opened.chunks())).toBe(decodeInput(bytes, 'a.sos').text);
    expect(decodeInput(bytes, 'a.sos').text).toBe(sosi('ISO8859-10'));
  });

  it('still refuses UTF-8 that is not UTF-8 in a GML file, and zero bytes, with the whole-text messages', () => {
    const gml = `<?xml version="1.0" encoding="UTF-8"?>\n<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2">\n<x>Bl\u00e5</x>\n</gml:FeatureCollection>\n`;
    const bad = Uint8Array.from([...gml].map((c) => c.charCodeAt(0))); // å as the Latin-1 byte 0xE5
    // The problems are facts (the words are in src/i18n): the code, and the line as a param.
    const problemOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof DataError) return e.problem;
        throw e;
      }
      throw new Error('expected a DataError');
    };
    const notUtf8 = problemOf(() => readFeatureFile(bad, 'a.gml', { want: 'areas' }, FULL_TOOLS));
    expect([notUtf8.code, notUtf8.params?.['line']]).toEqual(['encoding-not-utf8', '3']);
    const zero = new TextEncoder().encode(gml.replace('<x>', '<x>\u0000'));
    expect(problemOf(() => readFeatureFile(zero, 'z.gml', { want: 'areas' }, FULL_TOOLS)).code).toBe('encoding-utf16');
  });
});
