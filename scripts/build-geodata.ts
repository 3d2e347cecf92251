// Builds geodata/{regions,hubs,sites}.geojson from shared public sources and the typed tables in scripts/geodata/.
// Usage: npm run build:geodata [-- --check]   (--check: build and validate, then compare with the committed files)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringifyCollection, type OutputCollection } from './geodata/featureCollection.ts';
import { buildHubs } from './geodata/hubs.ts';
import type { MultiPolygon } from './geodata/planarGeometry.ts';
import { lonLatTo25832 } from './geodata/projection.ts';
import { buildRegions, REGION_SOURCE_PATH } from './geodata/regions.ts';
import { siteTable, sumTable } from './geodata/report.ts';
import { buildSites } from './geodata/sites.ts';
import { validateData } from './geodata/validate.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_DIR = resolve(repoRoot, '../shared/geodata-sources');
const LAND_SOURCE_PATH =
  '../shared/geodata-sources/robhop-fylker-og-kommuner/asker_3203_kommuner2024_M_epsg4326.geojson';

function fail(message: string): never {
  console.error(`build-geodata: ${message}`);
  process.exit(1);
}

function readShared(relative: string): string {
  const path = resolve(repoRoot, relative);
  if (!existsSync(path)) fail(`source file not found: ${path}`);
  return readFileSync(path, 'utf8');
}

/** Asker 2024 outline (coastline-clipped), used only to check that sites are on land. */
function loadLand(text: string): MultiPolygon {
  const fc = JSON.parse(text) as {
    features: Array<{ geometry: { type: string; coordinates: number[][][][] | number[][][] } }>;
  };
  const g = fc.features[0]?.geometry;
  if (!g) fail(`no feature in ${LAND_SOURCE_PATH}`);
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
  return polygons.map((p) => p.map((r) => r.map((c) => lonLatTo25832(c[0] as number, c[1] as number))));
}

function main(): void {
  const check = process.argv.includes('--check');
  if (!existsSync(SHARED_DIR)) {
    fail(
      `the shared source folder was not found at ${SHARED_DIR}. ` +
        'It holds the public boundary data this script reads. The built files in geodata/ are committed, so you only need it to rebuild them.',
    );
  }
  const regions = buildRegions(readShared(REGION_SOURCE_PATH));
  const hubs = buildHubs();
  const sites = buildSites();
  const { problems, metrics } = validateData({ regions, hubs, sites, land: loadLand(readShared(LAND_SOURCE_PATH)) });

  console.log(siteTable(metrics));
  console.log('');
  console.log(sumTable(metrics));
  if (problems.length > 0) fail(`validation failed:\n  ${problems.join('\n  ')}`);

  const outputs: Array<[string, OutputCollection]> = [
    ['geodata/regions.geojson', regions],
    ['geodata/hubs.geojson', hubs],
    ['geodata/sites.geojson', sites],
  ];
  let stale = 0;
  for (const [relative, fc] of outputs) {
    const path = resolve(repoRoot, relative);
    const text = stringifyCollection(fc);
    if (check) {
      const same = existsSync(path) && readFileSync(path, 'utf8') === text;
      if (!same) stale++;
      console.log(`${same ? 'up to date' : 'DIFFERS   '} ${relative}`);
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${relative} (${fc.features.length} features, ${text.length} bytes)`);
    }
  }
  if (stale > 0) fail(`${stale} file(s) differ from a fresh build; run npm run build:geodata`);
}

main();
