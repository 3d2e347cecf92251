// The explorer's first map, started before React (issue 12): the page's shell is static HTML (index.html), the map is
// made in its map area as soon as the data is there, and the React app is fetched once that map is drawn. The MapView
// that mounts first takes this map over (adoptEarlyMap) instead of making a second one, so the map is made once and
// what the user did on it meanwhile (moved, clicked a site) stays.
import {
  MapController,
  type BasemapState,
  type MapCallbacks,
  type MapLoadState,
  type MapUiLabels,
} from './mapController';

/** What the early map reported before it was taken over; MapView starts from it. */
export interface EarlyMapRecord {
  state: MapLoadState;
  /** The error's message when `state` is 'error'. */
  message: string | undefined;
  basemap: BasemapState;
  basemapFailed: boolean;
  /** Sites drawn once the map went idle with its data; null before. */
  drawnSites: number | null;
  /** Whether their polygons were drawn too (see MapCallbacks.onDataDrawn). */
  drawnPolygons: boolean;
}

interface EarlyMap {
  controller: MapController;
  element: HTMLElement;
  record: EarlyMapRecord;
  stop: () => void;
  /** The camera is the map's own fit to the data (no shared link's view, no site asked for), and nobody moved it. */
  ownFit: boolean;
}

let early: EarlyMap | null = null;

/**
 * Makes the map in `area` (the shell's map area): its element is a `.map-canvas` child of `area`, and `area` shows the
 * map's state in the same `data-map-state`, `data-map-sites`, `data-map-polygons` and `data-basemap` attributes as MapView does. Events go
 * to `callbacks` until the map is adopted; `onState` hears each load state.
 */
export function startEarlyMap(
  area: HTMLElement,
  labels: MapUiLabels,
  callbacks: Pick<MapCallbacks, 'onSiteClick' | 'onSiteHover' | 'onViewChange'>,
  onState: (state: MapLoadState) => void,
  options: { ownFit: boolean },
): MapController {
  const element = document.createElement('div');
  element.className = 'map-canvas';
  area.appendChild(element);
  const record: EarlyMapRecord = {
    state: 'loading',
    message: undefined,
    basemap: 'offline',
    basemapFailed: false,
    drawnSites: null,
    drawnPolygons: false,
  };
  area.dataset['mapState'] = 'loading';
  const controller = new MapController(
    element,
    {
      ...callbacks,
      onStateChange: (state, message) => {
        record.state = state;
        record.message = message;
        area.dataset['mapState'] = state;
        onState(state);
      },
      onBasemapError: () => {
        record.basemapFailed = true;
      },
      onBasemapState: (state) => {
        record.basemap = state;
        area.dataset['basemap'] = state;
      },
      onDataDrawn: (sites, polygons) => {
        record.drawnSites = sites;
        record.drawnPolygons = polygons;
        area.dataset['mapSites'] = String(sites);
        area.dataset['mapPolygons'] = String(polygons ? sites : 0);
      },
    },
    labels,
  );
  // A map that failed in its constructor (no WebGL) reports no change; it is in its state already.
  if (controller.loadState !== record.state) {
    record.state = controller.loadState;
    area.dataset['mapState'] = controller.loadState;
    onState(controller.loadState);
  }
  const entry: EarlyMap = { controller, element, record, stop: () => undefined, ownFit: options.ownFit };
  // A move by the user (drag, wheel, keys, the zoom buttons) keeps its camera when the map changes size on adoption.
  controller.maplibre?.on('movestart', (e: { originalEvent?: unknown }) => {
    if (e.originalEvent) entry.ownFit = false;
  });
  early = entry;
  return controller;
}

/** Called once the early map's own store subscriptions are set up, so adoptEarlyMap can end them. */
export function onEarlyMapAdopted(stop: () => void): void {
  if (early) early.stop = stop;
}

/** Ends an early map no page will take over (the data could not be loaded). */
export function discardEarlyMap(): void {
  const taken = early;
  if (!taken) return;
  early = null;
  taken.stop();
  taken.controller.destroy();
  taken.element.remove();
}

/**
 * Takes over the early map, if one is waiting: its element moves into `container`, its events go to `callbacks` from
 * now on. Null when there is none (every later map, and every page the early map was not made for).
 */
export function adoptEarlyMap(
  container: HTMLElement,
  callbacks: MapCallbacks,
): { controller: MapController; record: EarlyMapRecord } | null {
  const taken = early;
  if (!taken) return null;
  early = null;
  taken.stop();
  container.appendChild(taken.element);
  taken.controller.rebind(callbacks);
  // The shell's map area has another size than the app's (the header's controls and the legend take room): the map
  // takes the new size, and a camera that was only the fit to the data is fitted again, so all the sites stay in view.
  taken.controller.maplibre?.resize();
  if (taken.ownFit) taken.controller.fitToData(false);
  return { controller: taken.controller, record: { ...taken.record } };
}
