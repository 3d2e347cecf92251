// The lon/lat data for the map: metric rings around hubs and site features keyed for feature-state.
import { describe, expect, it } from 'vitest';
import { fromLngLat } from '../../../src/domain/crs';
import type { Hub, Site } from '../../../src/domain/types';
import { buildMapData } from '../../../src/map/mapData';
import { circleRingXY, hubRingsGeoJson } from '../../../src/map/rings';

const hub: Hub = { id: 'H1', name: 'Asker stasjon', type: 'tog', xy: [580440, 6633800] };

describe('hub rings', () => {
  it('closes the ring and keeps every vertex at the radius in EPSG:25832', () => {
    const ring = circleRingXY(hub.xy, 500, 36);
    expect(ring).toHaveLength(37);
    expect(ring[0]).toEqual(ring[36]);
    for (const [x, y] of ring) expect(Math.hypot(x - hub.xy[0], y - hub.xy[1])).toBeCloseTo(500, 6);
  });

  it('round-trips through lon/lat to within a centimetre of 500 m and 1 km', () => {
    const rings = hubRingsGeoJson([hub]);
    expect(rings.features.map((f) => f.properties.radiusM)).toEqual([500, 1000]);
    for (const f of rings.features) {
      for (const position of f.geometry.coordinates[0] ?? []) {
        const [x, y] = fromLngLat([position[0] as number, position[1] as number]);
        expect(Math.abs(Math.hypot(x - hub.xy[0], y - hub.xy[1]) - f.properties.radiusM)).toBeLessThan(0.01);
      }
    }
  });
});

describe('buildMapData', () => {
  const site: Site = {
    id: 'S1',
    name: 'Test',
    status: null,
    abc: null,
    readiness: null,
    note: '',
    geometry: [
      [
        [
          [580000, 6633000],
          [580200, 6633000],
          [580200, 6633100],
          [580000, 6633000],
        ],
      ],
    ],
  };

  it('gives sites string properties for the paint expressions and lon/lat near Asker', () => {
    const data = buildMapData([site], [hub], []);
    const feature = data.sites.features[0];
    expect(feature?.properties).toEqual({
      id: 'S1',
      key: 0,
      name: 'Test',
      abc: 'none',
      status: 'unknown',
      fit: 'unknown',
    });
    const [lon, lat] = feature?.geometry.coordinates[0]?.[0]?.[0] ?? [];
    expect(lon).toBeCloseTo(10.43, 1);
    expect(lat).toBeCloseTo(59.83, 1);
    expect(data.bounds?.[0][0]).toBeLessThan(data.bounds?.[1][0] ?? 0);
    expect([...data.siteBounds.keys()]).toEqual(['S1']);
    expect([...data.siteKeys]).toEqual([['S1', 0]]);
    // The marker carries the area (the engine's shoelace: half of 200 m × 100 m) to rank the site names.
    expect(data.siteMarkers.features[0]?.properties.areaM2).toBeCloseTo(10000, 6);
  });
});

describe('hostile ids (issue 15): ids that are names of Object.prototype members', () => {
  const site: Site = {
    id: 'x',
    name: 'n',
    status: null,
    abc: null,
    readiness: null,
    note: '',
    geometry: [
      [
        [
          [580000, 6633000],
          [580200, 6633000],
          [580200, 6633100],
          [580000, 6633000],
        ],
      ],
    ],
  };
  it('each gets its own bounds and a numeric feature-state key; an unknown id finds nothing', () => {
    const ids = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
    const data = buildMapData(
      ids.map((id) => ({ ...site, id })),
      [],
      [],
    );
    expect([...data.siteKeys]).toEqual(ids.map((id, i) => [id, i]));
    for (const id of ids) expect(data.siteBounds.get(id)?.[0][0]).toBeCloseTo(10.43, 1);
    expect(data.siteBounds.get('valueOf')).toBeUndefined();
    expect(data.sites.features.map((f) => f.properties.key)).toEqual([0, 1, 2, 3]);
  });
});
