// The one maplibre wrapper: created once per container, fed by React through plain method calls.
import {
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  Popup,
  ScaleControl,
  setWorkerUrl,
  type GeoJSONSource,
  type MapLayerMouseEvent,
  type MapMouseEvent,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { MapData } from './mapData';
import {
  buildStyle,
  LAYER,
  RING_LAYERS,
  ringVisibility,
  SITE_INTERACTIVE_LAYERS,
  SITE_LAYERS,
  SITE_SOURCES,
  siteLayerFilter,
  SOURCE,
  type LayerOptions,
} from './style';

export type MapLoadState = 'loading' | 'ready' | 'error';

export interface MapCallbacks {
  onStateChange: (state: MapLoadState, message?: string) => void;
  /** A click on the map: the site under the pointer, or null for empty map. */
  onSiteClick: (siteId: string | null) => void;
  onSiteHover: (siteId: string | null) => void;
}

/** Labels for maplibre's own controls, so they follow the app language. */
export interface MapUiLabels {
  map: string;
  zoomIn: string;
  zoomOut: string;
}

let workerConfigured = false;

export class MapController {
  private readonly map: MapLibreMap | null = null;
  private readonly callbacks: MapCallbacks;
  private state: MapLoadState = 'loading';
  private styleLoaded = false;
  private data: MapData | null = null;
  private appliedData: MapData | null = null;
  private options: LayerOptions = { ringsVisible: false, visibleSiteIds: null };
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private labels: Marker[] = [];
  /** A zoom asked for before the first data was drawn (deep link); it wins over fit-to-data. */
  private pendingZoomSiteId: string | null = null;
  private readonly tooltip: Popup | null = null;

  constructor(container: HTMLElement, callbacks: MapCallbacks, labels: MapUiLabels) {
    this.callbacks = callbacks;
    try {
      if (!workerConfigured) {
        // Without this the built app fails with "Worker failed to load".
        setWorkerUrl(workerUrl);
        workerConfigured = true;
      }
      this.map = new MapLibreMap({
        container,
        style: buildStyle(this.options),
        center: [10.43, 59.78],
        zoom: 10,
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        locale: { 'Map.Title': labels.map, 'NavigationControl.ZoomIn': labels.zoomIn, 'NavigationControl.ZoomOut': labels.zoomOut },
      });
    } catch (err) {
      // No WebGL (or a broken context): the rest of the app keeps working without the map.
      this.setState('error', err instanceof Error ? err.message : String(err));
      return;
    }
    const map = this.map;
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
    map.touchZoomRotate.disableRotation();
    this.tooltip = new Popup({ closeButton: false, closeOnClick: false, className: 'map-tooltip', offset: 12 });

    map.on('load', () => {
      this.styleLoaded = true;
      this.applyData();
    });
    map.on('error', (e) => {
      if (!this.styleLoaded) this.setState('error', e.error?.message ?? 'map error');
    });
    for (const layer of SITE_INTERACTIVE_LAYERS) {
      map.on('mousemove', layer, (e) => this.onSiteMove(e));
      map.on('mouseleave', layer, () => this.onSiteLeave());
    }
    map.on('mousemove', LAYER.hubCircle, (e) => this.onHubMove(e));
    map.on('mouseleave', LAYER.hubCircle, () => this.onSiteLeave());
    map.on('click', (e) => this.onClick(e));
  }

  /** The maplibre instance, for the e2e test handle only. */
  get maplibre(): MapLibreMap | null {
    return this.map;
  }

  get loadState(): MapLoadState {
    return this.state;
  }

  /** Replaces the drawn data; the same object twice is a no-op. */
  setData(data: MapData): void {
    if (data === this.data) return;
    this.data = data;
    this.applyData();
  }

  setSelected(siteId: string | null): void {
    if (siteId === this.selectedId) return;
    this.setSiteState(this.selectedId, { selected: false });
    this.selectedId = siteId;
    this.setSiteState(siteId, { selected: true });
  }

  /** Hover driven by the app (e.g. the site list), mirrored on the map. */
  setHovered(siteId: string | null): void {
    if (siteId === this.hoveredId) return;
    this.setSiteState(this.hoveredId, { hover: false });
    this.hoveredId = siteId;
    this.setSiteState(siteId, { hover: true });
  }

  setRingsVisible(visible: boolean): void {
    if (visible === this.options.ringsVisible) return;
    this.options = { ...this.options, ringsVisible: visible };
    if (!this.map || !this.styleLoaded) return;
    for (const id of RING_LAYERS) this.map.setLayoutProperty(id, 'visibility', ringVisibility(visible));
  }

  setVisibleSites(siteIds: readonly string[] | null): void {
    if (siteIds === this.options.visibleSiteIds) return;
    this.options = { ...this.options, visibleSiteIds: siteIds };
    this.applyFilters();
  }

  setLabels(labels: MapUiLabels): void {
    const container = this.map?.getContainer();
    if (!container) return;
    container.querySelector('canvas')?.setAttribute('aria-label', labels.map);
    for (const [selector, text] of [
      ['.maplibregl-ctrl-zoom-in', labels.zoomIn],
      ['.maplibregl-ctrl-zoom-out', labels.zoomOut],
    ] as const) {
      const button = container.querySelector(selector);
      button?.setAttribute('aria-label', text);
      button?.setAttribute('title', text);
    }
  }

  zoomToSite(siteId: string, animate = true): void {
    if (!this.map) return;
    if (!this.appliedData) {
      this.pendingZoomSiteId = siteId;
      return;
    }
    const bounds = this.appliedData.siteBounds[siteId];
    if (!bounds) return;
    this.map.fitBounds([bounds[0][0], bounds[0][1], bounds[1][0], bounds[1][1]], {
      padding: 80,
      maxZoom: 15,
      duration: animate ? 600 : 0,
    });
  }

  fitToData(animate = false): void {
    const bounds = this.data?.bounds;
    if (!this.map || !bounds) return;
    this.map.fitBounds([bounds[0][0], bounds[0][1], bounds[1][0], bounds[1][1]], { padding: 24, duration: animate ? 600 : 0 });
  }

  destroy(): void {
    for (const m of this.labels) m.remove();
    this.tooltip?.remove();
    this.map?.remove();
  }

  private setState(state: MapLoadState, message?: string): void {
    if (state === this.state) return;
    this.state = state;
    this.callbacks.onStateChange(state, message);
  }

  private applyData(): void {
    const map = this.map;
    const data = this.data;
    if (!map || !this.styleLoaded || !data || data === this.appliedData) return;
    const first = this.appliedData === null;
    this.appliedData = data;
    (map.getSource(SOURCE.regions) as GeoJSONSource).setData(data.regions);
    (map.getSource(SOURCE.rings) as GeoJSONSource).setData(data.rings);
    (map.getSource(SOURCE.sites) as GeoJSONSource).setData(data.sites);
    (map.getSource(SOURCE.siteMarkers) as GeoJSONSource).setData(data.siteMarkers);
    (map.getSource(SOURCE.hubs) as GeoJSONSource).setData(data.hubs);
    for (const id of RING_LAYERS) map.setLayoutProperty(id, 'visibility', ringVisibility(this.options.ringsVisible));
    this.applyFilters();
    this.drawRegionLabels(data);
    // feature-state survives setData for ids that still exist; re-assert in case the data was replaced.
    this.setSiteState(this.selectedId, { selected: true });
    if (first) {
      if (this.pendingZoomSiteId) this.zoomToSite(this.pendingZoomSiteId, false);
      else this.fitToData(false);
      this.pendingZoomSiteId = null;
      map.once('idle', () => this.setState('ready'));
    }
  }

  private applyFilters(): void {
    if (!this.map || !this.styleLoaded) return;
    for (const id of SITE_LAYERS) this.map.setFilter(id, siteLayerFilter(id, this.options.visibleSiteIds));
  }

  /** Region names as HTML markers: the offline style has no glyphs, so symbol text layers are not an option. */
  private drawRegionLabels(data: MapData): void {
    if (!this.map) return;
    for (const m of this.labels) m.remove();
    this.labels = data.regionLabels.map((label) => {
      const el = document.createElement('div');
      el.className = 'map-region-label';
      el.textContent = label.name;
      return new Marker({ element: el }).setLngLat([label.lngLat[0], label.lngLat[1]]).addTo(this.map as MapLibreMap);
    });
  }

  private setSiteState(siteId: string | null, state: Record<string, boolean>): void {
    if (!siteId || !this.map || !this.appliedData) return;
    for (const source of SITE_SOURCES) this.map.setFeatureState({ source, id: siteId }, state);
  }

  private onSiteMove(e: MapLayerMouseEvent): void {
    const feature = e.features?.[0];
    const id = feature?.properties?.id;
    if (typeof id !== 'string' || !this.map) return;
    this.map.getCanvas().style.cursor = 'pointer';
    if (id !== this.hoveredId) {
      this.setHovered(id);
      this.callbacks.onSiteHover(id);
    }
    const name = feature?.properties?.name;
    // setText keeps names from the data file as text, never HTML.
    this.tooltip?.setLngLat(e.lngLat).setText(typeof name === 'string' ? name : id).addTo(this.map);
  }

  /** Hub names are shown on hover only: the offline style has no glyphs for map labels. */
  private onHubMove(e: MapLayerMouseEvent): void {
    const name = e.features?.[0]?.properties?.name;
    if (!this.map || typeof name !== 'string') return;
    this.tooltip?.setLngLat(e.lngLat).setText(name).addTo(this.map);
  }

  private onSiteLeave(): void {
    if (!this.map) return;
    this.map.getCanvas().style.cursor = '';
    this.tooltip?.remove();
    if (this.hoveredId !== null) {
      this.setHovered(null);
      this.callbacks.onSiteHover(null);
    }
  }

  private onClick(e: MapMouseEvent): void {
    if (!this.map || !this.styleLoaded) return;
    const hit = this.map.queryRenderedFeatures(e.point, { layers: [...SITE_INTERACTIVE_LAYERS] })[0];
    const id = hit?.properties?.id;
    this.callbacks.onSiteClick(typeof id === 'string' ? id : null);
  }
}
