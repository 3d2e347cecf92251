// The region table: the mapped sites summed per region, beside the kommune's own plan figures (from its profile; a
// figure the profile does not have is shown as missing, never made up).
import type { ReactNode } from 'react';
import { DEFAULT_ASSUMPTIONS } from '../domain/assumptions';
import {
  distinctSources,
  inLang,
  missingFigures,
  profileSummaryTargets,
  type KommuneProfile,
  type ProfileTargets,
} from '../domain/kommuneProfile';
import { landPerJobM2, planMeasures, scaledTarget } from '../domain/planMeasures';
import { ABC_KEYS, summaryColumns, type SummaryColumn } from '../domain/summaryViews';
import type { Summary } from '../domain/types';
import { LOCALE, translator, type Lang, type MessageKey } from '../i18n';
import { DEFAULT_PROFILE } from '../state/profileStore';
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
  /** The kommune profile: its name and plan figures; default the bundled Asker profile. */
  profile?: KommuneProfile;
  /** The regions' names as loaded (also those no site lies in), for the title; default the summary's regions. */
  regionNames?: readonly string[];
}

const FIGURE_WORD: Record<keyof ProfileTargets, MessageKey> = {
  existingDaa: 'profFigExistingDaa',
  futureDaa: 'profFigFutureDaa',
  newJobs20Years: 'profFigNewJobs20Years',
  newJobsPerYear: 'profFigNewJobsPerYear',
  landPerJobM2: 'profFigLandPerJobM2',
};

/** "Asker nord og Asker syd" (two or more regions), else the kommune's name. */
export function regionsTitle(names: readonly string[], kommune: string, lang: Lang): string {
  return names.length >= 2 ? new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' }).format(names) : kommune;
}

export function RegionSummary({
  lang,
  summary,
  nearHubM,
  filtered = null,
  assumptions = DEFAULT_ASSUMPTIONS,
  profile = DEFAULT_PROFILE,
  regionNames,
}: RegionSummaryProps) {
  const t = translator(lang);
  const columns = summaryColumns(summary);
  const targets = profileSummaryTargets(profile);
  const jobs = targets.jobs;
  const missing = t('profMissing');
  const names = regionNames ?? columns.flatMap((c) => (c.isTotal || c.region === null ? [] : [c.region]));
  const title = regionsTitle(names, profile.name, lang);
  const heading = (c: SummaryColumn) => (c.isTotal ? t('summaryTotal') : (c.region ?? t('regionUnknown')));
  const daa = (n: number) => formatDaa(n, lang);
  const range = (j: { low: number; high: number }) => `${formatWhole(j.low, lang)}–${formatWhole(j.high, lang)}`;
  const h = summary.horizonYears;
  const end = summary.startYear + h - 1;
  const totalColumn = columns.find((c) => c.isTotal);
  const warning =
    totalColumn && jobs
      ? densityWarningText(
          planMeasures(
            { areaDaa: totalColumn.areaDaa, capacity: totalColumn.jobs, newJobs: totalColumn.newJobs, horizonYears: h },
            jobs,
          ),
          lang,
          profile.planTargets.landPerJobM2,
        )
      : '';
  const pct = (v: number) => formatShare(v, lang);
  const abcMix = (c: SummaryColumn): ReactNode =>
    ABC_KEYS.filter((k) => c.abcDaa[k] > 0).map((k) => (
      <span className="abc-mix" key={k}>
        {`${k === 'none' ? t('abcNone') : k}: ${daa(c.abcDaa[k])}`}
      </span>
    ));
  const known = (v: number | null) => (v === null ? missing : formatWhole(v, lang));
  const scaled = jobs ? scaledTarget(h, jobs.newJobs20Years) : null;
  const rows: { key: string; label: string; cell: (c: SummaryColumn) => ReactNode; plan: string }[] = [
    {
      key: 'existing',
      label: t('summaryExistingDaa'),
      cell: (c) => daa(c.existingDaa),
      plan: known(targets.area.existingDaa),
    },
    { key: 'future', label: t('summaryFutureDaa'), cell: (c) => daa(c.futureDaa), plan: known(targets.area.futureDaa) },
    {
      key: 'new-jobs-within',
      label: t('summaryNewJobsWithin', { end }),
      cell: (c) => <strong>{range(c.newJobsWithinHorizon)}</strong>,
      plan: scaled
        ? t('summaryPlanJobs', { low: formatWhole(scaled.low, lang), high: formatWhole(scaled.high, lang), years: h })
        : missing,
    },
    {
      key: 'supply-years',
      label: jobs
        ? t('profSupplyYears', {
            low: formatWhole(jobs.newJobsPerYear.low, lang),
            high: formatWhole(jobs.newJobsPerYear.high, lang),
          })
        : t('profSupplyYearsNoPlan'),
      // Years of supply divide by the plan's growth a year: without it there is nothing to divide by.
      cell: (c) =>
        jobs
          ? supplyYearsText(
              planMeasures({ areaDaa: c.areaDaa, capacity: c.jobs, newJobs: c.newJobs, horizonYears: h }, jobs),
              lang,
            )
          : t('noValue'),
      plan: jobs
        ? t('summaryPlanPerYear', {
            low: formatWhole(jobs.newJobsPerYear.low, lang),
            high: formatWhole(jobs.newJobsPerYear.high, lang),
          })
        : missing,
    },
    {
      key: 'land-per-new-job',
      label: t('summaryLandPerNewJob'),
      cell: (c) => m2Text(landPerJobM2(c.areaDaa, c.newJobs.mid), lang),
      plan: jobs ? t('summaryPlanLandPerJob', { m2: formatWhole(jobs.landPerJobM2, lang) }) : missing,
    },
    { key: 'new-jobs', label: t('summaryNewJobs'), cell: (c) => range(c.newJobs), plan: t('summaryNoPlan') },
    {
      key: 'jobs-today',
      label: t('summaryJobsToday'),
      cell: (c) => formatWhole(c.jobsToday, lang),
      plan: t('summaryNoPlan'),
    },
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
  const sources = distinctSources(
    Object.values(profile.planTargets).flatMap((f) => (f.known ? [inLang(f.source, lang)] : [])),
  );
  const gaps = missingFigures(profile.planTargets);
  return (
    <section className="region-summary" data-testid="region-summary" aria-labelledby="region-summary-title">
      <h2 id="region-summary-title">{title}</h2>
      {filtered ? (
        <p className="summary-filtered" data-testid="summary-filtered">
          {t('summaryFiltered', { shown: formatWhole(filtered.shown, lang), total: formatWhole(filtered.total, lang) })}
        </p>
      ) : null}
      <RegionChart lang={lang} columns={columns} horizonYears={h} endYear={end} targets={targets} title={title} />
      {warning ? (
        <p className="density-warning" data-testid="summary-density-warning">
          {warning}
        </p>
      ) : null}
      {/* Focusable so a keyboard user can scroll the table sideways when the panel is narrow. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="region-summary-caption">
        <table>
          <caption id="region-summary-caption">{t('profSummaryCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summaryMeasure')}</th>
              {columns.map((c) => (
                <th scope="col" key={c.isTotal ? '#total' : (c.region ?? '#none')}>
                  {heading(c)}
                </th>
              ))}
              <th scope="col">{t('profPlanColumn')}</th>
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
      <p className="muted small" data-testid="summary-plan-source">
        {sources.length > 0
          ? t('profPlanSource', { source: sources.join('; ') })
          : t('profPlanSourceNone', { kommune: profile.name })}
      </p>
      {gaps.length > 0 ? (
        <p className="muted small" data-testid="summary-plan-missing">
          {t('profNoFigures', {
            kommune: profile.name,
            labels: new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' }).format(
              gaps.map((g) => t(FIGURE_WORD[g.key])),
            ),
            reason: [...new Set(gaps.map((g) => inLang(g.reason, lang)))].join(' '),
          })}
        </p>
      ) : null}
    </section>
  );
}
