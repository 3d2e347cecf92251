// Timing and peak-memory benchmark (not a test) of the SOSI reader on a generated plan file (issue 14: large files
// stream). A grid of side × side square .FLATE areas whose borders are shared .KURVE objects (each inner border used
// by two areas, once forwards and once reversed), with attributes like a kommuneplan's.
//   npx tsx scripts/bench-sosi.ts [objects]     (default 100 000 areas, rounded down to a square grid)
import { performance } from 'node:perf_hooks';
import { readSosi } from '../src/data/sosi/sosiRead.ts';

/** The SOSI text of a side × side grid of 50 m cells, each border a curve with two points between its ends. */
export function gridSosi(side: number): string {
  const cell = 5000; // centimetres
  const parts: string[] = [
    '.HODE\n..TEGNSETT UTF-8\n..TRANSPAR\n...KOORDSYS 22\n...ORIGO-NØ 6600000 500000\n...ENHET 0.01\n..SOSI-VERSJON 5.0\n',
  ];
  // Curve serials: horizontal border (row r, column c) and vertical border (row r, column c).
  const hSerial = (r: number, c: number): number => 1_000_000 + r * side + c;
  const vSerial = (r: number, c: number): number => 3_000_000 + r * (side + 1) + c;
  let serial = 0;
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      // South border forwards (west → east), east border forwards (south → north), north and west reversed.
      const ref = `:${hSerial(r, c)} :${vSerial(r, c + 1)} :-${hSerial(r + 1, c)} :-${vSerial(r, c)}`;
      parts.push(
        `.FLATE ${++serial}:\n..OBJTYPE KpArealformålOmråde\n..AREALFORMÅL ${1300 + (serial % 4) * 10}\n..AREALBRUKSSTATUS ${1 + (serial % 3)}\n..IDENTIFIKASJON\n...LOKALID "area-${serial}"\n...NAVNEROM "bench"\n..NAVN "Felt ${serial}"\n..REF ${ref}\n`,
      );
    }
  }
  const line = (n0: number, e0: number, n1: number, e1: number): string => {
    const pts: string[] = [];
    for (let i = 0; i <= 3; i++)
      pts.push(`${Math.round(n0 + ((n1 - n0) * i) / 3)} ${Math.round(e0 + ((e1 - e0) * i) / 3)}`);
    return pts.join('\n');
  };
  for (let r = 0; r <= side; r++)
    for (let c = 0; c < side; c++)
      parts.push(
        `.KURVE ${hSerial(r, c)}:\n..OBJTYPE KpFormålGrense\n..NØ\n${line(r * cell, c * cell, r * cell, (c + 1) * cell)}\n`,
      );
  for (let r = 0; r < side; r++)
    for (let c = 0; c <= side; c++)
      parts.push(
        `.KURVE ${vSerial(r, c)}:\n..OBJTYPE KpFormålGrense\n..NØ\n${line(r * cell, c * cell, (r + 1) * cell, c * cell)}\n`,
      );
  parts.push('.SLUTT\n');
  return parts.join('');
}

// The first numeric argument (npm run bench passes its own arguments, such as --no-browser, to the last script).
const wanted = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
const side = Math.floor(Math.sqrt(wanted));
const text = gridSosi(side);
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage();
const t0 = performance.now();
const parsed = readSosi(text, { file: 'bench.sos', want: 'areas' });
const ms = performance.now() - t0;
const after = process.memoryUsage();
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const mb = (b: number): string => (b / 2 ** 20).toFixed(0);
const bad = parsed.features.filter((f) => f.geometry === null).length;
console.log(
  `SOSI read: ${parsed.features.length} areas (${side} × ${side}), ${mb(Buffer.byteLength(text))} MB of text: ${(ms / 1000).toFixed(2)} s; ` +
    `process peak RSS ${peakRssMb.toFixed(0)} MB (${mb(before.rss)} MB before reading, text included); ` +
    `heap after ${mb(after.heapUsed)} MB; areas without geometry: ${bad}`,
);
if (bad > 0 || parsed.features.length !== side * side) process.exitCode = 1;
