// The streaming SOSI lexer (SosiStream) and what readSosi does with a stream: the same objects as the one-shot
// lexer, objects before the .HODE, forward references, repeated serials, and progress in steps of the text read.
import { describe, expect, it } from 'vitest';
import { readSosi } from '../../../src/data/sosi/sosiRead.ts';
import { lexSosi, SosiStream } from '../../../src/data/sosi/sosiLex.ts';

const HEAD = '.HODE\n..TEGNSETT UTF-8\n..TRANSPAR\n...KOORDSYS 22\n...ORIGO-NØ 0 0\n...ENHET 0.01\n';
const square = (serial: number, e: number, s: number): string =>
  `.KURVE ${serial}:\n..NØ\n0 ${e}\n0 ${e + s}\n${s} ${e + s}\n${s} ${e}\n0 ${e}\n`;
const flate = (serial: number, ref: string, name = `F${serial}`): string =>
  `.FLATE ${serial}:\n..OBJTYPE KpArealformålOmråde\n..AREALFORMÅL 1300\n..NAVN "${name}"\n..REF ${ref}\n`;

describe('SosiStream', () => {
  it('yields the objects one at a time, with continuation lines joined, and records .SLUTT and stray lines', () => {
    const text = `stray\n${HEAD}${flate(1, ':2')}${square(2, 0, 1000)}.SLUTT\n.FLATE 9:\n`;
    const stream = new SosiStream(text);
    const it = stream.objects();
    const first = it.next();
    expect(first.done).toBe(false);
    expect(first.value).toMatchObject({ kind: 'HODE', line: 2 });
    expect(stream.slutt).toBeNull(); // not reached yet: the text is read as the objects are asked for
    const rest = [...it];
    expect(rest.map((o) => `${o.kind} ${o.serial}`)).toEqual(['FLATE 1', 'KURVE 2']);
    expect(rest[1]?.elements[0]).toMatchObject({ name: 'NØ', value: '0 0 0 1000 1000 1000 1000 0 0 0' });
    expect(stream.slutt).toBe(20);
    expect(stream.stray).toEqual([1]);
    expect(stream.count).toBe(3);
  });

  it('gives lexSosi the same objects as before (head apart, everything after .SLUTT ignored)', () => {
    const text = `${HEAD}${flate(1, ':2 (:3)')}..NØ\n1 2\n3 4\n${square(2, 0, 1000)}${square(3, 100, 100)}.SLUTT\n`;
    const lexed = lexSosi(text);
    const streamed = [...new SosiStream(text).objects()];
    expect(lexed.head).toEqual(streamed[0]);
    expect(lexed.objects).toEqual(streamed.slice(1));
    expect(lexed.objects[0]?.elements.find((e) => e.name === 'REF')?.value).toBe(':2 (:3)');
    expect(lexed.objects[0]?.elements.find((e) => e.name === 'NØ')?.value).toBe('1 2 3 4');
  });

  it('reports progress as a rising share of the text, in steps, ending at 1', () => {
    const curves = Array.from({ length: 40_000 }, (_, i) => square(i + 2, i * 10, 5)).join('');
    const text = `${HEAD}${flate(1, ':2')}${curves}.SLUTT\n`;
    expect(text.length).toBeGreaterThan(2 ** 21);
    const shares: number[] = [];
    const parsed = readSosi(text, { file: 'big.sos', want: 'areas', onProgress: (s) => shares.push(s) });
    expect(parsed.features).toHaveLength(1);
    expect(shares.length).toBeGreaterThanOrEqual(3);
    expect(shares.length).toBeLessThan(10); // steps of about a megabyte, not one call a line
    expect(shares[shares.length - 1]).toBe(1);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThan(shares[i - 1] as number);
    expect(shares[0]).toBeGreaterThan(0);
  });
});

describe('readSosi on a stream', () => {
  it('reads areas whose curves come later in the file, and areas placed before the .HODE, the same way', () => {
    const body = `${flate(1, ':2')}${square(2, 0, 1000)}${flate(3, ':-4')}${square(4, 2000, 1000)}`;
    const inOrder = readSosi(`${HEAD}${body}.SLUTT\n`, { file: 'a.sos', want: 'areas' });
    const headLast = readSosi(`${body}${HEAD}.SLUTT\n`, { file: 'a.sos', want: 'areas' });
    expect(inOrder.features.map((f) => f.geometry)).toEqual(headLast.features.map((f) => f.geometry));
    expect(inOrder.features).toHaveLength(2);
    expect(inOrder.features[0]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    });
    expect(inOrder.features[0]?.properties).toMatchObject({ NAVN: 'F1', AREALFORMÅL: '1300' });
  });

  it('keeps the warnings in their order: no .SLUTT, stray text, then repeated serial numbers', () => {
    const text = `junk\n${HEAD}${flate(1, ':2')}${square(2, 0, 1000)}${square(2, 5000, 1000)}`;
    const parsed = readSosi(text, { file: 'w.sos', want: 'areas' });
    expect(parsed.problems?.map((p) => p.code)).toEqual(['sosi-no-slutt', 'sosi-stray-text', 'sosi-serial-repeated']);
    expect(parsed.problems?.[0]?.params).toEqual({ count: '3' });
    expect(parsed.features[0]?.geometry).not.toBeNull(); // the first curve 2 is the one referred to
  });

  it('reads repeated attributes as arrays and groups as nested objects (attributes assigned, not defined)', () => {
    const extra =
      '..FELTNAVN "A"\n..FELTNAVN "B"\n..FELTNAVN "C"\n..IDENTIFIKASJON\n...LOKALID "id-1"\n...NAVNEROM "x"\n';
    const text = `${HEAD}${flate(1, ':2').replace('..NAVN', `${extra}..NAVN`)}${square(2, 0, 1000)}.SLUTT\n`;
    const props = readSosi(text, { file: 'p.sos', want: 'areas' }).features[0]?.properties as Record<string, unknown>;
    expect(props).toEqual({
      OBJTYPE: 'KpArealformålOmråde',
      AREALFORMÅL: '1300',
      FELTNAVN: ['A', 'B', 'C'],
      IDENTIFIKASJON: { LOKALID: 'id-1', NAVNEROM: 'x' },
      NAVN: 'F1',
    });
    expect(Object.getPrototypeOf(props)).toBeNull();
    expect(Object.keys(props)).toEqual(['OBJTYPE', 'AREALFORMÅL', 'FELTNAVN', 'IDENTIFIKASJON', 'NAVN']);
  });
});
