// Download buttons for the current selection: Excel CSV, GeoJSON and a PNG of the map, with a spoken status line.
import { loadCrs } from '../../domain/crs';
import { useState } from 'react';
import type { Dataset, SiteItem } from '../../domain/dataset';
import type { AbcType, HubType } from '../../domain/types';
import { LANGS, translator, type Lang, type MessageKey } from '../../i18n';
import { loadAppWords } from '../../i18n/appWords';
import { fitReasonsBoth } from '../../i18n/fit';
import { derivedNotesBoth } from '../../i18n/siteNotes';
import { ABC_COLOUR, ABC_NONE_COLOUR, HUB_COLOUR, REGION_OUTLINE_COLOUR, ROAD_COLOUR } from '../../map/palette';
import { HUB_TYPE_KEY } from '../labels';
import { rowsOf, type RoadDistances } from '../../state/investorSelectors';
import { dataNoticeText } from './dataNoticeText';
import { formatWhole } from '../format';
import { downloadBlob, downloadText } from './download';
import type { LegendItem } from './mapImage';
import { investorWords } from './profileWords';
import { useProfile } from '../../state/profileStore';
import './investor.css';

export interface ExportBarProps {
  lang: Lang;
  dataset: Dataset;
  /** The selection, in the order shown. */
  items: readonly SiteItem[];
  /** Distances to the road layer the user loaded, or null (the road columns stay empty). */
  roads?: RoadDistances | null;
  /** The map draws road lines the user loaded (the PNG's legend names them). */
  roadsDrawn?: boolean;
  /** File name without extension, e.g. `ledige-naeringsarealer-asker`. */
  fileStem: string;
  /** The map area whose canvas the PNG copies. */
  mapSelector?: string;
}

const ABC_LEGEND: [AbcType | null, MessageKey][] = [
  ['A', 'legendAbcA'],
  ['B', 'legendAbcB'],
  ['C', 'legendAbcC'],
  [null, 'legendAbcNone'],
];
const HUB_ORDER: HubType[] = ['tog', 'buss', 'båt'];

/** What the image shows: the ABC types among the sites exported (lighter when all of them are future land), the region
 * lines, the hub types. */
export function mapImageLegend(items: readonly SiteItem[], dataset: Dataset, lang: Lang, roads = false): LegendItem[] {
  const t = translator(lang);
  const legend: LegendItem[] = [];
  for (const [abc, key] of ABC_LEGEND) {
    const of = items.filter((i) => i.site.abc === abc);
    if (of.length === 0) continue;
    legend.push({
      kind: 'fill',
      colour: abc ? ABC_COLOUR[abc] : ABC_NONE_COLOUR,
      label: t(key),
      lighter: of.every((i) => i.site.status === 'fremtidig'),
    });
  }
  if (dataset.regions.length > 0)
    legend.push({ kind: 'line', colour: REGION_OUTLINE_COLOUR, label: dataset.regions.map((r) => r.name).join(' / ') });
  if (roads) legend.push({ kind: 'line', colour: ROAD_COLOUR, label: translator(lang)('locLegendRoads') });
  const types = new Set(dataset.hubs.map((h) => h.type));
  for (const type of HUB_ORDER)
    if (types.has(type)) legend.push({ kind: 'ring', colour: HUB_COLOUR[type], label: t(HUB_TYPE_KEY[type]) });
  return legend;
}

export function ExportBar({
  lang,
  dataset,
  items,
  roads = null,
  roadsDrawn = false,
  fileStem,
  mapSelector = '[data-testid="map"]',
}: ExportBarProps) {
  const t = translator(lang);
  const profile = useProfile();
  const [status, setStatus] = useState('');
  const empty = items.length === 0;
  const noticeText = dataNoticeText(dataset, t, lang);

  const done = (file: string) => setStatus(t('invExportDone', { file }));

  const csv = async () => {
    const file = `${fileStem}.csv`;
    // The rows carry lon/lat: proj4 (fetched after the first map; at once if that is still on its way).
    const [{ formatExcelCsv, excelWords }] = await Promise.all([import('./exportFiles'), loadCrs()]);
    downloadText(formatExcelCsv(rowsOf(items, dataset, roads), excelWords('nb')), file, 'text/csv;charset=utf-8');
    done(file);
  };
  const geoJson = async () => {
    const file = `${fileStem}.geojson`;
    // The file carries the fit reasons in both languages, so the other language's words are fetched first.
    let formatSitesGeoJson: (typeof import('./exportFiles'))['formatSitesGeoJson'];
    try {
      [{ formatSitesGeoJson }] = await Promise.all([import('./exportFiles'), loadCrs(), ...LANGS.map(loadAppWords)]);
    } catch {
      setStatus(t('invExportGeoJsonFailed'));
      return;
    }
    const text = formatSitesGeoJson(
      items.map((i) => i.site),
      rowsOf(items, dataset, roads),
      { illustrative: noticeText !== null, fitReasons: fitReasonsBoth, derivedNotes: derivedNotesBoth },
    );
    downloadText(text, file, 'application/geo+json');
    done(file);
  };
  const png = async () => {
    const file = `${fileStem}.png`;
    const area = document.querySelector<HTMLElement>(mapSelector);
    try {
      if (!area) throw new Error('no map on the page');
      const attribution = area.querySelector('.map-attribution')?.textContent?.trim();
      // The bundled region outlines are Kartverket data (CC BY 4.0): an image of them carries the attribution.
      const regionSource = dataset.userFiles?.regions ? null : t('invPngSources');
      const lines = [noticeText, t('pngScaleNote'), regionSource, attribution].filter((l): l is string => Boolean(l));
      const caption = {
        title: investorWords(profile, lang).pngTitle(formatWhole(items.length, lang)),
        legendTitle: t('pngLegendTitle'),
        legend: mapImageLegend(items, dataset, lang, roadsDrawn),
        lines,
      };
      const { mapImagePng } = await import('./exportFiles');
      downloadBlob(await mapImagePng(area, caption), file);
      done(file);
    } catch {
      setStatus(t('invExportPngFailed'));
    }
  };

  return (
    <section className="export-bar" aria-labelledby="export-bar-title" data-testid="export-bar">
      <h2 id="export-bar-title" className="export-bar__title">
        {t('invExportTitle')}{' '}
        <span className="muted">({t('invExportCount', { count: formatWhole(items.length, lang) })})</span>
      </h2>
      <div className="export-bar__buttons">
        <button type="button" className="secondary" onClick={() => void csv()} disabled={empty}>
          {t('invExportCsv')}
        </button>
        <button type="button" className="secondary" onClick={() => void geoJson()} disabled={empty}>
          {t('invExportGeoJson')}
        </button>
        <button type="button" className="secondary" onClick={() => void png()}>
          {t('invExportPng')}
        </button>
      </div>
      <p className="export-bar__status small" role="status">
        {empty ? t('invExportEmpty') : status}
      </p>
    </section>
  );
}
