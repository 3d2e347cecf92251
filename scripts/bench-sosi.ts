// Timing and peak-memory benchmark (not a test) of the SOSI and GML readers on generated plan files (issue 14: large
// files stream). SOSI: a grid of side × side square .FLATE areas whose borders are shared .KURVE objects (each inner
// border used by two areas, once forwards and once reversed), with attributes like a kommuneplan's. GML: the same
// squares as KpArealformålOmråde features with a gml:Surface each.
// Each case is read from the file's bytes, as the app and the CLIs do, in two ways, each in a process of its own so
// that the peak memory is the case's own: "whole" decodes the bytes to one string and parses that (the reading before
// the readers took pieces), "chunks" is readFeatureFile, which decodes and parses a megabyte at a time. Three rounds,
// the ways alternating, then medians.
//   npx tsx scripts/bench-sosi.ts [objects] [--rounds N]   (default 100 000 areas, rounded down to a square grid)
//   npx tsx scripts/bench-sosi.ts --one sosi|gml whole|chunks [objects]   (one measurement of a file the rounds wrote
//   to the temporary directory; what each round runs)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { decodeInput } from '../src/data/decodeInput.ts';
import { FULL_TOOLS } from '../src/data/fullLoadTools.ts';
import { readGml } from '../src/data/gml/gmlRead.ts';
import type { ParsedCollection } from '../src/data/loadGeoJson.ts';
import { readFeatureFile } from '../src/data/readFeatureFile.ts';
import { readSosi } from '../src/data/sosi/sosiRead.ts';
import { loadCrs } from '../src/domain/crs.ts';

// proj4 is fetched on first need (src/domain/crs.ts); this script projects, so it loads it first.
await loadCrs();

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

/** The GML text of the same grid: each cell a KpArealformålOmråde with a gml:Surface (PolygonPatch, posList). */
export function gridGml(side: number): string {
  const cell = 50;
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:app="http://skjema.geonorge.no/SOSI/produktspesifikasjon/Reguleringsplanforslag/5.0">\n',
  ];
  let serial = 0;
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      serial++;
      const [n0, e0] = [6_600_000 + r * cell, 500_000 + c * cell];
      const ring = [
        [e0, n0],
        [e0 + cell, n0],
        [e0 + cell, n0 + cell],
        [e0, n0 + cell],
        [e0, n0],
      ]
        .map(([e, n]) => `${e} ${n}`)
        .join(' ');
      parts.push(
        `<gml:featureMember><app:KpArealformålOmråde gml:id="area-${serial}"><app:identifikasjon><app:Identifikasjon><app:lokalId>area-${serial}</app:lokalId><app:navnerom>bench</app:navnerom></app:Identifikasjon></app:identifikasjon>` +
          `<app:område><gml:Surface gml:id="s-${serial}" srsName="urn:ogc:def:crs:EPSG::25832"><gml:patches><gml:PolygonPatch><gml:exterior><gml:LinearRing><gml:posList>${ring}</gml:posList></gml:LinearRing></gml:exterior></gml:PolygonPatch></gml:patches></gml:Surface></app:område>` +
          `<app:arealformål>${1300 + (serial % 4) * 10}</app:arealformål><app:arealbruksstatus>${1 + (serial % 3)}</app:arealbruksstatus><app:områdenavn>Felt ${serial}</app:områdenavn></app:KpArealformålOmråde></gml:featureMember>\n`,
      );
    }
  }
  parts.push('</gml:FeatureCollection>\n');
  return parts.join('');
}

interface Measured {
  format: string;
  way: string;
  areas: number;
  mb: number;
  s: number;
  peakMb: number;
  bad: number;
}

/** Where the generated files are written once, for every measuring process to read. */
const benchFile = (format: 'sosi' | 'gml', side: number): string =>
  join(tmpdir(), `bench-sosi-${side}.${format === 'sosi' ? 'sos' : 'gml'}`);

/** One measurement in this process: the file's bytes read from disk (as the CLIs do), then read one way. */
function measureOne(format: 'sosi' | 'gml', way: 'whole' | 'chunks', side: number): Measured {
  const bytes = readFileSync(benchFile(format, side));
  const file = `bench.${format === 'sosi' ? 'sos' : 'gml'}`;
  const t0 = performance.now();
  let parsed: ParsedCollection;
  if (way === 'chunks') parsed = readFeatureFile(bytes, file, { want: 'areas' }, FULL_TOOLS);
  else {
    const decoded = decodeInput(bytes, file);
    parsed =
      format === 'sosi'
        ? readSosi(decoded.text, { file, want: 'areas', encoding: decoded.encoding })
        : readGml(decoded.text, { file, want: 'areas' });
  }
  const s = (performance.now() - t0) / 1000;
  return {
    format,
    way,
    areas: parsed.features.length,
    mb: bytes.length / 2 ** 20,
    s,
    peakMb: process.resourceUsage().maxRSS / 1024,
    bad: parsed.features.filter((f) => f.geometry === null).length,
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

const argv = process.argv.slice(2);
// The first numeric argument (npm run bench passes its own arguments, such as --no-browser, to the last script).
const wanted = Number(argv.find((a, i) => /^\d+$/.test(a) && argv[i - 1] !== '--rounds') ?? 100_000);
const side = Math.floor(Math.sqrt(wanted));
if (argv[0] === '--one') {
  const m = measureOne(argv[1] === 'gml' ? 'gml' : 'sosi', argv[2] === 'whole' ? 'whole' : 'chunks', side);
  console.log(JSON.stringify(m));
} else {
  const roundsAt = argv.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : 3;
  const self = fileURLToPath(import.meta.url);
  const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
  for (const format of ['sosi', 'gml'] as const)
    writeFileSync(benchFile(format, side), format === 'sosi' ? gridSosi(side) : gridGml(side));
  const load0 = loadavg()[0] as number;
  const results: Measured[] = [];
  for (let round = 0; round < rounds; round++)
    for (const format of ['sosi', 'gml'] as const)
      for (const way of round % 2 === 0 ? (['whole', 'chunks'] as const) : (['chunks', 'whole'] as const)) {
        const run = spawnSync(tsx, [self, '--one', format, way, String(side * side)], { encoding: 'utf8' });
        if (run.status !== 0) {
          process.stderr.write(run.stderr);
          process.exit(run.status ?? 1);
        }
        results.push(JSON.parse(run.stdout.trim().split('\n').pop() as string) as Measured);
      }
  let failed = false;
  for (const format of ['sosi', 'gml'])
    for (const way of ['whole', 'chunks']) {
      const rs = results.filter((r) => r.format === format && r.way === way);
      const first = rs[0] as Measured;
      const times = rs.map((r) => r.s.toFixed(2)).join(', ');
      const peaks = rs.map((r) => r.peakMb.toFixed(0)).join(', ');
      console.log(
        `${format.toUpperCase()} ${way.padEnd(6)} ${first.areas} areas (${side} × ${side}), ${first.mb.toFixed(0)} MB of bytes: ` +
          `median ${median(rs.map((r) => r.s)).toFixed(2)} s (${times}); peak RSS median ${median(rs.map((r) => r.peakMb)).toFixed(0)} MB (${peaks}); ` +
          `areas without geometry: ${Math.max(...rs.map((r) => r.bad))}`,
      );
      if (rs.some((r) => r.bad > 0 || r.areas !== side * side)) failed = true;
    }
  console.log(
    `load average at the start ${load0.toFixed(2)}, at the end ${(loadavg()[0] as number).toFixed(2)} (2 cores)`,
  );
  if (failed) process.exitCode = 1;
}
