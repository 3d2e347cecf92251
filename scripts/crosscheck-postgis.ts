// Cross-check of the report CLI against PostGIS and GDAL on random data the engine has never seen.
//
// Needs PostgreSQL + PostGIS and GDAL (Debian: postgresql postgresql-15-postgis-3 gdal-bin) and a database the
// current user may create extensions in (default `gis`, override with PGDATABASE). Not part of `npm test`
// because CI machines do not run a database; run it by hand: `npx tsx scripts/crosscheck-postgis.ts [n] [seed]`.
//
// What it does: builds n random sites (stars, holes, multipolygons, sites across the nord/syd line, sites
// holding hubs) in EPSG:25832, converts them with GDAL (not proj4, so the check is independent) to EPSG:25833
// (with a crs member) and WGS84 (RFC 7946, no crs member), asks PostGIS for the planar EPSG:25832 area, the
// nearest hub, the polygon and centroid distances and the region of largest overlap, and compares each CLI run
// with those answers.
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seededRandom } from '../src/domain/seededRandom.ts';
import { crosscheckDb, ogrGeoJson, ogrToPostgis, psqlJson, sh } from './crosscheck/gis.ts';
import { loadCrs } from '../src/domain/crs.ts';

// proj4 is fetched on first need (src/domain/crs.ts); this script projects, so it loads it first.
await loadCrs();

/**
 * The shared regions file holds Asker syd as a MultiPolygon whose parts (Røyken, Hurum) share an edge: not OGC-valid,
 * so the engine refuses it as one feature. Each part is written as its own feature with the region's name instead;
 * the loader dissolves features of one name into one valid region, as PostGIS ST_MakeValid does on the other side.
 */
function regionsAsParts(text: string): string {
  const fc = JSON.parse(text) as {
    features: { properties: unknown; geometry: { type: string; coordinates: unknown[] } }[];
  };
  const features = fc.features.flatMap((f) =>
    f.geometry.type === 'MultiPolygon'
      ? f.geometry.coordinates.map((coordinates) => ({ ...f, geometry: { type: 'Polygon', coordinates } }))
      : [f],
  );
  return JSON.stringify({ ...fc, features });
}

type Pt = [number, number];
const root = resolve(import.meta.dirname, '..');
const work = '/tmp/naeringsarealkart-crosscheck';
const n = Number(process.argv[2] ?? 300);
const seed = Number(process.argv[3] ?? 20261127);
const db = crosscheckDb();

// Seeded, so a failing run can be repeated.
const rand = seededRandom(seed);

function star(cx: number, cy: number, rMin: number, rMax: number, k: number, clockwise = false): Pt[] {
  // jittered but evenly spread angles keep every gap below π, so the ring stays simple
  const angles = Array.from({ length: k }, (_, i) => ((i + rand() * 0.8) / k) * Math.PI * 2);
  const ring: Pt[] = angles.map((a) => {
    const r = rMin + rand() * (rMax - rMin);
    return [Math.round((cx + r * Math.cos(a)) * 100) / 100, Math.round((cy + r * Math.sin(a)) * 100) / 100];
  });
  if (clockwise) ring.reverse();
  ring.push(ring[0]!);
  return ring;
}

const sharedDir = resolve(root, '../shared/geodata-sources/asker-nord-syd');
const regionsFile = join(sharedDir, 'regions_nord_syd_25832.geojson');
const sharedHubsFile = join(sharedDir, 'hubs_25832.geojson');
if (!existsSync(regionsFile)) {
  console.error(`error: ${regionsFile} not found (the cross-check reads the shared real regions and hubs)`);
  process.exit(2);
}
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// Hubs: the 13 real hub points plus random ones, so ties and dense areas occur.
const sharedHubs = JSON.parse(readFileSync(sharedHubsFile, 'utf8'));
const hubs: { id: string; name: string; type: string; xy: Pt }[] = sharedHubs.features.map(
  (f: { properties: { id: string; name: string; type: string }; geometry: { coordinates: Pt } }) => ({
    id: f.properties.id,
    name: f.properties.name,
    type: f.properties.type,
    xy: f.geometry.coordinates,
  }),
);
const types = ['tog', 'buss', 'båt'];
for (let i = 0; i < 60; i++) {
  hubs.push({
    id: `R${String(i).padStart(3, '0')}`,
    name: `Tilfeldig ${i}`,
    type: types[i % 3]!,
    xy: [Math.round((570000 + rand() * 25000) * 100) / 100, Math.round((6600000 + rand() * 42000) * 100) / 100],
  });
}

const sites: { id: string; coords: Pt[][][] }[] = [];
for (let i = 0; i < n; i++) {
  const kind = i % 6;
  let cx = 570000 + rand() * 25000;
  let cy = 6600000 + rand() * 42000;
  if (kind === 4) {
    const h = hubs[Math.floor(rand() * hubs.length)]!;
    cx = h.xy[0] + (rand() - 0.5) * 40;
    cy = h.xy[1] + (rand() - 0.5) * 40;
  }
  if (kind === 5) {
    cx = 577000 + rand() * 4000;
    cy = 6627500 + rand() * 1500;
  } // near the old Asker/Røyken border
  const r = 60 + rand() * 400;
  const outer = star(cx, cy, r * 0.55, r, 6 + Math.floor(rand() * 10));
  let coords: Pt[][][] = [[outer]];
  if (kind === 1) coords = [[outer, star(cx, cy, r * 0.1, r * 0.3, 5, true)]];
  if (kind === 2) coords = [[outer], [star(cx + 3 * r, cy + r, r * 0.3, r * 0.6, 7)]];
  sites.push({ id: `X${String(i).padStart(4, '0')}`, coords });
}

const crsMember = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } };
writeFileSync(
  join(work, 'sites_25832.geojson'),
  JSON.stringify({
    type: 'FeatureCollection',
    crs: crsMember,
    features: sites.map((s) => ({
      type: 'Feature',
      properties: { id: s.id, name: `Område ${s.id}`, status: 'fremtidig', abc: 'B' },
      geometry:
        s.coords.length === 1
          ? { type: 'Polygon', coordinates: s.coords[0] }
          : { type: 'MultiPolygon', coordinates: s.coords },
    })),
  }),
);
writeFileSync(
  join(work, 'hubs_25832.geojson'),
  JSON.stringify({
    type: 'FeatureCollection',
    crs: crsMember,
    features: hubs.map((h) => ({
      type: 'Feature',
      properties: { id: h.id, name: h.name, type: h.type },
      geometry: { type: 'Point', coordinates: h.xy },
    })),
  }),
);
writeFileSync(join(work, 'regions_25832.geojson'), regionsAsParts(readFileSync(regionsFile, 'utf8')));

// Convert with GDAL: 25833 keeps a crs member; WGS84 as RFC 7946 (no crs member, lon/lat order).
for (const layer of ['sites', 'hubs', 'regions']) {
  const src = join(work, `${layer}_25832.geojson`);
  ogrGeoJson(src, join(work, `${layer}_25833.geojson`), { srs: 'EPSG:25833', precision: 3 });
  ogrGeoJson(src, join(work, `${layer}_4326.geojson`), { srs: 'EPSG:4326', precision: 9, rfc7946: true });
  ogrToPostgis(db, src, `xc_${layer}`);
}

const sql = `
with s as (select id, geom, ST_Centroid(geom) c from xc_sites),
nearest as (
  select distinct on (s.id) s.id, h.id hub_id, ST_Distance(s.geom, h.geom) d, ST_Distance(s.c, h.geom) dc
  from s cross join xc_hubs h
  order by s.id, ST_Distance(s.geom, h.geom), ST_Distance(s.c, h.geom), h.id collate "C"
),
r as (select name, ST_MakeValid(geom) geom from xc_regions),
reg as (
  select distinct on (s.id) s.id, r.name, ST_Area(ST_Intersection(s.geom, r.geom)) a
  from s join r on ST_Intersects(s.geom, r.geom)
  order by s.id, ST_Area(ST_Intersection(s.geom, r.geom)) desc
)
select json_agg(json_build_object('id', s.id, 'area', ST_Area(s.geom), 'hub', n.hub_id, 'd', n.d, 'dc', n.dc, 'region', reg.name) order by s.id)
from s join nearest n on n.id = s.id left join reg on reg.id = s.id;`;
const expected = psqlJson<{ id: string; area: number; hub: string; d: number; dc: number; region: string | null }[]>(
  db,
  sql,
);
const byId = new Map(expected.map((e) => [e.id, e]));

let failed = false;
for (const crs of ['25832', '25833', '4326']) {
  const args = [
    'tsx',
    join(root, 'scripts/report.ts'),
    '--format',
    'json',
    '--sites',
    join(work, `sites_${crs}.geojson`),
    '--hubs',
    join(work, `hubs_${crs}.geojson`),
    '--regions',
    join(work, `regions_${crs}.geojson`),
  ];
  const out = JSON.parse(sh('npx', args));
  let maxAreaRel = 0,
    maxD = 0,
    maxDc = 0,
    hubMiss = 0,
    regionMiss = 0;
  const misses: string[] = [];
  for (const site of out.sites) {
    const e = byId.get(site.id)!;
    maxAreaRel = Math.max(maxAreaRel, Math.abs(site.area_m2 - e.area) / e.area);
    if (site.hub_id !== e.hub) {
      hubMiss++;
      misses.push(`${site.id}: hub ${site.hub_id} vs PostGIS ${e.hub} (d ${site.hub_distance_m} vs ${e.d.toFixed(2)})`);
    } else {
      maxD = Math.max(maxD, Math.abs(site.hub_distance_m - e.d));
      maxDc = Math.max(maxDc, Math.abs(site.hub_centroid_distance_m - e.dc));
    }
    if ((site.region ?? null) !== (e.region ?? null)) {
      regionMiss++;
      misses.push(`${site.id}: region ${site.region} vs PostGIS ${e.region}`);
    }
  }
  const ok =
    out.sites.length === expected.length &&
    maxAreaRel <= 0.001 &&
    hubMiss === 0 &&
    regionMiss === 0 &&
    maxD <= 0.5 &&
    maxDc <= 0.5;
  failed ||= !ok;
  console.log(
    `EPSG:${crs.padEnd(5)} sites ${out.sites.length}/${expected.length}  max area diff ${(maxAreaRel * 100).toFixed(5)} %  ` +
      `hub mismatches ${hubMiss}  max |Δd| ${maxD.toFixed(3)} m  max |Δd centroid| ${maxDc.toFixed(3)} m  region mismatches ${regionMiss}  ${ok ? 'OK' : 'FAIL'}`,
  );
  for (const m of misses.slice(0, 10)) console.log(`  ${m}`);
}
process.exit(failed ? 1 : 0);
