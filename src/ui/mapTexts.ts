// The map's words and the selected site's fit line, as plain functions: the React pages (mapViewProps.ts) and the
// explorer's first map, made before React (src/app/earlyExplorer.ts), build them the same way.
import { hubDisplayName } from '../domain/hubName';
import { translator, type Lang } from '../i18n';
import { buildFitLink, type FitLink } from '../map/fitLink';
import type { MapTexts } from '../map/MapView';
import type { MapUiLabels } from '../map/mapController';
import type { Dataset, DatasetIndex } from '../domain/dataset';
import { formatDistance } from './format';

/** maplibre's own controls' words; `mapLabel` is the map's accessible name (each page names its map). */
export function mapUiLabels(lang: Lang, mapLabel: string): MapUiLabels {
  const t = translator(lang);
  return {
    map: mapLabel,
    zoomIn: t('mapZoomIn'),
    zoomOut: t('mapZoomOut'),
    twoFingers: t('mapTwoFingers'),
    ctrlWheel: t('mapCtrlWheel'),
  };
}

/** The texts the map area shows itself. */
export function mapTexts(lang: Lang): MapTexts {
  const t = translator(lang);
  return {
    unavailable: t('mapUnavailable'),
    failed: t('mapFailed'),
    loading: t('mapLoading'),
    fitAll: t('mapFitAll'),
    basemapFailed: t('basemapFailed'),
  };
}

/** The selected site's line to the hub its ABC fit is judged against, labelled "480 m til Spikkestad stasjon". */
export function selectionFitLink(
  dataset: Dataset,
  index: DatasetIndex | null,
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
