// The onUnusable policy ('error' for the report, 'skip' for imports), the pure preview for the UI, and writing the
// project format.
import { describe, expect, it } from 'vitest';
import { DataError, loadHubs, loadRegions, loadSites } from '../../../src/data/loaders.ts';
import { previewGtfsHubs, previewSites } from '../../../src/data/preview.ts';
import { hubsToGeoJson, regionsToGeoJson, sitesToGeoJson } from '../../../src/data/writeGeoJson.ts';
import { collection, feature, point, polygon, rectRing } from './geojsonText.ts';
import { messageOf, thrownWords } from '../../helpers/problemWords.ts';
import { skipReasonText } from '../../../src/i18n/problemText.ts';

const rect = (x: number): Record<string, unknown> => polygon(rectRing(x, 6_630_000, 100, 100));
const MIXED = collection([
  feature(rect(580_000), { id: 'A', name: 'a' }),
  feature(null, { id: 'B', name: 'b' }),
  feature(rect(580_200), { id: 'C', name: 'c' }),
  feature(
    {
      type: 'LineString',
      coordinates: [
        [580_000, 6_630_000],
        [580_001, 6_630_001],
      ],
    },
    { id: 'D', name: 'd' },
  ),
  feature(polygon(rectRing(580_400, 6_630_000, 100, 100).slice(0, 4)), { id: 'E', name: 'e' }),
]);

describe('onUnusable', () => {
  it('"error" (the default) fails on the first unusable feature and keeps every problem', () => {
    let e: unknown;
    try {
      loadSites(MIXED, { file: 'm' });
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(DataError);
    expect((e as DataError).featureId).toBe('B');
    expect((e as DataError).problems.filter((p) => p.severity === 'error').map((p) => p.featureId)).toEqual(['B', 'D']);
  });

  it('"skip" keeps the rest and says exactly what was skipped', () => {
    const r = loadSites(MIXED, { file: 'm', onUnusable: 'skip' });
    expect(r.value.map((s) => s.id)).toEqual(['A', 'C', 'E']);
    expect(r.skipped.map((s) => [s.featureIndex, s.featureId, s.kind, skipReasonText(s, 'en')])).toEqual([
      [1, 'B', 'unusable', 'no geometry'],
      [3, 'D', 'unusable', 'wrong geometry type'],
    ]);
    expect(r.warnings.map((w) => messageOf(w))).toEqual([
      'm: features[4] (id "E"): polygon ring 1 (outer) was not closed (last position differs from the first); closed it',
      'm: features[1] (id "B"): has no geometry (null); give it a Polygon or MultiPolygon, or remove the feature (skipped this feature; the rest were loaded)',
      'm: features[3] (id "D"): has geometry type LineString; expected Polygon or MultiPolygon. Give it an area geometry or remove the feature (skipped this feature; the rest were loaded)',
    ]);
  });

  it('"skip" still fails on file-level problems, and when nothing is left', () => {
    expect(thrownWords(() => loadSites('{"type": "Feature"}', { file: 'f', onUnusable: 'skip' }))).toContain(
      'is a single Feature',
    );
    const none = collection([feature(null, { id: 'A' }), feature(null, { id: 'B' })]);
    expect(thrownWords(() => loadSites(none, { file: 'n', onUnusable: 'skip' }))).toContain(
      'n: none of the 2 features could be used: 2 × no geometry.\n',
    );
    // The load dialog lists the features' errors after it (the CLI names the first: tests/unit/cli).
    expect(thrownWords(() => loadSites(none, { file: 'n', onUnusable: 'skip' }))).toContain(
      'n: features[0] (id "A"): has no geometry (null)',
    );
  });

  it('works the same for hubs and regions', () => {
    const hubs = collection([
      feature(point(580_000, 6_630_000), { id: 'H1', name: 'a', type: 'tog' }),
      feature(point(580_000, 6_630_000), { id: 'H2', name: 'b', type: 'trikk' }),
    ]);
    expect(loadHubs(hubs, { file: 'h', onUnusable: 'skip' }).value.map((h) => h.id)).toEqual(['H1']);
    const regions = collection([feature(rect(580_000), { name: 'Asker nord' }), feature(rect(580_200), {})]);
    expect(loadRegions(regions, { file: 'r', onUnusable: 'skip' }).value.map((g) => g.name)).toEqual(['Asker nord']);
  });
});

describe('preview', () => {
  it('says what loading would do, without throwing, and hands over the value', () => {
    const p = previewSites(MIXED, { file: 'm' });
    expect(p).toMatchObject({
      ok: true,
      featureCount: 5,
      keptCount: 3,
      crs: 25832,
      crsSource: 'member',
      error: null,
    });
    expect(p.mapping).toEqual({ mode: 'project', fields: { id: 'id', name: 'name' }, notes: [] });
    expect(p.skipped.map((s) => [skipReasonText(s, 'en'), s.count, s.features.map((f) => f.featureId)])).toEqual([
      ['no geometry', 1, ['B']],
      ['wrong geometry type', 1, ['D']],
    ]);
    expect(p.value?.map((s) => s.id)).toEqual(['A', 'C', 'E']);
  });

  it('a broken file is an error value, not an exception', () => {
    const p = previewSites('not json', { file: 'x.geojson' });
    expect(p.ok).toBe(false);
    expect(p.value).toBeNull();
    expect(p.error?.code).toBe('json-invalid');
    expect(messageOf(p.error ?? undefined)).toContain('x.geojson: not valid JSON at line 1, column 1');
  });

  it('a guessed CRS comes with its reason (the crs-detected warning); the user’s choice is then an override', () => {
    const text = collection([feature(polygon(rectRing(10.434, 59.833, 0.002, 0.001)), { id: 'S', name: 'n' })], null);
    const guessed = previewSites(text, { file: 'w' });
    expect(guessed).toMatchObject({ crs: 4326, crsSource: 'detected' });
    const why = guessed.warnings.find((w) => w.code === 'crs-detected');
    expect(why).toMatchObject({ variant: 'degrees' });
    expect(messageOf(why)).toMatch(/^w: no crs member\. All coordinates lie within ±180\/±90/);
    const chosen = previewSites(text, { file: 'w', crs: 4258 });
    expect(chosen).toMatchObject({ crs: 4258, crsSource: 'override' });
    expect(chosen.warnings.some((w) => w.code === 'crs-detected')).toBe(false);
  });

  it('the same for GTFS, with the hub rule in the notes', () => {
    const p = previewGtfsHubs(
      { stops: 'stop_id,stop_name,stop_lat,stop_lon,location_type\nS,Asker stasjon,59.83361,10.43444,1\n' },
      { file: 'feed' },
    );
    expect(p).toMatchObject({ ok: true, featureCount: 1, keptCount: 1, crs: 4326 });
    expect(p.mapping?.mode).toBe('gtfs');
  });

  it('has no side effects: the same input gives the same preview twice', () => {
    expect(previewSites(MIXED, { file: 'm' })).toEqual(previewSites(MIXED, { file: 'm' }));
  });
});

describe('writing the project format', () => {
  it('sites, hubs and regions load back unchanged (to the centimetre), with no warnings', () => {
    const sites = loadSites(MIXED, { file: 'm', onUnusable: 'skip' }).value;
    const meta = { source: 'm', note: 'test' };
    const back = loadSites(sitesToGeoJson(sites, meta), { file: 'back' });
    expect(back.warnings).toEqual([]);
    expect(back.crsSource).toBe('member');
    expect(back.value).toEqual(sites);
    const hubs = [{ id: 'H', name: 'Asker', type: 'tog' as const, xy: [580_407.0098, 6_633_751.2281] as const }];
    expect(loadHubs(hubsToGeoJson(hubs, meta), { file: 'h' }).value[0]?.xy).toEqual([580_407.01, 6_633_751.23]);
    const regions = [
      {
        name: 'Asker syd',
        geometry: [
          [rectRing(580_000, 6_620_000, 10, 10) as [number, number][]],
          [rectRing(580_100, 6_620_000, 10, 10) as [number, number][]],
        ],
      },
    ];
    const text = regionsToGeoJson(regions, meta);
    expect(JSON.parse(text).features[0].geometry.type).toBe('MultiPolygon');
    expect(loadRegions(text, { file: 'r' }).value).toEqual(regions);
  });
});
