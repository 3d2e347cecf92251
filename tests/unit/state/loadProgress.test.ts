// Progress of reading a plan file, from the SOSI/GML reader up to the load job: readFeatureFile hands the callback to
// the reader it picks (the reader faked here), and a preview job of a real multi-megabyte SOSI file passes the
// reader's rising shares to the runner's caller.
import { describe, expect, it } from 'vitest';
import { readFeatureFile } from '../../../src/data/readFeatureFile.ts';
import type { LoadTools } from '../../../src/data/loadTools.ts';
import type { ParsedCollection } from '../../../src/data/loadGeoJson.ts';
import type { TextSource } from '../../../src/data/textChunks.ts';
import { runLoadJob } from '../../../src/state/loadRunner.ts';

const HEAD = '.HODE\n..TEGNSETT UTF-8\n..TRANSPAR\n...KOORDSYS 22\n...ORIGO-NØ 0 0\n...ENHET 0.01\n';
const GML = '<?xml version="1.0"?><gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2"/>';
const EMPTY: ParsedCollection = { features: [], crs: null } as unknown as ParsedCollection;

/** Tools whose readers only report the shares given and say which options they were called with. */
function fakeTools(shares: number[]): { tools: LoadTools; calls: string[] } {
  const calls: string[] = [];
  const reader =
    (name: string) =>
    (_text: TextSource, opts: { onProgress?: ((s: number) => void) | undefined }): ParsedCollection => {
      const { onProgress } = opts;
      calls.push(`${name}:${typeof onProgress}`);
      for (const s of shares) onProgress?.(s);
      return EMPTY;
    };
  return { tools: { readSosi: reader('sosi'), readGml: reader('gml'), repair: null, union: null }, calls };
}

describe('readFeatureFile passes progress to the reader', () => {
  it('SOSI: the caller gets every share the reader reports, in order', () => {
    const { tools, calls } = fakeTools([0.25, 0.5, 1]);
    const seen: number[] = [];
    readFeatureFile(`${HEAD}.SLUTT\n`, 'plan.sos', { want: 'areas', onProgress: (s) => seen.push(s) }, tools);
    expect(calls).toEqual(['sosi:function']);
    expect(seen).toEqual([0.25, 0.5, 1]);
  });

  it('GML: the callback reaches the reader too', () => {
    const { tools, calls } = fakeTools([0.5, 1]);
    const seen: number[] = [];
    readFeatureFile(GML, 'plan.gml', { want: 'areas', onProgress: (s) => seen.push(s) }, tools);
    expect(calls).toEqual(['gml:function']);
    expect(seen).toEqual([0.5, 1]);
  });

  it('without a callback the reader gets none', () => {
    const { tools, calls } = fakeTools([1]);
    readFeatureFile(`${HEAD}.SLUTT\n`, 'plan.sos', { want: 'areas' }, tools);
    expect(calls).toEqual(['sosi:undefined']);
  });
});

describe('a preview job of a large SOSI file', () => {
  it('reports the share read, rising in steps to 1, and still previews the file', async () => {
    const square = (serial: number, e: number): string =>
      `.KURVE ${serial}:\n..NØ\n0 ${e}\n0 ${e + 500}\n500 ${e + 500}\n500 ${e}\n0 ${e}\n`;
    const curves = Array.from({ length: 40_000 }, (_, i) => square(i + 2, 6_600_000_00 + i * 1000)).join('');
    const flate = '.FLATE 1:\n..OBJTYPE KpArealformålOmråde\n..AREALFORMÅL 1300\n..NAVN "F1"\n..REF :2\n';
    const text = `${HEAD.replace('ORIGO-NØ 0 0', 'ORIGO-NØ 6600000 580000')}${flate}${curves}.SLUTT\n`;
    expect(text.length).toBeGreaterThan(2 ** 21);
    const shares: number[] = [];
    const reply = await runLoadJob(
      {
        type: 'preview',
        data: { type: 'geojson', name: 'stor.sos', text: new TextEncoder().encode(text) },
        kind: 'sites',
        crs: null,
        fields: {},
        hubRule: null,
      },
      (s) => shares.push(s),
    );
    expect(reply.type).toBe('preview');
    expect(shares.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThan(shares[i - 1] as number);
    expect(shares[0]).toBeGreaterThan(0);
    expect(shares.at(-1)).toBe(1);
  });
});
