// Download buttons for the current selection: Excel CSV, GeoJSON and a PNG of the map, with a spoken status line.
import { useState } from 'react';
import type { Dataset, SiteItem } from '../../domain/dataset';
import { formatExcelCsv } from '../../domain/exportCsvExcel';
import { formatSitesGeoJson } from '../../domain/exportGeoJson';
import { translator, type Lang } from '../../i18n';
import { fitReasonsBoth, fitWords } from '../../i18n/fit';
import { dataNotice, rowsOf } from '../../state/investorSelectors';
import { formatWhole } from '../format';
import { downloadBlob, downloadText } from './download';
import { mapImagePng } from './mapImage';
import './investor.css';

export interface ExportBarProps {
  lang: Lang;
  dataset: Dataset;
  /** The selection, in the order shown. */
  items: readonly SiteItem[];
  /** File name without extension, e.g. `ledige-naeringsarealer-asker`. */
  fileStem: string;
  /** The map area whose canvas the PNG copies. */
  mapSelector?: string;
}

export function ExportBar({ lang, dataset, items, fileStem, mapSelector = '[data-testid="map"]' }: ExportBarProps) {
  const t = translator(lang);
  const [status, setStatus] = useState('');
  const empty = items.length === 0;
  const notice = dataNotice(dataset);
  const noticeText = notice === 'synthetic' ? t('syntheticNote', { count: formatWhole(dataset.sites.length, lang) }) : notice ? t('illustrativeNote') : null;

  const done = (file: string) => setStatus(t('invExportDone', { file }));

  const csv = () => {
    const file = `${fileStem}.csv`;
    downloadText(formatExcelCsv(rowsOf(items, dataset), fitWords('nb')), file, 'text/csv;charset=utf-8');
    done(file);
  };
  const geoJson = () => {
    const file = `${fileStem}.geojson`;
    const text = formatSitesGeoJson(
      items.map((i) => i.site),
      rowsOf(items, dataset),
      { illustrative: notice !== null, fitReasons: fitReasonsBoth },
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
      const lines = [noticeText, regionSource, attribution].filter((l): l is string => Boolean(l));
      downloadBlob(await mapImagePng(area, { title: t('invPngTitle', { count: formatWhole(items.length, lang) }), lines }), file);
      done(file);
    } catch {
      setStatus(t('invExportPngFailed'));
    }
  };

  return (
    <section className="export-bar" aria-labelledby="export-bar-title" data-testid="export-bar">
      <h2 id="export-bar-title" className="export-bar__title">
        {t('invExportTitle')} <span className="muted">({t('invExportCount', { count: formatWhole(items.length, lang) })})</span>
      </h2>
      <div className="export-bar__buttons">
        <button type="button" className="secondary" onClick={csv} disabled={empty}>
          {t('invExportCsv')}
        </button>
        <button type="button" className="secondary" onClick={geoJson} disabled={empty}>
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
