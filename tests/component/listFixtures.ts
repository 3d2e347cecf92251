// A small hand-made dataset for the filter and sort tests: round areas, distances and job counts chosen by hand.
import type { Dataset } from '../../src/domain/dataset';
import type { Meters, Site, SiteResult, SquareMeters } from '../../src/domain/types';
import { handMadeDataset, SUMMARY } from './fixtures';

interface Row {
  id: string;
  name: string;
  areaDaa: number;
  hubM: number | null;
  jobsMid: number;
  status?: Site['status'];
}

const ROWS: Row[] = [
  { id: 'R1', name: 'Røyken stasjon', areaDaa: 20, hubM: 300, jobsMid: 900 },
  { id: 'R2', name: 'Sætre sentrum', areaDaa: 45.5, hubM: 900, jobsMid: 400, status: 'fremtidig' },
  { id: 'R3', name: 'Asker torg', areaDaa: 10, hubM: null, jobsMid: 1200 },
  { id: 'R4', name: 'Bjørnstad', areaDaa: 12.5, hubM: 1500, jobsMid: 100 },
];

function square(i: number): Site['geometry'] {
  const x = 580000 + i * 1000;
  return [
    [
      [
        [x, 6633000],
        [x + 100, 6633000],
        [x + 100, 6633100],
        [x, 6633100],
        [x, 6633000],
      ],
    ],
  ];
}

function toSite(r: Row, i: number): Site {
  return {
    id: r.id,
    name: r.name,
    status: r.status ?? 'eksisterende',
    abc: 'B',
    readiness: 'byggeklar',
    note: '',
    geometry: square(i),
  };
}

function toResult(r: Row): SiteResult {
  return {
    siteId: r.id,
    areaM2: (r.areaDaa * 1000) as SquareMeters,
    areaDaa: r.areaDaa,
    centroid: [580050, 6633050],
    hubId: r.hubM === null ? null : 'H1',
    hubDistanceM: r.hubM as Meters | null,
    hubCentroidDistanceM: r.hubM === null ? null : ((r.hubM + 50) as Meters),
    nearestByType: {},
    region: 'Asker syd',
    jobs: { low: r.jobsMid / 2, mid: r.jobsMid, high: r.jobsMid * 2 },
    jobsToday: 0,
    jobsTodaySource: 'future',
    jobsTodayField: null,
    newJobs: { low: r.jobsMid / 2, mid: r.jobsMid, high: r.jobsMid * 2 },
    availableYear: 2026,
    newJobsWithinHorizon: { low: r.jobsMid / 2, mid: r.jobsMid, high: r.jobsMid * 2 },
    fit: { planned: 'B', access: 'B', verdict: 'ok', rail: null, closerHub: null },
  };
}

/** Four sites: Røyken stasjon 20 daa/300 m, Sætre sentrum 45,5 daa/900 m, Asker torg 10 daa/no hub, Bjørnstad 12,5
 * daa/1 500 m. */
export function listDataset(): Dataset {
  return { ...handMadeDataset(), sites: ROWS.map(toSite), results: ROWS.map(toResult), summary: SUMMARY };
}

/** `n` sites named "Område 001" … so that the list has to page. */
export function manySitesDataset(n: number): Dataset {
  const rows: Row[] = Array.from({ length: n }, (_, i) => ({
    id: `M${i}`,
    name: `Område ${String(i).padStart(3, '0')}`,
    areaDaa: 10 + i,
    hubM: 100 + i,
    jobsMid: i,
  }));
  return { ...handMadeDataset(), sites: rows.map(toSite), results: rows.map(toResult), summary: SUMMARY };
}
