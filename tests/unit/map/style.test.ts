// Checks the map style builders against the maplibre style specification (no WebGL needed).
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildLayers, buildStyle, LAYER, ringVisibility, siteLayerFilter, SITE_LAYERS } from '../../../src/map/style';

describe('map style builders', () => {
  it('builds a valid style with no glyphs and no symbol layers', () => {
    const style = buildStyle();
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
  });

  it('stays valid with rings shown and a site filter active', () => {
    const style = buildStyle({ ringsVisible: true, visibleSiteIds: ['s1', 's2'] });
    expect(validateStyleMin(style)).toEqual([]);
    const ring = style.layers.find((l) => l.id === LAYER.ringLine);
    expect(ring?.layout).toEqual({ visibility: 'visible' });
  });

  it('hides rings by default', () => {
    const ring = buildLayers().find((l) => l.id === LAYER.ringLine);
    expect(ring?.layout).toEqual({ visibility: 'none' });
    expect(ringVisibility(false)).toBe('none');
  });

  it('splits outlines by status and narrows every site layer to the visible ids', () => {
    expect(siteLayerFilter(LAYER.siteOutlineFuture, null)).toEqual(['all', ['==', ['get', 'status'], 'fremtidig']]);
    expect(siteLayerFilter(LAYER.siteOutlineExisting, null)).toEqual(['all', ['!=', ['get', 'status'], 'fremtidig']]);
    for (const id of SITE_LAYERS) {
      const filter = siteLayerFilter(id, ['x']);
      expect(JSON.stringify(filter)).toContain('["in",["get","id"],["literal",["x"]]]');
    }
  });

  it('reports a broken layer, so the validation in these tests can fail', () => {
    const style = buildStyle();
    const broken = { ...style, layers: [...style.layers, { id: 'bad', type: 'fill', source: 'nope' }] };
    expect(validateStyleMin(broken as typeof style).length).toBeGreaterThan(0);
  });
});
