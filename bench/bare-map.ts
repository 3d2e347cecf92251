// The bare page: maplibre with one background, the sites (fill + outline), regions (line) and hubs (circle) from
// bare-map-data.json (written by the benchmark: the bundled geodata in lon/lat); `data-map-state="ready"` on the
// first idle, as the app's map marks it.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);
const data = (await (await fetch('./bare-map-data.json')).json()) as {
  sites: object;
  regions: object;
  hubs: object;
  bounds: [number, number, number, number];
};
const map = new MapLibreMap({
  container: 'map',
  bounds: data.bounds,
  fitBoundsOptions: { padding: 20 },
  style: {
    version: 8,
    sources: {
      sites: { type: 'geojson', data: data.sites as never },
      regions: { type: 'geojson', data: data.regions as never },
      hubs: { type: 'geojson', data: data.hubs as never },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      { id: 'regions', type: 'line', source: 'regions', paint: { 'line-color': '#555', 'line-width': 1.5 } },
      { id: 'sites', type: 'fill', source: 'sites', paint: { 'fill-color': '#0072b2', 'fill-opacity': 0.6 } },
      { id: 'sites-line', type: 'line', source: 'sites', paint: { 'line-color': '#004466' } },
      { id: 'hubs', type: 'circle', source: 'hubs', paint: { 'circle-radius': 5, 'circle-color': '#d55e00' } },
    ],
  },
});
map.once('idle', () => document.body.setAttribute('data-map-state', 'ready'));
