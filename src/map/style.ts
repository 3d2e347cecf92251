// Pure builders for the maplibre style: sources, layers, filters and visibility as plain style-spec values.
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import {
  ABC_COLOUR,
  ABC_NONE_COLOUR,
  BACKGROUND_COLOUR,
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
} as const;

/** Sources keyed by site id, whose feature-state carries hover and selection. */
export const SITE_SOURCES: readonly string[] = [SOURCE.sites, SOURCE.siteMarkers];

/**
 * Below this zoom a site is only a few pixels wide (a 40 daa site is ~2 px at the whole-municipality view),
 * so each site also gets a marker at its centroid; from this zoom on the polygons speak for themselves.
 */
export const SITE_MARKER_MAX_ZOOM = 12;

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
} as const;

/** Layers whose features can be clicked or hovered as sites. */
export const SITE_INTERACTIVE_LAYERS: readonly string[] = [LAYER.siteMarker, LAYER.siteFill];
/** Layers that are shown or hidden together by the ring toggle. */
export const RING_LAYERS: readonly string[] = [LAYER.ringLine];
/** Site layers, each with the status part of its filter; the id filter is added on top. */
const SITE_LAYER_STATUS: Record<string, 'all' | 'existing' | 'future'> = {
  [LAYER.siteFill]: 'all',
  [LAYER.siteOutlineExisting]: 'existing',
  [LAYER.siteOutlineFuture]: 'future',
  [LAYER.siteMarker]: 'all',
};
export const SITE_LAYERS: readonly string[] = Object.keys(SITE_LAYER_STATUS);

export interface LayerOptions {
  ringsVisible: boolean;
  /** Site ids to show; null shows every site. */
  visibleSiteIds: readonly string[] | null;
}

export const DEFAULT_LAYER_OPTIONS: LayerOptions = { ringsVisible: false, visibleSiteIds: null };

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const isFuture: ExpressionSpecification = ['==', ['get', 'status'], 'fremtidig'];

function abcFillColour(): ExpressionSpecification {
  return ['match', ['get', 'abc'], 'A', ABC_COLOUR.A, 'B', ABC_COLOUR.B, 'C', ABC_COLOUR.C, ABC_NONE_COLOUR];
}

/** The filter for one site layer: its status part, narrowed to the visible ids when a filter is active. */
export function siteLayerFilter(layerId: string, visibleSiteIds: readonly string[] | null): FilterSpecification {
  const status = SITE_LAYER_STATUS[layerId] ?? 'all';
  const parts: ExpressionSpecification[] = [];
  if (status === 'existing') parts.push(['!=', ['get', 'status'], 'fremtidig']);
  if (status === 'future') parts.push(isFuture);
  if (visibleSiteIds) parts.push(['in', ['get', 'id'], ['literal', [...visibleSiteIds]]]);
  if (parts.length === 0) return ['all'];
  return ['all', ...parts];
}

export function ringVisibility(visible: boolean): 'visible' | 'none' {
  return visible ? 'visible' : 'none';
}

/** Every layer in drawing order (bottom first). No symbol layers: the map works offline without glyphs. */
export function buildLayers(options: LayerOptions = DEFAULT_LAYER_OPTIONS): LayerSpecification[] {
  const ringVis = ringVisibility(options.ringsVisible);
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': BACKGROUND_COLOUR } },
    {
      id: LAYER.regionFill,
      type: 'fill',
      source: SOURCE.regions,
      paint: {
        'fill-color': ['match', ['get', 'tone'], 1, REGION_TONES[1], REGION_TONES[0]],
        'fill-opacity': 1,
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
    {
      id: LAYER.siteFill,
      type: 'fill',
      source: SOURCE.sites,
      filter: siteLayerFilter(LAYER.siteFill, options.visibleSiteIds),
      paint: {
        'fill-color': abcFillColour(),
        'fill-opacity': [
          'case',
          isSelected, SITE_FILL_OPACITY.selected,
          isHovered, SITE_FILL_OPACITY.hover,
          isFuture, SITE_FILL_OPACITY.future,
          SITE_FILL_OPACITY.existing,
        ],
      },
    },
    siteOutline(LAYER.siteOutlineExisting, options, null),
    siteOutline(LAYER.siteOutlineFuture, options, [2, 1.5]),
    {
      id: LAYER.siteMarker,
      type: 'circle',
      source: SOURCE.siteMarkers,
      maxzoom: SITE_MARKER_MAX_ZOOM,
      filter: siteLayerFilter(LAYER.siteMarker, options.visibleSiteIds),
      paint: {
        'circle-color': abcFillColour(),
        'circle-opacity': ['case', isSelected, 1, isFuture, SITE_FILL_OPACITY.future, 1],
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
        'circle-stroke-color': ['match', ['get', 'type'], 'tog', HUB_COLOUR.tog, 'buss', HUB_COLOUR.buss, HUB_COLOUR.båt],
        'circle-stroke-width': 3,
      },
    },
  ];
}

function siteOutline(id: string, options: LayerOptions, dash: number[] | null): LayerSpecification {
  return {
    id,
    type: 'line',
    source: SOURCE.sites,
    filter: siteLayerFilter(id, options.visibleSiteIds),
    paint: {
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
      [SOURCE.regions]: { type: 'geojson', data: empty() },
      [SOURCE.rings]: { type: 'geojson', data: empty() },
      // promoteId lets hover/selection use feature-state keyed by our own ids, with no data re-upload.
      [SOURCE.sites]: { type: 'geojson', data: empty(), promoteId: 'id' },
      [SOURCE.siteMarkers]: { type: 'geojson', data: empty(), promoteId: 'id' },
      [SOURCE.hubs]: { type: 'geojson', data: empty(), promoteId: 'id' },
    },
    layers: buildLayers(options),
  };
}
