// What every page's map shares: the dataset's layers, the store's selection/hover/background map, and the map's texts
// in the current language (memoised so MapView only re-labels on a change).
import { useMemo } from 'react';
import type { Dataset } from '../app/dataset';
import { translator, type Lang } from '../i18n';
import { actions } from '../state/actions';
import { useAppStore } from '../state/store';

/** `mapLabel` is the map's accessible name (already translated: each page names its map differently). */
export function useMapTexts(lang: Lang, mapLabel: string) {
  const labels = useMemo(() => {
    const t = translator(lang);
    return { map: mapLabel, zoomIn: t('mapZoomIn'), zoomOut: t('mapZoomOut') };
  }, [lang, mapLabel]);
  const texts = useMemo(() => {
    const t = translator(lang);
    return { unavailable: t('mapUnavailable'), failed: t('mapFailed'), loading: t('mapLoading'), fitAll: t('mapFitAll'), basemapFailed: t('basemapFailed') };
  }, [lang]);
  return { labels, texts };
}

/** The MapView props that come straight from the dataset and the explorer's store, the same on every page. */
export function useSharedMapProps(dataset: Dataset) {
  const selectedSiteId = useAppStore((s) => s.selectedSiteId);
  const hoveredSiteId = useAppStore((s) => s.hoveredSiteId);
  const basemap = useAppStore((s) => s.basemap);
  return {
    sites: dataset.sites,
    hubs: dataset.hubs,
    regions: dataset.regions,
    results: dataset.results,
    selectedSiteId,
    hoveredSiteId,
    basemap,
    onSiteHover: actions.hoverSite,
  };
}
