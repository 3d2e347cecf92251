// The optional Kartverket background maps: raster sources and layers as plain style values, off unless chosen.
import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Basemap } from '../state/store';

/**
 * Kartverket's open WMTS cache (cache.kartverket.no/v1/wmts, Web Mercator tile matrix set) in its REST form,
 * z/y/x order. Layers: `topo` (colour) and `topograatone` (grey).
 */
export const KARTVERKET_TILE_URL: Record<Exclude<Basemap, 'none'>, string> = {
  topo: 'https://cache.kartverket.no/v1/wmts/1.0.0/topo/default/webmercator/{z}/{y}/{x}.png',
  grey: 'https://cache.kartverket.no/v1/wmts/1.0.0/topograatone/default/webmercator/{z}/{y}/{x}.png',
};

export const BASEMAP_ATTRIBUTION = '© Kartverket';

export const BASEMAP_SOURCE: Record<Exclude<Basemap, 'none'>, string> = { topo: 'basemap-topo', grey: 'basemap-grey' };
const BASEMAPS = Object.keys(BASEMAP_SOURCE) as Exclude<Basemap, 'none'>[];

/** True for a maplibre source id that belongs to a background map (its tile errors are expected offline). */
export function isBasemapSource(sourceId: unknown): boolean {
  return typeof sourceId === 'string' && Object.values(BASEMAP_SOURCE).includes(sourceId);
}

/** Both raster sources; maplibre asks for tiles only while a layer that uses them is visible. */
export function basemapSources(): Record<string, SourceSpecification> {
  const out: Record<string, SourceSpecification> = {};
  for (const b of BASEMAPS) {
    out[BASEMAP_SOURCE[b]] = {
      type: 'raster',
      tiles: [KARTVERKET_TILE_URL[b]],
      tileSize: 256,
      maxzoom: 18,
      attribution: BASEMAP_ATTRIBUTION,
    };
  }
  return out;
}

export function basemapVisibility(layerBasemap: Exclude<Basemap, 'none'>, chosen: Basemap): 'visible' | 'none' {
  return layerBasemap === chosen ? 'visible' : 'none';
}

/** One raster layer per background map (layer id = source id), shown only for the chosen one. */
export function basemapLayers(chosen: Basemap): LayerSpecification[] {
  return BASEMAPS.map((b) => ({
    id: BASEMAP_SOURCE[b],
    type: 'raster',
    source: BASEMAP_SOURCE[b],
    layout: { visibility: basemapVisibility(b, chosen) },
  }));
}

/** The nord/syd tones are opaque on the offline map; over a background map they only tint it, so it shows through. */
export function regionFillOpacity(chosen: Basemap): number {
  return chosen === 'none' ? 1 : 0.2;
}

export const BASEMAP_LAYERS: readonly { basemap: Exclude<Basemap, 'none'>; layerId: string }[] = BASEMAPS.map((b) => ({
  basemap: b,
  layerId: BASEMAP_SOURCE[b],
}));
