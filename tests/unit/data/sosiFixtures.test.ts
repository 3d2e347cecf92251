// The hand-made SOSI fixtures (tests/fixtures/plan): rings from shared and reversed curves, holes, an arc, ISO8859-10,
// KOORDSYS 23; hand-checked areas.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSites } from '../../../src/data/loaders.ts';
import { multiPolygonAreaM2 } from '../../../src/domain/geometry.ts';
import { featureRefText } from '../../../src/i18n/featureRef.ts';
import { skipReasonText } from '../../../src/i18n/problemText.ts';
import { thrownWords } from '../../helpers/problemWords.ts';
import { mappingNoteText } from '../../../src/i18n/mappingNotes.ts';

/** The readers' notes as the English catalogue words them. */
const notesEn = (notes: readonly { code: string }[]): string[] => notes.map((n) => mappingNoteText(n, 'en'));

const PLAN = resolve(import.meta.dirname, '../../fixtures/plan');
const bytes = (name: string): Uint8Array => readFileSync(resolve(PLAN, name));
const areaOf = (r: ReturnType<typeof loadSites>, id: string): number =>
  multiPolygonAreaM2(r.value.find((s) => s.id === id)?.geometry ?? []);

describe('plan_22_iso8859-10.sos (SOSI 4.5, ..TEGNSETT ISO8859-10, KOORDSYS 22, ENHET 0.01)', () => {
  const r = loadSites(bytes('plan_22_iso8859-10.sos'), { file: 'plan.sos' });

  it('reads the business areas with æ, ø and å decoded from ISO8859-10', () => {
    expect(r.crs).toBe(25832);
    expect(r.crsSource).toBe('member');
    expect(r.mapping.mode).toBe('plan');
    expect(r.value.map((s) => [s.id, s.name, s.status, s.abc, s.arealformal])).toEqual([
      ['sq-1', 'Næringsområde Åsløkka', 'eksisterende', 'B', 1300],
      ['hole-2', 'Industri med hull', 'fremtidig', 'C', 1340],
      ['shared-3', 'Nabofelt med felles grense', 'eksisterende', 'B', 1300],
      ['arc-4', 'Halvsirkel ved sjøen', 'fremtidig', 'A', 1310],
    ]);
    expect(r.mapping.fields.id).toBe('IDENTIFIKASJON.LOKALID');
    expect(notesEn(r.mapping.notes)[0]).toContain(
      'character set ISO8859-10; ..KOORDSYS 22 (EUREF89 UTM zone 32) → EPSG:25832, ..ENHET 0.01',
    );
  });

  it('has hand-checked areas: a square, a polygon with a hole from shared curves, a neighbour on a reversed curve', () => {
    // 100 m × 100 m from one closed curve
    expect(areaOf(r, 'sq-1')).toBe(10_000);
    // 200 m × 100 m from three curves, minus a 50 m × 50 m hole
    expect(areaOf(r, 'hole-2')).toBe(17_500);
    // 100 m × 100 m: its own curve and the shared side :-202, reversed
    expect(areaOf(r, 'shared-3')).toBe(10_000);
  });

  it('approximates the .BUEP within the stated tolerance: a half-disc of radius 100 m', () => {
    const exact = (Math.PI * 100 * 100) / 2; // 15 707.963 m²
    const a = areaOf(r, 'arc-4');
    expect(a).toBeLessThan(exact); // vertices on the arc: the chords cut a little off
    expect((exact - a) / exact).toBeLessThan(2e-5); // ≈ 4·tol/(3r) = 1.3e-5 for tol 1 mm, r 100 m
    expect(notesEn(r.mapping.notes).join(' ')).toContain(
      '1 arc (.BUEP/.SIRKELP/.BUE/.SIRKEL) replaced by chords that stay within 1 mm',
    );
  });

  it('skips housing with a counted reason naming the SOSI object and its line', () => {
    // A skip is facts (code, variant, params); its reason's words are the catalogue's.
    expect(
      r.skipped.map((s) => `${featureRefText(s.ref, 'en')} (id "${s.featureId}"): ${skipReasonText(s, 'en')}`),
    ).toEqual(['line 104, .FLATE 5 (id "bolig-5"): 1110 Housing: not business land']);
    expect(notesEn(r.mapping.notes)[1]).toBe(
      '5 .FLATE objects read, their boundaries built from 8 curves; not read as features: 7 .KURVE, 1 .BUEP, 1 .TEKST, 1 .PUNKT.',
    );
  });

  it('read as UTF-8 text (the wrong way), says the file is not UTF-8', () => {
    const wrong = new TextDecoder('utf-8').decode(bytes('plan_22_iso8859-10.sos'));
    expect(thrownWords(() => loadSites(wrong, { file: 'plan.sos' }))).toMatch(/plan\.sos: does not look like UTF-8/);
  });
});

describe('plan_23_utf8.sos (SOSI 5.0, UTF-8, KOORDSYS 23, ENHET 0.001, ORIGO-NØ 6600000 200000)', () => {
  const r = loadSites(bytes('plan_23_utf8.sos'), { file: 'plan23.sos' });

  it('places the square by origin + integer × unit in UTM 33 and measures it in UTM 32', () => {
    expect(r.crs).toBe(25833);
    expect(r.value[0]?.name).toBe('Ødegården lager');
    // 100 m × 100 m in UTM 33 at 10.43° E: × (k32/k33)², k = 0.9996·(1 + x²/2R²) → 9 985.46 m²;
    // GDAL (ogr2ogr -t_srs EPSG:25832) gives 9 985.458 m² for the same file.
    expect(Math.abs(areaOf(r, '1') - 9_985.458) / 9_985.458).toBeLessThan(1e-6);
  });
});

describe('plan_arcs_radius.sos (.BUE with ..RADIUS and ..STORBUE, .SIRKEL round a centre; KOORDSYS 22)', () => {
  const keep = new Map([1300, 1310, 1340, 1350].map((c) => [c, { label: String(c), abc: 'B' as const, why: 'test' }]));
  const r = loadSites(bytes('plan_arcs_radius.sos'), { file: 'arcs.sos', arealformalTable: keep });
  const segment = 5000 * (2 * Math.asin(0.8) - 0.96); // r 100 m, chord 160 m: 4 472.95 m²
  const cases: [string, number][] = [
    ['bue-1', segment], // positive radius: clockwise, the short way
    ['storbue-2', Math.PI * 1e4 - segment], // negative radius, ..STORBUE 1, referenced reversed (:-404)
    ['sirkel-3', Math.PI * 2500],
    ['hull-4', 40000 - Math.PI * 2500], // a .SIRKEL as a hole
  ];
  it.each(cases)('%s: the area of the true shape, a little less (chords inside the arc), within 1e-4', (id, exact) => {
    const a = areaOf(r, id);
    const circleLoss = id === 'hull-4' ? -1 : 1; // a hole that loses area leaves the area a little larger
    expect(Math.sign(exact - a)).toBe(circleLoss);
    expect(Math.abs(exact - a) / exact).toBeLessThan(1e-4);
  });
  it('says the arcs were replaced by chords within 1 mm', () => {
    expect(r.warnings).toEqual([]);
    expect(notesEn(r.mapping.notes).join(' ')).toContain(
      '4 arcs (.BUEP/.SIRKELP/.BUE/.SIRKEL) replaced by chords that stay within 1 mm',
    );
  });
});
