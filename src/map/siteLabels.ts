// Site and hub names as HTML labels over the map (the offline style has no glyphs), redrawn when the map stops moving.
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import { hubDisplayName } from '../domain/hubName';
import type { FitLink } from './fitLink';
import { placeLabels, regionLabelBox, SITE_LABEL_MIN_ZOOM, type LabelCandidate } from './labelPlacement';
import type { MapData } from './mapData';

/** Hub names appear from this zoom (the whole municipality fits at about 10, where 13 names would crowd it). */
export const HUB_LABEL_MIN_ZOOM = 11;
/** Hub names sit above their ring, site names below their centre, so a site next to a station keeps both. */
const HUB_LABEL_OFFSET_Y_PX = -16;
/** Hubs outrank every site except the selected one: a site's priority is its area in m², far below this. */
const HUB_PRIORITY = 1e12;

export interface LabelState {
  hidden: ReadonlySet<string>;
  selectedId: string | null;
  /** The selected site's line to the hub it is judged against: that hub is always named, with the distance. */
  link: FitLink | null;
}

export class SiteLabels {
  private readonly map: MapLibreMap;
  private readonly markers = new Map<string, Marker>();

  constructor(map: MapLibreMap) {
    this.map = map;
  }

  /** Shows the names that fit for the sites and hubs in view; the selected site and its judged hub go first. */
  update(data: MapData | null, state: LabelState): void {
    const wanted = data ? this.place(data, state) : [];
    const keep = new Set(wanted.map((l) => l.id));
    for (const [id, marker] of this.markers) {
      if (!keep.has(id)) {
        marker.remove();
        this.markers.delete(id);
      }
    }
    for (const label of wanted) {
      const className = labelClass(label.id, state);
      const existing = this.markers.get(label.id);
      const lngLat = this.map.unproject([label.x, label.y]);
      if (existing) {
        existing.setLngLat(lngLat);
        const el = existing.getElement();
        // classList, not className: maplibre keeps its own positioning classes on the same element.
        el.classList.toggle('is-selected', className.includes('is-selected'));
        el.classList.toggle('is-judged', className.includes('is-judged'));
        // The judged hub's label carries the distance, which changes with the selection.
        if (el.textContent !== label.name) el.textContent = label.name;
        continue;
      }
      const el = document.createElement('div');
      el.className = className;
      // The list and the card already name every site and hub for assistive technology; these are a visual aid only.
      el.setAttribute('aria-hidden', 'true');
      // The data id without its kind prefix, which the class name already tells.
      el.dataset.labelFor = label.id.slice(label.id.indexOf(':') + 1);
      // textContent: names from the data file stay text, never HTML.
      el.textContent = label.name;
      this.markers.set(label.id, new Marker({ element: el }).setLngLat(lngLat).addTo(this.map));
    }
  }

  clear(): void {
    for (const marker of this.markers.values()) marker.remove();
    this.markers.clear();
  }

  private place(data: MapData, state: LabelState) {
    const bounds = this.map.getBounds();
    const zoom = this.map.getZoom();
    const candidates: LabelCandidate[] = [];
    for (const f of data.siteMarkers.features) {
      const { id, name, areaM2 } = f.properties;
      const selected = id === state.selectedId;
      // The selected site is named at any zoom, so the line to its hub has both ends labelled.
      if (state.hidden.has(id) || (!selected && zoom < SITE_LABEL_MIN_ZOOM)) continue;
      const [lng, lat] = f.geometry.coordinates as [number, number];
      if (!bounds.contains([lng, lat])) continue;
      const p = this.map.project([lng, lat]);
      candidates.push({
        id: siteLabelId(id),
        name,
        x: p.x,
        y: p.y,
        priority: selected ? Number.POSITIVE_INFINITY : areaM2,
      });
    }
    for (const f of data.hubs.features) {
      const { id, name } = f.properties;
      const judged = state.link?.hubId === id;
      if (!judged && zoom < HUB_LABEL_MIN_ZOOM) continue;
      const [lng, lat] = f.geometry.coordinates as [number, number];
      if (!bounds.contains([lng, lat])) continue;
      const p = this.map.project([lng, lat]);
      candidates.push({
        id: hubLabelId(id),
        name: judged && state.link ? state.link.label : hubDisplayName(name).name,
        x: p.x,
        y: p.y,
        offsetY: HUB_LABEL_OFFSET_Y_PX,
        priority: judged ? Number.MAX_VALUE : HUB_PRIORITY,
      });
    }
    const obstacles = data.regionLabels.map((r) => {
      const p = this.map.project([r.lngLat[0], r.lngLat[1]]);
      return regionLabelBox(r.name, p.x, p.y);
    });
    const canvas = this.map.getCanvas();
    return placeLabels(candidates, canvas.clientWidth, canvas.clientHeight, undefined, obstacles);
  }
}

export const siteLabelId = (id: string) => `site:${id}`;
export const hubLabelId = (id: string) => `hub:${id}`;

function labelClass(labelId: string, state: LabelState): string {
  if (labelId.startsWith('hub:')) {
    return state.link && labelId === hubLabelId(state.link.hubId) ? 'map-hub-label is-judged' : 'map-hub-label';
  }
  return state.selectedId !== null && labelId === siteLabelId(state.selectedId)
    ? 'map-site-label is-selected'
    : 'map-site-label';
}
