// The load dialog reads a GeoJSON file once for its guess and its preview: the guess from the file as the loaders read
// it is the guess from the text, for every kind of file and for odd property names, and a preview parses the text once.
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FULL_TOOLS } from '../../../src/data/fullLoadTools.ts';
import { readFeatureFile } from '../../../src/data/readFeatureFile.ts';
import { inspectGeoJson, inspectParsedGeoJson } from '../../../src/state/loadInspect.ts';
import { previewFile } from '../../../src/state/loadJob.ts';
import { MAX_GEOJSON_CHARS } from '../../../src/data/textChecks.ts';
import { makeBorderData } from '../../../scripts/bench/borderData.ts';

const GOOD = 'tests/fixtures/good';
const fixtures = readdirSync(GOOD)
  .filter((f) => f.endsWith('.geojson'))
  .map((f) => [f, readFileSync(`${GOOD}/${f}`, 'utf8')] as const);

const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};
const point = { type: 'Point', coordinates: [0, 0] };
const odd: [string, string][] = [
  [
    'points mostly',
    collection([
      { type: 'Feature', geometry: point, properties: {} },
      { type: 'Feature', geometry: point, properties: null },
      { type: 'Feature', geometry: square, properties: {} },
    ]),
  ],
  ['a kommunenummer', collection([{ type: 'Feature', geometry: square, properties: { Kommunenr: '3203' } }])],
  [
    'every feature named after a region',
    collection([
      { type: 'Feature', geometry: square, properties: { navn: ' Asker Nord ' } },
      { type: 'Feature', geometry: square, properties: { name: 'asker syd' } },
    ]),
  ],
  [
    'one feature not named so',
    collection([
      { type: 'Feature', geometry: square, properties: { navn: 'Asker nord' } },
      { type: 'Feature', geometry: square, properties: { navn: 'Holmen' } },
    ]),
  ],
  [
    'nested and odd property names',
    collection([
      {
        type: 'Feature',
        geometry: square,
        properties: {
          __proto__x: 1,
          constructor: 'c',
          ['__proto__']: { a: 1 },
          plan: { status: 'x', abc: 'A' },
          tom: null,
        },
      },
    ]),
  ],
  [
    'features that are not features',
    collection([7, 'x', null, { geometry: square }, { type: 'Feature', geometry: null, properties: [1, 2] }]),
  ],
  ['no geometry type', collection([{ type: 'Feature', geometry: { coordinates: [] }, properties: { a: 1 } }])],
];

describe('the guess from the file as read is the guess from its text', () => {
  it.each([...fixtures, ...odd])('%s', (name, text) => {
    const parsed = readFeatureFile(text, name, { want: 'areas' }, FULL_TOOLS);
    expect(inspectParsedGeoJson(parsed)).toEqual(inspectGeoJson(text, MAX_GEOJSON_CHARS));
    expect(inspectParsedGeoJson(parsed, ['Holmen', 'Asker nord'])).toEqual(
      inspectGeoJson(text, MAX_GEOJSON_CHARS, ['Holmen', 'Asker nord']),
    );
  });

  it('the guesses differ between the cases above, so the comparison says something', () => {
    const kinds = odd.map(([, text]) => inspectGeoJson(text, MAX_GEOJSON_CHARS).why);
    expect(new Set(kinds)).toEqual(new Set(['points', 'kommunenummer', 'region-names', 'default']));
    const names = inspectGeoJson(odd[4]?.[1] as string, MAX_GEOJSON_CHARS).propertyNames;
    expect(names).toEqual([
      '__proto__x',
      'constructor',
      '__proto__',
      '__proto__.a',
      'plan',
      'plan.status',
      'plan.abc',
      'tom',
    ]);
  });
});

describe('a preview of a GeoJSON file', () => {
  afterEach(() => vi.restoreAllMocks());

  it('parses the text once, and previews every site of it', () => {
    const text = JSON.stringify(makeBorderData(300, 0, 3).sites);
    const parse = vi.spyOn(JSON, 'parse');
    const reply = previewFile({
      type: 'preview',
      data: { type: 'geojson', name: 'plan.geojson', text },
      kind: null,
      crs: null,
      fields: {},
      hubRule: null,
    });
    const ofText = parse.mock.calls.filter(([arg]) => typeof arg === 'string' && arg.length >= text.length - 1);
    expect(ofText).toHaveLength(1);
    expect(reply.guess).toEqual({ kind: 'sites', why: 'default' });
    expect(reply.preview.ok).toBe(true);
    expect(reply.preview.value).toHaveLength(300);
    expect(reply.propertyNames).toContain('abc');
  });

  it('still says what is wrong with a file that is not JSON, with the default guess', () => {
    const reply = previewFile({
      type: 'preview',
      data: { type: 'geojson', name: 'broken.geojson', text: '{"type": "FeatureCollection", "features": [' },
      kind: null,
      crs: null,
      fields: {},
      hubRule: null,
    });
    expect(reply.guess).toEqual({ kind: 'sites', why: 'default' });
    expect(reply.preview.ok).toBe(false);
    expect(reply.preview.error?.code).toBe('json-invalid');
  });
});
