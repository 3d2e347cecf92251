// SOSI reading rules on small inline files: coordinates, references, arcs, encodings, KOORDSYS, and every problem named
// by object and line.
import { describe, expect, it } from 'vitest';
import { DataError, loadHubs, loadSites } from '../../../src/data/loaders.ts';
import { multiPolygonAreaM2 } from '../../../src/domain/geometry.ts';
import { messageOf } from '../../helpers/problemWords.ts';

const head = (koordsys = 22, enhet = '0.01', charset = 'UTF-8'): string =>
  `.HODE\n..TEGNSETT ${charset}\n..TRANSPAR\n...KOORDSYS ${koordsys}\n...ORIGO-NØ 0 0\n...ENHET ${enhet}\n`;
const flate = (serial: number, ref: string, extra = ''): string =>
  `.FLATE ${serial}:\n..OBJTYPE KpArealformålOmråde\n..AREALFORMÅL 1300\n..AREALBRUKSSTATUS 1\n${extra}..REF ${ref}\n`;
/** A closed square curve, side `s` metres, south-west corner (e, n), in centimetres. */
const square = (serial: number, e: number, n: number, s: number, kind = 'KURVE'): string => {
  const c = (x: number): number => Math.round(x * 100);
  return `.${kind} ${serial}:\n..NØ\n${c(n)} ${c(e)}\n${c(n)} ${c(e + s)}\n${c(n + s)} ${c(e + s)}\n${c(n + s)} ${c(e)}\n${c(n)} ${c(e)}\n`;
};
const file = (...parts: string[]): string => `${parts.join('')}.SLUTT\n`;

function errorOf(f: () => unknown): DataError {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('geometry', () => {
  it('reads node marks (...KP) between coordinates and several pairs on one line', () => {
    const text = file(
      head(),
      flate(1, ':2'),
      '.KURVE 2:\n..NØ\n663100000 58000000 ...KP 1\n663100000 58010000 663110000 58010000\n663110000 58000000\n663100000 58000000 ...KP 1\n',
    );
    expect(multiPolygonAreaM2(loadSites(text, { file: 'a.sos' }).value[0]?.geometry ?? [])).toBe(10_000);
  });

  it('makes a .SIRKELP hole: 100 m square minus a circle of radius 20 m', () => {
    const circle = '.SIRKELP 3:\n..NØ\n663105000 58003000\n663107000 58005000\n663105000 58007000\n';
    const r = loadSites(file(head(), flate(1, ':2 (:3)'), square(2, 580000, 6631000, 100), circle), { file: 'c.sos' });
    const area = multiPolygonAreaM2(r.value[0]?.geometry ?? []);
    const exact = 10_000 - Math.PI * 400;
    expect(area).toBeGreaterThan(exact); // the hole's chords cut a little off the hole
    expect((area - exact) / exact).toBeLessThan(1e-5);
  });

  it('reads KOORDSYS 84 (EUREF89 geographic, latitude first) and measures the area in UTM 32', () => {
    // 0.001° × 0.002° at 59.8° N; the same square as tests/fixtures/plan/plan_4258.gml (GDAL: 12 499.903 m²)
    const text = `${head(84, '0.000001')}${flate(1, ':2')}.KURVE 2:\n..NØ\n59800000 10400000\n59800000 10402000\n59801000 10402000\n59801000 10400000\n59800000 10400000\n.SLUTT\n`;
    const r = loadSites(text, { file: 'geo.sos' });
    expect(r.crs).toBe(4258);
    expect(Math.abs(multiPolygonAreaM2(r.value[0]?.geometry ?? []) - 12_499.903) / 12_499.903).toBeLessThan(1e-6);
  });

  it('reads KOORDSYS 25 (EUREF89 UTM 35) for a kommune in Finnmark', () => {
    const r = loadSites(file(head(25), flate(1, ':2'), square(2, 600000, 7750000, 100)), { file: 'f.sos' });
    expect(r.crs).toBe(25835);
    // 100 m × 100 m in UTM 35 at about 29.4° E is far outside zone 32, so it grows when measured in UTM 32
    expect(multiPolygonAreaM2(r.value[0]?.geometry ?? [])).toBeGreaterThan(10_000);
  });

  it('reads .PUNKT objects as hubs when loading hubs', () => {
    const text = file(
      head(),
      '.PUNKT 1:\n..NAVN "Asker stasjon"\n..TYPE tog\n..NØ\n663300000 58030000\n',
      '.KURVE 2:\n..NØ\n1 1\n2 2\n',
    );
    const r = loadHubs(text, { file: 'hubs.sos' });
    expect(r.value.map((h) => [h.id, h.name, h.type, h.xy])).toEqual([
      ['1', 'Asker stasjon', 'tog', [580300, 6633000]],
    ]);
  });
});

describe('problems name the object and its line', () => {
  it('a ..REF to a missing curve fails the report, and is skipped with a warning in the preview policy', () => {
    const text = file(head(), flate(17, ':2 :9'), square(2, 580000, 6631000, 100), flate(18, ':2'));
    expect(messageOf(errorOf(() => loadSites(text, { file: 'p.sos' })))).toBe(
      'p.sos: line 7, .FLATE 17 (id "17"): ..REF :9 points to no curve (the file has no .KURVE or arc with serial number 9); export the plan again with all its boundaries',
    );
    const skip = loadSites(text, { file: 'p.sos', onUnusable: 'skip' });
    expect(skip.value.map((s) => s.id)).toEqual(['18']);
    expect(skip.warnings.map((w) => messageOf(w))).toContain(
      'p.sos: line 7, .FLATE 17 (id "17"): ..REF :9 points to no curve (the file has no .KURVE or arc with serial number 9); export the plan again with all its boundaries (skipped this feature; the rest were loaded)',
    );
  });

  it('curves that do not join, with the fix when the curve runs the other way', () => {
    const c = (n: number, pts: [number, number][]): string =>
      `.KURVE ${n}:\n..NØ\n${pts.map(([e, nn]) => `${nn * 100} ${e * 100}`).join('\n')}\n`;
    const text = file(
      head(),
      flate(1, ':2 :3'),
      c(2, [
        [580000, 6631000],
        [580100, 6631000],
        [580100, 6631100],
      ]),
      c(3, [
        [580000, 6631000],
        [580000, 6631100],
        [580100, 6631100],
      ]),
    );
    expect(messageOf(errorOf(() => loadSites(text, { file: 'g.sos' })))).toContain(
      'g.sos: line 7, .FLATE 1 (id "1"): the outer boundary: :2 ends at (580100 6631100), but :3 starts at (580000 6631000), 141 away; the curves must join end to start; the curve runs the other way, so it should be written :-3',
    );
  });

  it('a ring that does not close', () => {
    const text = file(
      head(),
      flate(1, ':2'),
      '.KURVE 2:\n..NØ\n663100000 58000000\n663100000 58010000\n663110000 58010000\n',
    );
    expect(messageOf(errorOf(() => loadSites(text, { file: 'o.sos' })))).toContain(
      'o.sos: line 7, .FLATE 1 (id "1"): the outer boundary does not close: it ends at (580100 6631100), 141 from its start (580000 6631000)',
    );
  });

  it('an unknown object type', () => {
    const text = file(head(), flate(1, ':2'), square(2, 580000, 6631000, 100), '.FLATEE 3:\n..NØ\n1 1\n');
    expect(messageOf(errorOf(() => loadSites(text, { file: 'u.sos' })))).toBe(
      'u.sos: line 19, .FLATEE 3: .FLATEE is not a SOSI object type (expected .FLATE, .KURVE, .BUEP, .PUNKT …); remove it or fix the spelling',
    );
  });

  it('an unknown KOORDSYS is an error naming the code', () => {
    expect(
      messageOf(errorOf(() => loadSites(file(head(99), flate(1, ':2'), square(2, 0, 0, 1)), { file: 'k.sos' }))),
    ).toBe(
      'k.sos: line 4: ...KOORDSYS 99 is not supported; supported are 22 (EUREF89 UTM zone 32), 23 (EUREF89 UTM zone 33), 25 (EUREF89 UTM zone 35), 84 (EUREF89 geographic (latitude, longitude)). Reproject the file to EUREF89 UTM 32 (KOORDSYS 22) and load it again.',
    );
    expect(
      messageOf(errorOf(() => loadSites(file(head(5), flate(1, ':2'), square(2, 0, 0, 1)), { file: 'k.sos' }))),
    ).toContain('...KOORDSYS 5 (NGO1948 axis V) is not supported');
  });

  it("the system names are the catalogue's words around the datum: bokmål says them as SOSI does", () => {
    const k5 = errorOf(() => loadSites(file(head(5), flate(1, ':2'), square(2, 0, 0, 1)), { file: 'k.sos' }));
    // The loader gives the code only; the name and the supported list are made in src/i18n.
    expect(k5.problem.params).toEqual({ line: '4', value: '5', koordsys: '5' });
    expect(messageOf(k5, 'nb')).toContain(
      '...KOORDSYS 5 (NGO1948 akse V) støttes ikke; støttet er 22 (EUREF89 UTM sone 32), 23 (EUREF89 UTM sone 33), 25 (EUREF89 UTM sone 35), 84 (EUREF89 geografisk (bredde, lengde)).',
    );
    const k53 = errorOf(() => loadSites(file(head(53), flate(1, ':2'), square(2, 0, 0, 1)), { file: 'k.sos' }));
    expect(messageOf(k53, 'nb')).toContain('...KOORDSYS 53 (Møre-A) støttes ikke');
  });

  it('a file without .SLUTT loads with a warning that it may be truncated', () => {
    const text = `${head()}${flate(1, ':2')}${square(2, 580000, 6631000, 100)}`;
    expect(loadSites(text, { file: 't.sos' }).warnings.map((w) => messageOf(w))).toContain(
      't.sos: ends without .SLUTT, so it may be truncated; read the 2 objects that are there. Check that the export finished.',
    );
  });

  it('a file without areas says what it has', () => {
    expect(messageOf(errorOf(() => loadSites(file(head(), square(2, 580000, 6631000, 100)), { file: 'n.sos' })))).toBe(
      "n.sos: has no .FLATE objects (areas); it has 1 .KURVE. Choose the plan's area file, or load it as another kind of data.",
    );
  });
});

describe('character sets', () => {
  const latin = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
  const named = (charset: string, name: string): string =>
    file(head(22, '0.01', charset), flate(1, ':2', `..FELTNAVN "${name}"\n`), square(2, 580000, 6631000, 100));

  it('ISO8859-1 and ANSI bytes are decoded as declared', () => {
    for (const cs of ['ISO8859-1', 'ANSI'])
      expect(loadSites(latin(named(cs, 'Sjøsiden Næring')), { file: 'l.sos' }).value[0]?.name).toBe('Sjøsiden Næring');
  });

  it('bytes that do not match the declaration are read the way they are, with a warning', () => {
    const utf8Bytes = new TextEncoder().encode(named('ISO8859-10', 'Sjøsiden'));
    const a = loadSites(utf8Bytes, { file: 'm.sos' });
    expect(a.value[0]?.name).toBe('Sjøsiden');
    expect(messageOf(a.warnings[0])).toMatch(
      /^m\.sos: declares \.\.TEGNSETT ISO8859-10, but its bytes are UTF-8 \(e\.g\. line 5\)/,
    );
    const latinBytes = latin(named('UTF-8', 'Sjøsiden'));
    const b = loadSites(latinBytes, { file: 'm.sos' });
    expect(b.value[0]?.name).toBe('Sjøsiden');
    expect(messageOf(b.warnings[0])).toMatch(
      /^m\.sos: declares \.\.TEGNSETT UTF-8, but line 5 has bytes that are not UTF-8; read the file as ISO8859-10 instead/,
    );
  });

  it('ND7 (7-bit Norwegian) brackets become æøå', () => {
    expect(loadSites(latin(named('ND7', 'Sj|siden N{ring')), { file: 'n.sos' }).value[0]?.name).toBe('Sjøsiden Næring');
  });
});

describe('.BUE and .SIRKEL problems name the curve', () => {
  const line = '.KURVE 2:\n..NØ\n663100000 58000000\n663100000 58016000\n';
  it('a .BUE without ..RADIUS', () => {
    const text = file(head(), flate(1, ':2 :3'), line, '.BUE 3:\n..NØ\n663100000 58016000\n663100000 58000000\n');
    expect(messageOf(errorOf(() => loadSites(text, { file: 'b.sos' })))).toContain(
      'has no ..RADIUS; a .BUE is given by its end points and ..RADIUS',
    );
  });
  it('a .BUE whose end points are further apart than the diameter', () => {
    const text = file(
      head(),
      flate(1, ':2 :3'),
      line,
      '.BUE 3:\n..RADIUS 50\n..NØ\n663100000 58016000\n663100000 58000000\n',
    );
    expect(messageOf(errorOf(() => loadSites(text, { file: 'b.sos' })))).toContain(
      'has end points further apart than the diameter (2 × ..RADIUS 50)',
    );
  });
  it('a .SIRKEL in a file in degrees (KOORDSYS 84) is refused rather than drawn with metres as degrees', () => {
    const text = `${head(84, '0.000001')}${flate(1, ':2')}.SIRKEL 2:\n..RADIUS 50\n..NØ\n59800000 10400000\n.SLUTT\n`;
    expect(messageOf(errorOf(() => loadSites(text, { file: 'g.sos' })))).toContain(
      'is a .SIRKEL with a radius in metres in a file in degrees (KOORDSYS 84)',
    );
  });
  it('a .SIRKEL with a bad ..RADIUS', () => {
    const text = file(head(), flate(1, ':2'), '.SIRKEL 2:\n..RADIUS tjue\n..NØ\n663100000 58000000\n');
    expect(messageOf(errorOf(() => loadSites(text, { file: 's.sos' })))).toContain(
      'has ..RADIUS "tjue", which is not a non-zero number',
    );
  });
});
