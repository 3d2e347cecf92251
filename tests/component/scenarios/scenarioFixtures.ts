// A hand-made dataset for the scenario UI tests: one station, three sites, every figure worked out by hand below.
import type { Dataset } from '../../../src/domain/dataset';
import { analyse } from '../../../src/domain/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions';
import type { Hub, MultiPolygonXY, Region, Site } from '../../../src/domain/types';
import { actions } from '../../../src/state/actions';
import { scenarioActions } from '../../../src/state/scenarioStore';

function rect(minX: number, minY: number, maxX: number, maxY: number): MultiPolygonXY {
  return [
    [
      [
        [minX, minY],
        [maxX, minY],
        [maxX, maxY],
        [minX, maxY],
        [minX, minY],
      ],
    ],
  ];
}

/**
 * Station R at (580 000, 6 630 000). Nord is x < 585 000, syd x ≥ 585 000. Default assumptions (assumptions.json):
 * capacity on net land (A 70 %, B 75 %, C 80 %), jobs today round(area ÷ 420) on existing land, start 2026,
 * 20 years, må reguleres available after 4 years, 5 % of the new jobs taken up a year.
 *   T1  A  eksisterende  byggeklar     nord   200 × 100 = 20 000 m²,  300 m from R
 *       capacity 20 000 × 0.7 × 1.0/35, 1.5/30, 2.0/23 = 400 / 700 / 1 217.39; today 48; new 352 / 652 / 1 169.39,
 *       all of it by 2045 (20 years)
 *   T2  B  fremtidig     må reguleres  nord   200 × 200 = 40 000 m²,  900 m from R (past fortetting's 800 m, inside
 *       jordvern's 1 km)   capacity = new 40 000 × 0.75 × 0.6/100, 0.9/87.5, 1.2/75 = 180 / 308.57 / 480;
 *       from 2030, 16 × 5 % = 80 % by 2045: 144 / 246.86 / 384
 *   T3  C  fremtidig     må reguleres  syd    500 × 200 = 100 000 m², 6 000 m from R (jordvern drops it)
 *       capacity = new 100 000 × 0.8 × 0.3/150, 0.4/100, 0.5/70 = 160 / 320 / 571.43; 80 %: 128 / 256 / 457.14
 * Basis new jobs within 2045: low 624, mid 1 154.86, high 2 010.53; 160 daa. Fortetting: T1 × 1.5 %BRA → capacity
 * mid 1 050, new 1 002 (jobs today unchanged): total 1 504.86 (+350).
 */
export const HUBS: Hub[] = [{ id: 'R', name: 'Stasjonen', type: 'tog', xy: [580000, 6630000] }];
export const REGIONS: Region[] = [
  { name: 'Asker nord', geometry: rect(575000, 6620000, 585000, 6640000) },
  { name: 'Asker syd', geometry: rect(585000, 6620000, 595000, 6640000) },
];
export const SITES: Site[] = [
  {
    id: 'T1',
    name: 'Stasjonsbyen',
    status: 'eksisterende',
    abc: 'A',
    readiness: 'byggeklar',
    note: '',
    geometry: rect(580300, 6630000, 580500, 6630100),
  },
  {
    id: 'T2',
    name: 'Bakkehagen',
    status: 'fremtidig',
    abc: 'B',
    readiness: 'må reguleres',
    note: '',
    geometry: rect(580900, 6630000, 581100, 6630200),
  },
  {
    id: 'T3',
    name: 'Sydmarka',
    status: 'fremtidig',
    abc: 'C',
    readiness: 'må reguleres',
    note: '',
    geometry: rect(586000, 6630000, 586500, 6630200),
  },
];

export function scenarioDataset(): Dataset {
  const { results, summary } = analyse({
    sites: SITES,
    hubs: HUBS,
    regions: REGIONS,
    assumptions: DEFAULT_ASSUMPTIONS,
  });
  return {
    sites: SITES,
    hubs: HUBS,
    regions: REGIONS,
    results,
    summary,
    assumptions: DEFAULT_ASSUMPTIONS,
    warnings: [],
    origin: 'bundled',
  };
}

/** Both stores back to their first state, the data loaded, the comparison page open. */
export function openComparison(): void {
  actions.reset();
  scenarioActions.reset();
  actions.datasetLoaded(scenarioDataset());
  actions.setPage('compare');
}

/** Text with no-break and thin spaces made plain, and the minus sign as a hyphen, for readable expectations. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
}
