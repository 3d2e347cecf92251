// Region names (Asker nord / Asker syd) as HTML markers: the offline style has no glyphs for symbol text layers.
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { RegionLabel } from './mapData';

/** Replaces `previous` with one marker per label; returns the new markers. */
export function drawRegionLabels(
  map: MapLibreMap,
  labels: readonly RegionLabel[],
  previous: readonly Marker[],
): Marker[] {
  for (const m of previous) m.remove();
  return labels.map((label) => {
    const el = document.createElement('div');
    el.className = 'map-region-label';
    // textContent: names from the data file stay text, never HTML.
    el.textContent = label.name;
    return new Marker({ element: el }).setLngLat([label.lngLat[0], label.lngLat[1]]).addTo(map);
  });
}
