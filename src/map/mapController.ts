// The one maplibre wrapper: created once per container, fed by React through plain method calls.
import {
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type GeoJSONSource,
  type Marker,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { crsLoaded, loadCrs } from '../domain/crs';
import type { Basemap, ColourBy } from './mapTypes';
import { BASEMAP_LAYERS, basemapVisibility, isBasemapSource, probeTileUrl, regionFillOpacity } from './basemap';

/** Where the background map stands: 'offline' also when 'auto' fell back, 'kartverket' once its tiles arrived. */
export type BasemapState = 'offline' | 'pending' | 'kartverket' | 'failed';
import { boundsWithLink, fitLinkGeoJson, type FitLink } from './fitLink';
import type { MapData } from './mapData';
import { MapPointer } from './mapPointer';
import { registerSnapshot, unregisterSnapshot } from './mapSnapshot';
import type { RoadsGeoJson } from './roads';
import { drawRegionLabels } from './regionLabels';
import { SiteLabels } from './siteLabels';
import { MARK_LAYERS, marksVisibility, markUpdates, type SiteMarks } from './siteMarks';
import { drawWhenSourceLoaded, holdDataFrames, uploadInBatches, uploadPolygons } from './siteUpload';
import {
  HATCH_IMAGE,
  hatchImage,
  LAND_CHANGE_SOURCE,
  landChangeLayers,
  type HatchKind,
  type LandChangeData,
} from './landChange';
import { visibilityChanges } from './siteVisibility';
import {
  buildStyle,
  LAYER,
  RING_LAYERS,
  ringVisibility,
  SITE_COLOUR_LAYERS,
  SITE_LAYERS,
  siteLayerGroup,
  type SiteLayerGroup,
  SITE_SOURCES,
  siteColour,
  SOURCE,
  type LayerOptions,
} from './style';

export type MapLoadState = 'loading' | 'ready' | 'error';

/** Where the map looks: centre in lon/lat and zoom. */
export interface MapCamera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface MapCallbacks {
  onStateChange: (state: MapLoadState, message?: string) => void;
  /** A click on the map: the site under the pointer, or null for empty map. */
  onSiteClick: (siteId: string | null) => void;
  onSiteHover: (siteId: string | null) => void;
  /** The map stopped moving (for whatever reason); the app stores this as a map-originated view. */
  onViewChange: (camera: MapCamera) => void;
  /** Tiles of the chosen background map failed (offline); the layer is switched off again to stop retrying. */
  onBasemapError: () => void;
  /** The background map's state changed (the 'auto' choice falls back or shows Kartverket by itself). */
  onBasemapState?: (state: BasemapState) => void;
  /**
   * The map went idle with this data drawn: the number of sites it shows, and whether their polygons are drawn too
   * (false while a large upload is drawn markers first: it is called again with true once the polygons are in).
   */
  onDataDrawn?: (sites: number, polygons: boolean) => void;
}

/** Labels for maplibre's own controls, so they follow the app language. */
export interface MapUiLabels {
  map: string;
  zoomIn: string;
  zoomOut: string;
  /** Shown when one finger (or the wheel without Ctrl/⌘) tries to move a map embedded in a scrolling page. */
  twoFingers?: string;
  ctrlWheel?: string;
}

/**
 * Below this width the layout is one scrolling column, and the map sits inside the page: a one-finger swipe or the
 * wheel must scroll the page, and two fingers (or Ctrl/⌘ + wheel) move the map ("cooperative gestures").
 */
export const SCROLLING_PAGE_QUERY = '(max-width: 1000px)';

let workerConfigured = false;

/** From this many sites the markers and then the polygons go to maplibre in batches (siteUpload.ts), after the rest. */
const SPLIT_UPLOAD_FROM_SITES = 1000;
/** Markers are points, much cheaper to copy than polygons: larger batches, so fewer round trips to maplibre's worker. */
const MARKER_BATCH_FEATURES = 4000;

const BASEMAP_FAILURES_BEFORE_GIVING_UP = 2;
/** How long the 'auto' probe waits for Kartverket before the map stays offline. */
const PROBE_TIMEOUT_MS = 5000;

export class MapController {
  /** Null before construction succeeded and after destroy(): every late callback (a probe, a React effect) stops at it.
   * */
  private map: MapLibreMap | null = null;
  /** Cancels the background-map probe when the map goes away (a view change while Kartverket is still answering). */
  private readonly lifetime = new AbortController();
  /** The element "Kartbilde (PNG)" finds this map by (src/map/mapSnapshot.ts). */
  private snapshotContainer: HTMLElement | null = null;
  private callbacks: MapCallbacks;
  private state: MapLoadState = 'loading';
  private styleLoaded = false;
  private data: MapData | null = null;
  private appliedData: MapData | null = null;
  /** The data whose rings the rings source holds. */
  private ringsData: MapData | null = null;
  private options: LayerOptions = { ringsVisible: false, basemap: 'none', colourBy: 'abc' };
  private fitLink: FitLink | null = null;
  private roads: RoadsGeoJson | null = null;
  private visible: ReadonlySet<string> | null = null;
  private readonly hidden = new Set<string>();
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private marks: SiteMarks | null = null;
  /** Land-accounts pieces (the accounts page only); null draws none. */
  private landChange: LandChangeData | null = null;
  private appliedLandChange: LandChangeData | null = null;
  private regionLabels: Marker[] = [];
  private siteLabels: SiteLabels | null = null;
  private pointer: MapPointer | null = null;
  private basemapFailed = false;
  /** The 'auto' choice's one-tile check of Kartverket: asked once per map. */
  private probe: 'unknown' | 'asking' | 'ok' | 'failed' = 'unknown';
  /** Tile outcomes for the current background map choice. */
  private basemapTiles = { loaded: 0, failed: 0 };
  /** A camera or site asked for before the first data was drawn (a shared link); it wins over fit-to-data. */
  private pendingCamera: MapCamera | null = null;
  private pendingZoomSiteId: string | null = null;
  private scrollingPage: MediaQueryList | null = null;
  /**
   * Whether any site feature-state was set since the data was last replaced. Clearing feature-state leaves maplibre
   * an (empty) entry that makes it decode every site tile again on the page's thread, so it is cleared only when set.
   */
  private siteStateSet = false;
  /** False while a large data set is being handed to maplibre (see setSiteLayersShown), per group of site layers. */
  private readonly siteLayersShown: Record<SiteLayerGroup, boolean> = { markers: true, polygons: true };
  private readonly onScrollingPageChange = () => this.applyCooperativeGestures();

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
        // Keeps the last frame readable, so "Kartbilde (PNG)" can copy the canvas at any time (investor exports).
        canvasContextAttributes: { preserveDrawingBuffer: true },
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        locale: {
          'Map.Title': labels.map,
          'NavigationControl.ZoomIn': labels.zoomIn,
          'NavigationControl.ZoomOut': labels.zoomOut,
          ...(labels.twoFingers ? { 'CooperativeGesturesHandler.MobileHelpText': labels.twoFingers } : {}),
          ...(labels.ctrlWheel
            ? {
                'CooperativeGesturesHandler.WindowsHelpText': labels.ctrlWheel,
                'CooperativeGesturesHandler.MacHelpText': labels.ctrlWheel,
              }
            : {}),
        },
      });
    } catch (err) {
      // No WebGL (or a broken context): the rest of the app keeps working without the map.
      this.setState('error', err instanceof Error ? err.message : String(err));
      return;
    }
    const map = this.map;
    registerSnapshot(container, map);
    this.snapshotContainer = container;
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
    map.touchZoomRotate.disableRotation();
    this.scrollingPage = typeof window.matchMedia === 'function' ? window.matchMedia(SCROLLING_PAGE_QUERY) : null;
    this.scrollingPage?.addEventListener('change', this.onScrollingPageChange);
    this.applyCooperativeGestures();
    this.siteLabels = new SiteLabels(map);
    this.pointer = new MapPointer(map, {
      isHidden: (id) => this.hidden.has(id),
      hoveredId: () => this.hoveredId,
      setHovered: (id) => this.setHovered(id),
      onSiteHover: (id) => this.callbacks.onSiteHover(id),
      onSiteClick: (id) => this.callbacks.onSiteClick(id),
      ready: () => this.styleLoaded,
    });

    map.on('load', () => {
      this.styleLoaded = true;
      this.applyBasemap();
      this.applyColourBy();
      this.applyMarksVisibility();
      this.applyFitLink();
      this.applyRoads();
      this.applyData();
      this.applyLandChange();
    });
    map.on('error', (e) => {
      // Tile errors carry the id of the source they came from.
      if (isBasemapSource((e as { sourceId?: unknown }).sourceId)) this.onBasemapTileError();
      else if (!this.styleLoaded) this.setState('error', e.error?.message ?? 'map error');
    });
    map.on('sourcedata', (e: { sourceId?: unknown; tile?: unknown }) => {
      if (!e.tile || !isBasemapSource(e.sourceId)) return;
      this.basemapTiles.loaded++;
      // The first tile under 'auto': the map now shows Kartverket, with the regions only tinting it.
      if (this.basemapTiles.loaded === 1 && !this.basemapFailed) this.applyBasemap();
    });
    map.on('moveend', () => {
      const c = map.getCenter();
      this.callbacks.onViewChange({ lng: c.lng, lat: c.lat, zoom: map.getZoom() });
      this.updateSiteLabels();
    });
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
    this.updateSiteLabels();
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
    this.applyRings();
  }

  /** The rings' data goes to the map only once they are shown (building it takes proj4, see MapData.rings). */
  private applyRings(): void {
    const map = this.map;
    const data = this.appliedData;
    if (!map || !this.styleLoaded || !data) return;
    const visible = this.options.ringsVisible;
    if (visible && this.ringsData !== data) {
      if (!crsLoaded()) {
        // Shown before proj4 has arrived (it is fetched once the first map is ready): draw them when it has.
        void loadCrs().then(() => this.applyRings());
        return;
      }
      (map.getSource(SOURCE.rings) as GeoJSONSource).setData(data.rings);
      this.ringsData = data;
    }
    for (const id of RING_LAYERS) map.setLayoutProperty(id, 'visibility', ringVisibility(visible));
  }

  /** The sites that pass the filters (null: all). Only sites whose visibility changes get a feature-state update. */
  setVisibleSites(siteIds: ReadonlySet<string> | null): void {
    if (siteIds === this.visible) return;
    this.visible = siteIds;
    this.applyVisibility();
    this.updateSiteLabels();
  }

  /** Scenario marks: sites changed from the basis or left out (null: none). Only sites whose marks change are updated.
   * */
  setSiteMarks(marks: SiteMarks | null): void {
    if (marks === this.marks) return;
    const before = this.marks;
    this.marks = marks;
    this.applyMarksVisibility();
    if (this.appliedData) this.applyMarks(before);
  }

  /** Colours the sites by ABC type or by ABC fit: two paint values, no data re-upload. */
  setColourBy(colourBy: ColourBy): void {
    if (colourBy === this.options.colourBy) return;
    this.options = { ...this.options, colourBy };
    this.applyColourBy();
  }

  /** Road lines the user loaded, as lon/lat GeoJSON (null: none). */
  setRoads(roads: RoadsGeoJson | null): void {
    if (roads === this.roads) return;
    this.roads = roads;
    this.applyRoads();
  }

  /** The selected site's line to the hub its fit is judged against (null: none). */
  setFitLink(link: FitLink | null): void {
    if (link === this.fitLink) return;
    this.fitLink = link;
    this.applyFitLink();
    this.updateSiteLabels();
  }

  /** The land accounts' change pieces; each new set frames the map. */
  setLandChange(data: LandChangeData | null): void {
    if (data === this.landChange) return;
    this.landChange = data;
    this.applyLandChange();
  }

  private applyLandChange(): void {
    const map = this.map;
    const data = this.landChange;
    if (!map || !this.styleLoaded || data === this.appliedLandChange) return;
    this.appliedLandChange = data;
    if (!map.getSource(LAND_CHANGE_SOURCE)) {
      for (const [kind, name] of Object.entries(HATCH_IMAGE))
        if (!map.hasImage(name)) map.addImage(name, hatchImage(kind as HatchKind));
      map.addSource(LAND_CHANGE_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      for (const layer of landChangeLayers()) map.addLayer(layer as Parameters<MapLibreMap['addLayer']>[0]);
    }
    (map.getSource(LAND_CHANGE_SOURCE) as GeoJSONSource).setData(
      (data?.collection ?? { type: 'FeatureCollection', features: [] }) as Parameters<GeoJSONSource['setData']>[0],
    );
    // A new comparison is framed on its pieces (a new result is a new object; the same one never moves the map).
    if (data?.bounds)
      map.fitBounds([data.bounds[0][0], data.bounds[0][1], data.bounds[1][0], data.bounds[1][1]], {
        padding: 24,
        duration: 0,
      });
  }

  setBasemap(basemap: Basemap): void {
    if (basemap === this.options.basemap) return;
    this.options = { ...this.options, basemap };
    // Back to 'auto' after a failed probe: stay offline rather than asking again on every switch.
    this.basemapFailed = basemap === 'auto' && this.probe === 'failed';
    this.basemapTiles = { loaded: 0, failed: 0 };
    this.applyBasemap();
  }

  /** Moves the map to a camera the app asked for (a link, back/forward). Never called for the map's own moves. */
  setCamera(camera: MapCamera): void {
    if (!this.map) return;
    if (!this.appliedData) {
      this.pendingCamera = camera;
      return;
    }
    this.map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
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
    const siteBounds = this.appliedData.siteBounds.get(siteId);
    if (!siteBounds) return;
    // With the line to the judged hub drawn, the view takes in both ends (a station 2 km off is otherwise off-screen).
    const bounds = boundsWithLink(siteBounds, this.fitLink?.siteId === siteId ? this.fitLink : null);
    this.map.fitBounds([bounds[0][0], bounds[0][1], bounds[1][0], bounds[1][1]], {
      padding: 80,
      maxZoom: 15,
      duration: animate ? 600 : 0,
    });
  }

  fitToData(animate = false): void {
    const bounds = this.data?.bounds;
    if (!this.map || !bounds) return;
    this.map.fitBounds([bounds[0][0], bounds[0][1], bounds[1][0], bounds[1][1]], {
      padding: 24,
      duration: animate ? 600 : 0,
    });
  }

  /** The e2e tests read this to check the phone layout. */
  get cooperativeGestures(): boolean {
    return this.map?.cooperativeGestures.isEnabled() ?? false;
  }

  /** New receivers for the map's events: the explorer's first map, started before React, is handed to its MapView. */
  rebind(callbacks: MapCallbacks): void {
    this.callbacks = callbacks;
  }

  destroy(): void {
    this.scrollingPage?.removeEventListener('change', this.onScrollingPageChange);
    for (const m of this.regionLabels) m.remove();
    this.siteLabels?.clear();
    this.pointer?.remove();
    this.lifetime.abort();
    this.styleLoaded = false;
    const map = this.map;
    this.map = null;
    if (this.snapshotContainer) unregisterSnapshot(this.snapshotContainer);
    map?.remove();
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
    const split = data.siteKeys.size >= SPLIT_UPLOAD_FROM_SITES;
    if (!split && !data.preparedPolygons)
      (map.getSource(SOURCE.siteMarkers) as GeoJSONSource).setData(data.siteMarkers);
    (map.getSource(SOURCE.hubs) as GeoJSONSource).setData(data.hubs);
    this.applyRings();
    // New data starts with clean feature-state: selection and visibility are applied again from scratch.
    if (this.siteStateSet) for (const source of SITE_SOURCES) map.removeFeatureState({ source });
    this.siteStateSet = false;
    this.hidden.clear();
    this.applyVisibility();
    this.applyMarks(null);
    this.regionLabels = drawRegionLabels(map, data.regionLabels, this.regionLabels);
    this.setSiteState(this.selectedId, { selected: true });
    if (first) {
      if (this.pendingCamera) this.setCamera(this.pendingCamera);
      else if (this.pendingZoomSiteId) this.zoomToSite(this.pendingZoomSiteId, false);
      else this.fitToData(false);
      this.pendingCamera = null;
      this.pendingZoomSiteId = null;
    }
    /** Once idle: 'ready' on first data, and the sites drawn (with their polygons, or their markers only). */
    const whenDrawn = (polygons = true): Promise<void> => {
      if (first) map.once('idle', () => this.setState('ready'));
      return new Promise((resolve) =>
        map.once('idle', () => {
          if (this.appliedData === data) this.callbacks.onDataDrawn?.(data.siteKeys.size, polygons);
          resolve();
        }),
      );
    };
    const preparedPolygons = data.preparedPolygons;
    const current = () => this.map === map && this.appliedData === data;
    const source = (id: string) => map.getSource(id) as GeoJSONSource;
    if (preparedPolygons) {
      // A large file the load worker made the map data of (see PreparedSiteMap): the markers first, in batches, shown
      // (every site at the overview) before the polygons, which the worker sends after them.
      this.setSiteLayersShown(false, 'all');
      const release = holdDataFrames(map);
      const markerUpload = uploadInBatches(
        source(SOURCE.siteMarkers),
        data.siteMarkers,
        current,
        MARKER_BATCH_FEATURES,
      );
      void markerUpload.then(async (markers) => {
        if (!markers) return release();
        this.showUploadedSites(map, 'markers', release);
        // The polygons go once the markers are drawn: the map is idle only when no source is loading.
        const [polygons] = await Promise.all([preparedPolygons, whenDrawn(false)]);
        if (!current()) return;
        const releasePolygons = holdDataFrames(map);
        const done = await uploadPolygons(source(SOURCE.sites), polygons, current);
        if (!done) return releasePolygons();
        this.showUploadedSites(map, 'polygons', releasePolygons);
        void whenDrawn(true);
      });
    } else if (!split) {
      (map.getSource(SOURCE.sites) as GeoJSONSource).setData(data.sites);
      this.setSiteLayersShown(true, 'all'); // a large upload this data replaced may have left them off
      void whenDrawn();
    } else {
      // maplibre copies the data to its worker in the task that sets it: many sites go in batches, each in a task of
      // its own, so the page never stops for all of them at once. The two sources' batches take turns (each waits
      // for maplibre's worker to index the one before).
      this.uploadSitesInTasks(map, whenDrawn, () => [
        uploadInBatches(source(SOURCE.siteMarkers), data.siteMarkers, current, MARKER_BATCH_FEATURES),
        uploadInBatches(source(SOURCE.sites), data.sites, current),
      ]);
    }
    this.updateSiteLabels();
  }

  /**
   * Many sites to maplibre in tasks of their own: the site layers off and maplibre's frames held first (every batch
   * would make it draw a frame, and with software WebGL each frame of thousands of sites stops the page), then the
   * two sources' uploads started; the layers shown again once both finished for data still current (an upload that
   * reports false was overtaken by newer data), their sites drawn in one frame once all their tiles came
   * (drawWhenSourceLoaded).
   */
  private uploadSitesInTasks(
    map: MapLibreMap,
    whenDrawn: () => Promise<void>,
    start: () => [Promise<boolean>, Promise<boolean>],
  ): void {
    this.setSiteLayersShown(false, 'all');
    const release = holdDataFrames(map);
    // Started only now: an upload's first batch goes to maplibre before its first await.
    void Promise.all(start()).then(([markers, polygons]) => {
      if (!markers || !polygons) return release();
      this.showUploadedSites(map, 'all', release);
      void whenDrawn();
    });
  }

  private applyVisibility(): void {
    const map = this.map;
    const data = this.appliedData;
    if (!map || !data) return;
    const ids = data.siteMarkers.features.map((f) => f.properties.id);
    const { hide, show } = visibilityChanges(ids, this.visible, this.hidden);
    for (const id of hide) {
      this.hidden.add(id);
      this.setSiteState(id, { hidden: true });
    }
    for (const id of show) {
      this.hidden.delete(id);
      this.setSiteState(id, { hidden: false });
    }
  }

  private applyMarks(before: SiteMarks | null): void {
    const map = this.map;
    if (!map) return;
    for (const { id, state } of markUpdates(before, this.marks)) this.setSiteState(id, state);
  }

  private applyMarksVisibility(): void {
    const map = this.map;
    if (!map || !this.styleLoaded) return;
    for (const id of MARK_LAYERS) {
      if (this.siteLayersShown[siteLayerGroup(id)])
        map.setLayoutProperty(id, 'visibility', marksVisibility(this.marks));
    }
  }

  /**
   * A batched upload's site layers shown again, their sites drawn in one frame once all their tiles came
   * (drawWhenSourceLoaded), then the upload's hold on the frames let go: in this order, so the frame the hold
   * deferred is the one that asks for the tiles.
   */
  private showUploadedSites(map: MapLibreMap, group: SiteLayerGroup | 'all', release: () => void): void {
    this.setSiteLayersShown(true, group);
    const sources = group === 'all' ? SITE_SOURCES : [group === 'markers' ? SOURCE.siteMarkers : SOURCE.sites];
    for (const id of sources) void drawWhenSourceLoaded(map, id);
    release();
  }

  /**
   * The site and mark layers (of one group, or both) off while a large upload runs (see applyData), and back as they
   * were after it.
   */
  private setSiteLayersShown(shown: boolean, group: SiteLayerGroup | 'all'): void {
    const map = this.map;
    if (!map) return;
    const groups: SiteLayerGroup[] = group === 'all' ? ['markers', 'polygons'] : [group];
    const changed = groups.filter((g) => this.siteLayersShown[g] !== shown);
    if (changed.length === 0) return;
    for (const g of changed) this.siteLayersShown[g] = shown;
    const inChanged = (id: string) => changed.includes(siteLayerGroup(id));
    for (const id of SITE_LAYERS)
      if (inChanged(id)) map.setLayoutProperty(id, 'visibility', shown ? 'visible' : 'none');
    if (shown) this.applyMarksVisibility();
    else for (const id of MARK_LAYERS) if (inChanged(id)) map.setLayoutProperty(id, 'visibility', 'none');
  }

  private applyCooperativeGestures(): void {
    if (!this.map) return;
    if (this.scrollingPage?.matches) this.map.cooperativeGestures.enable();
    else this.map.cooperativeGestures.disable();
  }

  private applyColourBy(): void {
    const map = this.map;
    if (!map || !this.styleLoaded) return;
    for (const { layerId, property } of SITE_COLOUR_LAYERS)
      map.setPaintProperty(layerId, property, siteColour(this.options.colourBy));
  }

  private applyRoads(): void {
    if (!this.map || !this.styleLoaded) return;
    (this.map.getSource(SOURCE.roads) as GeoJSONSource | undefined)?.setData(
      this.roads ?? { type: 'FeatureCollection', features: [] },
    );
  }

  private applyFitLink(): void {
    if (!this.map || !this.styleLoaded) return;
    (this.map.getSource(SOURCE.fitLink) as GeoJSONSource | undefined)?.setData(fitLinkGeoJson(this.fitLink));
  }

  private applyBasemap(): void {
    const map = this.map;
    if (!map || !this.styleLoaded) return;
    if (this.options.basemap === 'auto' && this.probe === 'unknown') this.startProbe();
    // Under 'auto' nothing is asked of Kartverket's layers until the probe tile came back.
    const waiting = this.options.basemap === 'auto' && this.probe !== 'ok';
    const chosen = this.basemapFailed || waiting ? 'none' : this.options.basemap;
    for (const { basemap, layerId } of BASEMAP_LAYERS)
      map.setLayoutProperty(layerId, 'visibility', basemapVisibility(basemap, chosen));
    map.setPaintProperty(LAYER.regionFill, 'fill-opacity', regionFillOpacity(chosen, this.basemapTiles.loaded > 0));
    this.callbacks.onBasemapState?.(this.basemapState());
  }

  private startProbe(): void {
    this.probe = 'asking';
    const done = (ok: boolean) => {
      if (!this.map) return;
      this.probe = ok ? 'ok' : 'failed';
      if (!ok && this.options.basemap === 'auto') this.basemapFailed = true;
      this.applyBasemap();
    };
    if (typeof fetch !== 'function') {
      done(false);
      return;
    }
    fetch(probeTileUrl(), {
      signal: AbortSignal.any([this.lifetime.signal, AbortSignal.timeout(PROBE_TIMEOUT_MS)]),
    }).then(
      (res) => done(res.ok && (res.headers.get('content-type') ?? '').startsWith('image/')),
      () => done(false),
    );
  }

  private basemapState(): BasemapState {
    const chosen = this.options.basemap;
    if (chosen === 'none') return 'offline';
    if (chosen === 'auto' && this.probe === 'failed') return 'offline';
    if (this.basemapFailed) return chosen === 'auto' ? 'offline' : 'failed';
    return this.basemapTiles.loaded > 0 ? 'kartverket' : 'pending';
  }

  /**
   * A couple of failed tiles with none loaded means the service is out of reach (offline): say so once and stop asking
   * for more. A stray failure after tiles have loaded is ignored.
   */
  private onBasemapTileError(): void {
    if (this.basemapFailed || this.options.basemap === 'none') return;
    this.basemapTiles.failed++;
    if (this.basemapTiles.loaded > 0 || this.basemapTiles.failed < BASEMAP_FAILURES_BEFORE_GIVING_UP) return;
    this.basemapFailed = true;
    this.applyBasemap();
    // 'auto' falls back by itself; only an explicit choice that failed gets the note.
    if (this.options.basemap !== 'auto') this.callbacks.onBasemapError();
  }

  private updateSiteLabels(): void {
    if (!this.styleLoaded) return;
    this.siteLabels?.update(this.appliedData, { hidden: this.hidden, selectedId: this.selectedId, link: this.fitLink });
  }

  /** The feature-state key of a site (for tests that read feature-state); undefined for an unknown id. */
  siteKey(siteId: string): number | undefined {
    return this.appliedData?.siteKeys.get(siteId);
  }

  /** Feature-state by the site's numeric key (an unknown id, e.g. from a link, changes nothing). */
  private setSiteState(siteId: string | null, state: Record<string, boolean>): void {
    if (!siteId || !this.map || !this.appliedData) return;
    const key = this.appliedData.siteKeys.get(siteId);
    if (key === undefined) return;
    this.siteStateSet = true;
    for (const source of SITE_SOURCES) this.map.setFeatureState({ source, id: key }, state);
  }
}
