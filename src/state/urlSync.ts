// Keeps `?site=<id>&lang=en` in the address bar in step with the store, so a link opens the same view.
import { isLang } from '../i18n';
import { actions } from './actions';
import { useAppStore, type AppState } from './store';

export interface UrlState {
  siteId: string | null;
  lang: 'nb' | 'en' | null;
}

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const site = params.get('site');
  return { siteId: site && site.trim() ? site.trim() : null, lang: isLang(lang) ? lang : null };
}

/** The query string for a state, keeping parameters we do not own (e.g. `e2e`). */
export function writeUrlState(search: string, state: Pick<AppState, 'selectedSiteId' | 'lang'>): string {
  const params = new URLSearchParams(search);
  if (state.selectedSiteId) params.set('site', state.selectedSiteId);
  else params.delete('site');
  if (state.lang !== 'nb') params.set('lang', state.lang);
  else params.delete('lang');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Applies the URL once (before data loads), then mirrors changes back with replaceState. Returns an unsubscribe. */
export function startUrlSync(win: Window = window): () => void {
  const initial = readUrlState(win.location.search);
  if (initial.lang) actions.setLang(initial.lang);
  // The deep link selects and zooms; the selection is checked against the data when it arrives.
  if (initial.siteId) useAppStore.setState({ selectedSiteId: initial.siteId, zoomRequest: { siteId: initial.siteId, seq: 1 } });

  return useAppStore.subscribe((state, prev) => {
    if (state.selectedSiteId === prev.selectedSiteId && state.lang === prev.lang) return;
    const search = writeUrlState(win.location.search, state);
    if (search !== win.location.search) {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
    }
  });
}
