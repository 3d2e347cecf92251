// Checks the map style builders against the maplibre style specification (no WebGL needed).
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_SOURCE,
  basemapVisibility,
  isBasemapSource,
  KARTVERKET_TILE_URL,
  regionFillOpacity,
} from '../../../src/map/basemap';
import { buildLayers, buildStyle, LAYER, ringVisibility, siteLayerFilter, SITE_LAYERS } from '../../../src/map/style';

describe('map style builders', () => {
  it('builds a valid style with no glyphs and no symbol layers', () => {
    const style = buildStyle();
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
  });

  it('stays valid with rings and a background map shown', () => {
    const style = buildStyle({ ringsVisible: true, basemap: 'grey' });
    expect(validateStyleMin(style)).toEqual([]);
    const ring = style.layers.find((l) => l.id === LAYER.ringLine);
    expect(ring?.layout).toEqual({ visibility: 'visible' });
  });

  it('hides rings by default', () => {
    const ring = buildLayers().find((l) => l.id === LAYER.ringLine);
    expect(ring?.layout).toEqual({ visibility: 'none' });
    expect(ringVisibility(false)).toBe('none');
  });

  it('splits outlines by status; the user filters work through feature-state, not layer filters', () => {
    expect(siteLayerFilter(LAYER.siteOutlineFuture)).toEqual(['==', ['get', 'status'], 'fremtidig']);
    expect(siteLayerFilter(LAYER.siteOutlineExisting)).toEqual(['!=', ['get', 'status'], 'fremtidig']);
    expect(siteLayerFilter(LAYER.siteFill)).toEqual(['all']);
    const layers = buildLayers();
    for (const id of SITE_LAYERS) {
      const layer = layers.find((l) => l.id === id);
      // Every site layer turns transparent for a feature whose state says hidden.
      expect(JSON.stringify(layer?.paint)).toContain('["case",["boolean",["feature-state","hidden"],false],0');
    }
  });

  it('reports a broken layer, so the validation in these tests can fail', () => {
    const style = buildStyle();
    const broken = { ...style, layers: [...style.layers, { id: 'bad', type: 'fill', source: 'nope' }] };
    expect(validateStyleMin(broken as typeof style).length).toBeGreaterThan(0);
  });
});

describe('background maps', () => {
  it('are Kartverket raster tiles, off by default, drawn under the regions', () => {
    const style = buildStyle();
    expect(style.sources[BASEMAP_SOURCE.topo]).toMatchObject({
      type: 'raster',
      tiles: [KARTVERKET_TILE_URL.topo],
      attribution: '© Kartverket (CC BY 4.0)',
    });
    expect(KARTVERKET_TILE_URL.grey).toBe(
      'https://cache.kartverket.no/v1/wmts/1.0.0/topograatone/default/webmercator/{z}/{y}/{x}.png',
    );
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf(BASEMAP_SOURCE.topo)).toBeLessThan(ids.indexOf(LAYER.regionFill));
    for (const id of Object.values(BASEMAP_SOURCE)) {
      expect(style.layers.find((l) => l.id === id)?.layout).toEqual({ visibility: 'none' });
    }
  });

  it('show only the chosen one, and let it through the region tint', () => {
    expect(basemapVisibility('topo', 'topo')).toBe('visible');
    expect(basemapVisibility('grey', 'topo')).toBe('none');
    expect(regionFillOpacity('none')).toBe(1);
    expect(regionFillOpacity('topo')).toBeLessThan(0.5);
    expect(isBasemapSource(BASEMAP_SOURCE.grey)).toBe(true);
    expect(isBasemapSource('sites')).toBe(false);
    expect(isBasemapSource(undefined)).toBe(false);
  });
});
