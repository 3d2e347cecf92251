// The HTML legend: explains every map symbol, and holds the toggle for the hub distance rings.
import type { AbcFitVerdict, AbcType, HubType } from '../domain/types';
import { translator, type Lang, type MessageKey } from '../i18n';
import { fitVerdictText } from '../i18n/fit';
import { FIT_COLOUR, HUB_COLOUR, RING_COLOUR } from '../map/palette';
import type { Basemap, ColourBy } from '../state/store';
import { withAlpha } from './AbcSwatch';
import { AbcSwatch } from './AbcSwatch';
import { HUB_TYPE_KEY } from './labels';
import { SwatchList } from './SwatchList';

const ABC_ROWS: [AbcType | 'none', MessageKey][] = [
  ['A', 'legendAbcA'],
  ['B', 'legendAbcB'],
  ['C', 'legendAbcC'],
  ['none', 'legendAbcNone'],
];
/** The verdicts in the words of the list and the card (src/i18n/fit.ts). */
const FIT_ROWS: AbcFitVerdict[] = ['ok', 'partial', 'mismatch', 'unknown'];
const HUB_TYPES: HubType[] = ['tog', 'buss', 'båt'];
const BASEMAP_KEY: Record<Basemap, MessageKey> = {
  auto: 'basemapAuto',
  none: 'basemapNone',
  topo: 'basemapTopo',
  grey: 'basemapGrey',
};

export interface LegendProps {
  lang: Lang;
  ringsVisible: boolean;
  onRingsVisibleChange: (visible: boolean) => void;
  basemap: Basemap;
  onBasemapChange: (basemap: Basemap) => void;
  /** What the site fills show; without a handler the choice is not offered (ABC type). */
  colourBy?: ColourBy;
  onColourByChange?: (colourBy: ColourBy) => void;
  /** A site is selected, so the map draws the line to its judged hub: the legend explains it. */
  showFitLine?: boolean;
  /** The regions' names as loaded (the kommune profile's, or the user's file); without any, the row says "Regioner". */
  regionNames?: readonly string[];
}

export function Legend({
  lang,
  ringsVisible,
  onRingsVisibleChange,
  basemap,
  onBasemapChange,
  colourBy = 'abc',
  onColourByChange,
  showFitLine = false,
  regionNames,
}: LegendProps) {
  const t = translator(lang);
  return (
    <details className="legend" open>
      <summary>{t('legendTitle')}</summary>
      <SwatchList
        className="legend__list"
        aria-label={t('legendSites')}
        data-testid="legend-sites"
        rows={[
          ...(colourBy === 'fit'
            ? FIT_ROWS.map((verdict) => ({
                key: verdict,
                swatch: 'swatch',
                style: { backgroundColor: withAlpha(FIT_COLOUR[verdict], 0.8) },
                label: fitVerdictText(verdict, lang),
              }))
            : ABC_ROWS.map(([abc, key]) => ({ key: abc, swatch: <AbcSwatch abc={abc} />, label: t(key) }))),
          { key: 'existing', swatch: 'swatch swatch--status-existing', label: t('legendExisting') },
          { key: 'future', swatch: 'swatch swatch--status-future', label: t('legendFuture') },
          { key: 'marker', swatch: 'legend__marker', label: t('legendSiteMarker') },
          {
            key: 'region',
            swatch: 'swatch swatch--region',
            label: regionNames && regionNames.length > 0 ? regionNames.join(' / ') : t('legendRegion'),
          },
          showFitLine && { key: 'fit-line', swatch: 'legend__fit-line', label: t('legendFitLine') },
        ]}
      />
      <div className="legend__row">
        <h3>{t('legendHubsTitle')}</h3>
        <SwatchList
          className="legend__list"
          rows={HUB_TYPES.map((type) => ({
            key: type,
            swatch: 'legend__hub',
            style: { borderColor: HUB_COLOUR[type] },
            label: t(HUB_TYPE_KEY[type]),
          }))}
        />
        <label className="legend__toggle">
          <input
            type="checkbox"
            checked={ringsVisible}
            onChange={(e) => onRingsVisibleChange(e.currentTarget.checked)}
          />
          {t('showRings')}
        </label>
        {ringsVisible ? (
          <SwatchList
            className="legend__list"
            rows={[
              { key: '500', swatch: 'legend__ring', style: { borderColor: RING_COLOUR }, label: t('legendRing500') },
              {
                key: '1000',
                swatch: 'legend__ring legend__ring--far',
                style: { borderColor: RING_COLOUR },
                label: t('legendRing1000'),
              },
            ]}
          />
        ) : null}
        {onColourByChange ? (
          <div className="legend__basemap">
            <label htmlFor="colour-by-select">{t('colourByLabel')}</label>
            <select
              id="colour-by-select"
              value={colourBy}
              onChange={(e) => onColourByChange(e.currentTarget.value as ColourBy)}
            >
              <option value="abc">{t('colourByAbc')}</option>
              <option value="fit">{t('colourByFit')}</option>
            </select>
          </div>
        ) : null}
        <div className="legend__basemap">
          <label htmlFor="basemap-select">{t('basemapLabel')}</label>
          <select
            id="basemap-select"
            value={basemap}
            onChange={(e) => onBasemapChange(e.currentTarget.value as Basemap)}
          >
            {(Object.keys(BASEMAP_KEY) as Basemap[]).map((b) => (
              <option key={b} value={b}>
                {t(BASEMAP_KEY[b])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="legend__note">{t('legendPaletteNote')}</p>
    </details>
  );
}
