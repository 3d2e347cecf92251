// What every page's map shares: the dataset's layers, the store's selection/hover/background map, and the map's texts
// in the current language (memoised so MapView only re-labels on a change).
import { useMemo } from 'react';
import type { Dataset } from '../domain/dataset';
import { hubDisplayName } from '../domain/hubName';
import { translator, type Lang } from '../i18n';
import { buildFitLink, type FitLink } from '../map/fitLink';
import { actions } from '../state/actions';
import { preparedSiteMap } from '../state/preparedSites';
import { useAppStore } from '../state/store';
import { formatDistance } from './format';

/** `mapLabel` is the map's accessible name (already translated: each page names its map differently). */
export function useMapTexts(lang: Lang, mapLabel: string) {
  const labels = useMemo(() => {
    const t = translator(lang);
    return {
      map: mapLabel,
      zoomIn: t('mapZoomIn'),
      zoomOut: t('mapZoomOut'),
      twoFingers: t('mapTwoFingers'),
      ctrlWheel: t('mapCtrlWheel'),
    };
  }, [lang, mapLabel]);
  const texts = useMemo(() => {
    const t = translator(lang);
    return {
      unavailable: t('mapUnavailable'),
      failed: t('mapFailed'),
      loading: t('mapLoading'),
      fitAll: t('mapFitAll'),
      basemapFailed: t('basemapFailed'),
    };
  }, [lang]);
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

/** The selected site's line to the hub its ABC fit is judged against, labelled "480 m til Spikkestad stasjon". */
function selectionFitLink(
  dataset: Dataset,
  index: ReturnType<typeof useAppStore.getState>['index'],
  siteId: string | null,
  lang: Lang,
): FitLink | null {
  const site = siteId ? index?.siteById.get(siteId) : undefined;
  const result = siteId ? index?.resultById.get(siteId) : undefined;
  if (!index || !site || !result) return null;
  const t = translator(lang);
  return buildFitLink(site, result, index.hubById, dataset.assumptions.accessibility, (hub, distanceM) =>
    t('fitLinkLabel', { distance: formatDistance(distanceM, lang), hub: hubDisplayName(hub.name).name }),
  );
}
