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
  roadValue: '{distance} to {road}',
  roadValueNoName: '{distance} to the nearest road',
  roadValueZero: 'The road runs along or through the site ({road})',
  roadHint: 'Planar distance (EPSG:25832) from the edge of the site to the nearest {kind} in {file}.',
  roadKindLine: 'road line',
  roadKindPoint: 'junction',
  roadMissingHow:
    'Load a road layer (GeoJSON lines for the main roads or points for their junctions, e.g. an NVDB export) under “Add a road layer” to get the distance.',
  roadMissingHint: 'No sourced road data yet: load a road layer (e.g. from NVDB) under “Add a road layer”.',
  roadPanelTitle: 'Add a road layer',
  roadPanelFile: 'Choose a road layer (GeoJSON)',
  roadPanelReading: 'Reading {file} …',
  roadPanelPreview: '{file}: road lines {lines} ({km} km), junctions {junctions}, in {crs}.',
  roadPanelNames: 'Names and numbers in the file: {names}.',
  roadPanelSkipped: 'Left out because they are not lines or points: {count}.',
  roadPanelApply: 'Use the road layer',
  roadPanelCancel: 'Cancel',
  roadPanelInUse:
    'The distance to a main road is measured to {file} (road lines {lines}, junctions {junctions}), which you loaded. The layer is not stored: load it again after reloading the page.',
  roadPanelRemove: 'Remove the road layer',
  roadPanelError: 'Could not read the road layer: {message}',
};
