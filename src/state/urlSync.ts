// Keeps the address bar in step with the store, so a link opens the same view and back/forward step through choices.
import { actions } from './actions';
import { useAppStore, type AppState } from './store';
import { linkStateOf, PARAM, PARAM_NAMES, readUrl, writeUrl, type ParamName } from './urlCodec';

export type HistoryMode = 'push' | 'replace' | 'none';

/** Fields typed a character at a time: consecutive edits of one of them make one history entry, not one per key. */
const TEXT_PARAMS: ReadonlySet<ParamName> = new Set([PARAM.query, PARAM.minDaa, PARAM.maxDaa, PARAM.maxHubM]);

/** Our parameters whose values differ between two query strings. */
export function changedParams(before: string, after: string): ParamName[] {
  const a = new URLSearchParams(before);
  const b = new URLSearchParams(after);
  return PARAM_NAMES.filter((name) => a.get(name) !== b.get(name));
}

/**
 * How a state change goes into the history: a map move replaces the current entry (panning must not flood the back
 * button), and so does the next keystroke in the text field edited last; any other discrete choice (a selection, a
 * filter, the sort, the language, the basemap) pushes a new entry.
 */
export function historyMode(changed: readonly ParamName[], lastTextParam: ParamName | null): HistoryMode {
  if (changed.length === 0) return 'none';
  if (changed.every((name) => name === PARAM.camera)) return 'replace';
  const edits = changed.filter((name) => name !== PARAM.camera);
  if (edits.length === 1 && edits[0] === lastTextParam) return 'replace';
  return 'push';
}

/** Applies the URL once (before data loads), then mirrors changes back and restores state on back/forward. */
export function startUrlSync(win: Window = window): () => void {
  const initial = readUrl(win.location.search);
  actions.restoreLink(initial);
  // A shared view wins; a bare `?site=` zooms to the site instead. The id is checked against the data when it arrives.
  if (initial.selectedSiteId && !initial.view) {
    useAppStore.setState({ zoomRequest: { siteId: initial.selectedSiteId, seq: 1 } });
  }

  let lastTextParam: ParamName | null = null;
  let restoring = false;

  const unsubscribe = useAppStore.subscribe((state: AppState, prev: AppState) => {
    const current = win.location.search;
    const next = writeUrl(current, linkStateOf(state));
    const changed = changedParams(current, next);
    // Restoring history, or correcting a link against newly loaded data, must not add entries of its own.
    const automatic = restoring || state.dataset !== prev.dataset;
    const mode = automatic && changed.length > 0 ? 'replace' : historyMode(changed, lastTextParam);
    if (mode === 'none') return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
    const edits = changed.filter((name) => name !== PARAM.camera);
    if (edits.length > 0 && !automatic)
      lastTextParam = edits.length === 1 && TEXT_PARAMS.has(edits[0] as ParamName) ? (edits[0] as ParamName) : null;
  });

  const onPopState = () => {
    restoring = true;
    try {
      actions.restoreLink(readUrl(win.location.search));
    } finally {
      restoring = false;
    }
    lastTextParam = null;
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
