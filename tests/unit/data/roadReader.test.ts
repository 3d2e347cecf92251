// Reading a road layer the user loads: lines and junction points, the CRS, what is left out, and a file far from Asker.
import { describe, expect, it } from 'vitest';
import { fromLngLat } from '../../../src/domain/crs.ts';
import { readRoadLayer } from '../../../src/data/roadReader.ts';
import { DataError } from '../../../src/data/problems.ts';

const fc = (features: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'FeatureCollection', ...extra, features });
const feature = (geometry: unknown, properties: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties,
  geometry,
});

describe('readRoadLayer', () => {
  it('counts a road as near by the kommune profile’s box: a road in northern Bærum is outside Asker’s box but inside Bærum’s', () => {
    // A line at 60.0° N in Bærum: north of Asker's box (up to 59.92° N), inside Bærum's profile box (59.8–60.08° N).
    const text = fc([
      feature({
        type: 'LineString',
        coordinates: [
          [10.52, 60.0],
          [10.53, 60.0],
        ],
      }),
    ]);
    expect(readRoadLayer(text, 'veg.geojson').summary.nearKommune).toBe(false);
    expect(readRoadLayer(text, 'veg.geojson', [10.3, 59.8, 10.69, 60.08]).summary.nearKommune).toBe(true);
  });

  it('reads lon/lat lines and points (no crs member: detected as EPSG:4326) into EPSG:25832', () => {
    const read = readRoadLayer(
      fc([
        feature(
          {
            type: 'LineString',
            coordinates: [
              [10.4, 59.8],
              [10.41, 59.8],
            ],
          },
          { vegnummer: 'Testvei' },
        ),
        feature({
          type: 'MultiLineString',
          coordinates: [
            [
              [10.4, 59.7],
              [10.4, 59.71],
            ],
            [
              [10.3, 59.7],
              [10.31, 59.7],
            ],
          ],
        }),
        feature({ type: 'Point', coordinates: [10.45, 59.75] }, { navn: 'Testkryss' }),
      ]),
      'veg.geojson',
    );
    expect(read.summary).toMatchObject({
      lines: 3,
      junctions: 1,
      skipped: 0,
      crs: 4326,
      crsSource: 'detected',
      labels: ['Testvei', 'Testkryss'],
      nearKommune: true,
    });
    expect(read.problems.map((p) => p.code)).toContain('crs-detected');
    const [a, b] = read.layer.features[0]?.points ?? [];
    const expectA = fromLngLat([10.4, 59.8]);
    expect(a?.[0]).toBeCloseTo(expectA[0], 6);
    expect(a?.[1]).toBeCloseTo(expectA[1], 6);
    // The first line is 0.01° of longitude at 59.8° N, about 561 m; the MultiLineString adds ~1 113 m and ~562 m.
    expect(Math.hypot((b?.[0] ?? 0) - (a?.[0] ?? 0), (b?.[1] ?? 0) - (a?.[1] ?? 0))).toBeGreaterThan(555);
    expect(read.summary.lengthKm).toBeGreaterThan(2.2);
    expect(read.summary.lengthKm).toBeLessThan(2.26);
  });

  it('leaves out polygons and broken coordinates with a warning, and warns (nearKommune false) for a layer far away', () => {
    const read = readRoadLayer(
      fc(
        [
          feature({
            type: 'LineString',
            coordinates: [
              [600_000, 7_000_000],
              [601_000, 7_000_000],
            ],
          }),
          feature({ type: 'Polygon', coordinates: [] }),
          feature({ type: 'LineString', coordinates: [[1, 'x']] }),
        ],
        { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25833' } } },
      ),
      'trondelag.geojson',
    );
    expect(read.summary).toMatchObject({ lines: 1, junctions: 0, skipped: 2, crs: 25833, crsSource: 'member' });
    expect(read.problems.filter((p) => p.code === 'road-feature-skipped')).toHaveLength(2);
    // 600 000 E, 7 000 000 N in UTM 33 lies in Trøndelag, far outside Asker's box.
    expect(read.summary.nearKommune).toBe(false);
  });

  it('a file with no line or point is an error that names the file', () => {
    expect(() => readRoadLayer(fc([feature({ type: 'Polygon', coordinates: [] })]), 'flater.geojson')).toThrow(
      DataError,
    );
    expect(() => readRoadLayer('not json', 'x.geojson')).toThrow(DataError);
  });
});
