// What every page's map shares: the dataset's layers, the store's selection/hover/background map, and the map's texts
// in the current language (memoised so MapView only re-labels on a change).
import { useMemo } from 'react';
import type { Dataset } from '../domain/dataset';
import type { Lang } from '../i18n';
import { actions } from '../state/actions';
import { preparedSiteMap } from '../state/preparedSites';
import { useAppStore } from '../state/store';
import { mapTexts, mapUiLabels, selectionFitLink } from './mapTexts';

/** `mapLabel` is the map's accessible name (already translated: each page names its map differently). */
export function useMapTexts(lang: Lang, mapLabel: string) {
  const labels = useMemo(() => mapUiLabels(lang, mapLabel), [lang, mapLabel]);
  const texts = useMemo(() => mapTexts(lang), [lang]);
  return { labels, texts };
}

/** The MapView props that come straight from the dataset and the explorer's store, the same on every page. */
export function useSharedMapProps(dataset: Dataset) {
  const selectedSiteId = useAppStore((s) => s.selectedSiteId);
  const hoveredSiteId = useAppStore((s) => s.hoveredSiteId);
  const basemap = useAppStore((s) => s.basemap);
  const colourBy = useAppStore((s) => s.colourBy);
  const lang = useAppStore((s) => s.lang);
  const index = useAppStore((s) => s.index);
  const fitLink = useMemo(
    () => selectionFitLink(dataset, index, selectedSiteId, lang),
    [dataset, index, selectedSiteId, lang],
  );
  return {
    sites: dataset.sites,
    preparedSites: preparedSiteMap(dataset.sites, dataset.results),
    hubs: dataset.hubs,
    regions: dataset.regions,
    results: dataset.results,
    selectedSiteId,
    hoveredSiteId,
    basemap,
    colourBy,
    fitLink,
    onSiteHover: actions.hoverSite,
  };
}
