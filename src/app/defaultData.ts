// Loads the bundled example data with the same loaders and engine as `npm run report`.
import sitesText from '../../geodata/sites.geojson?raw';
import hubsText from '../../geodata/hubs.geojson?raw';
import regionsText from '../../geodata/regions.geojson?raw';
import { loadHubs, loadRegions, loadSites } from '../data/layerLoaders';
import { GEOJSON_TOOLS } from '../data/loadTools';
import { DEFAULT_ASSUMPTIONS } from '../domain/assumptions';
import type { Assumptions } from '../domain/types';
import { analyseLayers, type Dataset } from '../domain/dataset';

/**
 * Turns GeoJSON texts into a dataset; throws the loaders' DataError on unusable input. GeoJSON tools only (no SOSI/GML
 * reader, no repair or dissolve), so they stay out of the first page load: the bundled files are GeoJSON, their
 * polygons valid and one feature per region (tests/unit/data/bundledTools.test.ts checks it).
 */
export function buildDataset(
  texts: { sites: string; hubs: string; regions: string },
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
): Dataset {
  const sites = loadSites(texts.sites, { file: 'geodata/sites.geojson' }, GEOJSON_TOOLS);
  const hubs = loadHubs(texts.hubs, { file: 'geodata/hubs.geojson' }, GEOJSON_TOOLS);
  const regions = loadRegions(texts.regions, { file: 'geodata/regions.geojson' }, GEOJSON_TOOLS);
  return analyseLayers(
    { sites: sites.value, hubs: hubs.value, regions: regions.value },
    { warnings: [...sites.warnings, ...hubs.warnings, ...regions.warnings], origin: 'bundled' },
    assumptions,
  );
}

export function loadBundledDataset(assumptions: Assumptions = DEFAULT_ASSUMPTIONS): Dataset {
  return buildDataset({ sites: sitesText, hubs: hubsText, regions: regionsText }, assumptions);
}
