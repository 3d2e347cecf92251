// The explorer layout once data is loaded: filters and list, the map with its legend, the site card and summary.
import { useEffect, useMemo, useRef } from 'react';
import { translator } from '../i18n';
import { actions } from '../state/actions';
import {
  filteredSummary,
  filterItems,
  filtersActive,
  regionNames,
  selectedSite,
  sortItems,
  visibleIdsForMap,
} from '../state/selectors';
import { useProfile } from '../state/profileStore';
import { useAppStore } from '../state/store';
import { ExportBar } from './investor/ExportBar';
import { LazyBoundary, LoadWarnings } from './lazyPages';
import { MapColumn } from './MapColumn';
import { RegionSummary } from './RegionSummary';
import { SiteCard } from './SiteCard';
import { ScenarioSiteEntry } from './scenarios/ScenarioSiteEntry';
import { SiteFilters } from './SiteFilters';
import { SiteList } from './SiteList';

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

/** A choice in the list also moves the map there; one function for the whole app keeps the list rows memoisable. */
const selectAndZoom = (siteId: string) => actions.selectSite(siteId, { zoom: true });

export function Explorer() {
  const dataset = useAppStore((s) => s.dataset);
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.lang);
  const filters = useAppStore((s) => s.filters);
  const sort = useAppStore((s) => s.sort);
  const selectedSiteId = useAppStore((s) => s.selectedSiteId);
  const profile = useProfile();
  const t = translator(lang);

  // Sorting (costly for large data) reruns only when the order changes; a filter change only filters.
  const sorted = useMemo(() => (index ? sortItems(index.items, sort, lang) : []), [index, sort, lang]);
  const items = useMemo(() => filterItems(sorted, filters), [sorted, filters]);
  const summary = useMemo(() => (dataset ? filteredSummary(dataset, items, filters) : null), [dataset, items, filters]);
  // Recomputed only when the filter result changes, so the map is not re-filtered on every render.
  const visibleIds = useMemo(() => visibleIdsForMap(items, filters), [items, filters]);
  const regions = useMemo(() => (dataset ? regionNames(dataset) : []), [dataset]);
  const selected = selectedSite(index, selectedSiteId);
  const cardPanelRef = useRef<HTMLElement>(null);
  // A new selection shows its card, which sits at the top of the right panel, even if the panel was scrolled down.
  // Focus follows: the card's title takes it, so its buttons are a Tab away, not 40 list rows away.
  useEffect(() => {
    if (selectedSiteId && cardPanelRef.current) {
      cardPanelRef.current.scrollTop = 0;
      cardPanelRef.current.querySelector<HTMLElement>('#site-card-title')?.focus({ preventScroll: true });
    }
  }, [selectedSiteId]);
  useEscapeCloses(selectedSiteId);

  if (!dataset || !index || !summary) return null;

  return (
    <main className="layout">
      <aside className="panel panel--left" aria-label={t('listTitle')}>
        <SiteFilters
          lang={lang}
          filters={filters}
          regionNames={regions}
          onChange={actions.setFilter}
          onReset={actions.resetFilters}
        />
        <SiteList
          lang={lang}
          items={items}
          total={dataset.sites.length}
          selectedSiteId={selectedSiteId}
          sort={sort}
          onSortKeyChange={actions.setSortKey}
          onSortDirChange={actions.setSortDir}
          onSelect={selectAndZoom}
          onHover={actions.hoverSite}
        />
        <ExportBar lang={lang} dataset={dataset} items={items} fileStem={`naeringsarealer-${profile.id}-utvalg`} />
        {dataset.warnings.length > 0 ? (
          <LazyBoundary lang={lang} quiet>
            <LoadWarnings lang={lang} warnings={dataset.warnings} userFiles={dataset.userFiles} />
          </LazyBoundary>
        ) : null}
      </aside>
      <MapColumn lang={lang} dataset={dataset} visibleIds={visibleIds} />
      <aside className="panel panel--right" aria-label={t('cardTitle')} ref={cardPanelRef}>
        <p className="sr-only" aria-live="polite">
          {selected ? `${t('cardTitle')}: ${selected.site.name}` : ''}
        </p>
        {selected ? (
          <SiteCard
            site={selected.site}
            result={selected.result}
            hub={selected.hub}
            assumptions={dataset.assumptions}
            endYear={dataset.summary.startYear + dataset.summary.horizonYears - 1}
            lang={lang}
            onZoom={actions.zoomToSite}
            onClose={() => actions.selectSite(null)}
          />
        ) : (
          <p className="panel__hint">{t('cardHint')}</p>
        )}
        {selected ? <ScenarioSiteEntry lang={lang} siteName={selected.site.name} /> : null}
        <RegionSummary
          lang={lang}
          summary={summary}
          nearHubM={dataset.assumptions.nearHubM}
          assumptions={dataset.assumptions}
          profile={profile}
          regionNames={regions}
          filtered={filtersActive(filters) ? { shown: items.length, total: dataset.sites.length } : null}
        />
      </aside>
    </main>
  );
}
