// Loads the bundled example data with the same loaders and engine as `npm run report`.
import sitesText from '../../geodata/sites.geojson?raw';
import hubsText from '../../geodata/hubs.geojson?raw';
import regionsText from '../../geodata/regions.geojson?raw';
import { loadHubs, loadRegions, loadSites } from '../data/loaders';
import { DEFAULT_ASSUMPTIONS } from '../domain/assumptions';
import type { Assumptions } from '../domain/types';
import { analyseLayers, type Dataset } from '../domain/dataset';

/** Turns GeoJSON texts into a dataset; throws the loaders' DataError on unusable input. */
export function buildDataset(
  texts: { sites: string; hubs: string; regions: string },
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
): Dataset {
  const sites = loadSites(texts.sites, { file: 'geodata/sites.geojson' });
  const hubs = loadHubs(texts.hubs, { file: 'geodata/hubs.geojson' });
  const regions = loadRegions(texts.regions, { file: 'geodata/regions.geojson' });
  return analyseLayers(
    { sites: sites.value, hubs: hubs.value, regions: regions.value },
    { warnings: [...sites.warnings, ...hubs.warnings, ...regions.warnings], origin: 'bundled' },
    assumptions,
  );
}

export function loadBundledDataset(assumptions: Assumptions = DEFAULT_ASSUMPTIONS): Dataset {
  return buildDataset({ sites: sitesText, hubs: hubsText, regions: regionsText }, assumptions);
}
