// Exports of the land accounts: CSV for a Norwegian Excel (the same conventions as the site export) and RFC 7946
// GeoJSON of the change pieces, for a GIS or a map elsewhere.
import { decimalComma, EXCEL_SEPARATOR, guardFormula, quoteField, UTF8_BOM } from '../exportCsvExcel';
import { siteGeometryGeoJson } from '../exportGeoJson';
import type { Site } from '../types';
import { BECAME_CATEGORIES, type BecameCategory } from './categories';
import type { AccountsRow } from './rows';
import type { ChangePiece } from './types';

const CRLF = '\r\n';

/** The file's words, made by the caller (src/i18n/accountsExcel.ts): the domain builds no sentences. */
export interface AccountsExcelWords {
  /** Region, before, after, added, removed, net, realised, farmland added: the first eight headers, in order. */
  headers: readonly [string, string, string, string, string, string, string, string];
  /** The header of the column of land removed to a category. */
  removedTo: (category: BecameCategory) => string;
  /** The name of the row of the whole kommune. */
  total: string;
}

/** 3 decimals like the CLI, comma for the point, and never "-0,000". */
function daa(v: number | null): string {
  if (v === null) return '';
  const s = decimalComma(v, 3);
  return /^-0,0+$/.test(s) ? s.slice(1) : s;
}

/** One line per region, then the total; BOM, ';', CRLF, formula guard on region names (they come from a file). */
export function formatAccountsExcelCsv(rows: readonly AccountsRow[], words: AccountsExcelWords): string {
  const headers = [...words.headers, ...BECAME_CATEGORIES.map((c) => words.removedTo(c))];
  const lines = [headers.map(quoteField).join(EXCEL_SEPARATOR)];
  for (const r of rows) {
    lines.push(
      [
        quoteField(guardFormula(r.region ?? words.total)),
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
