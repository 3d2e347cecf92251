// The explorer layout once data is loaded: filters and list, the map with its legend, the site card and summary.
import { useMemo } from 'react';
import { translator } from '../i18n';
import { MapView } from '../map/MapView';
import { actions } from '../state/actions';
import { regionNames, selectedSite, visibleIdsForMap, visibleItems } from '../state/selectors';
import { useAppStore } from '../state/store';
import { Legend } from './Legend';
import { LoadWarnings } from './LoadWarnings';
import { RegionSummary } from './RegionSummary';
import { SiteCard } from './SiteCard';
import { SiteFilters } from './SiteFilters';
import { SiteList } from './SiteList';

export function Explorer() {
  const dataset = useAppStore((s) => s.dataset);
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.lang);
  const filters = useAppStore((s) => s.filters);
  const sort = useAppStore((s) => s.sort);
  const selectedSiteId = useAppStore((s) => s.selectedSiteId);
  const hoveredSiteId = useAppStore((s) => s.hoveredSiteId);
  const ringsVisible = useAppStore((s) => s.ringsVisible);
  const zoomRequest = useAppStore((s) => s.zoomRequest);
  const t = translator(lang);

  const items = useMemo(
    () => (dataset && index ? visibleItems(dataset, index, filters, sort, lang) : []),
    [dataset, index, filters, sort, lang],
  );
  // Recomputed only when the filter result changes, so the map is not re-filtered on every render.
  const visibleIds = useMemo(() => visibleIdsForMap(items, filters), [items, filters]);
  const selected = selectedSite(index, selectedSiteId);
  const mapLabels = useMemo(
    () => ({ map: t('mapLabel'), zoomIn: t('mapZoomIn'), zoomOut: t('mapZoomOut') }),
    [t],
  );

  if (!dataset || !index) return null;

  return (
    <main className="layout">
      <aside className="panel panel--left" aria-label={t('listTitle')}>
        <SiteFilters
          lang={lang}
          filters={filters}
          regionNames={regionNames(dataset)}
          onChange={actions.setFilter}
          onReset={actions.resetFilters}
        />
        <SiteList
          lang={lang}
          items={items}
          total={dataset.sites.length}
          selectedSiteId={selectedSiteId}
          sort={sort}
          onSortChange={actions.setSort}
          onSelect={(id) => actions.selectSite(id, { zoom: true })}
          onHover={actions.hoverSite}
        />
        <LoadWarnings lang={lang} warnings={dataset.warnings} />
      </aside>
      <section className="map-column" aria-label={t('mapLabel')}>
        <MapView
          sites={dataset.sites}
          hubs={dataset.hubs}
          regions={dataset.regions}
          selectedSiteId={selectedSiteId}
          hoveredSiteId={hoveredSiteId}
          ringsVisible={ringsVisible}
          visibleSiteIds={visibleIds}
          zoomRequest={zoomRequest}
          labels={mapLabels}
          unavailableText={t('mapUnavailable')}
          loadingText={t('mapLoading')}
          fitAllText={t('mapFitAll')}
          onSiteClick={(id) => actions.selectSite(id)}
          onSiteHover={actions.hoverSite}
        />
        <Legend lang={lang} ringsVisible={ringsVisible} onRingsVisibleChange={actions.setRingsVisible} />
      </section>
      <aside className="panel panel--right" aria-label={t('cardTitle')}>
        <p className="sr-only" aria-live="polite">
          {selected ? `${t('cardTitle')}: ${selected.site.name}` : ''}
        </p>
        {selected ? (
          <SiteCard
            site={selected.site}
            result={selected.result}
            hub={selected.hub}
            lang={lang}
            onZoom={actions.zoomToSite}
            onClose={() => actions.selectSite(null)}
          />
        ) : (
          <p className="panel__hint">{t('cardHint')}</p>
        )}
        <RegionSummary lang={lang} summary={dataset.summary} nearHubM={dataset.assumptions.nearHubM} />
      </aside>
    </main>
  );
}
