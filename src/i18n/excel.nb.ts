// Bokmål words of the Excel CSV export (src/domain/exportCsvExcel.ts): column headers, yes/no, where jobs today is from.
import type { ExcelColumnKey } from '../domain/exportCsvExcel';
import type { JobsTodaySource } from '../domain/types';

export const excelHeadersNb: Readonly<Record<ExcelColumnKey, string>> = {
  id: 'ID',
  name: 'Navn',
  status: 'Status',
  abc: 'ABC-type',
  readiness: 'Planstatus',
  available: 'Ledig',
  region: 'Region',
  areaM2: 'Areal (m²)',
  areaDaa: 'Areal (daa)',
  hub: 'Nærmeste knutepunkt',
  hubType: 'Knutepunkttype',
  hubDistance: 'Avstand til knutepunkt fra kant (m)',
  hubCentroidDistance: 'Avstand til knutepunkt fra midtpunkt (m)',
  rail: 'Nærmeste togstasjon',
  railDistance: 'Avstand til togstasjon (m)',
  jobsLow: 'Kapasitet ferdig utbygd lav',
  jobsMid: 'Kapasitet ferdig utbygd middels',
  jobsHigh: 'Kapasitet ferdig utbygd høy',
  jobsToday: 'Arbeidsplasser i dag',
  jobsTodaySource: 'Arbeidsplasser i dag, kilde',
  newJobsLow: 'Nye arbeidsplasser lav',
  newJobsMid: 'Nye arbeidsplasser middels',
  newJobsHigh: 'Nye arbeidsplasser høy',
  availableYear: 'Ledig fra år',
  access: 'Tilgjengelighetsklasse',
  verdict: 'ABC-vurdering',
  reason: 'Begrunnelse',
  centroidLon: 'Midtpunkt lengdegrad',
  centroidLat: 'Midtpunkt breddegrad',
  road: 'Nærmeste hovedvei',
  roadDistance: 'Avstand til hovedvei (m)',
};

export const excelWordsNb = {
  yes: 'ja',
  no: 'nei',
  fromField: 'fra data ({field})',
  source: {
    data: 'fra data',
    estimate: 'anslag (areal ÷ m² per arbeidsplass i dag)',
    future: 'fremtidig areal',
    unknown: 'ukjent status',
    scenario: 'satt i scenario',
  } satisfies Record<JobsTodaySource, string>,
};
