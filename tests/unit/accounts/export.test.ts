// Exports of the land accounts: Excel CSV (BOM, ';', decimal comma, CRLF, formula guard) and RFC 7946 GeoJSON pieces.
import { describe, expect, it } from 'vitest';
import { computeAccounts } from '../../../src/domain/accounts/accounts';
import { formatAccountsExcelCsv, formatChangePiecesGeoJson } from '../../../src/domain/accounts/exportAccounts';
import { accountsRows } from '../../../src/domain/accounts/rows';
import { accountsExcelWords } from '../../../src/i18n/accountsExcel';
import { handCase } from './handCases';

const r = computeAccounts(handCase());

describe('formatAccountsExcelCsv', () => {
  it('writes one line per region and the total, in daa with a decimal comma', () => {
    const text = formatAccountsExcelCsv(accountsRows(r), accountsExcelWords('nb'));
    expect(
      text.startsWith(
        '\uFEFFRegion;Før (daa);Etter (daa);Tilgang (daa);Avgang (daa);Netto (daa);Realisert (daa);Dyrka mark i tilgang (daa);Avgang til Bolig (1110) (daa)',
      ),
    ).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[3]).toBe(
      'Totalt;45,000;40,000;20,000;25,000;-5,000;10,000;5,000;5,000;0,000;0,000;0,000;0,000;5,000;0,000;15,000',
    );
    expect(lines[1]?.startsWith('Asker nord;25,000;25,000;5,000;5,000;0,000;')).toBe(true);
  });

  it('takes its words from the catalogue: in English the same figures under English headers', () => {
    const [header, , , total] = formatAccountsExcelCsv(accountsRows(r), accountsExcelWords('en'))
      .slice(1)
      .split('\r\n');
    expect(header?.split(';').slice(0, 9)).toEqual([
      'Region',
      'Before (daa)',
      'After (daa)',
      'Added (daa)',
      'Removed (daa)',
      'Net (daa)',
      'Realised (daa)',
      'Farmland in added land (daa)',
      'Removed to Housing (1110) (daa)',
    ]);
    expect(total).toBe(
      'Total;45,000;40,000;20,000;25,000;-5,000;10,000;5,000;5,000;0,000;0,000;0,000;0,000;5,000;0,000;15,000',
    );
  });

  it('guards a region name that would run as a formula', () => {
    const rows = accountsRows({ ...r, regions: [{ name: '=HYPERLINK("x")', figures: r.total }] });
    expect(
      formatAccountsExcelCsv(rows, accountsExcelWords('nb')).split('\r\n')[1]?.startsWith('"\'=HYPERLINK(""x"")";'),
    ).toBe(true);
  });
});

describe('formatChangePiecesGeoJson', () => {
  it('writes the pieces in lon/lat with kind, became and area', () => {
    const fc = JSON.parse(formatChangePiecesGeoJson(r.pieces));
    const housing = fc.features.find((f: { properties: { became: string } }) => f.properties.became === 'housing');
    expect(housing.properties).toEqual({ kind: 'removed', became: 'housing', area_daa: 5 });
    const [lon, lat] = housing.geometry.coordinates[0][0][0];
    expect(lon).toBeGreaterThan(10);
    expect(lon).toBeLessThan(11);
    expect(lat).toBeGreaterThan(59);
    expect(lat).toBeLessThan(60);
    expect(
      fc.features
        .filter((f: { properties: { kind: string } }) => f.properties.kind === 'added')
        .reduce((s: number, f: { properties: { area_daa: number } }) => s + f.properties.area_daa, 0),
    ).toBeCloseTo(20, 3);
  });
});
