// A loaded road layer's lines as lon/lat GeoJSON for the map (display only; distances are measured in EPSG:25832).
import { toLngLat } from '../domain/crs';
import type { XY } from '../domain/types';

export interface RoadsGeoJson {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    properties: Record<string, never>;
    geometry: { type: 'LineString'; coordinates: [number, number][] };
  }[];
}

export function roadsGeoJson(lines: readonly (readonly XY[])[]): RoadsGeoJson {
  return {
    type: 'FeatureCollection',
    features: lines
      .filter((l) => l.length >= 2)
      .map((l) => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'LineString', coordinates: l.map((p) => [...toLngLat(p)] as [number, number]) },
      })),
  };
}
