// The optional Kartverket background maps: raster sources and layers as plain style values, off unless chosen.
import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Basemap } from './mapTypes';

/**
 * Kartverket's open WMTS cache (cache.kartverket.no/v1/wmts, Web Mercator tile matrix set) in its REST form,
 * z/y/x order. Layers: `topo` (colour) and `topograatone` (grey).
 */
export const KARTVERKET_TILE_URL: Record<KartverketMap, string> = {
  topo: 'https://cache.kartverket.no/v1/wmts/1.0.0/topo/default/webmercator/{z}/{y}/{x}.png',
  grey: 'https://cache.kartverket.no/v1/wmts/1.0.0/topograatone/default/webmercator/{z}/{y}/{x}.png',
};

/** Kartverket's open map services are CC BY 4.0: the credit must be on the map whenever its tiles are. */
export const BASEMAP_ATTRIBUTION = '© Kartverket (CC BY 4.0)';

/** The two Kartverket raster maps. */
export type KartverketMap = 'topo' | 'grey';

export const BASEMAP_SOURCE: Record<KartverketMap, string> = { topo: 'basemap-topo', grey: 'basemap-grey' };
const BASEMAPS = Object.keys(BASEMAP_SOURCE) as KartverketMap[];

/** The Web Mercator tile (z/x/y) that holds a lon/lat, as the tile URLs number them. */
export function tileFor(lng: number, lat: number, z: number): { z: number; x: number; y: number } {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  const x = Math.floor(((lng + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { z, x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

/**
 * One tile over Asker (zoom 10) that the 'auto' choice asks for first: only when it arrives is the map switched to
 * Kartverket, so an offline start costs one failed request instead of a screenful.
 */
export function probeTileUrl(): string {
  const { z, x, y } = tileFor(10.43, 59.78, 10);
  return KARTVERKET_TILE_URL.topo.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
}

/**
 * The raster the map asks for under a choice: 'auto' asks for the topographic map (it is shown only once a tile has
 * arrived, see regionFillOpacity), 'none' for nothing.
 */
export function requestedBasemap(chosen: Basemap): KartverketMap | 'none' {
  return chosen === 'auto' ? 'topo' : chosen;
}

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

export function basemapVisibility(layerBasemap: KartverketMap, chosen: Basemap): 'visible' | 'none' {
  return layerBasemap === requestedBasemap(chosen) ? 'visible' : 'none';
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

/**
 * The nord/syd tones are opaque on the offline map; over a background map they only tint it, so it shows through.
 * Under 'auto' the map looks offline until the first Kartverket tile has arrived (`tilesArrived`), so a map with no
 * network never shows a half-transparent, empty background.
 */
export function regionFillOpacity(chosen: Basemap, tilesArrived = true): number {
  if (chosen === 'none' || (chosen === 'auto' && !tilesArrived)) return 1;
  return 0.2;
}

export const BASEMAP_LAYERS: readonly { basemap: KartverketMap; layerId: string }[] = BASEMAPS.map((b) => ({
  basemap: b,
  layerId: BASEMAP_SOURCE[b],
}));
