// Hand-made sites, results and summaries for component tests: round numbers whose formatted forms are easy to check.
import type { Dataset } from '../../src/domain/dataset';
import type { Hub, Meters, Site, SiteResult, SquareMeters, Summary, SummaryRow } from '../../src/domain/types';

export const HUB: Hub = { id: 'H1', name: 'Asker stasjon', type: 'tog', xy: [580500, 6633900] };

export const SITE: Site = {
  id: 'S1',
  name: 'Testområdet',
  status: 'eksisterende',
  abc: 'A',
  readiness: 'må reguleres',
  note: 'En <b>merknad</b> som skal vises som tekst.',
  geometry: [
    [
      [
        [580000, 6633000],
        [580200, 6633000],
        [580200, 6633100],
        [580000, 6633100],
        [580000, 6633000],
      ],
    ],
  ],
};

/** 200 m × 100 m = 20 000 m² = 20 daa. The other figures are chosen by hand, not computed. */
export const RESULT: SiteResult = {
  siteId: 'S1',
  areaM2: 20000 as SquareMeters,
  areaDaa: 20,
  centroid: [580100, 6633050],
  hubId: 'H1',
  hubDistanceM: 340 as Meters,
  hubCentroidDistanceM: 1234 as Meters,
  nearestByType: { tog: { hubId: 'H1', distanceM: 340 as Meters } },
  region: 'Asker nord',
  jobs: { low: 400, mid: 1000, high: 2500.4 },
  // Existing, no figure in the data: round(20 000 ÷ 420) = 48 jobs today; new = capacity − 48.
  jobsToday: 48,
  jobsTodaySource: 'estimate',
  jobsTodayField: null,
  newJobs: { low: 352, mid: 952, high: 2452.4 },
  // Må reguleres: available 2030, 16 of the 20 years at 5 % a year → 80 % taken up by 2045.
  availableYear: 2030,
  newJobsWithinHorizon: { low: 281.6, mid: 761.6, high: 1961.92 },
  fit: {
    planned: 'A',
    access: 'A',
    verdict: 'ok',
    rail: { hubId: 'H01', name: 'Asker stasjon', type: 'tog', distanceM: 340 as Meters },
    closerHub: null,
  },
};

/** Unless given: no jobs today (new = capacity) and half the new jobs taken up within the horizon. */
function row(partial: Partial<SummaryRow>): SummaryRow {
  const jobs = partial.jobs ?? { low: 0, mid: 0, high: 0 };
  return {
    region: null,
    status: null,
    abc: null,
    sites: 0,
    areaDaa: 0,
    jobs,
    jobsToday: 0,
    newJobs: jobs,
    newJobsWithinHorizon: { low: jobs.low / 2, mid: jobs.mid / 2, high: jobs.high / 2 },
    shareAreaNearHub: 0,
    ...partial,
  };
}

/** Nord: 120 daa existing A + 30.5 daa future B; syd: 200 daa future C. */
export const SUMMARY: Summary = {
  rows: [
    row({
      region: 'Asker nord',
      status: 'eksisterende',
      abc: 'A',
      sites: 2,
      areaDaa: 120,
      jobs: { low: 2000, mid: 4000, high: 8000 },
    }),
    row({
      region: 'Asker nord',
      status: 'fremtidig',
      abc: 'B',
      sites: 1,
      areaDaa: 30.5,
      jobs: { low: 100, mid: 200, high: 400 },
    }),
    row({
      region: 'Asker syd',
      status: 'fremtidig',
      abc: 'C',
      sites: 3,
      areaDaa: 200,
      jobs: { low: 300, mid: 600, high: 1200 },
    }),
  ],
  byRegion: [
    row({
      region: 'Asker nord',
      sites: 3,
      areaDaa: 150.5,
      jobs: { low: 2100, mid: 4200, high: 8400 },
      shareAreaNearHub: 0.8,
    }),
    row({
      region: 'Asker syd',
      sites: 3,
      areaDaa: 200,
      jobs: { low: 300, mid: 600, high: 1200 },
      shareAreaNearHub: 0.25,
    }),
  ],
  total: row({ sites: 6, areaDaa: 350.5, jobs: { low: 2400, mid: 4800, high: 9600 }, shareAreaNearHub: 0.5 }),
  startYear: 2026,
  horizonYears: 20,
};

export function handMadeDataset(): Dataset {
  return {
    sites: [SITE],
    hubs: [HUB],
    regions: [],
    results: [RESULT],
    summary: SUMMARY,
    assumptions: {
      capacity: {
        A: { bra: { low: 1, mid: 1, high: 1 }, m2PerJob: { low: 1, mid: 1, high: 1 } },
        B: { bra: { low: 1, mid: 1, high: 1 }, m2PerJob: { low: 1, mid: 1, high: 1 } },
        C: { bra: { low: 1, mid: 1, high: 1 }, m2PerJob: { low: 1, mid: 1, high: 1 } },
      },
      accessibility: { aMaxRailM: 800, bMaxRailM: 2000, bMaxAnyHubM: 500 },
      nearHubM: 1000,
      netShare: { A: 1, B: 1, C: 1 },
      landPerJobTodayM2: 420,
      takeUpSharePerYear: 0.05,
    },
    warnings: [],
    origin: 'bundled',
  };
}

/** Text with no-break spaces (nb-NO thousands) made plain, for readable expectations. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}
