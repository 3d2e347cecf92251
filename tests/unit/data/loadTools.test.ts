// The start-up loaders (GeoJSON tools only) read the bundled data exactly as the full loaders do, and a file that
// needs a tool they lack fails loudly instead of reading differently.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_TOOLS } from '../../../src/data/fullLoadTools.ts';
import * as layers from '../../../src/data/layerLoaders.ts';
import { loadHubs, loadRegions, loadSites } from '../../../src/data/loaders.ts';
import { GEOJSON_TOOLS } from '../../../src/data/loadTools.ts';

const text = (name: string): string => readFileSync(resolve(import.meta.dirname, '../../../geodata', name), 'utf8');

describe('bundled data with GeoJSON tools only', () => {
  it('gives the same values, warnings and CRS as the full loaders', () => {
    const opts = (name: string) => ({ file: `geodata/${name}` });
    const pairs = [
      [
        layers.loadSites(text('sites.geojson'), opts('sites.geojson'), GEOJSON_TOOLS),
        loadSites(text('sites.geojson'), opts('sites.geojson')),
      ],
      [
        layers.loadHubs(text('hubs.geojson'), opts('hubs.geojson'), GEOJSON_TOOLS),
        loadHubs(text('hubs.geojson'), opts('hubs.geojson')),
      ],
      [
        layers.loadRegions(text('regions.geojson'), opts('regions.geojson'), GEOJSON_TOOLS),
        loadRegions(text('regions.geojson'), opts('regions.geojson')),
      ],
    ] as const;
    for (const [core, full] of pairs) {
      expect(core.value.length).toBeGreaterThan(0);
      expect(core).toEqual(full);
    }
  });
});

const square = (x: number, name: string) => ({
  type: 'Feature',
  properties: { name },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 6630000],
        [x + 100, 6630000],
        [x + 100, 6630100],
        [x, 6630100],
        [x, 6630000],
      ],
    ],
  },
});
const fc = (features: unknown[]) =>
  JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:25832' } }, features });

describe('a file that needs more than the GeoJSON tools', () => {
  it('SOSI: an internal error naming the missing reader; the full tools read it', () => {
    const sosi = readFileSync(resolve(import.meta.dirname, '../../fixtures/plan/plan_23_utf8.sos'));
    expect(() => layers.loadSites(sosi, { file: 'plan.sos' }, GEOJSON_TOOLS)).toThrow(
      /SOSI reader is not part of this loader/,
    );
    expect(layers.loadSites(sosi, { file: 'plan.sos' }, FULL_TOOLS).value.length).toBeGreaterThan(0);
  });

  it('same-name regions: the dissolve is asked for, not skipped', () => {
    const two = fc([square(580000, 'Asker nord'), square(580100, 'Asker nord'), square(590000, 'Asker syd')]);
    expect(() => layers.loadRegions(two, { file: 'r.geojson' }, GEOJSON_TOOLS)).toThrow(
      /region dissolve is not part of this loader/,
    );
    const full = layers.loadRegions(two, { file: 'r.geojson' }, FULL_TOOLS);
    expect(full.value.map((r) => r.name)).toEqual(['Asker nord', 'Asker syd']);
  });

  it('repair on request: the repair tool is asked for', () => {
    const one = fc([square(580000, 'Asker nord')]);
    expect(() => layers.loadRegions(one, { file: 'r.geojson', repair: true }, GEOJSON_TOOLS)).toThrow(
      /polygon repair is not part of this loader/,
    );
  });
});
