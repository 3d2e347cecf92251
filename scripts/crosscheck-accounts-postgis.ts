// Cross-check of the land-accounts CLI against PostGIS on random plan versions the engine has never seen.
//
// Needs PostgreSQL + PostGIS and GDAL and a database with the postgis extension (default `gis`, override with
// PGDATABASE). Run by hand, not in `npm test`: `npx tsx scripts/crosscheck-accounts-postgis.ts [n] [seed]`.
//
// What it builds (seeded): two plan versions in KpArealformål form with n features each — star polygons with
// holes, multipolygons, features that overlap inside one version, 4 × 4 grids of square cells whose codes change
// between the versions (so edges are shared inside a version and between versions), features kept identical,
// features across the nord/syd line and outside every region — and an AR5 farmland layer with types 21/22/23/30.
// PostGIS answers every figure with ST_Union / ST_Difference / ST_Intersection; each CLI figure must be within
// 0.1 % or 0.01 daa of it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUSINESS_CODES } from '../src/data/arealformal.ts';
import { unionMultiPolygons } from '../src/domain/repair.ts';
import { ABC_TYPES, type MultiPolygonXY } from '../src/domain/types.ts';
import { seededRandom } from '../src/domain/seededRandom.ts';
import { crosscheckDb, ogrToPostgis, psqlJson, sh } from './crosscheck/gis.ts';
import { loadCrs } from '../src/domain/crs.ts';

// proj4 is fetched on first need (src/domain/crs.ts); this script projects, so it loads it first.
await loadCrs();

/**
 * The shared regions file holds Asker syd as a MultiPolygon whose parts (Røyken, Hurum) share an edge: not OGC-valid,
 * so the CLI refuses it. Both sides get the same valid region instead: the parts dissolved (as ST_MakeValid does).
 */
function regionsDissolved(text: string): string {
  const fc = JSON.parse(text) as {
    features: { properties: unknown; geometry: { type: string; coordinates: unknown } }[];
  };
  const features = fc.features.map((f) =>
    f.geometry.type === 'MultiPolygon'
      ? {
          ...f,
          geometry: {
            type: 'MultiPolygon',
            coordinates: unionMultiPolygons([f.geometry.coordinates as MultiPolygonXY]),
          },
        }
      : f,
  );
  return JSON.stringify({ ...fc, features });
}

type Pt = [number, number];
type Poly = Pt[][];
const root = resolve(import.meta.dirname, '..');
const work = '/tmp/naeringsarealkart-accounts-crosscheck';
const n = Number(process.argv[2] ?? 400);
const seed = Number(process.argv[3] ?? 20261201);
const db = crosscheckDb();

// Seeded, so a failing run can be repeated.
const rand = seededRandom(seed);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const r2 = (v: number): number => Math.round(v * 100) / 100;

function star(cx: number, cy: number, rMin: number, rMax: number, k: number, clockwise = false): Pt[] {
  // jittered but evenly spread angles keep every gap below π, so the ring stays simple
  const angles = Array.from({ length: k }, (_, i) => ((i + rand() * 0.8) / k) * Math.PI * 2);
  const ring: Pt[] = angles.map((a) => {
    const r = rMin + rand() * (rMax - rMin);
    return [r2(cx + r * Math.cos(a)), r2(cy + r * Math.sin(a))];
  });
  if (clockwise) ring.reverse();
  ring.push(ring[0] as Pt);
  return ring;
}
const square = (x: number, y: number, s: number): Poly => [
  [
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
    [x, y],
  ],
];

const BUSINESS = [1300, 1310, 1340, 1130, 1150, 1800];
const OTHER = [1110, 1110, 1110, 1120, 1160, 2010, 3040, 5100, 6001, 4001];
interface Feat {
  id: string;
  code: number;
  status: number;
  polys: Poly[];
}

function centre(): Pt {
  const k = rand();
  // A third near the old Asker/Røyken border (the nord/syd line), a few in the fjord east of every region.
  if (k < 0.35) return [577000 + rand() * 4000, 6627500 + rand() * 1500];
  if (k < 0.42) return [598000 + rand() * 3000, 6630000 + rand() * 3000];
  return [570000 + rand() * 25000, 6600000 + rand() * 42000];
}

const before: Feat[] = [];
const after: Feat[] = [];
let id = 0;
const next = (): string => `F${String(++id).padStart(5, '0')}`;
while (before.length < n) {
  const kind = Math.floor(rand() * 5);
  const [cx, cy] = centre();
  if (kind === 0) {
    // A grid: cells share edges inside each version, and identical cells between the versions.
    const s = r2(30 + rand() * 50);
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) {
        const cell = square(r2(cx + i * s), r2(cy + j * s), s);
        if (rand() < 0.7)
          before.push({
            id: next(),
            code: rand() < 0.6 ? pick(BUSINESS) : pick(OTHER),
            status: pick([1, 2, 3]),
            polys: [cell],
          });
        if (rand() < 0.8)
          after.push({
            id: next(),
            code: rand() < 0.5 ? pick(BUSINESS) : pick(OTHER),
            status: pick([1, 2, 3]),
            polys: [cell],
          });
      }
    continue;
  }
  const r = 60 + rand() * 300;
  const outer = star(cx, cy, r * 0.55, r, 6 + Math.floor(rand() * 10));
  let polys: Poly[] = [[outer]];
  if (kind === 1) polys = [[outer, star(cx, cy, r * 0.1, r * 0.3, 5, true)]];
  if (kind === 2) polys = [[outer], [star(cx + 3 * r, cy + r, r * 0.3, r * 0.6, 7)]];
  const f: Feat = { id: next(), code: pick(BUSINESS), status: pick([1, 2, 2, 3]), polys };
  before.push(f);
  // An overlapping business feature in the same version (counted once after the union).
  if (rand() < 0.3)
    before.push({
      id: next(),
      code: pick(BUSINESS),
      status: pick([1, 2]),
      polys: [[star(cx + r * 0.5, cy, r * 0.3, r * 0.7, 8)]],
    });
  const fate = rand();
  if (fate < 0.3)
    after.push({ ...f, id: next(), status: f.status === 2 && rand() < 0.6 ? 1 : f.status }); // kept (maybe realised)
  else if (fate < 0.55)
    after.push({ ...f, id: next(), code: pick(OTHER) }); // same outline, now another use
  else if (fate < 0.7)
    after.push({ id: next(), code: pick(OTHER), status: 2, polys: [[star(cx, cy, r * 0.3, r * 0.9, 9)]] }); // partly another use
  else if (fate < 0.85)
    after.push({
      id: next(),
      code: pick(BUSINESS),
      status: pick([1, 2]),
      polys: [[star(cx + r * 0.4, cy - r * 0.2, r * 0.5, r, 10)]],
    }); // moved
  // else: dropped, not in the later plan
  if (rand() < 0.25)
    after.push({ id: next(), code: pick(BUSINESS), status: 2, polys: [[star(...centre(), 80, 250, 9)]] }); // new business land
  if (rand() < 0.15) after.push({ id: next(), code: 5100, status: 1, polys: [[star(cx, cy, r * 1.2, r * 1.6, 12)]] }); // a big LNFR area over it
}

const farm: { id: string; artype: number; polys: Poly[] }[] = [];
for (let i = 0; i < n / 2; i++) {
  const [cx, cy] = centre();
  farm.push({ id: `AR5-${i}`, artype: pick([21, 22, 23, 30, 50]), polys: [[star(cx, cy, 50, 400, 8)]] });
}

const sharedDir = resolve(root, '../shared/geodata-sources/asker-nord-syd');
const regionsFile = join(sharedDir, 'regions_nord_syd_25832.geojson');
if (!existsSync(regionsFile)) {
  console.error(`error: ${regionsFile} not found (the cross-check uses the shared real regions)`);
  process.exit(2);
}
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } };
const geom = (polys: Poly[]) =>
  polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
const write = (name: string, features: unknown[]) =>
  writeFileSync(join(work, `${name}.geojson`), JSON.stringify({ type: 'FeatureCollection', crs, features }));
const plan = (fs: Feat[]) =>
  fs.map((f) => ({
    type: 'Feature',
    properties: { id: f.id, arealformal: f.code, arealbruksstatus: f.status },
    geometry: geom(f.polys),
  }));
write('before', plan(before));
write('after', plan(after));
write(
  'farmland',
  farm.map((f) => ({ type: 'Feature', properties: { id: f.id, arealtype: f.artype }, geometry: geom(f.polys) })),
);
writeFileSync(join(work, 'regions.geojson'), regionsDissolved(readFileSync(regionsFile, 'utf8')));

for (const layer of ['before', 'after', 'farmland', 'regions']) {
  ogrToPostgis(db, join(work, `${layer}.geojson`), `xa_${layer}`, 'MULTIPOLYGON');
}

const biz = [...BUSINESS_CODES.keys()].join(',');
const cat = (t: string) =>
  `case when arealformal in (${biz}) then 'business' when arealformal = 1110 then 'housing'
  when arealformal between 1000 and 1999 then 'builtOther' when arealformal between 2000 and 2999 then 'transport'
  when arealformal between 3000 and 3999 then 'green' when arealformal between 4000 and 4999 then 'defence'
  when arealformal between 5000 and 5999 then 'lnfr' when arealformal between 6000 and 6999 then 'sea' end`.replaceAll(
    'arealformal',
    `${t}.arealformal`,
  );
// ABC type of each business code by the table's default (the generated files carry no abc of their own).
const ABCS = ABC_TYPES;
const codesOf = (k: string) =>
  [...BUSINESS_CODES]
    .filter(([, r]) => r.abc === k)
    .map(([c]) => c)
    .join(',') || '-1';
const ORDER = ['housing', 'builtOther', 'transport', 'green', 'defence', 'lnfr', 'sea'];
// GEOS throws TopologyException ("non-noded intersection") on some of these unions at full precision; snapping the
// overlay to a 1 mm grid (OverlayNG gridSize) avoids it and moves no area the 3-decimal daa figures can show.
// Each result keeps only its polygons (an intersection along a shared edge also yields lines).
const G = 0.001;
const EMPTY = "'SRID=25832;POLYGON EMPTY'::geometry";
const poly = (g: string) => `ST_CollectionExtract(${g}, 3)`;
const I = (a: string, b: string) => poly(`ST_Intersection(${a}, ${b}, ${G})`);
const D = (a: string, b: string) => poly(`ST_Difference(${a}, ${b}, ${G})`);
const U = (parts: string[]) =>
  parts.length === 0 ? EMPTY : poly(`ST_UnaryUnion(ST_Collect(ARRAY[${parts.join(', ')}]), ${G})`);
const u = (sql: string) => `(select coalesce(${poly(`ST_Union(geom, ${G})`)}, ${EMPTY}) from (${sql}) q)`;
const sql = `
with b as (select *, ${cat('xa_before')} c from xa_before), a as (select *, ${cat('xa_after')} c from xa_after),
g as (select
  ${u("select geom from b where c = 'business'")} bb,
  ${u("select geom from a where c = 'business'")} ab,
  ${u("select geom from b where c = 'business' and arealbruksstatus = 2")} bf,
  ${u("select geom from a where c = 'business' and arealbruksstatus in (1, 3)")} ae,
  ${u('select geom from xa_farmland where arealtype in (21, 22, 23)')} farm,
  ${ORDER.map((c) => `${u(`select geom from a where c = '${c}'`)} "${c}"`).join(',\n  ')},
  ${ABCS.flatMap((k) => [`${u(`select geom from a where c = 'business' and arealformal in (${codesOf(k)})`)} "a_${k}"`, `${u(`select geom from b where c = 'business' and arealformal in (${codesOf(k)})`)} "b_${k}"`]).join(',\n  ')}),
p as (select bb, ab, ${D('ab', 'bb')} added, ${D('bb', 'ab')} removed, ${I('bf', 'ae')} realised, farm, ${ORDER.map((c) => `"${c}"`).join(', ')},
  ${ABCS.flatMap((k) => [`"a_${k}"`, `"b_${k}"`]).join(', ')} from g),
q as (select *, ${I('added', 'farm')} farmland,
  ${ORDER.map((c, i) => `${D(I('removed', `"${c}"`), U(ORDER.slice(0, i).map((o) => `"${o}"`)))} "to_${c}"`).join(',\n  ')},
  ${D('removed', U(ORDER.map((o) => `"${o}"`)))} "to_notInPlan",
  ${ABCS.flatMap((k, i) => [
    `${D(I('added', `"a_${k}"`), U(ABCS.slice(0, i).map((o) => `"a_${o}"`)))} "added_${k}"`,
    `${D(I('removed', `"b_${k}"`), U(ABCS.slice(0, i).map((o) => `"b_${o}"`)))} "removed_${k}"`,
  ]).join(',\n  ')} from p),
r as (select name, ${poly('ST_MakeValid(geom)')} geom from xa_regions union all select 'total', null)
select json_agg(json_build_object('region', r.name${[
  'bb',
  'ab',
  'added',
  'removed',
  'realised',
  'farmland',
  ...ORDER.map((c) => `to_${c}`),
  'to_notInPlan',
  ...ABCS.flatMap((k) => [`added_${k}`, `removed_${k}`]),
]
  .map((k) => `, '${k}', ST_Area(case when r.geom is null then q."${k}" else ${I(`q."${k}"`, 'r.geom')} end) / 1000`)
  .join('')}))
from q cross join r;`;
type Row = Record<string, number> & { region: string };
const expected = psqlJson<Row[]>(db, sql);

const t0 = performance.now();
const out = JSON.parse(
  sh('npx', [
    'tsx',
    join(root, 'scripts/accounts.ts'),
    '--format',
    'json',
    '--before',
    join(work, 'before.geojson'),
    '--after',
    join(work, 'after.geojson'),
    '--regions',
    join(work, 'regions.geojson'),
    '--farmland',
    join(work, 'farmland.geojson'),
  ]),
);
const ms = performance.now() - t0;
type Out = { removed_by_daa: Record<string, number> } & Record<string, number>;
const pairs: [string, (x: Out) => number][] = [
  ['bb', (x) => x['before_daa'] as number],
  ['ab', (x) => x['after_daa'] as number],
  ['added', (x) => x['added_daa'] as number],
  ['removed', (x) => x['removed_daa'] as number],
  ['realised', (x) => x['realised_daa'] as number],
  ['farmland', (x) => x['farmland_added_daa'] as number],
  ...[...ORDER, 'notInPlan'].map((c): [string, (x: Out) => number] => [
    `to_${c}`,
    (x) => x.removed_by_daa[c] as number,
  ]),
];
type Cap = { region: string; by_abc: { abc: string; added_daa: number; removed_daa: number }[] };
const capOf = (region: string, abc: string) =>
  (out.capacity_change as Cap[]).find((c) => c.region === region)?.by_abc.find((b) => b.abc === abc);
let failed = false;
let worstRel = 0;
let worstAbs = 0;
let compared = 0;
for (const e of expected) {
  const got = e.region === 'total' ? out.total : out.regions.find((x: { region: string }) => x.region === e.region);
  const bad: string[] = [];
  const abcPairs: [string, number][] = ABCS.flatMap(
    (k) =>
      [
        [`added_${k}`, capOf(e.region, k)?.added_daa ?? NaN],
        [`removed_${k}`, capOf(e.region, k)?.removed_daa ?? NaN],
      ] as [string, number][],
  );
  for (const [k, have] of [...pairs.map(([k, get]) => [k, get(got)] as [string, number]), ...abcPairs]) {
    const want = e[k] as number;
    compared++;
    const abs = Math.abs(have - want);
    const rel = want > 0 ? abs / want : 0;
    if (abs > 0.0005) worstRel = Math.max(worstRel, rel);
    worstAbs = Math.max(worstAbs, abs);
    if (abs > 0.01 && rel > 0.001) bad.push(`${k} ${have} vs PostGIS ${want.toFixed(3)}`);
  }
  failed ||= bad.length > 0;
  console.log(
    `${e.region.padEnd(11)} before ${e['bb']!.toFixed(3)} after ${e['ab']!.toFixed(3)} added ${e['added']!.toFixed(3)} removed ${e['removed']!.toFixed(3)} ` +
      `housing ${e['to_housing']!.toFixed(3)} realised ${e['realised']!.toFixed(3)} farmland ${e['farmland']!.toFixed(3)}  ${bad.length === 0 ? 'OK' : `FAIL: ${bad.join('; ')}`}`,
  );
}
console.log(
  `${compared} figures compared (incl. added/removed land by ABC type); features before ${before.length}, after ${after.length}, farmland ${farm.length}; max |Δ| ${worstAbs.toFixed(4)} daa, max relative Δ (beyond rounding) ${(worstRel * 100).toFixed(5)} %; CLI ${Math.round(ms)} ms`,
);
process.exit(failed ? 1 : 0);
