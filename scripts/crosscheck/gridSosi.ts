// A generated SOSI plan for the GDAL cross-check: a grid of cells sharing jittered boundary curves, some reversed, some
// with holes.
import { seededRandom } from '../../src/domain/seededRandom.ts';

// Seeded (anew by each generateGridSosi call), so a run can be repeated.
let rand = seededRandom(1);

type P = [number, number];
const SIZE = 100;
const cm = (v: number): number => Math.round(v * 100);

/** SOSI text (ENHET 0.01, origin 0 0) with n × n cells near Asker in UTM 32 (KOORDSYS 22) or UTM 33 (23). */
export function generateGridSosi(n: number, seed: number, koordsys: 22 | 23): string {
  rand = seededRandom(seed);
  const [x0, y0] = koordsys === 22 ? [585000, 6630000] : [243000, 6638000];
  const node = (i: number, j: number): P => [x0 + i * SIZE, y0 + j * SIZE];
  const lines: string[] = [
    '.HODE',
    '..TEGNSETT UTF-8',
    '..TRANSPAR',
    `...KOORDSYS ${koordsys}`,
    '...ORIGO-NØ 0 0',
    '...ENHET 0.01',
    '..OMRÅDE',
    `...MIN-NØ ${y0} ${x0}`,
    `...MAX-NØ ${y0 + n * SIZE} ${x0 + n * SIZE}`,
    '..SOSI-VERSJON 4.5',
  ];
  let serial = 0;
  const curve = (pts: P[]): number => {
    serial++;
    lines.push(`.KURVE ${serial}:`, '..OBJTYPE Formålgrense', '..NØ', ...pts.map((p) => `${cm(p[1])} ${cm(p[0])}`));
    return serial;
  };
  /** An edge from a to b with 1–4 points pushed sideways by up to 15 m, well inside the 100 m cell. */
  const edge = (a: P, b: P): number => {
    const k = 1 + Math.floor(rand() * 4);
    const ts = Array.from({ length: k }, () => 0.2 + rand() * 0.6).sort((p, q) => p - q);
    const nx = -(b[1] - a[1]) / SIZE,
      ny = (b[0] - a[0]) / SIZE;
    const mid = ts.map((t): P => {
      const off = (rand() * 2 - 1) * 15;
      return [a[0] + (b[0] - a[0]) * t + nx * off, a[1] + (b[1] - a[1]) * t + ny * off];
    });
    return curve([a, ...mid, b]);
  };
  const h: number[][] = [],
    v: number[][] = [];
  for (let i = 0; i < n; i++) {
    h[i] = [];
    for (let j = 0; j <= n; j++) (h[i] as number[])[j] = edge(node(i, j), node(i + 1, j));
  }
  for (let i = 0; i <= n; i++) {
    v[i] = [];
    for (let j = 0; j < n; j++) (v[i] as number[])[j] = edge(node(i, j), node(i, j + 1));
  }
  const flates: string[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const b = h[i]?.[j] as number,
        t = h[i]?.[j + 1] as number,
        l = v[i]?.[j] as number,
        r = v[i + 1]?.[j] as number;
      // Anticlockwise or clockwise: either way each shared side is forwards in one cell and reversed in the other.
      let ref = rand() < 0.5 ? `:${b} :${r} :-${t} :-${l}` : `:${l} :${t} :-${r} :-${b}`;
      if (rand() < 0.3) {
        const [cx, cy] = node(i + 0.5, j + 0.5);
        const k = 5 + Math.floor(rand() * 5);
        const ring: P[] = Array.from({ length: k }, (_, q) => {
          const ang = ((q + rand() * 0.6) / k) * 2 * Math.PI,
            rr = 8 + rand() * 20;
          return [cx + rr * Math.cos(ang), cy + rr * Math.sin(ang)];
        });
        ref += ` (:${curve([...ring, ring[0] as P])})`;
      }
      flates.push(`${i}-${j}`, ref);
    }
  }
  for (let f = 0; f < flates.length; f += 2) {
    serial++;
    lines.push(
      `.FLATE ${serial}:`,
      '..OBJTYPE KpArealformålOmråde',
      '..AREALFORMÅL 1300',
      '..AREALBRUKSSTATUS 1',
      '..IDENTIFIKASJON',
      `...LOKALID "c-${flates[f]}"`,
      `..REF ${flates[f + 1]}`,
    );
  }
  lines.push('.SLUTT', '');
  return lines.join('\n');
}
