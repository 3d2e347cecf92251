// Hand-run: builds geodata/norway-outline.json, the "in Norway" test area, from Natural Earth 1:110m country
// outlines with PostGIS (geodata/README.md gives the source, licence and method). Needs psql and PostGIS.
//   npx tsx scripts/build-norway-outline.ts DIR   # DIR holds NOR.geo.json, SWE.geo.json, FIN.geo.json, DNK.geo.json
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('give the folder with NOR.geo.json, SWE.geo.json, FIN.geo.json and DNK.geo.json');
const db = process.env.PGDATABASE ?? 'gis';
/** The 1:110m coast misses outer islands by up to 88 km (Røst); plus 12 nautical miles of territorial sea. */
const SEAWARD_M = 110_000;
/** Neighbours' land is left out, shrunk by this much so towns near the coarse land border (Halden) stay in. */
const BORDER_SLACK_M = 25_000;
const SIMPLIFY_M = 1_000;

const geometry = (code: string): string => {
  const fc = JSON.parse(readFileSync(join(dir, `${code}.geo.json`), 'utf8')) as { features: { geometry: unknown }[] };
  return JSON.stringify(fc.features[0]?.geometry).replaceAll("'", "''");
};
const g = (code: string): string => `ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON('${geometry(code)}'), 4326), 25833)`;

const sql = `
WITH nor AS (SELECT ST_Buffer(${g('NOR')}, ${SEAWARD_M}, 16) AS g),
     neighbours AS (SELECT ST_Buffer(ST_Union(ARRAY[${g('SWE')}, ${g('FIN')}, ${g('DNK')}]), -${BORDER_SLACK_M}) AS g),
     area AS (SELECT ST_Multi(ST_SimplifyPreserveTopology(ST_Difference(nor.g, neighbours.g), ${SIMPLIFY_M})) AS g FROM nor, neighbours)
SELECT ST_IsValid(g)::text || E'\\t' || ST_AsGeoJSON(ST_Transform(g, 25832), 0) FROM area;`;
const out = execFileSync('psql', ['-X', '-q', '-t', '-A', '-v', 'ON_ERROR_STOP=1', '-d', db], {
  input: sql,
  encoding: 'utf8',
  maxBuffer: 1 << 26,
}).trim();
const [valid, json] = out.split('\t');
if (valid !== 'true' || !json) throw new Error(`PostGIS did not give a valid outline: ${out.slice(0, 200)}`);
const file = {
  type: 'FeatureCollection',
  name: 'norway-outline',
  crs: { type: 'name', properties: { name: 'EPSG:25832' } },
  features: [
    {
      type: 'Feature',
      properties: {
        name: 'Norge (land og sjø, forenklet)',
        source:
          'Natural Earth 1:110m Admin 0 Countries (public domain), via johan/world.geo.json; built by scripts/build-norway-outline.ts',
        method: `Norway buffered ${SEAWARD_M / 1000} km, minus Sweden, Finland and Denmark shrunk by ${BORDER_SLACK_M / 1000} km, simplified to ${SIMPLIFY_M} m (EPSG:25833), written in EPSG:25832`,
      },
      geometry: JSON.parse(json) as unknown,
    },
  ],
};
const target = resolve(import.meta.dirname, '../geodata/norway-outline.json');
writeFileSync(target, `${JSON.stringify(file)}\n`);
console.log(`wrote ${target} (${(JSON.stringify(file).length / 1024).toFixed(0)} KB)`);
