// React host for the map wrapper: creates it once, then pushes props into it. Component tests mock this module.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { mapErrorKind, type MapErrorKind } from './mapErrors';
import type { Hub, Region, Site, SiteResult } from '../domain/types';
import type { Basemap, ColourBy, MapViewState } from './mapTypes';
import { BASEMAP_ATTRIBUTION } from './basemap';
import type { FitLink } from './fitLink';
import { buildMapDataSliced, mapDataFor, SLICED_FROM_SITES, type MapData } from './mapData';
import { MapController, type BasemapState, type MapCamera, type MapLoadState, type MapUiLabels } from './mapController';
import type { SiteMarks } from './siteMarks';
import type { LandChangeData } from './landChange';
import type { RoadsGeoJson } from './roads';
import { nextTask } from './siteUpload';
import { adoptEarlyMap } from './earlyMap';
import type { PreparedSiteMap } from '../domain/siteMapFeatures';

/** Texts shown by the map area itself, in the app language. */
export interface MapTexts {
  /** No WebGL in this browser. */
  unavailable: string;
  /** The map could not start for another reason (e.g. its worker script could not be fetched). */
  failed: string;
  loading: string;
  fitAll: string;
  basemapFailed: string;
}

export interface MapViewProps {
  sites: readonly Site[];
  hubs: readonly Hub[];
  regions: readonly Region[];
  /** `results[i]` belongs to `sites[i]`; reused for centroids and areas. */
  results: readonly SiteResult[];
  selectedSiteId: string | null;
  hoveredSiteId: string | null;
  ringsVisible: boolean;
  /** null shows every site. */
  visibleSiteIds: ReadonlySet<string> | null;
  /** Bumped by the app to move the map to a site; map clicks never set it (no feedback loop). */
  zoomRequest: { siteId: string; seq: number } | null;
  /** Only views with origin 'app' move the map; 'map' views are the map's own report of where it is. */
  view: MapViewState | null;
  basemap: Basemap;
  labels: MapUiLabels;
  texts: MapTexts;
  onSiteClick: (siteId: string | null) => void;
  onSiteHover: (siteId: string | null) => void;
  onViewChange: (camera: MapCamera) => void;
  /** Scenario page: sites changed from the basis or left out, marked on the map. Absent or null: no marks. */
  siteMarks?: SiteMarks | null;
  /** What the sites are coloured by; absent: ABC type. */
  colourBy?: ColourBy;
  /** The selected site's line to the hub its ABC fit is judged against; absent or null: none. */
  fitLink?: FitLink | null;
  /** Investor page: road lines the user loaded (lon/lat). Absent or null: none. */
  roads?: RoadsGeoJson | null;
  /** Land-accounts page: added/removed/unchanged pieces. Absent or null: none. */
  landChange?: LandChangeData | null;
  /**
   * The sites' map data made by the load worker for exactly these `sites` and `results` (see PreparedSiteMap); absent
   * or null: built here. Used from SLICED_FROM_SITES sites on.
   */
  preparedSites?: PreparedSiteMap | null;
  /**
   * Told each load state the map reaches ('ready' once the data is drawn), once `data-map-state` shows it; the explorer
   * opens the first-map gate with it.
   */
  onLoadState?: (state: MapLoadState) => void;
}

declare global {
  interface Window {
    /** Test-only handle, set when the page is opened with `?e2e=1`. */
    __naeringsarealkart?: { map: unknown; siteKey: (siteId: string) => number | undefined };
  }
}

export { SLICED_FROM_SITES };

export function MapView(props: MapViewProps) {
  const {
    sites,
    hubs,
    regions,
    results,
    selectedSiteId,
    hoveredSiteId,
    ringsVisible,
    visibleSiteIds,
    zoomRequest,
    view,
    basemap,
    labels,
    texts,
  } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  const [state, setState] = useState<MapLoadState>('loading');
  const [errorKind, setErrorKind] = useState<MapErrorKind>('webgl');
  const [basemapState, setBasemapState] = useState<BasemapState>('offline');
  // Which background map choice failed to load; a new choice starts without the note (the map tries again).
  const [basemapStatus, setBasemapStatus] = useState<{ basemap: Basemap; failed: boolean }>({ basemap, failed: false });
  if (basemapStatus.basemap !== basemap) setBasemapStatus({ basemap, failed: false });
  // The wrapper outlives renders, so it reads the latest callbacks through a ref.
  const callbacksRef = useRef({
    onSiteClick: props.onSiteClick,
    onSiteHover: props.onSiteHover,
    onViewChange: props.onViewChange,
    onLoadState: props.onLoadState,
  });
  useEffect(() => {
    callbacksRef.current = {
      onSiteClick: props.onSiteClick,
      onSiteHover: props.onSiteHover,
      onViewChange: props.onViewChange,
      onLoadState: props.onLoadState,
    };
  });
  const labelsRef = useRef(labels);
  /**
   * Sites the map shows once idle with its current data (`data-map-sites`), and of those the ones with their polygons
   * drawn too (`data-map-polygons`: 0 while a large file's markers are drawn first), for tests and the browser benchmark.
   */
  const [drawn, setDrawn] = useState<{ sites: number; polygons: boolean } | null>(null);

  // Small data is prepared at once; large data in slices (see buildMapDataSliced), so the page never stops for long,
  // while the map keeps showing the previous data until the new is ready.
  const sliced = sites.length >= SLICED_FROM_SITES;
  const mapData = useMemo(
    () => (sliced ? null : mapDataFor(sites, hubs, regions, results)),
    [sliced, sites, hubs, regions, results],
  );
  const [slicedData, setSlicedData] = useState<MapData | null>(null);
  const preparedSites = props.preparedSites ?? null;
  useEffect(() => {
    if (!sliced) return;
    let live = true;
    const pause = () => nextTask().then(() => live);
    // Begun a task later: not in the task that rendered the new data (with 20 000 sites, already a long one).
    void pause()
      .then((go) => (go ? buildMapDataSliced(sites, hubs, regions, results, pause, undefined, preparedSites) : null))
      .then((data) => {
        if (live && data) setSlicedData(data);
      });
    return () => {
      live = false;
    };
  }, [sliced, sites, hubs, regions, results, preparedSites]);

  // A layout effect: a map taken over from the page's shell (earlyMap.ts) is back in the page before it is painted.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const callbacks = {
      onStateChange: (s: MapLoadState, message?: string) => {
        setState(s);
        if (s === 'error') setErrorKind(mapErrorKind(message));
      },
      onSiteClick: (id: string | null) => callbacksRef.current.onSiteClick(id),
      onSiteHover: (id: string | null) => callbacksRef.current.onSiteHover(id),
      onViewChange: (camera: MapCamera) => callbacksRef.current.onViewChange(camera),
      onBasemapError: () => setBasemapStatus((s) => ({ ...s, failed: true })),
      onBasemapState: setBasemapState,
      onDataDrawn: (sites: number, polygons: boolean) => setDrawn({ sites, polygons }),
    };
    const adopted = adoptEarlyMap(container, callbacks);
    const controller = adopted?.controller ?? new MapController(container, callbacks, labelsRef.current);
    if (adopted) {
      const { record } = adopted;
      if (record.state === 'error') setErrorKind(mapErrorKind(record.message));
      setBasemapState(record.basemap);
      if (record.basemapFailed) setBasemapStatus((s) => ({ ...s, failed: true }));
      setDrawn(record.drawnSites === null ? null : { sites: record.drawnSites, polygons: record.drawnPolygons });
    }
    controllerRef.current = controller;
    setState(controller.loadState);
    if (new URLSearchParams(window.location.search).has('e2e')) {
      window.__naeringsarealkart = { map: controller.maplibre, siteKey: (siteId) => controller.siteKey(siteId) };
    }
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (mapData) controllerRef.current?.setData(mapData);
  }, [mapData]);
  useEffect(() => {
    if (slicedData) controllerRef.current?.setData(slicedData);
  }, [slicedData]);
  useEffect(() => controllerRef.current?.setSelected(selectedSiteId), [selectedSiteId]);
  useEffect(() => controllerRef.current?.setHovered(hoveredSiteId), [hoveredSiteId]);
  useEffect(() => controllerRef.current?.setRingsVisible(ringsVisible), [ringsVisible]);
  // After the commit, so `data-map-state` already says it when the app is told (the first-map gate, firstMap.ts).
  useEffect(() => callbacksRef.current.onLoadState?.(state), [state]);
  useEffect(() => controllerRef.current?.setVisibleSites(visibleSiteIds), [visibleSiteIds]);
  const siteMarks = props.siteMarks ?? null;
  useEffect(() => controllerRef.current?.setSiteMarks(siteMarks), [siteMarks]);
  const roads = props.roads ?? null;
  useEffect(() => controllerRef.current?.setRoads(roads), [roads]);
  const landChange = props.landChange ?? null;
  useEffect(() => controllerRef.current?.setLandChange(landChange), [landChange]);
  useEffect(() => controllerRef.current?.setBasemap(basemap), [basemap]);
  const colourBy = props.colourBy ?? 'abc';
  useEffect(() => controllerRef.current?.setColourBy(colourBy), [colourBy]);
  // Before the zoom request below, so "zoom to" already knows the hub it must take in.
  const fitLink = props.fitLink ?? null;
  useEffect(() => controllerRef.current?.setFitLink(fitLink), [fitLink]);
  useEffect(() => controllerRef.current?.setLabels(labels), [labels]);
  useEffect(() => {
    if (zoomRequest) controllerRef.current?.zoomToSite(zoomRequest.siteId);
  }, [zoomRequest]);
  useEffect(() => {
    if (view?.origin === 'app') controllerRef.current?.setCamera(view);
  }, [view]);

  const basemapFailed = basemap !== 'none' && basemapStatus.basemap === basemap && basemapStatus.failed;
  return (
    <div
      className="map-area"
      data-testid="map"
      data-map-state={state}
      data-basemap={basemapState}
      data-map-sites={drawn?.sites}
      data-map-polygons={drawn ? (drawn.polygons ? drawn.sites : 0) : undefined}
    >
      <div ref={containerRef} className="map-canvas" />
      {state === 'ready' ? (
        <button type="button" className="map-fit-all" onClick={() => controllerRef.current?.fitToData(true)}>
          {texts.fitAll}
        </button>
      ) : null}
      {state === 'error' ? (
        <p className="map-message map-message--error" role="status">
          {errorKind === 'webgl' ? texts.unavailable : texts.failed}
        </p>
      ) : null}
      {state === 'loading' ? (
        <p className="map-message" role="status">
          {texts.loading}
        </p>
      ) : null}
      <p className="map-basemap-note" role="status" data-testid="basemap-note">
        {basemapFailed ? texts.basemapFailed : ''}
      </p>
      {/* The CC BY credit whenever Kartverket's tiles are on the map (under 'auto' only once they have arrived). */}
      {basemapState === 'kartverket' && state === 'ready' ? (
        <p className="map-attribution" data-testid="basemap-attribution">
          {BASEMAP_ATTRIBUTION}
        </p>
      ) : null}
    </div>
  );
}
