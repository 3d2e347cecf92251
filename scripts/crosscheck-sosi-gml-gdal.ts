// Cross-check of the SOSI and GML readers against GDAL's own SOSI and GML drivers (ogr2ogr), run by hand.
//
// Needs GDAL with the SOSI driver (Debian gdal-bin has it: `ogrinfo --formats | grep -i sosi`). Not part of
// `npm test`. Run: `npx tsx scripts/crosscheck-sosi-gml-gdal.ts [cells] [seed]`.
//
// What it does: (1) the hand-made fixtures in tests/fixtures/plan; (2) a generated SOSI plan (a grid of cells
// whose sides are shared, jittered .KURVE objects, referenced forwards by one cell and reversed by its
// neighbour, some cells clockwise, some with holes), in KOORDSYS 22 and 23; (3) GML 3.2 in EPSG:4258
// (latitude, longitude) written by GDAL itself from GDAL's reading of (2). Each file is read by our loaders and
// by GDAL (ogr2ogr to EPSG:25832); areas are compared feature by feature (matched by centroid), and must agree
// within 0.01 %. Arcs: GDAL's SOSI driver interpolates a .BUEP coarsely, so the arc fixture is compared with the
// exact half-disc area instead (and GDAL's figure is shown). (4) Arcs given by radius (.BUE with ..RADIUS and
// ..STORBUE, .SIRKEL round a centre; tests/fixtures/plan/plan_arcs_radius.sos): GDAL's SOSI driver does not read
// them ("Unrecognized geometry of type 4"), so the same shapes, written by hand as WKT CURVEPOLYGONs (start, a point
// on the arc, end), are linearised by GDAL itself (OGR_ARC_STEPSIZE 0.05°) and compared with ours, and with the exact
// area.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSites } from '../src/data/loaders.ts';
import { multiPolygonAreaM2, multiPolygonCentroid } from '../src/domain/geometry.ts';
import type { MultiPolygonXY, XY } from '../src/domain/types.ts';
import { generateGridSosi } from './crosscheck/gridSosi.ts';
import { loadCrs } from '../src/domain/crs.ts';

// proj4 is fetched on first need (src/domain/crs.ts); this script projects, so it loads it first.
await loadCrs();

const root = resolve(import.meta.dirname, '..');
const cells = Number(process.argv[2] ?? 20);
const seed = Number(process.argv[3] ?? 14);
const work = mkdtempSync(join(tmpdir(), 'issue-14-crosscheck-'));
const LIMIT_PCT = 0.01;
/** Every business code kept, so that GDAL's features and ours are the same set. */
const keepAll = new Map(
  [1300, 1310, 1340, 1350, 5100, 1110].map((c) => [c, { label: String(c), abc: 'B' as const, why: 'cross-check' }]),
);

interface Area {
  a: number;
  c: XY;
  id: string;
}

function ours(path: string): Area[] {
  const r = loadSites(readFileSync(path), { file: path, arealformalTable: keepAll });
  return r.value.map((s) => ({ a: multiPolygonAreaM2(s.geometry), c: multiPolygonCentroid(s.geometry), id: s.id }));
}

/**
 * A copy for GDAL in the work folder: GDAL's SOSI library (fyba) writes index files, and its GML driver a .gfs file,
 * beside the file it reads, which must not land in the repository. It also cannot read UTF-8 element names such as
 * ..ORIGO-NØ, so a UTF-8 SOSI file
 * is handed to it as the same text in ISO8859-10 (the declaration changed to match); æ, ø and å have the same byte
 * there.
 */
function forGdal(path: string): string {
  const bytes = readFileSync(path);
  if (path.endsWith('.gml')) {
    // GDAL's GML driver writes a .gfs schema file beside the file it reads.
    const gml = join(work, `gdal-${copies++}.gml`);
    writeFileSync(gml, bytes);
    return gml;
  }
  if (!path.endsWith('.sos')) return path;
  const text = bytes.toString('utf8');
  const copy = join(work, `gdal-${copies++}.sos`);
  writeFileSync(
    copy,
    /\.\.TEGNSETT UTF-8/.test(text)
      ? Buffer.from(text.replace('..TEGNSETT UTF-8', '..TEGNSETT ISO8859-10'), 'latin1')
      : bytes,
  );
  return copy;
}
let copies = 0;

function gdal(given: string, layers: string[]): Area[] {
  const path = forGdal(given);
  const out: Area[] = [];
  for (const layer of layers) {
    const dest = join(work, `gdal-${out.length}-${Date.now()}.geojson`);
    execFileSync('ogr2ogr', ['-f', 'GeoJSON', '-t_srs', 'EPSG:25832', '-nlt', 'PROMOTE_TO_MULTI', dest, path, layer], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const fc = JSON.parse(readFileSync(dest, 'utf8')) as {
      features: {
        geometry: { type: string; coordinates: MultiPolygonXY } | null;
        properties: Record<string, unknown>;
      }[];
    };
    for (const f of fc.features) {
      if (f.geometry?.type !== 'MultiPolygon') continue;
      const g = f.geometry.coordinates;
      out.push({
        a: multiPolygonAreaM2(g),
        c: multiPolygonCentroid(g),
        id: String(f.properties.LOKALID ?? f.properties.gml_id ?? ''),
      });
    }
  }
  return out;
}

function layersOf(path: string): string[] {
  const text = execFileSync('ogrinfo', ['-ro', '-q', forGdal(path)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return [...text.matchAll(/^\d+: (\S+)/gm)]
    .map((m) => m[1] as string)
    .filter((l) => !['lines', 'points', 'text'].includes(l));
}

let worst = 0;
let failures = 0;
function compare(label: string, path: string, exact?: Map<string, number>): void {
  const a = ours(path);
  const b = gdal(path, layersOf(path));
  let max = 0;
  let matched = 0;
  for (const s of a) {
    const other = b.find((g) => Math.hypot(g.c[0] - s.c[0], g.c[1] - s.c[1]) < 1);
    const reference = exact?.get(s.id);
    if (reference !== undefined) {
      const pct = (Math.abs(s.a - reference) / reference) * 100;
      console.log(
        `  ${label} ${s.id}: ours ${s.a.toFixed(3)} m², exact ${reference.toFixed(3)} m² (${pct.toFixed(5)} %); GDAL ${other ? `${other.a.toFixed(3)} m² (${((Math.abs(other.a - reference) / reference) * 100).toFixed(3)} % from exact)` : 'no feature'}`,
      );
      if (pct > LIMIT_PCT) failures++;
      continue;
    }
    if (!other) {
      console.log(`  ${label} ${s.id}: no GDAL feature at the same centroid`);
      failures++;
      continue;
    }
    matched++;
    const pct = (Math.abs(s.a - other.a) / other.a) * 100;
    max = Math.max(max, pct);
  }
  worst = Math.max(worst, max);
  if (a.length !== b.length) console.log(`  ${label}: ours ${a.length} areas, GDAL ${b.length}`);
  if (max > LIMIT_PCT) failures++;
  console.log(
    `${label}: ${a.length} areas (${matched} matched with GDAL), max area difference ${max.toExponential(2)} %`,
  );
}

const fixtures = join(root, 'tests/fixtures/plan');
const RADIUS_ARCS = 'plan_arcs_radius.sos';
for (const f of readdirSync(fixtures)
  .filter((n) => /\.(sos|gml)$/.test(n) && n !== RADIUS_ARCS)
  .sort()) {
  compare(f, join(fixtures, f), new Map([['arc-4', (Math.PI * 100 * 100) / 2]]));
}
for (const koordsys of [22, 23] as const) {
  const sos = join(work, `grid_${koordsys}.sos`);
  writeFileSync(sos, generateGridSosi(cells, seed + koordsys, koordsys));
  compare(`generated grid ${cells}×${cells}, KOORDSYS ${koordsys}`, sos);
  const viaGdal = join(work, `grid_${koordsys}_gdal.geojson`);
  execFileSync('ogr2ogr', ['-f', 'GeoJSON', viaGdal, forGdal(sos), 'polygons'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const gml = join(work, `grid_${koordsys}_4258.gml`);
  execFileSync('ogr2ogr', ['-f', 'GML', '-dsco', 'FORMAT=GML3.2', '-t_srs', 'EPSG:4258', gml, viaGdal], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  compare(`GDAL-written GML 3.2, EPSG:4258 (from KOORDSYS ${koordsys})`, gml);
}

// (4) .BUE / .SIRKEL: the fixture's shapes by hand (see its header), as GDAL curve geometry.
const segment = 5000 * (2 * Math.asin(0.8) - 0.96);
const curves: { id: string; wkt: string; exact: number }[] = [
  {
    id: 'bue-1',
    exact: segment,
    wkt: 'CURVEPOLYGON(COMPOUNDCURVE((582000 6634000,582160 6634000),CIRCULARSTRING(582160 6634000,582080 6633960,582000 6634000)))',
  },
  {
    id: 'storbue-2',
    exact: Math.PI * 1e4 - segment,
    wkt: 'CURVEPOLYGON(COMPOUNDCURVE((582300 6634000,582460 6634000),CIRCULARSTRING(582460 6634000,582380 6633840,582300 6634000)))',
  },
  {
    id: 'sirkel-3',
    exact: Math.PI * 2500,
    wkt: 'CURVEPOLYGON(CIRCULARSTRING(582650 6634000,582550 6634000,582650 6634000))',
  },
  {
    id: 'hull-4',
    exact: 40000 - Math.PI * 2500,
    wkt: 'CURVEPOLYGON((582000 6633700,582200 6633700,582200 6633500,582000 6633500,582000 6633700),CIRCULARSTRING(582150 6633600,582050 6633600,582150 6633600))',
  },
];
const csv = join(work, 'radius_arcs.csv');
writeFileSync(csv, `id,WKT\n${curves.map((c) => `${c.id},"${c.wkt}"`).join('\n')}\n`);
const linear = join(work, 'radius_arcs.geojson');
execFileSync(
  'ogr2ogr',
  [
    '--config',
    'OGR_ARC_STEPSIZE',
    '0.05',
    '-f',
    'GeoJSON',
    '-nlt',
    'CONVERT_TO_LINEAR',
    '-a_srs',
    'EPSG:25832',
    linear,
    csv,
  ],
  { stdio: ['ignore', 'ignore', 'pipe'] },
);
const gdalCurves = (
  JSON.parse(readFileSync(linear, 'utf8')) as {
    features: { geometry: { type: string; coordinates: number[][][] }; properties: { id: string } }[];
  }
).features;
const ourArcs = new Map(ours(join(fixtures, RADIUS_ARCS)).map((a) => [a.id, a.a]));
let arcWorst = 0;
for (const c of curves) {
  const g = gdalCurves.find((f) => f.properties.id === c.id);
  const mine = ourArcs.get(c.id);
  if (!g || mine === undefined) {
    console.log(`  ${RADIUS_ARCS} ${c.id}: ${g ? 'not read by us' : 'GDAL gave no feature'}`);
    failures++;
    continue;
  }
  const theirs = multiPolygonAreaM2([g.geometry.coordinates as unknown as MultiPolygonXY[number]]);
  const pct = (Math.abs(mine - theirs) / theirs) * 100;
  arcWorst = Math.max(arcWorst, pct);
  console.log(
    `  ${RADIUS_ARCS} ${c.id}: ours ${mine.toFixed(3)} m², GDAL (curve, linearised) ${theirs.toFixed(3)} m², exact ${c.exact.toFixed(3)} m²; ours vs GDAL ${pct.toExponential(2)} %, ours vs exact ${((Math.abs(mine - c.exact) / c.exact) * 100).toExponential(2)} %`,
  );
  if (pct > LIMIT_PCT) failures++;
}
worst = Math.max(worst, arcWorst);
console.log(
  `${RADIUS_ARCS}: ${curves.length} areas (.BUE, .BUE ..STORBUE 1, .SIRKEL, .SIRKEL hole) against GDAL's curve geometry, max difference ${arcWorst.toExponential(2)} %`,
);

rmSync(work, { recursive: true, force: true });
console.log(
  `\nworst difference ${worst.toExponential(2)} % (limit ${LIMIT_PCT} %); ${failures === 0 ? 'all agree' : `${failures} FAILED`}`,
);
process.exitCode = failures === 0 ? 0 : 1;
