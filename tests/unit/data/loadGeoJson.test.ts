// parseGeoJsonText: clear errors for non-GeoJSON input, and no prototype pollution from hostile keys.
import { afterEach, describe, expect, it } from 'vitest';
import { parseGeoJsonText, safeCopy } from '../../../src/data/loadGeoJson.ts';
import { DataError } from '../../../src/data/problems.ts';
import { loadSites } from '../../../src/data/loaders.ts';
import { collection, feature, polygon, rectRing } from './geojsonText.ts';
import { messageOf } from '../../helpers/problemWords.ts';

function errorOf(fn: () => unknown): DataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('parseGeoJsonText', () => {
  it('gives line and column for invalid JSON, naming the file', () => {
    const e = errorOf(() => parseGeoJsonText('{\n "type": "FeatureCollection",\n "features": [,]\n}', 'a.geojson'));
    expect(messageOf(e)).toMatch(/^a\.geojson: not valid JSON at line 3, column 15: /);
    expect(e.code).toBe('json-invalid');
    expect(e.file).toBe('a.geojson');
  });

  it('says when JSON looks truncated', () => {
    const e = errorOf(() =>
      parseGeoJsonText('{"type": "FeatureCollection", "features": [{"type": "Fea', 'cut.geojson'),
    );
    expect(messageOf(e)).toContain('truncated');
    expect(messageOf(e)).toContain('line 1, column 53: string is never closed');
  });

  it.each([
    [
      '{"type": "Feature", "properties": {}, "geometry": null}',
      'is a single Feature, not a GeoJSON FeatureCollection. Wrap it',
    ],
    ['{"type": "Polygon", "coordinates": []}', 'is a bare Polygon geometry'],
    ['[1, 2]', 'is a JSON array, not a GeoJSON FeatureCollection'],
    ['{"features": []}', 'is a JSON object without a "type" member'],
    ['{"type": "Topology"}', 'is an object of type "Topology"'],
    ['"text"', 'is a string'],
    ['{"type": "FeatureCollection"}', 'without a "features" array'],
    ['{"type": "FeatureCollection", "features": []}', 'has no features'],
  ])('rejects %s', (text, fragment) => {
    const e = errorOf(() => parseGeoJsonText(text, 'x.json'));
    expect(messageOf(e)).toContain(fragment);
    expect(messageOf(e).startsWith('x.json: ')).toBe(true);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseGeoJsonText('\uFEFF' + collection([feature(null)]), 'bom.geojson').features).toHaveLength(1);
  });

  it('marks array elements that are not Features', () => {
    const parsed = parseGeoJsonText(
      JSON.stringify({ type: 'FeatureCollection', features: [null, { type: 'Point' }] }),
      'f',
    );
    expect(parsed.features.map((f) => [f.isFeature, f.what])).toEqual([
      [false, { kind: 'null' }],
      [false, { kind: 'geometry', type: 'Point' }],
    ]);
  });
});

describe('prototype pollution', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)['polluted'];
  });

  it('safeCopy keeps __proto__ as a plain key and never touches Object.prototype', () => {
    const parsed = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "a": 1}',
    );
    const copy = safeCopy(parsed) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(Object.keys(copy)).toEqual(['__proto__', 'constructor', 'a']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(copy['polluted']).toBeUndefined();
  });

  it('loading hostile properties does not pollute, and inherited names are not read as values', () => {
    const text = collection([
      feature(polygon(rectRing(580_000, 6_630_000, 10, 10)), {
        __proto__: { polluted: true, id: 'from-proto', name: 'from-proto' },
        constructor: { prototype: { polluted: true } },
        status: 'constructor',
        abc: '__proto__',
        readiness: 'toString',
      }),
    ]);
    // JSON.stringify of an object literal with __proto__ drops it, so write the key in by hand.
    const hostile = text.replace('"properties":{', '"properties":{"__proto__":{"polluted":true,"id":"from-proto"},');
    const result = loadSites(hostile, { file: 'evil.geojson' });
    const site = result.value[0];
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(site?.id).toBe('feature-0');
    expect(site?.status).toBeNull();
    expect(site?.abc).toBeNull();
    expect(site?.readiness).toBeNull();
    expect(result.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['status-unknown', 'abc-unknown', 'readiness-unknown', 'id-generated']),
    );
  });

  it('a crs member with a hostile __proto__ is read as data only', () => {
    const text = `{"type":"FeatureCollection","crs":{"__proto__":{"type":"name"},"properties":{"name":"EPSG:25832"}},"features":[${JSON.stringify(
      feature(polygon(rectRing(580_000, 6_630_000, 10, 10)), { id: 's' }),
    )}]}`;
    const e = errorOf(() => loadSites(text, { file: 'crs.geojson' }));
    expect(e.code).toBe('crs-unsupported');
    expect(({} as Record<string, unknown>)['type']).toBeUndefined();
  });
});
