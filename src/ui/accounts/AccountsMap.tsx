// The map of the land accounts: added (green), removed (red, hatched by what it became) and unchanged land over
// the regions, with its legend.
import { useMemo } from 'react';
import type { ChangePiece } from '../../domain/accounts/types';
import type { Region } from '../../domain/types';
import { translator, type Lang } from '../../i18n';
import { buildLandChangeData } from '../../map/landChange';
import { MapView } from '../../map/MapView';
import { actions } from '../../state/actions';
import { useAppStore } from '../../state/store';
import { useMapTexts } from '../mapViewProps';
import { SwatchList } from '../SwatchList';

const none = () => undefined;

export function AccountsMap({
  pieces,
  regions,
  lang,
}: {
  pieces: readonly ChangePiece[];
  regions: readonly Region[];
  lang: Lang;
}) {
  const t = translator(lang);
  const basemap = useAppStore((s) => s.basemap);
  const { labels, texts } = useMapTexts(lang, t('accMapLabel'));
  const landChange = useMemo(() => buildLandChangeData(pieces), [pieces]);
  return (
    <section className="acc-map map-column" aria-label={t('accMapLabel')}>
      <MapView
        sites={[]}
        hubs={[]}
        regions={regions}
        results={[]}
        selectedSiteId={null}
        hoveredSiteId={null}
        ringsVisible={false}
        visibleSiteIds={null}
        zoomRequest={null}
        view={null}
        basemap={basemap}
        labels={labels}
        texts={texts}
        onSiteClick={none}
        onSiteHover={none}
        onViewChange={actions.mapMoved}
        landChange={landChange}
      />
      <SwatchList
        className="acc-legend"
        data-testid="acc-legend"
        rows={[
          { key: 'added', swatch: 'acc-swatch acc-swatch--added', label: t('accLegendAdded') },
          {
            key: 'removed',
            swatch: 'acc-swatch acc-swatch--removed',
            label: t('accLegendRemoved'),
            sub: (
              <SwatchList
                rows={[
                  {
                    key: 'housing',
                    swatch: 'acc-swatch acc-swatch--removed acc-hatch--diagonal',
                    label: t('accLegendHousing'),
                  },
                  {
                    key: 'green',
                    swatch: 'acc-swatch acc-swatch--removed acc-hatch--cross',
                    label: t('accLegendGreen'),
                  },
                  {
                    key: 'other',
                    swatch: 'acc-swatch acc-swatch--removed acc-hatch--horizontal',
                    label: t('accLegendOther'),
                  },
                  { key: 'plain', swatch: 'acc-swatch acc-swatch--removed', label: t('accLegendPlain') },
                ]}
              />
            ),
          },
          { key: 'unchanged', swatch: 'acc-swatch acc-swatch--unchanged', label: t('accLegendUnchanged') },
        ]}
      />
    </section>
  );
}
