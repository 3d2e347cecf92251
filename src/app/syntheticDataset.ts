// A dataset of N seeded synthetic sites on the bundled hubs and regions, run through the same loaders and engine.
import hubsText from '../../geodata/hubs.geojson?raw';
import regionsText from '../../geodata/regions.geojson?raw';
import { loadHubs, loadRegions } from '../data/layerLoaders';
import { GEOJSON_TOOLS } from '../data/loadTools';
import { analyse } from '../domain/analyse';
import { DEFAULT_ASSUMPTIONS } from '../domain/assumptions';
import type { Dataset } from '../domain/dataset';
import { syntheticSites } from './syntheticData';

/** The most sites `?synthetic=` accepts; beyond this the browser, not the app, is what gets measured. */
export const MAX_SYNTHETIC_SITES = 100_000;

/** The site count in `?synthetic=N`, or null when absent or not a whole number from 1 to the maximum. */
export function syntheticCount(search: string): number | null {
  const text = new URLSearchParams(search).get('synthetic');
  if (text === null || !/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_SYNTHETIC_SITES ? n : null;
}

export function buildSyntheticDataset(count: number, seed = 1): Dataset {
  const hubs = loadHubs(hubsText, { file: 'geodata/hubs.geojson' }, GEOJSON_TOOLS);
  const regions = loadRegions(regionsText, { file: 'geodata/regions.geojson' }, GEOJSON_TOOLS);
  const sites = syntheticSites(count, regions.value, seed);
  const { results, summary } = analyse({
    sites,
    hubs: hubs.value,
    regions: regions.value,
    assumptions: DEFAULT_ASSUMPTIONS,
  });
  return {
    sites,
    hubs: hubs.value,
    regions: regions.value,
    results,
    summary,
    assumptions: DEFAULT_ASSUMPTIONS,
    warnings: [...hubs.warnings, ...regions.warnings],
    origin: 'synthetic',
  };
}
