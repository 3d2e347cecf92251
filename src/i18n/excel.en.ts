// English words of the Excel CSV export (src/domain/exportCsvExcel.ts); typed against the bokmål table.
import type { ExcelColumnKey } from '../domain/exportCsvExcel';
import type { excelWordsNb } from './excel.nb';

export const excelHeadersEn: Readonly<Record<ExcelColumnKey, string>> = {
  id: 'ID',
  name: 'Name',
  status: 'Status',
  abc: 'ABC type',
  readiness: 'Plan status',
  available: 'Available',
  region: 'Region',
  areaM2: 'Area (m²)',
  areaDaa: 'Area (daa)',
  hub: 'Nearest hub',
  hubType: 'Hub type',
  hubDistance: 'Distance to hub from edge (m)',
  hubCentroidDistance: 'Distance to hub from centre (m)',
  rail: 'Nearest rail station',
  railDistance: 'Distance to rail station (m)',
  jobsLow: 'Capacity built out low',
  jobsMid: 'Capacity built out mid',
  jobsHigh: 'Capacity built out high',
  jobsToday: 'Jobs today',
  jobsTodaySource: 'Jobs today, source',
  newJobsLow: 'New jobs low',
  newJobsMid: 'New jobs mid',
  newJobsHigh: 'New jobs high',
  availableYear: 'Available from year',
  access: 'Accessibility class',
  verdict: 'ABC fit',
  reason: 'Reason',
  centroidLon: 'Centre longitude',
  centroidLat: 'Centre latitude',
  road: 'Nearest main road',
  roadDistance: 'Distance to main road (m)',
};

export const excelWordsEn: typeof excelWordsNb = {
  yes: 'yes',
  no: 'no',
  fromField: 'from the data ({field})',
  source: {
    data: 'from the data',
    estimate: 'estimate (area ÷ m² per job today)',
    future: 'future land',
    unknown: 'unknown status',
    scenario: 'set in a scenario',
  },
};
