// The map's accessible name and status texts in the current language, memoised so MapView only re-labels on a change.
import { useMemo } from 'react';
import { translator, type Lang } from '../i18n';

/** `mapLabel` is the map's accessible name (already translated: each page names its map differently). */
export function useMapTexts(lang: Lang, mapLabel: string) {
  const labels = useMemo(() => {
    const t = translator(lang);
    return { map: mapLabel, zoomIn: t('mapZoomIn'), zoomOut: t('mapZoomOut') };
  }, [lang, mapLabel]);
  const texts = useMemo(() => {
    const t = translator(lang);
    return { unavailable: t('mapUnavailable'), loading: t('mapLoading'), fitAll: t('mapFitAll'), basemapFailed: t('basemapFailed') };
  }, [lang]);
  return { labels, texts };
}
