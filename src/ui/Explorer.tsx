// The explorer layout once data is loaded: the map with its legend at once; the side panels (filters and list, the
// site card and summary; ExplorerPanels.tsx) once the first map is ready (state/firstMap.ts).
import { useEffect, useMemo, useRef } from 'react';
import { translator } from '../i18n';
import { actions } from '../state/actions';
import { filterItems, sortItems, visibleIdsForMap } from '../state/selectors';
import { useFirstMapStore } from '../state/firstMap';
import { useAppStore } from '../state/store';
import { LazyBoundary } from './lazyPages';
import { LeftPanel, RightPanel } from './lazyPanels';
import { MapColumn } from './MapColumn';

/**
 * Esc closes the site card (unless something else, e.g. an open dialog, already used the key) and puts focus back on
 * the site's row in the list, where the user came from.
 */
function useEscapeCloses(selectedSiteId: string | null): void {
  useEffect(() => {
    if (!selectedSiteId) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      actions.selectSite(null);
      const rows = document.querySelectorAll<HTMLElement>('[data-testid="site-list"] [data-site-id]');
      [...rows].find((r) => r.dataset.siteId === selectedSiteId)?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selectedSiteId]);
}

export function Explorer() {
  const dataset = useAppStore((s) => s.dataset);
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.lang);
  const filters = useAppStore((s) => s.filters);
  const sort = useAppStore((s) => s.sort);
  const selectedSiteId = useAppStore((s) => s.selectedSiteId);
  const panels = useFirstMapStore((s) => s.open);
  const t = translator(lang);

  // Sorting (costly for large data) reruns only when the order changes; a filter change only filters.
  const sorted = useMemo(() => (index ? sortItems(index.items, sort, lang) : []), [index, sort, lang]);
  const items = useMemo(() => filterItems(sorted, filters), [sorted, filters]);
  // Recomputed only when the filter result changes, so the map is not re-filtered on every render.
  const visibleIds = useMemo(() => visibleIdsForMap(items, filters), [items, filters]);
  const cardPanelRef = useRef<HTMLElement>(null);
  useEscapeCloses(selectedSiteId);

  if (!dataset || !index) return null;
  const props = { lang, dataset, items, filters };

  return (
    <main className="layout">
      <aside className="panel panel--left" aria-label={t('listTitle')}>
        {panels ? (
          <LazyBoundary lang={lang} quiet>
            <LeftPanel {...props} />
          </LazyBoundary>
        ) : null}
      </aside>
      <MapColumn lang={lang} dataset={dataset} visibleIds={visibleIds} />
      <aside className="panel panel--right" aria-label={t('cardTitle')} ref={cardPanelRef}>
        {panels ? (
          <LazyBoundary lang={lang} quiet>
            <RightPanel {...props} panelRef={cardPanelRef} />
          </LazyBoundary>
        ) : null}
      </aside>
    </main>
  );
}
