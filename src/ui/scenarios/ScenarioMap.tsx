// The map beside the comparison: the active scenario's changed and left-out sites marked; a click picks a site to edit.
import type { Dataset } from '../../domain/dataset';
import { translator, type Lang } from '../../i18n';
import { useMapTexts, useSharedMapProps } from '../mapViewProps';
import { MapView } from '../../map/MapView';
import type { SiteMarks } from '../../map/siteMarks';
import { actions } from '../../state/actions';
import { scenarioActions } from '../../state/scenarioStore';
import { useAppStore } from '../../state/store';
import { Legend } from '../Legend';

export interface ScenarioMapProps {
  lang: Lang;
  dataset: Dataset;
  marks: SiteMarks;
  scenarioName: string;
}

const onSiteClick = (id: string | null) => {
  actions.selectSite(id);
  if (id) scenarioActions.requestSiteEditor();
};

export function ScenarioMap({ lang, dataset, marks, scenarioName }: ScenarioMapProps) {
  const ringsVisible = useAppStore((s) => s.ringsVisible);
  const zoomRequest = useAppStore((s) => s.zoomRequest);
  const view = useAppStore((s) => s.mapView);
  const shared = useSharedMapProps(dataset);
  const t = translator(lang);
  const { labels, texts } = useMapTexts(lang, t('mapLabel'));
  return (
    <section className="scen-map map-column" aria-label={t('scenMapLabel', { name: scenarioName })}>
      <MapView
        {...shared}
        ringsVisible={ringsVisible}
        visibleSiteIds={null}
        zoomRequest={zoomRequest}
        view={view}
        labels={labels}
        texts={texts}
        onSiteClick={onSiteClick}
        onViewChange={actions.mapMoved}
        siteMarks={marks}
      />
      <div className="scen-map__marks" data-testid="scenario-map-marks">
        <p className="small">
          <strong>{t('scenMapMarksTitle', { name: scenarioName })}</strong>
        </p>
        <ul className="legend__list">
          <li>
            <span aria-hidden="true" className="scen-mark scen-mark--changed" />
            {t('scenMapChanged', { count: marks.changed.size })}
          </li>
          <li>
            <span aria-hidden="true" className="scen-mark scen-mark--excluded" />
            {t('scenMapExcluded', { count: marks.excluded.size })}
          </li>
        </ul>
      </div>
      <Legend
        lang={lang}
        ringsVisible={ringsVisible}
        onRingsVisibleChange={actions.setRingsVisible}
        basemap={shared.basemap}
        onBasemapChange={actions.setBasemap}
        regionNames={dataset.regions.map((r) => r.name)}
      />
    </section>
  );
}
