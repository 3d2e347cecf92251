// Exports of the land accounts: CSV for a Norwegian Excel (the same conventions as the site export) and RFC 7946
// GeoJSON of the change pieces, for a GIS or a map elsewhere.
import { decimalComma, EXCEL_SEPARATOR, guardFormula, quoteField, UTF8_BOM } from '../exportCsvExcel';
import { siteGeometryGeoJson } from '../exportGeoJson';
import type { Site } from '../types';
import { BECAME_CATEGORIES, type BecameCategory } from './categories';
import type { AccountsRow } from './rows';
import type { ChangePiece } from './types';

const CRLF = '\r\n';

/** Norwegian names of what removed land became (also the page's table headings). */
export const BECAME_LABEL_NB: Record<BecameCategory, string> = {
  housing: 'Bolig (1110)',
  builtOther: 'Annen bebyggelse (1xxx)',
  transport: 'Samferdsel (2xxx)',
  green: 'Grønnstruktur (3xxx)',
  defence: 'Forsvaret (4xxx)',
  lnfr: 'LNFR (5xxx)',
  sea: 'Sjø og vassdrag (6xxx)',
  notInPlan: 'Ikke i planen',
};

const HEADERS = [
  'Region',
  'Før (daa)',
  'Etter (daa)',
  'Tilgang (daa)',
  'Avgang (daa)',
  'Netto (daa)',
  'Realisert (daa)',
  'Dyrka mark i tilgang (daa)',
  ...BECAME_CATEGORIES.map((c) => `Avgang til ${BECAME_LABEL_NB[c]} (daa)`),
];

/** 3 decimals like the CLI, comma for the point, and never "-0,000". */
function daa(v: number | null): string {
  if (v === null) return '';
  const s = decimalComma(v, 3);
  return /^-0,0+$/.test(s) ? s.slice(1) : s;
}

/** One line per region, then "Totalt"; BOM, ';', CRLF, formula guard on region names (they come from a file). */
export function formatAccountsExcelCsv(rows: readonly AccountsRow[]): string {
  const lines = [HEADERS.map(quoteField).join(EXCEL_SEPARATOR)];
  for (const r of rows) {
    lines.push(
      [
        quoteField(guardFormula(r.region ?? 'Totalt')),
        daa(r.beforeDaa),
        daa(r.afterDaa),
        daa(r.addedDaa),
        daa(r.removedDaa),
        daa(r.netDaa),
        daa(r.realisedDaa),
        daa(r.farmlandAddedDaa),
        ...BECAME_CATEGORIES.map((c) => daa(r.removedByDaa[c])),
      ].join(EXCEL_SEPARATOR),
    );
  }
  return `${UTF8_BOM}${lines.join(CRLF)}${CRLF}`;
}

/** The pieces in WGS84 with kind, what removed land became, and the area in daa (3 decimals). */
export function formatChangePiecesGeoJson(pieces: readonly ChangePiece[]): string {
  const features = pieces
    .map((p) => ({
      type: 'Feature' as const,
      properties: { kind: p.kind, became: p.became ?? null, area_daa: Number((p.areaM2 / 1000).toFixed(3)) },
      // The site exporter only reads the geometry; it gives RFC 7946 winding, rounding and collapsed-ring handling.
      geometry: siteGeometryGeoJson({ geometry: p.geometry } as Site),
    }))
    .filter((f) => f.geometry.coordinates.length > 0);
  return `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
}
