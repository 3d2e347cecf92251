// The investor view's map: the app's MapView, filtered to the available sites; a click opens a site's one-pager.
import type { Dataset } from '../../app/dataset';
import { translator, type Lang } from '../../i18n';
import { useMapTexts } from '../useMapTexts';
import { MapView } from '../../map/MapView';
import { actions } from '../../state/actions';
import { useAppStore } from '../../state/store';

export interface InvestorMapProps {
  lang: Lang;
  dataset: Dataset;
  /** Only these sites are drawn and clickable. */
  visibleIds: ReadonlySet<string>;
  zoomRequest: { siteId: string; seq: number } | null;
  onSiteOpen: (siteId: string) => void;
}

/** The investor map keeps no camera in the link (`view=investor` names the page), so its moves are not stored. */
const ignoreMove = () => undefined;

export function InvestorMap({ lang, dataset, visibleIds, zoomRequest, onSiteOpen }: InvestorMapProps) {
  const selectedSiteId = useAppStore((s) => s.selectedSiteId);
  const hoveredSiteId = useAppStore((s) => s.hoveredSiteId);
  const basemap = useAppStore((s) => s.basemap);
  const t = translator(lang);
  const { labels, texts } = useMapTexts(lang, t('invMapLabel'));
  return (
    <section className="inv-map" aria-label={t('invMapLabel')}>
      <MapView
        sites={dataset.sites}
        hubs={dataset.hubs}
        regions={dataset.regions}
        results={dataset.results}
        selectedSiteId={selectedSiteId}
        hoveredSiteId={hoveredSiteId}
        ringsVisible={false}
        visibleSiteIds={visibleIds}
        zoomRequest={zoomRequest}
        view={null}
        basemap={basemap}
        labels={labels}
        texts={texts}
        // An empty-map click keeps the one-pager open: on this page a click only ever opens a site.
        onSiteClick={(id) => (id ? onSiteOpen(id) : undefined)}
        onSiteHover={actions.hoverSite}
        onViewChange={ignoreMove}
      />
    </section>
  );
}
