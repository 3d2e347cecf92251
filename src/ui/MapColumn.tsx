// The map column: the map with its view, selection and background map, and the legend under it.
import type { Dataset } from '../domain/dataset';
import { translator, type Lang } from '../i18n';
import { useMapTexts, useSharedMapProps } from './mapViewProps';
import { MapView } from '../map/MapView';
import { actions } from '../state/actions';
import { useAppStore } from '../state/store';
import { Legend } from './Legend';
import { openFirstMapGate } from '../state/firstMap';
import type { MapLoadState } from '../map/mapController';

const firstMapState = (s: MapLoadState): void => {
  if (s !== 'loading') openFirstMapGate();
};

export interface MapColumnProps {
  lang: Lang;
  dataset: Dataset;
  /** Ids that pass the filters; null: all. */
  visibleIds: ReadonlySet<string> | null;
}

/** Subscribes to the map's own state here, so a map move or a hover does not re-render the list. */
export function MapColumn({ lang, dataset, visibleIds }: MapColumnProps) {
  const ringsVisible = useAppStore((s) => s.ringsVisible);
  const zoomRequest = useAppStore((s) => s.zoomRequest);
  const view = useAppStore((s) => s.mapView);
  const shared = useSharedMapProps(dataset);
  const t = translator(lang);
  const { labels, texts } = useMapTexts(lang, t('mapLabel'));
  return (
    // Not the map's own name: the map inside is a landmark of that name, and two of one name confuse a screen reader.
    <section className="map-column" aria-label={t('mapColumnLabel')}>
      <MapView
        {...shared}
        ringsVisible={ringsVisible}
        visibleSiteIds={visibleIds}
        zoomRequest={zoomRequest}
        view={view}
        labels={labels}
        texts={texts}
        onSiteClick={(id) => actions.selectSite(id)}
        onViewChange={actions.mapMoved}
        onLoadState={firstMapState}
      />
      <Legend
        lang={lang}
        ringsVisible={ringsVisible}
        onRingsVisibleChange={actions.setRingsVisible}
        basemap={shared.basemap}
        onBasemapChange={actions.setBasemap}
        colourBy={shared.colourBy}
        onColourByChange={actions.setColourBy}
        showFitLine={shared.fitLink !== null}
        regionNames={dataset.regions.map((r) => r.name)}
      />
    </section>
  );
}
