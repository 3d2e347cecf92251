// Distance rings around hubs: true circles in EPSG:25832 metres, converted to lon/lat only for drawing.
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { toLngLat } from '../domain/crs';
import type { Hub, XY } from '../domain/types';
import { RING_RADII_M } from './palette';

/** A closed ring of `segments` vertices at `radiusM` around `centre`, in EPSG:25832. */
export function circleRingXY(centre: XY, radiusM: number, segments = 72): XY[] {
  const ring: XY[] = [];
  for (let i = 0; i < segments; i++) {
    const angle = (2 * Math.PI * i) / segments;
    ring.push([centre[0] + radiusM * Math.cos(angle), centre[1] + radiusM * Math.sin(angle)]);
  }
  ring.push(ring[0] as XY);
  return ring;
}

export interface RingProperties {
  hubId: string;
  radiusM: number;
}

/** One polygon per hub and radius; UTM is conformal, so a metric circle stays round on the map. */
export function hubRingsGeoJson(
  hubs: readonly Hub[],
  radiiM: readonly number[] = RING_RADII_M,
): FeatureCollection<Polygon, RingProperties> {
  const features: Feature<Polygon, RingProperties>[] = [];
  for (const hub of hubs) {
    for (const radiusM of radiiM) {
      const ring = circleRingXY(hub.xy, radiusM).map((xy) => [...toLngLat(xy)]);
      features.push({
        type: 'Feature',
        properties: { hubId: hub.id, radiusM },
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
