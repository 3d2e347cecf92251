// loadHubs and loadRegions: hub types and point geometry, region names and merging, reprojection agreement.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { haveSharedSources, sharedSource } from '../../helpers/sharedSources.ts';
import { DataError, loadHubs, loadRegions, safeLoad } from '../../../src/data/loaders.ts';
import { collection, feature, point, polygon, rectRing } from './geojsonText.ts';
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

describe('loadHubs', () => {
  it.each([
    ['tog', 'tog'],
    ['Train', 'tog'],
    ['rail', 'tog'],
    ['buss', 'buss'],
    ['BUS', 'buss'],
    ['båt', 'båt'],
    ['boat', 'båt'],
    ['ferge', 'båt'],
    ['Ferry', 'båt'],
  ])('type %s → %s', (raw, expected) => {
    const r = loadHubs(collection([feature(point(580_000, 6_630_000), { id: 'H', name: 'Hub', type: raw })]), {
      file: 'h',
    });
    expect(r.value).toEqual([{ id: 'H', name: 'Hub', type: expected, xy: [580_000, 6_630_000] }]);
    expect(r.warnings).toEqual([]);
  });

  it('an unknown or missing type is an error naming the feature and the value', () => {
    const unknown = errorOf(() =>
      loadHubs(collection([feature(point(580_000, 6_630_000), { id: 'H1', name: 'x', type: 'trikk' })]), {
        file: 'hubs.geojson',
      }),
    );
    expect(messageOf(unknown)).toBe(
      'hubs.geojson: features[0] (id "H1"): type "trikk" is not a hub type; use tog/train/rail, buss/bus or båt/boat/ferry/ferge',
    );
    const constructorType = errorOf(() =>
      loadHubs(collection([feature(point(580_000, 6_630_000), { id: 'H1', name: 'x', type: 'constructor' })]), {
        file: 'h',
      }),
    );
    expect(constructorType.code).toBe('hub-type-unknown');
    const missing = errorOf(() =>
      loadHubs(collection([feature(point(580_000, 6_630_000), { id: 'H1', name: 'x' })]), { file: 'h' }),
    );
    expect(missing.code).toBe('hub-type-missing');
  });

  it('accepts a MultiPoint with one point, rejects two, rejects polygons', () => {
    const one = { type: 'MultiPoint', coordinates: [[580_000, 6_630_000]] };
    expect(
      loadHubs(collection([feature(one, { id: 'H', name: 'n', type: 'tog' })]), { file: 'h' }).value[0]?.xy,
    ).toEqual([580_000, 6_630_000]);
    const two = {
      type: 'MultiPoint',
      coordinates: [
        [580_000, 6_630_000],
        [580_001, 6_630_000],
      ],
    };
    expect(
      messageOf(
        errorOf(() => loadHubs(collection([feature(two, { id: 'H', name: 'n', type: 'tog' })]), { file: 'h' })),
      ),
    ).toContain('MultiPoint with 2 points');
    const poly = polygon(rectRing(580_000, 6_630_000, 1, 1));
    expect(
      messageOf(
        errorOf(() => loadHubs(collection([feature(poly, { id: 'H', name: 'n', type: 'tog' })]), { file: 'h' })),
      ),
    ).toContain('expected Point');
  });

  it('duplicate hub ids are renamed with a warning', () => {
    const f = feature(point(580_000, 6_630_000), { id: 'H', name: 'n', type: 'tog' });
    const r = loadHubs(collection([f, f]), { file: 'h' });
    expect(r.value.map((h) => h.id)).toEqual(['H', 'H-2']);
    expect(r.warnings.map((w) => w.code)).toEqual(['id-duplicate']);
  });

  const sources = '../shared/geodata-sources';
  it.skipIf(!haveSharedSources([sharedSource('asker-nord-syd/hubs_25832.geojson')]))(
    'a lon/lat point projects to within a centimetre of the GDAL-made EPSG:25832 copy',
    () => {
      const utm = loadHubs(readFileSync(`${sources}/asker-nord-syd/hubs_25832.geojson`, 'utf8'), {
        file: 'hubs_25832',
      }).value;
      const asker = utm.find((h) => h.id === 'H01');
      expect(asker?.name).toBe('Asker stasjon');
      // places.md: Asker stasjon (en-wiki) 59.833610 N, 10.434440 E — the row the 25832 file was made from.
      const wgs = collection([feature(point(10.43444, 59.83361), { id: 'A', name: 'Asker', type: 'tog' })], null);
      const r = loadHubs(wgs, { file: 'wgs' });
      expect(r.crsSource).toBe('detected');
      expect(r.value[0]?.xy[0]).toBeCloseTo(asker?.xy[0] ?? NaN, 1);
      expect(r.value[0]?.xy[1]).toBeCloseTo(asker?.xy[1] ?? NaN, 1);
    },
  );
});

describe('loadRegions', () => {
  it('reads named polygons; same-name features are merged with a warning', () => {
    const text = collection([
      feature(polygon(rectRing(580_000, 6_630_000, 10, 10)), { name: 'Asker nord' }),
      feature(polygon(rectRing(580_000, 6_620_000, 10, 10)), { name: 'Asker syd' }),
      feature({ type: 'MultiPolygon', coordinates: [[rectRing(580_100, 6_630_000, 10, 10)]] }, { name: 'Asker nord' }),
    ]);
    const r = loadRegions(text, { file: 'r' });
    expect(r.value.map((g) => [g.name, g.geometry.length])).toEqual([
      ['Asker nord', 2],
      ['Asker syd', 1],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['region-merged']);
  });

  it('a region without a name is an error', () => {
    const e = errorOf(() =>
      loadRegions(collection([feature(polygon(rectRing(580_000, 6_630_000, 10, 10)), { omrade: 'Nord' })]), {
        file: 'regions.geojson',
      }),
    );
    expect(messageOf(e)).toBe('regions.geojson: features[0]: has no name; give properties.name (e.g. "Asker nord")');
  });

  it('a Point region is an error naming the region', () => {
    const e = errorOf(() =>
      loadRegions(collection([feature(point(580_000, 6_630_000), { name: 'Nord' })]), { file: 'r' }),
    );
    expect(messageOf(e)).toBe(
      'r: features[0] (id "Nord"): has geometry type Point; expected Polygon or MultiPolygon. Give it an area geometry or remove the feature',
    );
  });
});

describe('safeLoad', () => {
  it('returns DataErrors as values, and wraps anything unexpected', () => {
    const bad = safeLoad('x', () => loadRegions('nope', { file: 'x' }));
    expect(bad.ok).toBe(false);
    const internal = safeLoad('y', () => {
      throw new RangeError('boom');
    });
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal', file: 'y' } });
    if (!internal.ok)
      expect(messageOf(internal.error)).toBe('y: could not be read because of an internal error (boom)');
  });
});
