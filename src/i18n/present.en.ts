// English strings for the one-pager's location map, the map image's legend and the road layer.
import type { presentNb } from './present.nb';

export const presentEn: Record<keyof typeof presentNb, string> = {
  locTitle: 'Map of {name} and its surroundings',
  locDesc:
    'Location map, north up: the site, the region it lies in, the public-transport hubs with their names and a scale bar of {length}. Nearest hub: {hub}.',
  locDescNoHub: 'Location map, north up: the site, the region it lies in and a scale bar of {length}.',
  locLegendSite: 'The site',
  locLegendOther: 'Other business sites',
  locLegendRegion: 'Region {name}',
  locLegendRoads: 'Main road (loaded)',
  locSource: 'Drawn from the data, without a background map.',
  locOutlineCaption: 'The outline at a larger scale',
  pngLegendTitle: 'Legend',
  pngScaleNote: 'The scale holds at the centre of the map.',
};
