// Regions as data: overlapping regions and regions no site lies in are warned about, in the engine and the report.
import { describe, expect, it } from 'vitest';
import { emptyRegions, overlappingRegions, regionWarnings } from '../../../src/domain/regionChecks.ts';
import type { MultiPolygonXY, Region } from '../../../src/domain/types.ts';
import { goodArgs, report } from '../cli/reportHarness.ts';
import { messageOf } from '../../helpers/problemWords.ts';

const X = 580000;
const Y = 6630000;
const rect = (x1: number, y1: number, x2: number, y2: number): MultiPolygonXY => [
  [
    [
      [X + x1, Y + y1],
      [X + x2, Y + y1],
      [X + x2, Y + y2],
      [X + x1, Y + y2],
      [X + x1, Y + y1],
    ],
  ],
];
const region = (name: string, geometry: MultiPolygonXY): Region => ({ name, geometry });

describe('overlappingRegions', () => {
  it('finds two regions that overlap and measures the overlap by hand: 100 m × 50 m = 5 000 m²', () => {
    const found = overlappingRegions([region('Nord', rect(0, 0, 200, 100)), region('Syd', rect(150, 0, 300, 100))]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ a: 'Nord', b: 'Syd' });
    expect(found[0]?.overlapM2).toBeCloseTo(5000, 6);
  });

  it('does not call a shared border or regions apart an overlap', () => {
    expect(overlappingRegions([region('Nord', rect(0, 0, 200, 100)), region('Syd', rect(200, 0, 400, 100))])).toEqual(
      [],
    );
    expect(overlappingRegions([region('Nord', rect(0, 0, 200, 100)), region('Syd', rect(500, 0, 700, 100))])).toEqual(
      [],
    );
  });

  it('finds a region lying wholly inside another (a hole-free nest is an overlap of the smaller area)', () => {
    const found = overlappingRegions([
      region('Kommune', rect(0, 0, 1000, 1000)),
      region('Sentrum', rect(100, 100, 300, 200)),
    ]);
    expect(found[0]?.overlapM2).toBeCloseTo(20000, 6);
  });
});

describe('emptyRegions and regionWarnings', () => {
  const regions = [
    region('Nord', rect(0, 0, 200, 100)),
    region('Syd', rect(150, 0, 300, 100)),
    region('Øst', rect(900, 0, 1000, 100)),
  ];

  it('names the regions no site is assigned to, and none when there are no sites', () => {
    expect(emptyRegions(regions, [{ region: 'Nord' }, { region: null }])).toEqual(['Syd', 'Øst']);
    expect(emptyRegions(regions, [])).toEqual([]);
  });

  it('gives one warning per overlap and per empty region, with the overlap in daa', () => {
    const w = regionWarnings(regions, [{ region: 'Nord' }, { region: 'Syd' }]);
    expect(w.map((x) => x.code)).toEqual(['regions-overlap', 'region-empty']);
    expect(w[0]?.params).toEqual({ a: 'Nord', b: 'Syd', overlapDaa: '5' });
    expect(w[1]?.params).toEqual({ region: 'Øst' });
    expect(messageOf({ ...w[0], code: 'regions-overlap', file: 'r' })).toContain(
      '“Nord” and “Syd” in r overlap by 5.0 daa',
    );
    expect(messageOf({ ...w[1], code: 'region-empty', file: 'r' })).toContain('region “Øst”');
  });
});

describe('the report CLI', () => {
  it('warns about overlapping regions and a region no site lies in, naming the regions file, and still exits 0', async () => {
    const regions = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
      features: [
        // The fixture's Asker nord, and a "Sentrum" inside it that overlaps it by 4 km × 4 km; "Tom" has no site.
        {
          type: 'Feature',
          properties: { name: 'Asker nord' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [570000, 6625000],
                [585000, 6625000],
                [585000, 6650000],
                [570000, 6650000],
                [570000, 6625000],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: 'Sentrum' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [576000, 6626000],
                [580000, 6626000],
                [580000, 6630000],
                [576000, 6630000],
                [576000, 6626000],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: 'Tom' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [610000, 6600000],
                [611000, 6600000],
                [611000, 6601000],
                [610000, 6601000],
                [610000, 6600000],
              ],
            ],
          },
        },
      ],
    });
    const args = goodArgs('25832');
    args[args.indexOf('--regions') + 1] = 'overlapping-regions.geojson';
    const out = await report(args, { 'overlapping-regions.geojson': regions });
    expect(out.code).toBe(0);
    // The app's words for the codes (src/i18n, with the region names and the daa from the engine's params).
    expect(out.stderr).toMatch(
      /^warning: Regionene «Asker nord» og «Sentrum» i overlapping-regions\.geojson overlapper hverandre med 16\s000,0 daa\./m,
    );
    expect(out.stderr).toMatch(/^warning: Ingen områder ligger i regionen «Tom» i overlapping-regions\.geojson, /m);
  });

  it('says nothing about the regions of the good fixture (they share a border and both hold sites)', async () => {
    const out = await report(goodArgs('25832'));
    expect(out.code).toBe(0);
    expect(out.stderr).not.toMatch(/overlap by|no site lies in region/);
  });
});
