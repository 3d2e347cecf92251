// Writes the first page load's build-time tables (scripts/firstMapTables.ts says what they are):
// `npx tsx scripts/build-first-map-tables.ts` after a change to the bundled geodata, the map's data or the CRS code;
// tests/unit/domain/firstMapTables.test.ts fails until it is run.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadHubs, loadRegions, loadSites } from '../src/data/layerLoaders.ts';
import { GEOJSON_TOOLS } from '../src/data/loadTools.ts';
import { loadCrs } from '../src/domain/crs.ts';
import { analyseLayers } from '../src/domain/dataset.ts';
import { firstMapTableFiles } from './firstMapTables.ts';

const root = resolve(import.meta.dirname, '..');
await loadCrs();
const text = (name: string): string => readFileSync(join(root, 'geodata', `${name}.geojson`), 'utf8');
// As src/app/defaultData.ts builds the bundled dataset.
const sites = loadSites(text('sites'), { file: 'geodata/sites.geojson' }, GEOJSON_TOOLS);
const hubs = loadHubs(text('hubs'), { file: 'geodata/hubs.geojson' }, GEOJSON_TOOLS);
const regions = loadRegions(text('regions'), { file: 'geodata/regions.geojson' }, GEOJSON_TOOLS);
const dataset = analyseLayers(
  { sites: sites.value, hubs: hubs.value, regions: regions.value },
  { warnings: [...sites.warnings, ...hubs.warnings, ...regions.warnings], origin: 'bundled' },
);
const files = await firstMapTableFiles(dataset);
for (const [path, body] of Object.entries(files)) writeFileSync(join(root, path), body);
execFileSync(join(root, 'node_modules/.bin/prettier'), ['--write', ...Object.keys(files)], { cwd: root });
