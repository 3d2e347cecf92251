// The investor view's map: the app's MapView, filtered to the available sites; a click opens a site's one-pager.
import type { Dataset } from '../../domain/dataset';
import { translator, type Lang } from '../../i18n';
import { useMapTexts, useSharedMapProps } from '../mapViewProps';
import { MapView } from '../../map/MapView';
import type { RoadsGeoJson } from '../../map/roads';

export interface InvestorMapProps {
  lang: Lang;
  dataset: Dataset;
  /** Only these sites are drawn and clickable. */
  visibleIds: ReadonlySet<string>;
  zoomRequest: { siteId: string; seq: number } | null;
  onSiteOpen: (siteId: string) => void;
  /** Road lines the user loaded, or null. */
  roads?: RoadsGeoJson | null;
}

/** The investor map keeps no camera in the link (`view=investor` names the page), so its moves are not stored. */
const ignoreMove = () => undefined;

export function InvestorMap({ lang, dataset, visibleIds, zoomRequest, onSiteOpen, roads = null }: InvestorMapProps) {
  const shared = useSharedMapProps(dataset);
  const t = translator(lang);
  const { labels, texts } = useMapTexts(lang, t('invMapLabel'));
  return (
    <section className="inv-map" aria-label={t('invMapColumnLabel')}>
      <MapView
        {...shared}
        ringsVisible={false}
        roads={roads}
        visibleSiteIds={visibleIds}
        zoomRequest={zoomRequest}
        view={null}
        labels={labels}
        texts={texts}
        // An empty-map click keeps the one-pager open: on this page a click only ever opens a site.
        onSiteClick={(id) => (id ? onSiteOpen(id) : undefined)}
        onViewChange={ignoreMove}
      />
    </section>
  );
}
