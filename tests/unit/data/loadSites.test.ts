// loadSites: CRS choice and warnings, geometry checks, id rules, property normalisation, error messages.
import { describe, expect, it } from 'vitest';
import { fromLngLat } from '../../../src/domain/crs.ts';
import { DataError, loadSites } from '../../../src/data/loaders.ts';
import { collection, feature, point, polygon, rectRing } from './geojsonText.ts';
import { messageOf } from '../../helpers/problemWords.ts';

const RECT = polygon(rectRing(580_000, 6_630_000, 100, 200));

function errorOf(fn: () => unknown): DataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('loadSites: CRS', () => {
  it('uses the crs member and keeps EPSG:25832 coordinates as they are, Polygon → MultiPolygon', () => {
    const r = loadSites(collection([feature(RECT, { id: 'S1', name: 'Rektangel' })]), { file: 's.geojson' });
    expect(r.crs).toBe(25832);
    expect(r.crsSource).toBe('member');
    expect(r.warnings).toEqual([]);
    expect(r.value[0]?.geometry).toEqual([[rectRing(580_000, 6_630_000, 100, 200)]]);
  });

  it('keeps every part of a MultiPolygon, holes included', () => {
    const mp = {
      type: 'MultiPolygon',
      coordinates: [
        [rectRing(580_000, 6_630_000, 50, 50), rectRing(580_010, 6_630_010, 5, 5)],
        [rectRing(580_100, 6_630_000, 10, 10)],
      ],
    };
    const geometry = loadSites(collection([feature(mp, { id: 'M' })]), { file: 'm' }).value[0]?.geometry;
    expect(geometry?.map((poly) => poly.length)).toEqual([2, 1]);
  });

  it('detects lon/lat without a crs member, projects to 25832 and warns with the reason', () => {
    const ring = [
      [10.4344, 59.8336],
      [10.4364, 59.8336],
      [10.4364, 59.8346],
      [10.4344, 59.8336],
    ];
    const r = loadSites(collection([feature(polygon(ring), { id: 'S1', name: 'n' })], null), { file: 'wgs.geojson' });
    expect(r.crs).toBe(4326);
    expect(r.crsSource).toBe('detected');
    const warning = r.warnings.find((w) => w.code === 'crs-detected');
    expect(messageOf(warning)).toMatch(/^wgs\.geojson: no crs member\. .*longitude\/latitude.*\(EPSG:4326\)\.$/);
    const [x, y] = r.value[0]?.geometry[0]?.[0]?.[0] ?? [NaN, NaN];
    const expected = fromLngLat([10.4344, 59.8336]);
    expect(x).toBeCloseTo(expected[0], 6);
    expect(y).toBeCloseTo(expected[1], 6);
    // Sanity: Asker stasjon is about 580 400 E, 6 633 700 N in UTM 32.
    expect(x).toBeGreaterThan(580_000);
    expect(x).toBeLessThan(581_000);
  });

  it('an override beats the member and warns when they disagree', () => {
    // E 300 000 N 6 650 000 is in Norway in both zones (near Lillestrøm in zone 33, Sunnhordland in zone 32).
    const inBoth = polygon(rectRing(300_000, 6_650_000, 100, 200));
    const r = loadSites(collection([feature(inBoth, { id: 'S1', name: 'n' })]), { file: 's.geojson', crs: 25833 });
    expect(r.crsSource).toBe('override');
    expect(r.crs).toBe(25833);
    expect(r.warnings.map((w) => messageOf(w))).toContain(
      's.geojson: the crs member says EPSG:25832, but the chosen EPSG:25833 overrides it',
    );
    expect(r.value[0]?.geometry[0]?.[0]?.[0]?.[0]).not.toBeCloseTo(300_000, 0);
  });

  it('an override that agrees with the member gives no warning', () => {
    expect(loadSites(collection([feature(RECT, { id: 'S1', name: 'n' })]), { file: 's', crs: 25832 }).warnings).toEqual(
      [],
    );
  });

  it('an unsupported crs member is an error, or a warning when overridden', () => {
    const text = collection([feature(RECT, { id: 'S1', name: 'n' })], {
      type: 'name',
      properties: { name: 'EPSG:3006' },
    });
    const e = errorOf(() => loadSites(text, { file: 'sweref.geojson' }));
    expect(e.code).toBe('crs-unsupported');
    expect(messageOf(e)).toMatch(/^sweref\.geojson: .*EPSG:3006 is not supported.*Reproject the file/);
    expect(messageOf(e)).toContain('EPSG:3006');
    const r = loadSites(text, { file: 'sweref.geojson', crs: 25832 });
    expect(r.warnings.map((w) => w.code)).toEqual(['crs-unsupported']);
  });

  it('degrees under a metre CRS: warns that they look like degrees, then fails as outside Norway', () => {
    const text = collection([
      feature(
        polygon([
          [10.43, 59.83],
          [10.44, 59.83],
          [10.44, 59.84],
          [10.43, 59.83],
        ]),
        { id: 'S1', name: 'n' },
      ),
    ]);
    const e = errorOf(() => loadSites(text, { file: 'odd' }));
    expect(e.code).toBe('outside-norway');
    expect(messageOf(e)).toContain(
      'odd: none of the 1 usable features lies in Norway when read as EPSG:25832 (from the crs member)',
    );
    expect(e.problems.map((p) => p.code)).toEqual(['crs-suspicious', 'outside-norway']);
  });
});

describe('loadSites: geometry problems', () => {
  it('closes an unclosed ring with a warning naming the feature', () => {
    const open = rectRing(580_000, 6_630_000, 10, 10).slice(0, 4);
    const r = loadSites(collection([feature(polygon(open), { id: 'S9', name: 'n' })]), { file: 'o.geojson' });
    const ring = r.value[0]?.geometry[0]?.[0];
    expect(ring).toHaveLength(5);
    expect(ring?.[4]).toEqual(ring?.[0]);
    expect(r.warnings).toEqual([
      expect.objectContaining({
        code: 'ring-unclosed',
        featureIndex: 0,
        featureId: 'S9',
        params: { polygon: '0', ring: '1' },
      }),
    ]);
    expect(messageOf(r.warnings[0])).toContain(
      'o.geojson: features[0] (id "S9"): polygon ring 1 (outer) was not closed',
    );
  });

  it.each([
    ['null geometry', null, 'geometry-null', 'has no geometry (null)'],
    [
      'a Point',
      point(580_000, 6_630_000),
      'geometry-type',
      'has geometry type Point; expected Polygon or MultiPolygon',
    ],
    [
      'a LineString',
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      'geometry-type',
      'LineString',
    ],
    [
      'a string coordinate',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 6_600_000],
            ['10', 6_600_000],
            [10, 6_600_010],
            [0, 6_600_000],
          ],
        ],
      },
      'coordinate-not-finite',
      'position 2 has a coordinate that is not a finite number: ["10", 6600000]',
    ],
    [
      'a null coordinate',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 6_600_000],
            [null, 6_600_000],
            [10, 6_600_010],
            [0, 6_600_000],
          ],
        ],
      },
      'coordinate-not-finite',
      'not a finite number',
    ],
    [
      'two distinct points',
      polygon([
        [0, 6_600_000],
        [10, 6_600_000],
        [0, 6_600_000],
        [0, 6_600_000],
      ]),
      'ring-too-few-points',
      'has 2 distinct points; a ring needs at least 3',
    ],
    ['no rings', polygon(), 'geometry-empty', 'has no rings (an empty geometry)'],
    [
      'a bare number as a position',
      polygon([[0, 6_600_000], 5 as unknown as number[], [10, 6_600_010], [0, 6_600_000]]),
      'geometry-coordinates',
      'is not a coordinate pair',
    ],
  ])('%s is an error naming file, feature index and id', (_label, geometry, code, fragment) => {
    const text = collection([feature(RECT, { id: 'OK' }), feature(geometry, { id: 'BAD' })]);
    const e = errorOf(() => loadSites(text, { file: 'sites.geojson' }));
    expect(e.code).toBe(code);
    expect(e.featureIndex).toBe(1);
    expect(e.featureId).toBe('BAD');
    expect(e.file).toBe('sites.geojson');
    expect(messageOf(e)).toContain('sites.geojson: features[1] (id "BAD"): ');
    expect(messageOf(e)).toContain(fragment);
  });

  it('a number too large for a double (1e999 parses to Infinity) is caught', () => {
    const text = collection([feature(RECT, { id: 'S1', name: 'n' })]).replace('580100', '1e999');
    expect(errorOf(() => loadSites(text, { file: 'inf' })).code).toBe('coordinate-not-finite');
  });

  it('latitudes beyond the pole cannot be projected: error, not NaN geometry', () => {
    const ring = [
      [10, 89],
      [11, 89],
      [11, 95],
      [10, 89],
    ];
    const e = errorOf(() => loadSites(collection([feature(polygon(ring), { id: 'P' })]), { file: 'pole', crs: 4326 }));
    expect(e.code).toBe('projection-failed');
    expect(messageOf(e)).toContain('(11, 95) is outside longitude ±180 / latitude ±90');
  });

  it('an array element that is not a Feature is an error', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [feature(RECT, { id: 'A' }), 42] });
    expect(messageOf(errorOf(() => loadSites(text, { file: 'f' })))).toBe(
      'f: features[1]: is a number, not a GeoJSON Feature; remove it or wrap it as {"type": "Feature", ...}',
    );
  });

  it('collects every error; the first is the message', () => {
    const text = collection([feature(null, { id: 'A' }), feature(point(0, 0), { id: 'B' })]);
    const e = errorOf(() => loadSites(text, { file: 'f' }));
    expect(e.featureId).toBe('A');
    expect(e.problems.filter((p) => p.severity === 'error').map((p) => p.featureId)).toEqual(['A', 'B']);
  });
});

describe('loadSites: ids', () => {
  it('takes properties.id first, then the Feature id, else generates feature-<index> with a warning', () => {
    const r = loadSites(
      collection([feature(RECT, { id: 'P' }, { id: 'F' }), feature(RECT, {}, { id: 7 }), feature(RECT, { id: '  ' })]),
      { file: 'ids' },
    );
    expect(r.value.map((s) => s.id)).toEqual(['P', '7', 'feature-2']);
    expect(r.warnings.filter((w) => w.code === 'id-generated').map((w) => w.featureIndex)).toEqual([2]);
  });

  it('numbers are accepted as ids', () => {
    expect(loadSites(collection([feature(RECT, { id: 12 })]), { file: 'n' }).value[0]?.id).toBe('12');
  });

  it('duplicate ids are renamed <id>-2, <id>-3 with a warning naming both features', () => {
    const r = loadSites(
      collection([
        feature(RECT, { id: 'S1', name: 'n' }),
        feature(RECT, { id: 'X', name: 'n' }),
        feature(RECT, { id: 'S1', name: 'n' }),
        feature(RECT, { id: 'S1', name: 'n' }),
      ]),
      { file: 'dup.geojson' },
    );
    expect(r.value.map((s) => s.id)).toEqual(['S1', 'X', 'S1-2', 'S1-3']);
    expect(r.warnings.map((w) => messageOf(w))).toEqual([
      'dup.geojson: features[2] (id "S1"): id "S1" is already used by features[0]; renamed this one "S1-2". Give every feature its own id',
      'dup.geojson: features[3] (id "S1"): id "S1" is already used by features[0]; renamed this one "S1-3". Give every feature its own id',
    ]);
  });

  it('a new id never lands on an id used later in the file', () => {
    const r = loadSites(
      collection([
        feature(RECT, { id: 'A', name: 'n' }),
        feature(RECT, { id: 'A', name: 'n' }),
        feature(RECT, { id: 'A-2', name: 'n' }),
      ]),
      { file: 'd' },
    );
    expect(r.value.map((s) => s.id)).toEqual(['A', 'A-3', 'A-2']);
  });

  it('a generated id that clashes with a real one is the one renamed, whatever the order', () => {
    const r = loadSites(collection([feature(RECT, { name: 'n' }), feature(RECT, { id: 'feature-0', name: 'n' })]), {
      file: 'g',
    });
    expect(r.value.map((s) => s.id)).toEqual(['feature-0-2', 'feature-0']);
    expect(r.warnings.map((w) => w.code)).toEqual(['id-generated', 'id-duplicate']);
  });
});

describe('loadSites: properties', () => {
  const load = (props: Record<string, unknown>) =>
    loadSites(collection([feature(RECT, { id: 'S', name: 'n', ...props })]), { file: 'p' });

  it.each([
    ['eksisterende', 'eksisterende'],
    ['Nåværende', 'eksisterende'],
    ['EXISTING', 'eksisterende'],
    [1, 'eksisterende'],
    ['fremtidig', 'fremtidig'],
    ['Framtidig', 'fremtidig'],
    [' future ', 'fremtidig'],
    ['2', 'fremtidig'],
  ])('status %j → %s', (raw, expected) => {
    const r = load({ status: raw });
    expect(r.value[0]?.status).toBe(expected);
    expect(r.warnings).toEqual([]);
  });

  it('accepts decomposed å (NFD) as well as composed', () => {
    expect(load({ status: 'na\u030Av\u00e6rende' }).value[0]?.status).toBe('eksisterende');
  });

  it('abc is case-insensitive; readiness spellings are normalised', () => {
    const site = load({ abc: 'b', readiness: 'Må  Omreguleres' }).value[0];
    expect(site?.abc).toBe('B');
    expect(site?.readiness).toBe('må omreguleres');
    expect(load({ readiness: 'byggeklar' }).value[0]?.readiness).toBe('byggeklar');
  });

  it('unknown values become null with a warning naming the feature and the value', () => {
    const r = load({ status: 'kanskje', abc: 'D', readiness: true });
    expect(r.value[0]).toMatchObject({ status: null, abc: null, readiness: null });
    expect(r.warnings.map((w) => messageOf(w))).toEqual([
      'p: features[0] (id "S"): status "kanskje" is not recognised (expected eksisterende/nåværende/existing or fremtidig/framtidig/future); treated as unknown',
      'p: features[0] (id "S"): abc "D" is not recognised (expected A, B or C); treated as unknown',
      'p: features[0] (id "S"): readiness true is not recognised (expected byggeklar, må reguleres or må omreguleres); treated as unknown',
    ]);
  });

  it('absent values are null without a warning; a missing name falls back to the id with a warning', () => {
    const r = loadSites(collection([feature(RECT, { id: 'S' })]), { file: 'p' });
    expect(r.value[0]).toMatchObject({ name: 'S', status: null, abc: null, readiness: null, note: '' });
    expect(r.warnings.map((w) => w.code)).toEqual(['name-missing']);
  });

  it('keeps name and note as plain text', () => {
    const site = load({ name: '<b>Vollen</b>', note: ' Ved sjøen ' }).value[0];
    expect(site?.name).toBe('<b>Vollen</b>');
    expect(site?.note).toBe('Ved sjøen');
  });
});
