// GML 3.2.1 plan files: Surface with interior, MultiSurface, EPSG:4258 latitude-longitude order, wfs:member, names from
// both schemas, problems.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, loadSites } from '../../../src/data/loaders.ts';
import { toLngLat } from '../../../src/domain/crs.ts';
import { multiPolygonAreaM2, multiPolygonCentroid } from '../../../src/domain/geometry.ts';
import { featureRefText } from '../../../src/i18n/featureRef.ts';
import { skipReasonText } from '../../../src/i18n/problemText.ts';
import { messageOf } from '../../helpers/problemWords.ts';
import { mappingNoteText } from '../../../src/i18n/mappingNotes.ts';

/** The readers' notes as the English catalogue words them. */
const notesEn = (notes: readonly { code: string }[]): string[] => notes.map((n) => mappingNoteText(n, 'en'));

const PLAN = resolve(import.meta.dirname, '../../fixtures/plan');
const bytes = (name: string): Uint8Array => readFileSync(resolve(PLAN, name));

function errorOf(f: () => unknown): DataError {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

const NS = 'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:app="urn:test"';
const one = (geometry: string, props = '<app:arealformål>1300</app:arealformål>'): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<gml:FeatureCollection ${NS}>\n<gml:featureMember>\n<app:KpArealformålOmråde gml:id="f1">\n<app:område>${geometry}</app:område>\n${props}\n</app:KpArealformålOmråde>\n</gml:featureMember>\n</gml:FeatureCollection>\n`;

describe('plan_25832.gml (gml:FeatureCollection, gml:featureMember)', () => {
  const r = loadSites(bytes('plan_25832.gml'), { file: 'plan.gml' });

  it('reads a Surface with an interior ring and a MultiSurface (posList and pos), with hand-checked areas', () => {
    expect(r.crs).toBe(25832);
    expect(r.crsSource).toBe('member');
    expect(r.value.map((s) => [s.id, s.name, s.status, s.abc, multiPolygonAreaM2(s.geometry)])).toEqual([
      // 100 m × 100 m minus a 20 m × 20 m hole
      ['kp-1', 'Næring med hull', 'fremtidig', 'B', 9_600],
      // 50 m × 50 m + 30 m × 40 m
      ['rp-2', 'BKB1', 'eksisterende', 'C', 3_700],
    ]);
  });

  it('reads the name from app:områdenavn or app:feltnavn, and says what was not read', () => {
    expect(notesEn(r.mapping.notes)[0]).toBe(
      'Read as GML (gml:FeatureCollection); 3 features with an area; not read: 1 app:RpGrense.',
    );
    // A skip is facts (code, variant, params); its reason's words are the catalogue's.
    expect(
      r.skipped.map((s) => `${featureRefText(s.ref, 'en')} (id "${s.featureId}"): ${skipReasonText(s, 'en')}`),
    ).toEqual(['line 81, app:KpArealformålOmråde (id "kp.3"): 5100 LNFR: not business land']);
  });
});

describe('plan_4258.gml (wfs:member, EPSG:4258 as an http URI)', () => {
  const r = loadSites(bytes('plan_4258.gml'), { file: 'll.gml' });

  it('reads latitude before longitude, as EPSG:4258 orders its axes', () => {
    expect(r.crs).toBe(4258);
    const [lng, lat] = toLngLat(multiPolygonCentroid(r.value[0]?.geometry ?? []));
    expect(lng).toBeCloseTo(10.401, 4);
    expect(lat).toBeCloseTo(59.8005, 4);
    // GDAL (ogr2ogr -t_srs EPSG:25832) gives 12 499.903 m² for this file
    expect(Math.abs(multiPolygonAreaM2(r.value[0]?.geometry ?? []) - 12_499.903) / 12_499.903).toBeLessThan(1e-6);
    expect(r.value[0]?.name).toBe('BKB2 Åsløkka kontor');
  });

  it('a file that claims EPSG:4258 but writes longitude first is swapped back with a warning', () => {
    const text = new TextDecoder()
      .decode(bytes('plan_4258.gml'))
      .replace(
        '59.800 10.400 59.800 10.402 59.801 10.402 59.801 10.400 59.800 10.400',
        '10.400 59.800 10.402 59.800 10.402 59.801 10.400 59.801 10.400 59.800',
      );
    const w = loadSites(text, { file: 'll.gml' });
    expect(Math.abs(multiPolygonAreaM2(w.value[0]?.geometry ?? []) - 12_499.903) / 12_499.903).toBeLessThan(1e-6);
    expect(w.warnings.map((x) => x.code)).toContain('axes-swapped');
  });
});

describe('GML geometry forms', () => {
  it('a gml:Ring of curve members with a gml:Arc: a half-disc of radius 100 m', () => {
    const g = `<gml:Surface srsName="EPSG:25832"><gml:patches><gml:PolygonPatch><gml:exterior><gml:Ring>
      <gml:curveMember><gml:LineString><gml:posList>585000 6635000 585200 6635000</gml:posList></gml:LineString></gml:curveMember>
      <gml:curveMember><gml:Curve><gml:segments><gml:Arc><gml:posList>585200 6635000 585100 6635100 585000 6635000</gml:posList></gml:Arc></gml:segments></gml:Curve></gml:curveMember>
      </gml:Ring></gml:exterior></gml:PolygonPatch></gml:patches></gml:Surface>`;
    const a = multiPolygonAreaM2(loadSites(one(g), { file: 'arc.gml' }).value[0]?.geometry ?? []);
    const exact = (Math.PI * 100 * 100) / 2;
    expect((exact - a) / exact).toBeGreaterThan(0);
    expect((exact - a) / exact).toBeLessThan(2e-5);
  });

  it('srsDimension 3 posLists drop the height', () => {
    const g =
      '<gml:Polygon srsName="urn:ogc:def:crs:EPSG::25832" srsDimension="3"><gml:exterior><gml:LinearRing><gml:posList>585000 6635000 10 585100 6635000 10 585100 6635100 12 585000 6635000 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>';
    expect(multiPolygonAreaM2(loadSites(one(g), { file: 'z.gml' }).value[0]?.geometry ?? [])).toBe(5_000);
  });
});

describe('bad GML files', () => {
  it('XML that is not well formed names the line', () => {
    expect(
      messageOf(
        errorOf(() =>
          loadSites(
            '<?xml version="1.0"?>\n<gml:FeatureCollection xmlns:gml="x">\n<gml:featureMember>\n</gml:FeatureCollection>',
            { file: 'b.gml' },
          ),
        ),
      ),
    ).toMatch(/^b\.gml: is not well-formed XML at line 4, column \d+: /);
  });

  it('XML that is not a feature collection', () => {
    expect(messageOf(errorOf(() => loadSites('<html><body>Not found</body></html>', { file: 'h.gml' })))).toBe(
      'h.gml: is XML with the root element <html>, not a GML or WFS FeatureCollection. Export the plan as GML (SOSI-GML, e.g. KpArealformålOmråde features).',
    );
  });

  it('an unsupported srsName', () => {
    const g =
      '<gml:Polygon srsName="EPSG:3006"><gml:exterior><gml:LinearRing><gml:posList>1 2 3 4 5 6 1 2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>';
    expect(messageOf(errorOf(() => loadSites(one(g), { file: 's.gml' })))).toContain(
      "s.gml: The file's coordinate system EPSG:3006 is not supported.",
    );
  });

  it('a posList with an odd count names the feature and the line', () => {
    const g =
      '<gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>585000 6635000 585100 6635000 585100</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>';
    expect(messageOf(errorOf(() => loadSites(one(g), { file: 'o.gml' })))).toBe(
      'o.gml: line 4, app:KpArealformålOmråde (id "f1"): gml:posList at line 5 has 5 numbers, not a whole number of 2-number positions (srsDimension 2); the file may be cut off',
    );
  });

  it('no area features says what the file has', () => {
    const g =
      '<gml:LineString srsName="EPSG:25832"><gml:posList>585000 6635000 585100 6635000</gml:posList></gml:LineString>';
    expect(messageOf(errorOf(() => loadSites(one(g), { file: 'l.gml' })))).toBe(
      "l.gml: has no features with an area geometry (gml:Surface, gml:Polygon, gml:MultiSurface); it has 1 app:KpArealformålOmråde. Choose the plan's area file, or load it as another kind of data.",
    );
  });
});
