// The explorer's first screen before React (issue 12): index.html's shell (header, notes line, map area) gets its
// words, and the map is made in its map area with the store's data and view (a shared link's selection, filters,
// camera, background map and colours), through the same wrapper and the same data as MapView. The React app is
// fetched once that map is drawn (or has failed), or after EARLY_MAP_MAX_WAIT_MS whatever the map does, and its
// MapView takes the map over (src/map/earlyMap.ts). Every other start (another page, a load error, a large dataset the
// map prepares in slices) fetches the React app at once.
import type { MapCallbacks, MapController } from './map/mapController';
import { discardEarlyMap, onEarlyMapAdopted, startEarlyMap } from './map/earlyMap';
import { mapDataFor, SLICED_FROM_SITES } from './map/mapData';
import { translator } from './i18n';
import { formatWhole } from './i18n/format';
import { actions } from './state/actions';
import { useProfileStore } from './state/profileStore';
import { filterItems, visibleIdsForMap } from './state/selectors';
import { useAppStore, type AppState } from './state/store';
import { mapUiLabels, selectionFitLink } from './ui/mapTexts';
import { dataNote } from './ui/load/userDataNote';

/** The longest the React app waits for the first map: a map that never reports does not hold the page back. */
export const EARLY_MAP_MAX_WAIT_MS = 4000;

/** The shell's elements (index.html); null when the page has no shell (the app then renders as before). */
function shellParts() {
  const map = document.getElementById('shell-map');
  const title = document.getElementById('shell-title');
  const notes = document.getElementById('shell-notes');
  return map && title && notes ? { map, title, notes } : null;
}

/**
 * Starts the first screen; `renderApp` fetches and renders the React app (called once, at the latest after
 * EARLY_MAP_MAX_WAIT_MS). Call after bootstrap(), so the store holds the URL's state and the data is on its way.
 */
export function startEarlyExplorer(renderApp: () => void): void {
  let rendered = false;
  const render = () => {
    if (rendered) return;
    rendered = true;
    renderApp();
  };
  const shell = shellParts();
  const first = useAppStore.getState();
  if (!shell || first.page !== 'explorer') {
    render();
    return;
  }
  // The map starts at once, while the data is read and analysed: both are under way when the data arrives.
  const callbacks: Pick<MapCallbacks, 'onSiteClick' | 'onSiteHover' | 'onViewChange'> = {
    onSiteClick: (id) => actions.selectSite(id),
    onSiteHover: actions.hoverSite,
    onViewChange: actions.mapMoved,
  };
  const t = translator(first.lang);
  const controller = startEarlyMap(
    shell.map,
    mapUiLabels(first.lang, t('mapLabel')),
    callbacks,
    (state) => {
      if (state !== 'loading') render();
    },
    { ownFit: first.mapView?.origin !== 'app' && first.zoomRequest === null },
  );
  keepForTests(controller);
  const whenData = (s: AppState): boolean => {
    if (s.dataStatus === 'loading') return false;
    const { dataset, index } = s;
    if (s.dataStatus !== 'ready' || !dataset || !index) {
      // No explorer will take the map: the app shows the error.
      discardEarlyMap();
      render();
    } else if (rendered || dataset.sites.length >= SLICED_FROM_SITES) {
      // The app's MapView feeds the map (large data in slices, as after any load).
      render();
    } else drawFirstScreen(shell, controller, s);
    return true;
  };
  if (!whenData(useAppStore.getState())) {
    const stop = useAppStore.subscribe((s) => {
      if (whenData(s)) stop();
    });
  }
  setTimeout(render, EARLY_MAP_MAX_WAIT_MS);
}

function drawFirstScreen(
  shell: NonNullable<ReturnType<typeof shellParts>>,
  controller: MapController,
  s: AppState,
): void {
  const { dataset, index, lang } = s;
  if (!dataset || !index) return;
  const t = translator(lang);
  const profile = useProfileStore.getState().profile;
  // Text, never markup: a file name from the user's data can be in the note.
  shell.title.textContent = t('profAppTitle', { kommune: profile.name });
  shell.notes.setAttribute('aria-label', t('dataNotesLabel'));
  for (const [el, key] of [
    [shell.map.closest('.map-column'), 'mapColumnLabel'],
    [document.querySelector('#root .panel--left'), 'listTitle'],
    [document.querySelector('#root .panel--right'), 'cardTitle'],
  ] as const)
    el?.setAttribute('aria-label', t(key));
  const note = dataNote(dataset, profile, t, (n) => formatWhole(n, lang));
  if (note !== null) {
    const p = document.createElement('p');
    p.className = 'illustrative-note';
    p.setAttribute('role', 'note');
    p.textContent = note;
    shell.notes.replaceChildren(p);
  }
  // In the order MapView pushes its props, so the first frame is the one the app would draw.
  controller.setData(mapDataFor(dataset.sites, dataset.hubs, dataset.regions, dataset.results));
  const follow = (state: AppState) => {
    controller.setSelected(state.selectedSiteId);
    controller.setHovered(state.hoveredSiteId);
  };
  follow(s);
  controller.setRingsVisible(s.ringsVisible);
  controller.setVisibleSites(visibleIdsForMap(filterItems(index.items, s.filters), s.filters));
  controller.setBasemap(s.basemap);
  controller.setColourBy(s.colourBy);
  controller.setFitLink(selectionFitLink(dataset, index, s.selectedSiteId, lang));
  if (s.zoomRequest) controller.zoomToSite(s.zoomRequest.siteId);
  if (s.mapView?.origin === 'app') controller.setCamera(s.mapView);
  // A click or hover on this map before React goes to the store; the map shows it until MapView takes over.
  const stop = useAppStore.subscribe((state, prev) => {
    if (state.selectedSiteId === prev.selectedSiteId && state.hoveredSiteId === prev.hoveredSiteId) return;
    follow(state);
    if (state.selectedSiteId !== prev.selectedSiteId && state.dataset && state.index)
      controller.setFitLink(selectionFitLink(state.dataset, state.index, state.selectedSiteId, state.lang));
  });
  onEarlyMapAdopted(stop);
}

/** The e2e hook MapView sets is set here too, so a test can reach the map before React. */
function keepForTests(controller: MapController): void {
  if (new URLSearchParams(window.location.search).has('e2e')) {
    window.__naeringsarealkart = { map: controller.maplibre, siteKey: (siteId) => controller.siteKey(siteId) };
  }
}
