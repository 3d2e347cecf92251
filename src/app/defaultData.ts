// Loads the bundled example data with the same loaders and engine as `npm run report`.
import { REGION_CHECK_CODES, regionWarnings } from '../domain/regionChecks';
import sitesText from '../../geodata/sites.geojson?raw';
import hubsText from '../../geodata/hubs.geojson?raw';
import regionsText from '../../geodata/regions.geojson?raw';
import { loadHubs, loadRegions, loadSites } from '../data/layerLoaders';
import { GEOJSON_TOOLS } from '../data/loadTools';
import { analyse, type OnProgress } from '../domain/analyse';
import { DEFAULT_ASSUMPTIONS } from '../domain/assumptions';
import type { Assumptions, Hub, Region, Site } from '../domain/types';
import type { Dataset } from './dataset';

/** The engine run on loaded layers: the one path from loaded data to a Dataset, for the bundled files and the user's own. */
export function analyseLayers(
  layers: { sites: Site[]; hubs: Hub[]; regions: Region[] },
  meta: Pick<Dataset, 'warnings' | 'origin' | 'userFiles'>,
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
  onProgress?: OnProgress,
): Dataset {
  const { results, summary } = analyse({ ...layers, assumptions, onProgress });
  // Regions that overlap, or that no site lies in, are said beside the loaders' own warnings (recomputed for the
  // layers as they are now, so a replaced layer's old verdict does not linger).
  const kept = meta.warnings.filter((w) => !REGION_CHECK_CODES.has(w.code));
  return { ...layers, results, summary, assumptions, ...meta, warnings: [...kept, ...regionWarnings(layers.regions, results)] };
}

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
