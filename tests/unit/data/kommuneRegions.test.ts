// Kommune boundary files become regions: 0220 → Asker nord; 0627 + 0628 → Asker syd (one MultiPolygon); others skipped
// or kept.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haveSharedSources } from '../../helpers/sharedSources.ts';
import { multiPolygonAreaM2 } from '../../../src/domain/geometry.ts';
import { DataError, loadRegions } from '../../../src/data/loaders.ts';
import { kommunenummerOf } from '../../../src/data/regionReader.ts';
import { collection, feature, polygon, rectRing } from './geojsonText.ts';
import { thrownWords } from '../../helpers/problemWords.ts';
import { skipReasonText } from '../../../src/i18n/problemText.ts';
import { mappingNoteText } from '../../../src/i18n/mappingNotes.ts';

/** The readers' notes as the English catalogue words them. */
const notesEn = (notes: readonly { code: string }[]): string[] => notes.map((n) => mappingNoteText(n, 'en'));

const GOOD = resolve(import.meta.dirname, '../../fixtures/good');
const text = readFileSync(resolve(GOOD, 'kommuner_25833.geojson'), 'utf8');
const km2 = (m2: number): number => m2 / 1e6;

describe('kommuner_25833.geojson (pre-2020 kommuner, hand-drawn rectangles in EPSG:25833)', () => {
  const r = loadRegions(text, { file: 'k' });

  it('makes Asker nord from 0220 and one Asker syd from 0627 (written as the number 627) and 0628', () => {
    expect(r.mapping.mode).toBe('kommune');
    expect(r.mapping.fields).toEqual({ kommunenummer: 'kommunenummer', kommunenavn: 'navn' });
    // 0627 and 0628 share a border, so they are dissolved into one part (side by side they would not be OGC-valid).
    expect(r.value.map((g) => [g.name, g.geometry.length])).toEqual([
      ['Asker nord', 1],
      ['Asker syd', 2],
    ]);
    expect(notesEn(r.mapping.notes)).toContain('Kommuner 0627 and 0628 merged into one region "Asker syd".');
    expect(r.warnings.map((w) => w.code)).toEqual(['kommune-not-asker', 'kommune-whole-asker']);
  });

  it('areas: 12 × 12 km and 14 × 11 + 10 × 20 + 1 × 1 km in zone 33, shrunk by (k32/k33)² ≈ 0.99857 in zone 32', () => {
    const [nord, syd] = r.value.map((g) => km2(multiPolygonAreaM2(g.geometry)));
    expect(nord).toBeCloseTo(144 * 0.99858, 1);
    expect(syd).toBeCloseTo(355 * 0.99858, 1);
    // Measured: 143.796 and 354.481 km².
    expect(nord).toBeCloseTo(143.796, 3);
    expect(syd).toBeCloseTo(354.481, 3);
  });

  it('skips Bærum and the merged 3025 with reasons naming them', () => {
    expect(r.skipped.map((s) => skipReasonText(s, 'en'))).toEqual([
      '0219 Bærum: not one of the former kommuner of Asker (0220, 0627, 0628)',
      "3025 Asker: all of today's Asker in one piece; Asker nord/syd need the former kommuner 0220, 0627 and 0628",
    ]);
  });

  it('otherKommuner "keep" keeps them under their own names', () => {
    const kept = loadRegions(text, { file: 'k', otherKommuner: 'keep' });
    expect(kept.value.map((g) => g.name)).toEqual(['Asker nord', 'Asker syd', 'Bærum', 'Asker']);
  });
});

describe('kommunenummer spellings', () => {
  it.each([
    ['0220', '0220'],
    ['220', '0220'],
    [220, '0220'],
    [' 0627 ', '0627'],
    ['3203', '3203'],
    ['Asker', null],
    [22.5, null],
    ['', null],
    [null, null],
  ])('%j → %j', (raw, out) => {
    expect(kommunenummerOf(raw)).toBe(out);
  });

  it.each([['KOMMUNENUMMER'], ['kommunenr'], ['komnr']])('field %s is recognised', (key) => {
    const r = loadRegions(collection([feature(polygon(rectRing(580_000, 6_630_000, 100, 100)), { [key]: '0220' })]), {
      file: 'f',
    });
    expect(r.value[0]?.name).toBe('Asker nord');
  });

  it('a file with our own name property is read by name even when it carries a kommunenummer', () => {
    const r = loadRegions(
      collection([feature(polygon(rectRing(580_000, 6_630_000, 100, 100)), { name: 'Vest', kommunenummer: '0220' })]),
      { file: 'f' },
    );
    expect(r.value[0]?.name).toBe('Vest');
  });

  it('a missing kommunenummer is an error naming the feature, or skipped under onUnusable "skip"', () => {
    const t = collection([
      feature(polygon(rectRing(580_000, 6_630_000, 100, 100)), { kommunenummer: '0220' }),
      feature(polygon(rectRing(580_000, 6_620_000, 100, 100)), { kommunenummer: 'ukjent' }),
    ]);
    expect(() => loadRegions(t, { file: 'f' })).toThrow(DataError);
    expect(thrownWords(() => loadRegions(t, { file: 'f' }))).toContain(
      'f: features[1]: has no usable kommunenummer ("kommunenummer" is "ukjent")',
    );
    const skipped = loadRegions(t, { file: 'f', onUnusable: 'skip' });
    expect(skipped.value.map((g) => g.name)).toEqual(['Asker nord']);
    expect(skipped.skipped.map((s) => [s.kind, skipReasonText(s, 'en')])).toEqual([['unusable', 'no kommunenummer']]);
  });
});

const SOURCE = resolve(import.meta.dirname, '../../../../shared/geodata-sources');
const torskelgen = resolve(SOURCE, 'torskelgen-readymaps/asker_old_and_new_kommuner_simplified_epsg25833.geojson');
const gdal = resolve(SOURCE, 'asker-nord-syd/regions_nord_syd_25832.geojson');

describe.skipIf(!haveSharedSources([torskelgen, gdal]))(
  'the real Kartverket-derived kommune file (../shared/geodata-sources)',
  () => {
    it('gives the same nord/syd areas as the GDAL-made EPSG:25832 file, within 0.0001 % (measured: 98.756 and 273.993 km² both ways)', () => {
      const ours = loadRegions(readFileSync(torskelgen, 'utf8'), { file: 'torskelgen' });
      expect(ours.skipped.map((s) => s.featureId)).toEqual(['3025']);
      // PostGIS agrees the GDAL-made Asker syd is not OGC-valid (its two parts cross near 582060 6615806, by
      // far less than a square metre), so it is read with repair; ST_MakeValid leaves its area unchanged.
      const reference = loadRegions(readFileSync(gdal, 'utf8'), { file: 'gdal', repair: true });
      for (const name of ['Asker nord', 'Asker syd']) {
        const a = multiPolygonAreaM2(ours.value.find((g) => g.name === name)?.geometry ?? []);
        const b = multiPolygonAreaM2(reference.value.find((g) => g.name === name)?.geometry ?? []);
        expect(Math.abs(a / b - 1), name).toBeLessThan(1e-6);
      }
      // PROVENANCE.md: nord ≈ 98.8 km², syd ≈ 274.2 km² (ellipsoidal); planar 25832 is within a few tenths.
      expect(km2(multiPolygonAreaM2(ours.value[0]?.geometry ?? []))).toBeGreaterThan(98);
    });
  },
);
