// The rows of the comparison table: what each measures, how it is read from the engine's figures and formatted.
import type { ScenarioFigures } from '../../domain/scenarioCompare';
import type { Lang, MessageKey, Translate } from '../../i18n';
import type { KommuneProfile } from '../../domain/kommuneProfile';
import { formatDaa, formatNumber, formatShare, formatWhole } from '../format';
import { supplyYearsText } from '../planMeasuresText';
import { regionsTitle } from '../RegionSummary';
import { formatRange } from './scenarioText';

export type DeltaKind = 'whole' | 'daa' | 'points';

export interface CompareRow {
  key: string;
  label: string;
  /** A number compared with the basis, or text shown as it is (no difference). */
  value: (f: ScenarioFigures) => number | string;
  format: (n: number) => string;
  delta: DeltaKind | null;
  /** Job levels also get the verdict against the plan's target. */
  level?: 'low' | 'mid' | 'high';
}

export interface CompareGroup {
  title: string;
  rows: CompareRow[];
}

const LEVEL_KEY: Record<'low' | 'mid' | 'high', MessageKey> = {
  low: 'scenLevelLow',
  mid: 'scenLevelMid',
  high: 'scenLevelHigh',
};

/** The rows, labelled with the kommune profile's targets and regions (a figure the profile does not have is "mangler").
 * */
export function compareGroups(
  figures: readonly ScenarioFigures[],
  walkingDistanceM: number,
  t: Translate,
  lang: Lang,
  profile: KommuneProfile,
): CompareGroup[] {
  const whole = (n: number) => formatWhole(n, lang);
  const daa = (n: number) => formatDaa(n, lang);
  const share = (n: number) => formatShare(n, lang);
  const text = () => '';
  const regions: (string | null)[] = [];
  for (const f of figures) for (const r of f.byRegion) if (!regions.includes(r.region)) regions.push(r.region);
  const regionOf = (f: ScenarioFigures, region: string | null) => f.byRegion.find((r) => r.region === region);
  const regionName = (region: string | null) => region ?? t('regionUnknown');
  const plan = profile.planTargets;
  const missing = t('profMissing');
  const targetLabel = plan.newJobs20Years.known ? formatRange(plan.newJobs20Years.value, lang) : missing;
  const yearlyLabel = plan.newJobsPerYear.known ? formatRange(plan.newJobsPerYear.value, lang) : missing;
  const named = regions.filter((r): r is string => r !== null);

  return [
    {
      title: t('scenGroupJobs'),
      rows: [
        {
          key: 'period',
          label: t('scenRowPeriod'),
          value: (f) => t('scenPeriodValue', { start: f.startYear, end: f.endYear, years: f.horizonYears }),
          format: text,
          delta: null,
        },
        ...(['low', 'mid', 'high'] as const).map((level): CompareRow => ({
          key: `jobs-${level}`,
          label: t('scenRowJobs', { level: t(LEVEL_KEY[level]) }),
          value: (f) => f.newJobsWithinHorizon[level],
          format: whole,
          delta: 'whole',
          level,
        })),
        {
          key: 'target',
          label: t('profScenRowTarget', { range: targetLabel }),
          value: (f) => (f.target ? formatRange(f.target, lang) : t('noValue')),
          format: text,
          delta: null,
        },
        {
          key: 'target-yearly',
          label: t('profScenRowTargetYearly', { range: yearlyLabel }),
          value: (f) => (f.targetFromYearlyGrowth ? formatRange(f.targetFromYearlyGrowth, lang) : t('noValue')),
          format: text,
          delta: null,
        },
        {
          key: 'per-year',
          label: t('scenRowPerYear'),
          value: (f) => f.newJobsPerYear.mid,
          format: whole,
          delta: 'whole',
        },
        {
          key: 'after-horizon',
          label: t('scenRowAfterHorizon'),
          value: (f) => f.newJobs.mid - f.newJobsWithinHorizon.mid,
          format: whole,
          delta: 'whole',
        },
      ],
    },
    {
      title: t('scenGroupSupply'),
      rows: [
        {
          key: 'new-jobs-capacity',
          label: t('scenRowNewJobsCapacity'),
          value: (f) => f.newJobs.mid,
          format: whole,
          delta: 'whole',
        },
        { key: 'jobs-today', label: t('scenRowJobsToday'), value: (f) => f.jobsToday, format: whole, delta: 'whole' },
        { key: 'capacity', label: t('scenRowCapacity'), value: (f) => f.jobs.mid, format: whole, delta: 'whole' },
        {
          key: 'supply-years',
          label: plan.newJobsPerYear.known
            ? t('profScenRowSupplyYears', { range: yearlyLabel })
            : t('profScenRowSupplyYearsNone'),
          value: (f) => (f.measures ? supplyYearsText(f.measures, lang) : t('noValue')),
          format: text,
          delta: null,
        },
        {
          key: 'land-per-new-job',
          label: plan.landPerJobM2.known
            ? t('profScenRowLandPerNewJob', { today: whole(plan.landPerJobM2.value) })
            : t('profScenRowLandPerNewJobNone'),
          value: (f) => f.measures?.landPerNewJobM2 ?? t('noValue'),
          format: whole,
          delta: 'whole',
        },
        {
          key: 'density',
          label: t('scenRowDensity'),
          value: (f) => {
            const d = f.measures?.densityVsToday ?? null;
            return d === null ? t('noValue') : t('scenDensityValue', { factor: formatNumber(d, lang, 1) });
          },
          format: text,
          delta: null,
        },
      ],
    },
    {
      title: regionsTitle(named, profile.name, lang),
      rows: regions.flatMap((region): CompareRow[] => [
        {
          key: `region-jobs-${regionName(region)}`,
          label: t('scenRowRegionJobs', { region: regionName(region) }),
          value: (f) => regionOf(f, region)?.newJobsWithinHorizon.mid ?? 0,
          format: whole,
          delta: 'whole',
        },
        {
          key: `region-share-${regionName(region)}`,
          label: t('scenRowRegionShare', { region: regionName(region) }),
          value: (f) => regionOf(f, region)?.shareOfJobs ?? 0,
          format: share,
          delta: 'points',
        },
        {
          key: `region-daa-${regionName(region)}`,
          label: t('scenRowRegionDaa', { region: regionName(region) }),
          value: (f) => regionOf(f, region)?.areaDaa ?? 0,
          format: daa,
          delta: 'daa',
        },
      ]),
    },
    {
      title: t('scenGroupLand'),
      rows: [
        {
          key: 'near-hub',
          label: t('scenRowNearHub', { distance: formatWhole(walkingDistanceM, lang) }),
          value: (f) => f.nearHub.share.mid,
          format: share,
          delta: 'points',
        },
        { key: 'daa', label: t('scenRowDaa'), value: (f) => f.areaDaa, format: daa, delta: 'daa' },
        {
          key: 'daa-existing',
          label: t('scenRowDaaExisting'),
          value: (f) => f.areaDaaByStatus.eksisterende,
          format: daa,
          delta: 'daa',
        },
        {
          key: 'daa-future',
          label: t('scenRowDaaFuture'),
          value: (f) => f.areaDaaByStatus.fremtidig,
          format: daa,
          delta: 'daa',
        },
        { key: 'sites', label: t('scenRowSites'), value: (f) => f.sites, format: whole, delta: 'whole' },
        { key: 'excluded', label: t('scenRowExcluded'), value: (f) => f.excludedSites, format: whole, delta: 'whole' },
        { key: 'mismatch', label: t('scenRowMismatch'), value: (f) => f.abcMismatches, format: whole, delta: 'whole' },
        { key: 'partial', label: t('scenRowPartial'), value: (f) => f.abcPartial, format: whole, delta: 'whole' },
      ],
    },
  ];
}
