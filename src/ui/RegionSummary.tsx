// The nord/syd table: the mapped sites summed per region, beside the municipality's own plan figures.
import type { ReactNode } from 'react';
import { DEFAULT_ASSUMPTIONS } from '../domain/assumptions';
import { planMeasures, scaledTarget } from '../domain/planMeasures';
import { PLAN_TARGETS } from '../domain/planTargets';
import { ABC_KEYS, summaryColumns, type SummaryColumn } from '../domain/summaryViews';
import type { Summary } from '../domain/types';
import { translator, type Lang } from '../i18n';
import type { Assumptions } from '../domain/types';
import { formatDaa, formatDistance, formatWhole, formatShare } from './format';
import { densityWarningText, m2Text, supplyYearsText } from './planMeasuresText';
import { RegionChart } from './RegionChart';

export interface RegionSummaryProps {
  lang: Lang;
  summary: Summary;
  /** Distance that counts as near a hub (assumptions.nearHubM). */
  nearHubM: number;
  /** Set when filters narrow the summary: how many sites it covers. */
  filtered?: { shown: number; total: number } | null;
  /** For the note on how new jobs are made (net shares, take-up); default: the bundled assumptions. */
  assumptions?: Assumptions;
}

export function RegionSummary({ lang, summary, nearHubM, filtered = null, assumptions = DEFAULT_ASSUMPTIONS }: RegionSummaryProps) {
  const t = translator(lang);
  const columns = summaryColumns(summary);
  const heading = (c: SummaryColumn) => (c.isTotal ? t('summaryTotal') : (c.region ?? t('regionUnknown')));
  const daa = (n: number) => formatDaa(n, lang);
  const range = (j: { low: number; high: number }) => `${formatWhole(j.low, lang)}–${formatWhole(j.high, lang)}`;
  const h = summary.horizonYears;
  const end = summary.startYear + h - 1;
  const measuresOf = (c: SummaryColumn) => planMeasures({ areaDaa: c.areaDaa, capacity: c.jobs, newJobs: c.newJobs, horizonYears: h });
  const totalColumn = columns.find((c) => c.isTotal);
  const warning = totalColumn ? densityWarningText(measuresOf(totalColumn), lang) : '';
  const scaled = scaledTarget(h);
  const pct = (v: number) => formatShare(v, lang);
  const abcMix = (c: SummaryColumn): ReactNode =>
    ABC_KEYS.filter((k) => c.abcDaa[k] > 0).map((k) => (
      <span className="abc-mix" key={k}>
        {`${k === 'none' ? t('abcNone') : k}: ${daa(c.abcDaa[k])}`}
      </span>
    ));
  const plan = PLAN_TARGETS;
  const rows: { key: string; label: string; cell: (c: SummaryColumn) => ReactNode; plan: string }[] = [
    { key: 'existing', label: t('summaryExistingDaa'), cell: (c) => daa(c.existingDaa), plan: formatWhole(plan.existingDaa.value, lang) },
    { key: 'future', label: t('summaryFutureDaa'), cell: (c) => daa(c.futureDaa), plan: formatWhole(plan.futureDaa.value, lang) },
    {
      key: 'new-jobs-within',
      label: t('summaryNewJobsWithin', { end }),
      cell: (c) => <strong>{range(c.newJobsWithinHorizon)}</strong>,
      plan: t('summaryPlanJobs', { low: formatWhole(scaled.low, lang), high: formatWhole(scaled.high, lang), years: h }),
    },
    {
      key: 'supply-years',
      label: t('summarySupplyYears'),
      cell: (c) => supplyYearsText(measuresOf(c), lang),
      plan: t('summaryPlanPerYear', { low: formatWhole(plan.newJobsPerYear.value.low, lang), high: formatWhole(plan.newJobsPerYear.value.high, lang) }),
    },
    {
      key: 'land-per-new-job',
      label: t('summaryLandPerNewJob'),
      cell: (c) => m2Text(measuresOf(c).landPerNewJobM2, lang),
      plan: t('summaryPlanLandPerJob', { m2: formatWhole(plan.landPerJobM2.value, lang) }),
    },
    { key: 'new-jobs', label: t('summaryNewJobs'), cell: (c) => range(c.newJobs), plan: t('summaryNoPlan') },
    { key: 'jobs-today', label: t('summaryJobsToday'), cell: (c) => formatWhole(c.jobsToday, lang), plan: t('summaryNoPlan') },
    { key: 'jobs', label: t('summaryJobs'), cell: (c) => range(c.jobs), plan: t('summaryNoPlan') },
    { key: 'sites', label: t('summarySites'), cell: (c) => formatWhole(c.sites, lang), plan: t('summaryNoPlan') },
    {
      key: 'near',
      label: t('summaryNearHub', { distance: formatDistance(nearHubM, lang) }),
      cell: (c) => formatShare(c.shareAreaNearHub, lang),
      plan: t('summaryNoPlan'),
    },
    { key: 'abc', label: t('summaryAbcMix'), cell: abcMix, plan: t('summaryNoPlan') },
  ];
  return (
    <section className="region-summary" data-testid="region-summary" aria-labelledby="region-summary-title">
      <h2 id="region-summary-title">{t('summaryTitle')}</h2>
      {filtered ? (
        <p className="summary-filtered" data-testid="summary-filtered">
          {t('summaryFiltered', { shown: formatWhole(filtered.shown, lang), total: formatWhole(filtered.total, lang) })}
        </p>
      ) : null}
      <RegionChart lang={lang} columns={columns} horizonYears={h} endYear={end} />
      {warning ? (
        <p className="density-warning" data-testid="summary-density-warning">
          {warning}
        </p>
      ) : null}
      {/* Focusable so a keyboard user can scroll the table sideways when the panel is narrow. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="region-summary-caption">
        <table>
          <caption id="region-summary-caption">{t('summaryCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summaryMeasure')}</th>
              {columns.map((c) => (
                <th scope="col" key={c.isTotal ? '#total' : (c.region ?? '#none')}>
                  {heading(c)}
                </th>
              ))}
              <th scope="col">{t('summaryPlan')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-row={row.key}>
                <th scope="row">{row.label}</th>
                {columns.map((c) => (
                  <td key={c.isTotal ? '#total' : (c.region ?? '#none')}>{row.cell(c)}</td>
                ))}
                <td>{row.plan}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small" data-testid="summary-pace-note">
        {t('summaryPaceNote', {
          end,
          share: pct(assumptions.takeUpSharePerYear),
          netA: pct(assumptions.netShare.A),
          netB: pct(assumptions.netShare.B),
          netC: pct(assumptions.netShare.C),
        })}
      </p>
      <p className="muted small">{t('summaryPlanSource')}</p>
    </section>
  );
}
