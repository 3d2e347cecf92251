// Cross-check of the road distance (src/domain/roadDistance.ts) against PostGIS ST_Distance in EPSG:25832.
//
// Needs PostgreSQL + PostGIS and GDAL, and a database the current user may create extensions in (default `gis`;
// PGDATABASE / PGHOST / PGPORT / PGUSER as for psql). Not part of `npm test`; run it by hand:
//   npx tsx scripts/crosscheck-roads-postgis.ts [roads] [sites] [seed]
//
// The "roads" are random test lines and junction points (seeded), NOT real roads: this checks the distance
// function, not any road data. The sites are the bundled sites plus random stars with holes. The road layer goes
// through the same reader as in the app (readRoadLayer), once in EPSG:25832 and once converted by GDAL to WGS84 (RFC
// 7946, no crs member), so reprojection is checked too; PostGIS measures on the EPSG:25832 originals.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSites } from '../src/data/loaders.ts';
import { readRoadLayer } from '../src/data/roadReader.ts';
import { roadDistances } from '../src/domain/roadDistance.ts';
import { seededRandom } from '../src/domain/seededRandom.ts';
import { crosscheckDb, ogrGeoJson, ogrToPostgis, psqlJson } from './crosscheck/gis.ts';
import { loadCrs } from '../src/domain/crs.ts';

// proj4 is fetched on first need (src/domain/crs.ts); this script projects, so it loads it first.
await loadCrs();

type Pt = [number, number];
const root = resolve(import.meta.dirname, '..');
const work = '/tmp/naeringsarealkart-crosscheck-roads';
const nRoads = Number(process.argv[2] ?? 400);
const nSites = Number(process.argv[3] ?? 300);
const seed = Number(process.argv[4] ?? 20261201);
const db = crosscheckDb();
const rand = seededRandom(seed);
const round2 = (v: number) => Math.round(v * 100) / 100;

function star(cx: number, cy: number, rMin: number, rMax: number, k: number, clockwise = false): Pt[] {
  const angles = Array.from({ length: k }, (_, i) => ((i + rand() * 0.8) / k) * Math.PI * 2);
  const ring: Pt[] = angles.map((a) => {
    const r = rMin + rand() * (rMax - rMin);
    return [round2(cx + r * Math.cos(a)), round2(cy + r * Math.sin(a))];
  });
  if (clockwise) ring.reverse();
  ring.push(ring[0] as Pt);
  return ring;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// Sites: the bundled ones and random stars (some with a hole) over Asker's extent.
const bundled = loadSites(readFileSync(join(root, 'geodata/sites.geojson'), 'utf8'), { file: 'sites.geojson' }).value;
const sites: { id: string; coords: Pt[][][] }[] = bundled.map((s) => ({
  id: s.id,
  coords: s.geometry.map((p) => p.map((r) => r.map((xy) => [xy[0], xy[1]] as Pt))),
}));
for (let i = 0; i < nSites; i++) {
  const cx = 570_000 + rand() * 25_000;
  const cy = 6_600_000 + rand() * 42_000;
  const outer = star(cx, cy, 80, 300, 6 + Math.floor(rand() * 10));
  sites.push({
    id: `X${String(i).padStart(4, '0')}`,
    coords: [rand() < 0.3 ? [outer, star(cx, cy, 20, 50, 5, true)] : [outer]],
  });
}

// Roads: random polylines (2–8 vertices, 200–1500 m steps) and junction points — test geometry only.
const roads: { id: string; kind: 'line' | 'point'; coords: Pt[] }[] = [];
for (let i = 0; i < nRoads; i++) {
  let p: Pt = [round2(568_000 + rand() * 29_000), round2(6_598_000 + rand() * 46_000)];
  if (rand() < 0.2) {
    roads.push({ id: `J${i}`, kind: 'point', coords: [p] });
    continue;
  }
  const pts: Pt[] = [p];
  for (let k = 0; k < 1 + Math.floor(rand() * 7); k++) {
    const a = rand() * 2 * Math.PI;
    const step = 200 + rand() * 1300;
    p = [round2(p[0] + step * Math.cos(a)), round2(p[1] + step * Math.sin(a))];
    pts.push(p);
  }
  roads.push({ id: `L${i}`, kind: 'line', coords: pts });
}
const crs25832 = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } };
const roadsFile = join(work, 'roads_25832.geojson');
writeFileSync(
  roadsFile,
  JSON.stringify({
    type: 'FeatureCollection',
    crs: crs25832,
    features: roads.map((r) => ({
      type: 'Feature',
      properties: { id: r.id, vegnummer: r.id },
      geometry:
        r.kind === 'point'
          ? { type: 'Point', coordinates: r.coords[0] }
          : { type: 'LineString', coordinates: r.coords },
    })),
  }),
);
const sitesFile = join(work, 'sites_25832.geojson');
writeFileSync(
  sitesFile,
  JSON.stringify({
    type: 'FeatureCollection',
    crs: crs25832,
    features: sites.map((s) => ({
      type: 'Feature',
      properties: { id: s.id },
      geometry: { type: 'MultiPolygon', coordinates: s.coords },
    })),
  }),
);
const roads4326 = join(work, 'roads_4326.geojson');
ogrGeoJson(roadsFile, roads4326, { srs: 'EPSG:4326', precision: 9, rfc7946: true });
for (const [file, table] of [
  [roadsFile, 'xr_roads'],
  [sitesFile, 'xr_sites'],
] as const) {
  ogrToPostgis(db, file, table);
}
const sql = `
select json_agg(json_build_object('id', n.id, 'd', n.d, 'road', n.road) order by n.id) from (
  select distinct on (s.id) s.id, ST_Distance(s.geom, r.geom) d, r.id road
  from xr_sites s cross join xr_roads r
  order by s.id, ST_Distance(s.geom, r.geom), r.ogc_fid
) n;`;
const t0 = performance.now();
const expected = psqlJson<{ id: string; d: number; road: string }[]>(db, sql);
const postgisMs = performance.now() - t0;
const byId = new Map(expected.map((e) => [e.id, e]));
const siteList = sites.map((s) => ({
  id: s.id,
  geometry: s.coords as unknown as Parameters<typeof roadDistances>[1][number]['geometry'],
}));

let failed = false;
for (const [label, file, tolerance] of [
  ['EPSG:25832', roadsFile, 1e-6],
  // Nine decimals of a degree are ~0.1 mm; the round trip through GDAL and proj4 adds well under a millimetre.
  ['WGS84 (via GDAL)', roads4326, 2e-3],
] as const) {
  const read = readRoadLayer(readFileSync(file, 'utf8'), file);
  const t1 = performance.now();
  const ours = roadDistances(read.layer, siteList);
  const oursMs = performance.now() - t1;
  let maxDiff = 0;
  let worst = '';
  let sameRoad = 0;
  let ties = 0;
  let zero = 0;
  for (const s of siteList) {
    const e = byId.get(s.id);
    const o = ours.get(s.id);
    if (!e || !o) {
      console.error(`${label}: ${s.id}: ${e ? 'no distance from the engine' : 'no distance from PostGIS'}`);
      failed = true;
      continue;
    }
    const diff = Math.abs(o.distanceM - e.d);
    if (diff > maxDiff) {
      maxDiff = diff;
      worst = `${s.id} (ours ${o.distanceM.toFixed(6)} m, PostGIS ${e.d.toFixed(6)} m)`;
    }
    if (e.d === 0) zero++;
    if (o.label === e.road) sameRoad++;
    else if (Math.abs(o.distanceM - e.d) <= tolerance) ties++;
  }
  const ok = maxDiff <= tolerance;
  failed ||= !ok;
  console.log(
    `${label}: ${siteList.length} sites × ${read.summary.lines} lines + ${read.summary.junctions} junctions: max |ours − ST_Distance| = ${maxDiff.toExponential(2)} m` +
      `${worst ? ` at ${worst}` : ''}; same nearest road ${sameRoad}/${siteList.length} (others at equal distance: ${ties}); ${zero} sites touched by a road;` +
      ` engine ${oursMs.toFixed(0)} ms, PostGIS (unindexed cross join) ${postgisMs.toFixed(0)} ms — ${ok ? 'OK' : 'FAILED'} (tolerance ${tolerance} m)`,
  );
}
process.exit(failed ? 1 : 0);
