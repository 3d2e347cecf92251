// Pointer handling on the map: hover highlight and name tooltip for sites and hubs, and clicks that select a site.
import {
  Popup,
  type Map as MapLibreMap,
  type MapGeoJSONFeature,
  type MapLayerMouseEvent,
  type MapMouseEvent,
} from 'maplibre-gl';
import { LAYER, SITE_INTERACTIVE_LAYERS } from './style';

export interface PointerHooks {
  /** Sites hidden by the filters stay in the data (painted transparent), so the pointer must skip them. */
  isHidden: (siteId: string) => boolean;
  hoveredId: () => string | null;
  setHovered: (siteId: string | null) => void;
  onSiteHover: (siteId: string | null) => void;
  onSiteClick: (siteId: string | null) => void;
  ready: () => boolean;
}

export class MapPointer {
  private readonly map: MapLibreMap;
  private readonly hooks: PointerHooks;
  private readonly tooltip: Popup;

  constructor(map: MapLibreMap, hooks: PointerHooks) {
    this.map = map;
    this.hooks = hooks;
    this.tooltip = new Popup({ closeButton: false, closeOnClick: false, className: 'map-tooltip', offset: 12 });
    for (const layer of SITE_INTERACTIVE_LAYERS) {
      map.on('mousemove', layer, (e) => this.onSiteMove(e));
      map.on('mouseleave', layer, () => this.onLeave());
    }
    map.on('mousemove', LAYER.hubCircle, (e) => this.onHubMove(e));
    map.on('mouseleave', LAYER.hubCircle, () => this.onLeave());
    map.on('click', (e) => this.onClick(e));
  }

  remove(): void {
    this.tooltip.remove();
  }

  private visibleSite(features: readonly MapGeoJSONFeature[] | undefined): MapGeoJSONFeature | null {
    for (const f of features ?? []) {
      const id = f.properties?.id;
      if (typeof id === 'string' && !this.hooks.isHidden(id)) return f;
    }
    return null;
  }

  private onSiteMove(e: MapLayerMouseEvent): void {
    const feature = this.visibleSite(e.features);
    if (!feature) {
      this.onLeave();
      return;
    }
    const id = feature.properties.id as string;
    this.map.getCanvas().style.cursor = 'pointer';
    if (id !== this.hooks.hoveredId()) {
      this.hooks.setHovered(id);
      this.hooks.onSiteHover(id);
    }
    const name = feature.properties.name;
    // setText keeps names from the data file as text, never HTML.
    this.tooltip
      .setLngLat(e.lngLat)
      .setText(typeof name === 'string' ? name : id)
      .addTo(this.map);
  }

  /** Hub names are shown on hover only: the offline style has no glyphs for map labels. */
  private onHubMove(e: MapLayerMouseEvent): void {
    const name = e.features?.[0]?.properties?.name;
    if (typeof name !== 'string') return;
    this.tooltip.setLngLat(e.lngLat).setText(name).addTo(this.map);
  }

  private onLeave(): void {
    this.map.getCanvas().style.cursor = '';
    this.tooltip.remove();
    if (this.hooks.hoveredId() !== null) {
      this.hooks.setHovered(null);
      this.hooks.onSiteHover(null);
    }
  }

  private onClick(e: MapMouseEvent): void {
    if (!this.hooks.ready()) return;
    const hits = this.map.queryRenderedFeatures(e.point, { layers: [...SITE_INTERACTIVE_LAYERS] });
    const id = this.visibleSite(hits)?.properties.id;
    this.hooks.onSiteClick(typeof id === 'string' ? id : null);
  }
}
