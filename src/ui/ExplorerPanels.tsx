// The explorer's side panels — filters, list and exports on the left; the site card and the region summary on the
// right — fetched once the first map is ready (lazyPages.tsx, state/firstMap.ts), so the first page load carries the
// map and not them.
import { useEffect, useMemo, type RefObject } from 'react';
import type { Dataset } from '../domain/dataset';
import { translator, type Lang } from '../i18n';
import { actions } from '../state/actions';
import { filteredSummary, filtersActive, regionNames, selectedSite, type SiteItem } from '../state/selectors';
import { useProfile } from '../state/profileStore';
import { useAppStore, type Filters } from '../state/store';
import { ExportBar } from './investor/ExportBar';
import { LazyBoundary, LoadWarnings } from './lazyPages';
import { RegionSummary } from './RegionSummary';
import { SiteCard } from './SiteCard';
import { ScenarioSiteEntry } from './scenarios/ScenarioSiteEntry';
import { SiteFilters } from './SiteFilters';
import { SiteList } from './SiteList';

/** A choice in the list also moves the map there; one function for the whole app keeps the list rows memoisable. */
const selectAndZoom = (siteId: string) => actions.selectSite(siteId, { zoom: true });

export interface PanelProps {
  lang: Lang;
  dataset: Dataset;
  /** The sites that pass the filters, in the list's order. */
  items: readonly SiteItem[];
  filters: Filters;
}

export function LeftPanel({ lang, dataset, items, filters }: PanelProps) {
  const sort = useAppStore((s) => s.sort);
  const selectedSiteId = useAppStore((s) => s.selectedSiteId);
  const profile = useProfile();
  const regions = useMemo(() => regionNames(dataset), [dataset]);
  return (
    <>
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
    </>
  );
}

export function RightPanel({
  lang,
  dataset,
  items,
  filters,
  panelRef,
}: PanelProps & { panelRef: RefObject<HTMLElement | null> }) {
  const index = useAppStore((s) => s.index);
  const selectedSiteId = useAppStore((s) => s.selectedSiteId);
  const profile = useProfile();
  const t = translator(lang);
  const summary = useMemo(() => filteredSummary(dataset, items, filters), [dataset, items, filters]);
  const regions = useMemo(() => regionNames(dataset), [dataset]);
  const selected = selectedSite(index, selectedSiteId);
  // A new selection shows its card, which sits at the top of the right panel, even if the panel was scrolled down.
  // Focus follows: the card's title takes it, so its buttons are a Tab away, not 40 list rows away.
  useEffect(() => {
    if (selectedSiteId && panelRef.current) {
      panelRef.current.scrollTop = 0;
      panelRef.current.querySelector<HTMLElement>('#site-card-title')?.focus({ preventScroll: true });
    }
  }, [selectedSiteId, panelRef]);
  return (
    <>
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
    </>
  );
}
