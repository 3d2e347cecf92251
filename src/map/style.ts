// Pure builders for the maplibre style: sources, layers, filters and visibility as plain style-spec values.
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Basemap, ColourBy } from './mapTypes';
import { basemapLayers, basemapSources, regionFillOpacity } from './basemap';
import { MARK_LAYER, siteMarkLayers } from './siteMarks';
import {
  ABC_COLOUR,
  ABC_NONE_COLOUR,
  BACKGROUND_COLOUR,
  FIT_COLOUR,
  FIT_LINK_COLOUR,
  ROAD_COLOUR,
  HUB_COLOUR,
  REGION_OUTLINE_COLOUR,
  REGION_TONES,
  RING_COLOUR,
  SELECTED_OUTLINE_COLOUR,
  SITE_FILL_OPACITY,
} from './palette';

export const SOURCE = {
  regions: 'regions',
  sites: 'sites',
  siteMarkers: 'site-markers',
  hubs: 'hubs',
  rings: 'hub-rings',
  fitLink: 'fit-link',
  roads: 'user-roads',
} as const;

/** Sources keyed by site id, whose feature-state carries hover and selection. */
export const SITE_SOURCES: readonly string[] = [SOURCE.sites, SOURCE.siteMarkers];

/**
 * Below this zoom a site is only a few pixels wide (a 40 daa site is ~2 px at the whole-municipality view),
 * so each site also gets a marker at its centroid; from this zoom on the polygons speak for themselves.
 */
export const SITE_MARKER_MAX_ZOOM = 12;

/**
 * Below this zoom the polygons are left out and the markers stand for the sites. Their source then loads no tiles, so a
 * filter change at the overview repaints one small point per site instead of thousands of sub-pixel polygons too.
 */
export const SITE_POLYGON_MIN_ZOOM = 10;

export const LAYER = {
  background: 'background',
  regionFill: 'region-fill',
  regionOutline: 'region-outline',
  ringLine: 'hub-ring-line',
  siteFill: 'site-fill',
  siteOutlineExisting: 'site-outline-existing',
  siteOutlineFuture: 'site-outline-future',
  siteMarker: 'site-marker',
  hubCircle: 'hub-circle',
  fitLinkCasing: 'fit-link-casing',
  fitLink: 'fit-link',
  roads: 'user-roads',
} as const;

/** The site layers whose colour follows the "colour by" choice, with the paint property that holds it. */
export const SITE_COLOUR_LAYERS: readonly { layerId: string; property: 'fill-color' | 'circle-color' }[] = [
  { layerId: LAYER.siteFill, property: 'fill-color' },
  { layerId: LAYER.siteMarker, property: 'circle-color' },
];

/** Layers whose features can be clicked or hovered as sites. */
export const SITE_INTERACTIVE_LAYERS: readonly string[] = [LAYER.siteMarker, LAYER.siteFill];
/** Layers that are shown or hidden together by the ring toggle. */
export const RING_LAYERS: readonly string[] = [LAYER.ringLine];
/** Site layers, each with the status part of its filter (the user's filters work through feature-state). */
const SITE_LAYER_STATUS: Record<string, 'all' | 'existing' | 'future'> = {
  [LAYER.siteFill]: 'all',
  [LAYER.siteOutlineExisting]: 'existing',
  [LAYER.siteOutlineFuture]: 'future',
  [LAYER.siteMarker]: 'all',
};
export const SITE_LAYERS: readonly string[] = Object.keys(SITE_LAYER_STATUS);

/** The site and mark layers drawn from the marker source, and those drawn from the polygons. */
export type SiteLayerGroup = 'markers' | 'polygons';

/** Which source a site or mark layer draws: a large upload shows the markers first (see MapController.applyData). */
export function siteLayerGroup(layerId: string): SiteLayerGroup {
  return layerId === LAYER.siteMarker || layerId === MARK_LAYER.marker ? 'markers' : 'polygons';
}

export interface LayerOptions {
  ringsVisible: boolean;
  basemap: Basemap;
  /** Absent: by ABC type. */
  colourBy?: ColourBy;
}

export const DEFAULT_LAYER_OPTIONS: LayerOptions = { ringsVisible: false, basemap: 'none', colourBy: 'abc' };

/**
 * Sites hidden by the filters keep their data and are only painted transparent (feature-state `hidden`): changing a
 * filter then touches a few paint values instead of re-tiling every site, which keeps 10 000 sites fast.
 */
const isHidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];
const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const isFuture: ExpressionSpecification = ['==', ['get', 'status'], 'fremtidig'];

function abcFillColour(): ExpressionSpecification {
  return ['match', ['get', 'abc'], 'A', ABC_COLOUR.A, 'B', ABC_COLOUR.B, 'C', ABC_COLOUR.C, ABC_NONE_COLOUR];
}

/** The site colour for a "colour by" choice: the planned ABC type, or the verdict of its fit with the location. */
export function siteColour(colourBy: ColourBy = 'abc'): ExpressionSpecification {
  if (colourBy === 'abc') return abcFillColour();
  return [
    'match',
    ['get', 'fit'],
    'ok',
    FIT_COLOUR.ok,
    'partial',
    FIT_COLOUR.partial,
    'mismatch',
    FIT_COLOUR.mismatch,
    FIT_COLOUR.unknown,
  ];
}

/** The fixed filter of one site layer: which statuses it draws. */
export function siteLayerFilter(layerId: string): FilterSpecification {
  const status = SITE_LAYER_STATUS[layerId] ?? 'all';
  if (status === 'existing') return ['!=', ['get', 'status'], 'fremtidig'];
  if (status === 'future') return isFuture;
  return ['all'];
}

/** Transparent when hidden by the filters, else `visible`. */
function unlessHidden(visible: number | ExpressionSpecification): ExpressionSpecification {
  return ['case', isHidden, 0, visible];
}

export function ringVisibility(visible: boolean): 'visible' | 'none' {
  return visible ? 'visible' : 'none';
}

/** Every layer in drawing order (bottom first). No symbol layers: the map works offline without glyphs. */
export function buildLayers(options: LayerOptions = DEFAULT_LAYER_OPTIONS): LayerSpecification[] {
  const ringVis = ringVisibility(options.ringsVisible);
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': BACKGROUND_COLOUR } },
    ...basemapLayers(options.basemap),
    {
      id: LAYER.regionFill,
      type: 'fill',
      source: SOURCE.regions,
      paint: {
        'fill-color': ['match', ['get', 'tone'], 1, REGION_TONES[1], REGION_TONES[0]],
        'fill-opacity': regionFillOpacity(options.basemap, false),
      },
    },
    {
      id: LAYER.regionOutline,
      type: 'line',
      source: SOURCE.regions,
      paint: { 'line-color': REGION_OUTLINE_COLOUR, 'line-width': 1.5 },
    },
    {
      id: LAYER.ringLine,
      type: 'line',
      source: SOURCE.rings,
      layout: { visibility: ringVis },
      paint: {
        'line-color': RING_COLOUR,
        'line-width': ['match', ['get', 'radiusM'], 500, 1.6, 1.1],
        'line-opacity': ['match', ['get', 'radiusM'], 500, 0.9, 0.6],
        'line-dasharray': [3, 2],
      },
    },
    // A road layer the user loaded (investor page), under the sites; the source is empty otherwise.
    {
      id: LAYER.roads,
      type: 'line',
      source: SOURCE.roads,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ROAD_COLOUR, 'line-width': 2.5 },
    },
    {
      id: LAYER.siteFill,
      type: 'fill',
      source: SOURCE.sites,
      minzoom: SITE_POLYGON_MIN_ZOOM,
      filter: siteLayerFilter(LAYER.siteFill),
      paint: {
        'fill-color': siteColour(options.colourBy),
        'fill-opacity': [
          'case',
          isHidden,
          0,
          isSelected,
          SITE_FILL_OPACITY.selected,
          isHovered,
          SITE_FILL_OPACITY.hover,
          isFuture,
          SITE_FILL_OPACITY.future,
          SITE_FILL_OPACITY.existing,
        ],
      },
    },
    siteOutline(LAYER.siteOutlineExisting, null),
    siteOutline(LAYER.siteOutlineFuture, [2, 1.5]),
    // Scenario marks (changed / left out); transparent unless the scenario page sets them.
    ...siteMarkLayers(SOURCE.sites, SOURCE.siteMarkers, SITE_POLYGON_MIN_ZOOM, SITE_MARKER_MAX_ZOOM),
    {
      id: LAYER.siteMarker,
      type: 'circle',
      source: SOURCE.siteMarkers,
      maxzoom: SITE_MARKER_MAX_ZOOM,
      filter: siteLayerFilter(LAYER.siteMarker),
      paint: {
        'circle-color': siteColour(options.colourBy),
        'circle-opacity': ['case', isHidden, 0, isSelected, 1, isFuture, SITE_FILL_OPACITY.future, 1],
        'circle-stroke-opacity': unlessHidden(1),
        'circle-radius': ['case', isSelected, 8, isHovered, 7, 5.5],
        'circle-stroke-color': ['case', isSelected, SELECTED_OUTLINE_COLOUR, '#333333'],
        'circle-stroke-width': ['case', isSelected, 2.5, 1],
      },
    },
    {
      // Hubs are hollow rings in their type colour, so they never read as the filled site markers.
      id: LAYER.hubCircle,
      type: 'circle',
      source: SOURCE.hubs,
      paint: {
        'circle-color': '#ffffff',
        'circle-radius': 4.5,
        'circle-stroke-color': [
          'match',
          ['get', 'type'],
          'tog',
          HUB_COLOUR.tog,
          'buss',
          HUB_COLOUR.buss,
          HUB_COLOUR.båt,
        ],
        'circle-stroke-width': 3,
      },
    },
    // Drawn over the sites and hubs: a white casing under a black dash reads on every fill and background map.
    {
      id: LAYER.fitLinkCasing,
      type: 'line',
      source: SOURCE.fitLink,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': 5 },
    },
    {
      id: LAYER.fitLink,
      type: 'line',
      source: SOURCE.fitLink,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': FIT_LINK_COLOUR, 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
    },
  ];
}

function siteOutline(id: string, dash: number[] | null): LayerSpecification {
  return {
    id,
    type: 'line',
    source: SOURCE.sites,
    minzoom: SITE_POLYGON_MIN_ZOOM,
    filter: siteLayerFilter(id),
    paint: {
      'line-opacity': unlessHidden(1),
      'line-color': ['case', isSelected, SELECTED_OUTLINE_COLOUR, '#333333'],
      'line-width': ['case', isSelected, 3.5, isHovered, 2.5, 1.2],
      ...(dash ? { 'line-dasharray': dash } : {}),
    },
  };
}

function empty(): { type: 'FeatureCollection'; features: [] } {
  return { type: 'FeatureCollection', features: [] };
}

/** The whole style with empty sources; the wrapper fills them with setData once data has loaded. */
export function buildStyle(options: LayerOptions = DEFAULT_LAYER_OPTIONS): StyleSpecification {
  return {
    version: 8,
    sources: {
      ...basemapSources(),
      [SOURCE.regions]: { type: 'geojson', data: empty() },
      [SOURCE.rings]: { type: 'geojson', data: empty() },
      // promoteId lets hover/selection use feature-state keyed by our own ids, with no data re-upload.
      // Keyed by the numeric `key`, never our own ids: maplibre keeps feature-state in plain objects.
      [SOURCE.sites]: { type: 'geojson', data: empty(), promoteId: 'key' },
      [SOURCE.siteMarkers]: { type: 'geojson', data: empty(), promoteId: 'key' },
      [SOURCE.hubs]: { type: 'geojson', data: empty(), promoteId: 'id' },
      [SOURCE.fitLink]: { type: 'geojson', data: empty() },
      [SOURCE.roads]: { type: 'geojson', data: empty() },
    },
    layers: buildLayers(options),
  };
}
