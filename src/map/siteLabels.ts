// Site names as HTML labels over the map (the offline style has no glyphs), redrawn when the map stops moving.
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import { placeLabels, SITE_LABEL_MIN_ZOOM, type LabelCandidate } from './labelPlacement';
import type { MapData } from './mapData';

export class SiteLabels {
  private readonly map: MapLibreMap;
  private readonly markers = new Map<string, Marker>();

  constructor(map: MapLibreMap) {
    this.map = map;
  }

  /** Shows the names that fit for the sites in view; `hidden` are filtered out, `selectedId` goes first. */
  update(data: MapData | null, hidden: ReadonlySet<string>, selectedId: string | null): void {
    const wanted = data && this.map.getZoom() >= SITE_LABEL_MIN_ZOOM ? this.place(data, hidden, selectedId) : [];
    const keep = new Set(wanted.map((l) => l.id));
    for (const [id, marker] of this.markers) {
      if (!keep.has(id)) {
        marker.remove();
        this.markers.delete(id);
      }
    }
    for (const label of wanted) {
      const existing = this.markers.get(label.id);
      const lngLat = this.map.unproject([label.x, label.y]);
      if (existing) {
        existing.setLngLat(lngLat);
        existing.getElement().classList.toggle('is-selected', label.id === selectedId);
        continue;
      }
      const el = document.createElement('div');
      el.className = label.id === selectedId ? 'map-site-label is-selected' : 'map-site-label';
      // The list already names every site for assistive technology; these are a visual aid only.
      el.setAttribute('aria-hidden', 'true');
      el.dataset.labelFor = label.id;
      // textContent: names from the data file stay text, never HTML.
      el.textContent = label.name;
      this.markers.set(label.id, new Marker({ element: el }).setLngLat(lngLat).addTo(this.map));
    }
  }

  clear(): void {
    for (const marker of this.markers.values()) marker.remove();
    this.markers.clear();
  }

  private place(data: MapData, hidden: ReadonlySet<string>, selectedId: string | null) {
    const bounds = this.map.getBounds();
    const candidates: LabelCandidate[] = [];
    for (const f of data.siteMarkers.features) {
      const { id, name, areaM2 } = f.properties;
      const [lng, lat] = f.geometry.coordinates as [number, number];
      if (hidden.has(id) || !bounds.contains([lng, lat])) continue;
      const p = this.map.project([lng, lat]);
      candidates.push({ id, name, x: p.x, y: p.y, priority: id === selectedId ? Number.POSITIVE_INFINITY : areaM2 });
    }
    const canvas = this.map.getCanvas();
    return placeLabels(candidates, canvas.clientWidth, canvas.clientHeight);
  }
}
