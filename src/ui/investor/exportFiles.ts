// The download formats (Excel CSV, GeoJSON, the map as PNG), fetched when a download button is first pressed, so the
// explorer's first page load carries only the buttons.
export { formatExcelCsv } from '../../domain/exportCsvExcel';
export { excelWords } from '../../i18n/excel';
export { formatSitesGeoJson } from '../../domain/exportGeoJson';
export { mapImagePng } from './mapImage';
