// Coordinate sanity: swapped axes are detected and swapped back (with a warning), impossible numbers and places outside
// Norway are errors.
import { describe, expect, it } from 'vitest';
import { fromLngLat } from '../../../src/domain/crs.ts';
import { DataError, loadHubs, loadSites } from '../../../src/data/loaders.ts';
import { detectSwappedAxes, insideNorway, placeParams } from '../../../src/data/plausibility.ts';
import { collection, feature, point, polygon, rectRing } from './geojsonText.ts';
import { messageOf, thrownWords } from '../../helpers/problemWords.ts';

const CRS_4326 = { type: 'name', properties: { name: 'EPSG:4326' } };

describe('detectSwappedAxes', () => {
  it.each([
    [[59.8, 10.4, 59.9, 10.5], undefined, 'degrees'],
    [[59.8, 10.4, 59.9, 10.5], 4326, 'degrees'],
    [[59.8, 10.4, 59.9, 10.5], 25832, null],
    [[10.4, 59.8, 10.5, 59.9], undefined, null],
    [[6_633_000, 580_000, 6_634_000, 581_000], undefined, 'metres'],
    [[6_633_000, 580_000, 6_634_000, 581_000], 25833, 'metres'],
    [[6_633_000, 580_000, 6_634_000, 581_000], 4326, null],
    [[580_000, 6_633_000, 581_000, 6_634_000], undefined, null],
    [[59.8, 10.4, 75, 10.5], undefined, null],
  ] as const)('%j declared %s → %s', (bbox, declared, kind) => {
    expect(detectSwappedAxes(bbox, declared)).toBe(kind);
  });
});

describe('swapped axes in files', () => {
  it('[lat, lon] in EPSG:4326 is swapped back, giving the same geometry as the right order', () => {
    const right = rectRing(10.434, 59.833, 0.002, 0.001);
    const swapped = right.map(([x, y]) => [y as number, x as number]);
    const a = loadSites(collection([feature(polygon(right), { id: 'S', name: 'n' })], CRS_4326), { file: 'a' });
    const b = loadSites(collection([feature(polygon(swapped), { id: 'S', name: 'n' })], CRS_4326), { file: 'b' });
    expect(b.value[0]?.geometry).toEqual(a.value[0]?.geometry);
    expect(b.warnings.map((w) => w.code)).toEqual(['axes-swapped']);
    expect(messageOf(b.warnings[0])).toBe(
      'b: the coordinates look like [latitude, longitude] (e.g. [59.833, 10.434]), but GeoJSON wants [longitude, latitude]; every position was swapped. Check the result on the map, and fix the export if you can.',
    );
  });

  it('[northing, easting] with a UTM crs member is swapped back too', () => {
    const r = loadHubs(collection([feature(point(6_633_700, 580_400), { id: 'H', name: 'Asker', type: 'tog' })]), {
      file: 'h',
    });
    expect(r.value[0]?.xy).toEqual([580_400, 6_633_700]);
    expect(r.warnings.map((w) => w.code)).toEqual(['axes-swapped']);
  });
});

describe('impossible coordinates and places outside Norway', () => {
  it('a UTM northing of −5 000 m is impossible; the message gives the allowed range', () => {
    const ring = [
      [580_000, 6_630_000],
      [580_100, -5000],
      [580_100, 6_630_100],
      [580_000, 6_630_000],
    ];
    expect(thrownWords(() => loadSites(collection([feature(polygon(ring), { id: 'S' })]), { file: 'f' }))).toContain(
      'f: features[0] (id "S"): polygon 1 ring 1 (outer), position 2 (580100, -5000) is not a possible EPSG:25832 coordinate (easting −2 000 000 to 3 000 000 m, northing 0 to 10 000 000 m)',
    );
  });

  it('one feature far away is an error for that feature; the others are fine', () => {
    const text = collection([
      feature(polygon(rectRing(580_000, 6_630_000, 10, 10)), { id: 'ok', name: 'n' }),
      feature(polygon(rectRing(900_000, 5_000_000, 10, 10)), { id: 'far', name: 'n' }),
    ]);
    let e: unknown;
    try {
      loadSites(text, { file: 'f' });
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(DataError);
    expect((e as DataError).featureId).toBe('far');
    expect(messageOf(e as DataError)).toMatch(
      /^f: features\[1\] \(id "far"\): polygon 1 ring 1 \(outer\), position 1 \(900000, 5000000\) lies near 45\.\d\d°N 14\.\d\d°E, outside Norway, when read as EPSG:25832 \(from the crs member\)\. The coordinate is probably wrong/,
    );
    expect(loadSites(text, { file: 'f', onUnusable: 'skip' }).value.map((s) => s.id)).toEqual(['ok']);
  });

  it('when every feature is outside, one file-level error says the CRS is probably wrong — even when skipping', () => {
    // UTM 32 numbers under a Web Mercator crs member land in Belgium.
    const text = collection([feature(polygon(rectRing(580_000, 6_630_000, 10, 10)), { id: 'a' })], {
      type: 'name',
      properties: { name: 'EPSG:3857' },
    });
    expect(thrownWords(() => loadSites(text, { file: 'f', onUnusable: 'skip' }))).toContain(
      'f: none of the 1 usable features lies in Norway when read as EPSG:3857 (from the crs member); they land near 51.05°N 5.21°E.',
    );
    // The same numbers with the right CRS are fine.
    expect(loadSites(text, { file: 'f', crs: 25832 }).value).toHaveLength(1);
  });

  it.each([
    [[10.43, 59.83], true],
    [[5.32, 60.39], true],
    [[25.0, 70.9], true],
    [[31.0, 70.4], true],
    [[12.7, 56.0], false],
    [[-3.2, 55.9], false],
    [[15.6, 78.2], false],
    // Inside the lon/lat box but not Norway (issue 15): Göteborg, Helsinki, Stockholm, Luleå, Skagen.
    [[11.97, 57.71], false],
    [[24.94, 60.17], false],
    [[18.07, 59.33], false],
    [[22.15, 65.58], false],
    [[10.59, 57.72], false],
    // Norway near the coarse outline's edges: Halden (land border), Røst and Utsira (outer islands), Kirkenes.
    [[11.39, 59.12], true],
    [[12.07, 67.5], true],
    [[4.88, 59.31], true],
    [[30.05, 69.73], true],
  ] as const)('insideNorway(%j) = %s', (ll, inside) => {
    expect(insideNorway(fromLngLat(ll))).toBe(inside);
  });

  it('placeParams gives the place in degrees, and the words say it (N/E in English, N/Ø in bokmål)', () => {
    expect(placeParams(fromLngLat([10.4344, 59.8336]))).toEqual({ lat: '59.83', lon: '10.43' });
    const far = {
      code: 'outside-norway',
      file: 'f',
      params: { crs: '25832', crsSource: 'member', count: '1', lat: '59.83', lon: '10.43' },
    };
    expect(messageOf(far)).toContain('they land near 59.83°N 10.43°E');
    expect(messageOf(far, 'nb')).toContain('de havner nær 59.83°N 10.43°Ø');
  });
});
