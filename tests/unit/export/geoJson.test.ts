// The GeoJSON export: RFC 7946 (lon/lat, no crs, winding, closed rings), 7 decimals, and the report CLI's figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/app/defaultData';
import { fromLngLat, toLngLat } from '../../../src/domain/crs';
import { formatSitesGeoJson, siteGeometryGeoJson, sitesGeoJson } from '../../../src/domain/exportGeoJson';
import { siteRows } from '../../../src/domain/siteRows';
import { fitReasonsBoth } from '../../../src/i18n/fit';
import { derivedNotesBoth } from '../../../src/i18n/siteNotes';
import type { Site } from '../../../src/domain/types';
import { handRow, reportJsonSites, type ReportJsonSite } from './rowFixture';

/** Shoelace on lon/lat: > 0 is counter-clockwise (x = lon east, y = lat north). */
function signedArea(ring: number[][]): number {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[i + 1] as [number, number];
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}

/** A 200 × 100 m rectangle near Asker with a 20 × 20 m hole; `cw` gives the outer ring clockwise (wrong for RFC 7946).
 * */
function handSite(cw: boolean): Site {
  const outer: [number, number][] = [
    [580000, 6633000],
    [580200, 6633000],
    [580200, 6633100],
    [580000, 6633100],
    [580000, 6633000],
  ];
  const hole: [number, number][] = [
    [580050, 6633040],
    [580070, 6633040],
    [580070, 6633060],
    [580050, 6633060],
    [580050, 6633040],
  ];
  return {
    id: 'T1',
    name: 'Testtomta',
    status: 'fremtidig',
    abc: 'C',
    readiness: 'må reguleres',
    note: 'Merknad',
    // Holes must wind opposite to the outer ring: clockwise outer → counter-clockwise hole, and the other way.
    geometry: [[cw ? [...outer].reverse() : outer, cw ? hole : [...hole].reverse()]],
  };
}

describe('siteGeometryGeoJson', () => {
  it.each([false, true])(
    'winds the outer ring counter-clockwise and the hole clockwise (input outer clockwise: %s)',
    (cw) => {
      const g = siteGeometryGeoJson(handSite(cw));
      expect(g.type).toBe('MultiPolygon');
      const [outer, hole] = g.coordinates[0] as number[][][];
      expect(signedArea(outer as number[][])).toBeGreaterThan(0);
      expect(signedArea(hole as number[][])).toBeLessThan(0);
      for (const ring of [outer, hole] as number[][][]) {
        expect(ring).toHaveLength(5);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    },
  );

  it('writes lon/lat rounded to 7 decimals, within 0.5e-7 degrees of the exact transform', () => {
    const site = handSite(false);
    const g = siteGeometryGeoJson(site);
    const exact = toLngLat([580000, 6633000]);
    const first = (g.coordinates[0]?.[0]?.[0] ?? []) as number[];
    expect(Math.abs((first[0] as number) - exact[0])).toBeLessThanOrEqual(0.5e-7 + 1e-12);
    expect(Math.abs((first[1] as number) - exact[1])).toBeLessThanOrEqual(0.5e-7 + 1e-12);
    for (const c of g.coordinates.flat(3)) expect(Number(c.toFixed(7))).toBe(c);
    // Asker lies near 10.4° E, 59.8° N: lon first.
    expect(first[0]).toBeGreaterThan(10);
    expect(first[0]).toBeLessThan(11);
    expect(first[1]).toBeGreaterThan(59);
  });

  it('drops a vertex that rounding makes a repeat of its neighbour (under a millimetre apart)', () => {
    const site = handSite(false);
    // 1e-8° east of the corner's rounded position: a different point that rounds to the same 7 decimals.
    const corner = toLngLat([580200, 6633000]).map((v) => Number(v.toFixed(7)));
    const near = fromLngLat([(corner[0] as number) + 1e-8, corner[1] as number]);
    expect(near).not.toEqual([580200, 6633000]);
    const outer = [
      [580000, 6633000],
      [580200, 6633000],
      near,
      [580200, 6633100],
      [580000, 6633100],
      [580000, 6633000],
    ] as const;
    const g = siteGeometryGeoJson({ ...site, geometry: [[outer]] });
    const ring = g.coordinates[0]?.[0] as number[][];
    expect(ring).toHaveLength(5);
    for (let i = 0; i + 1 < ring.length; i++) expect(ring[i]).not.toEqual(ring[i + 1]);
  });
});

describe('sitesGeoJson', () => {
  it('is a FeatureCollection without a crs member, ids on the features, metrics as properties', () => {
    const site = handSite(false);
    const doc = sitesGeoJson([site], [handRow()], {
      illustrative: true,
      fitReasons: fitReasonsBoth,
      derivedNotes: derivedNotesBoth,
    });
    expect(Object.keys(doc).sort()).toEqual(['features', 'type']);
    expect(doc.type).toBe('FeatureCollection');
    const f = doc.features[0];
    expect(f?.id).toBe('T1');
    expect(f?.properties).toMatchObject({
      id: 'T1',
      available: true,
      area_m2: 12345.68,
      area_daa: 12.346,
      hub_distance_m: 1234.5,
      hub_centroid_distance_m: 1300,
      nearest_tog_name: 'Røyken stasjon',
      nearest_tog_distance_m: 1234.5,
      nearest_buss_distance_m: null,
      jobs_low: 11,
      jobs_mid: 20,
      jobs_high: 40,
      abc_fit: 'partial',
      centroid_lon: 10.412346,
      note: 'Merknad',
      illustrative: true,
    });
    // Every property is a plain value: GIS tools read nested objects poorly.
    for (const v of Object.values(f?.properties ?? {})) expect(v === null || typeof v !== 'object').toBe(true);
  });

  it('refuses rows that do not belong to the sites', () => {
    expect(() =>
      sitesGeoJson([handSite(false)], [handRow({ id: 'X' })], {
        illustrative: false,
        fitReasons: fitReasonsBoth,
        derivedNotes: derivedNotesBoth,
      }),
    ).toThrow(/row 0/);
  });

  it("keeps the file's own note as it is and gives what the loader derived in bokmål and English (null: nothing)", () => {
    const derived = [
      { code: 'arealformal', params: { code: '1340' } },
      { code: 'status-from-arealbruksstatus', params: { value: '3', status: 'eksisterende' } },
      { code: 'abc-default', params: { abc: 'C', code: '1340' } },
    ] as const;
    const options = { illustrative: false, fitReasons: fitReasonsBoth, derivedNotes: derivedNotesBoth };
    const [plan, plain] = sitesGeoJson(
      [{ ...handSite(false), derived }, handSite(false)],
      [handRow(), handRow()],
      options,
    ).features;
    expect(plan?.properties).toMatchObject({
      note: 'Merknad',
      derived_note_nb:
        'arealformål 1340 Industri; arealbruksstatus 3 (videreutvikling av nåværende) lest som eksisterende; ABC-type C er standard for denne koden (produksjon: arealkrevende, godstrafikk)',
      derived_note_en:
        'arealformål 1340 Industry; arealbruksstatus 3 (videreutvikling av nåværende) read as eksisterende; ABC type C is the default for this code (production: area-demanding, goods traffic)',
    });
    expect(plain?.properties).toMatchObject({ note: 'Merknad', derived_note_nb: null, derived_note_en: null });
  });

  it('the file text is valid JSON ending with a newline', () => {
    const text = formatSitesGeoJson([handSite(false)], [handRow()], {
      illustrative: false,
      fitReasons: fitReasonsBoth,
      derivedNotes: derivedNotesBoth,
    });
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).features).toHaveLength(1);
    expect(text).not.toContain('"crs"');
  });
});

describe('sitesGeoJson on the bundled data: the figures of `npm run report -- --format json`', () => {
  let report: ReportJsonSite[];
  let doc: ReturnType<typeof sitesGeoJson>;

  beforeAll(async () => {
    report = await reportJsonSites();
    const dataset = loadBundledDataset();
    doc = sitesGeoJson(dataset.sites, siteRows(dataset.sites, dataset.results, dataset.hubs), {
      illustrative: true,
      fitReasons: fitReasonsBoth,
      derivedNotes: derivedNotesBoth,
    });
  });

  it('every outer ring is counter-clockwise and every hole clockwise; S03 keeps its hole, S16 its two parts', () => {
    for (const f of doc.features) {
      for (const polygon of f.geometry.coordinates) {
        polygon.forEach((ring, k) => {
          const area = signedArea(ring);
          if (k === 0) expect(area, `${f.id} outer`).toBeGreaterThan(0);
          else expect(area, `${f.id} hole`).toBeLessThan(0);
        });
      }
    }
    const byId = new Map(doc.features.map((f) => [f.id, f]));
    expect(byId.get('S03')?.geometry.coordinates[0]).toHaveLength(2);
    expect(byId.get('S16')?.geometry.coordinates).toHaveLength(2);
  });

  it('the metric properties equal the report JSON', () => {
    expect(doc.features.map((f) => f.id)).toEqual(report.map((s) => s.id));
    for (const [i, s] of report.entries()) {
      const p = doc.features[i]?.properties ?? {};
      expect(p, s.id).toMatchObject({
        area_m2: s.area_m2,
        area_daa: s.area_daa,
        region: s.region,
        hub_id: s.hub_id,
        hub_distance_m: s.hub_distance_m,
        hub_centroid_distance_m: s.hub_centroid_distance_m,
        nearest_tog_distance_m: s.nearest_by_type.tog?.distance_m ?? null,
        nearest_bat_distance_m: s.nearest_by_type['båt']?.distance_m ?? null,
        jobs_low: s.jobs_low,
        jobs_mid: s.jobs_mid,
        jobs_high: s.jobs_high,
        abc_fit: s.abc_fit,
        centroid_lon: s.centroid_lon,
        centroid_lat: s.centroid_lat,
      });
    }
  });
});
