// The Markdown output of the report: a readable report (site table, nord/syd summary, plan figures) in bokmål, or
// English with --lang en. Every word comes from the message catalogue (src/i18n/report.*.ts, src/i18n/fit.*.ts), every
// number from the shared formatter (src/i18n/format.ts).
import {
  ABC_TYPES,
  type HubType,
  type JobsTodaySource,
  type SiteStatus,
  type SummaryRow,
} from '../../src/domain/types.ts';
import { PLAN_TARGETS } from '../../src/domain/planTargets.ts';
import type { CrsSource } from '../../src/data/resolveCrs.ts';
import type { Lang, MessageKey } from '../../src/i18n/index.ts';
import { fitReasonText, fitVerdictText } from '../../src/i18n/fit.ts';
import { formatDistance } from '../../src/i18n/format.ts';
import type { InputRole } from './inputs.ts';
import { citedSource, inLang, isKommuneToday, type ProfileFigure } from '../../src/domain/kommuneProfile.ts';
import type { ReportModel, SiteRow } from './model.ts';
import {
  ASKER_DENSITY_CITE,
  autoText,
  dash,
  densityWarningText,
  jobsText,
  m2Text,
  mdText,
  pctText,
  supplyText,
  wordsFor,
  type Words,
} from './mdFormat.ts';
import { scenarioMarkdown } from './scenarioMarkdown.ts';

const STATUS_KEY: Record<SiteStatus, MessageKey> = {
  eksisterende: 'repStatusEksisterende',
  fremtidig: 'repStatusFremtidig',
};
const HUB_TYPE_KEY: Record<HubType, MessageKey> = { tog: 'hubTog', buss: 'hubBuss', båt: 'hubBåt' };
const ROLE_KEY: Record<InputRole, MessageKey> = {
  sites: 'repRoleSites',
  hubs: 'repRoleHubs',
  regions: 'repRoleRegions',
};
const CRS_SOURCE_KEY: Record<CrsSource, MessageKey> = {
  member: 'repCrsMember',
  override: 'repCrsOverride',
  detected: 'repCrsDetected',
};
const SOURCE_KEY: Record<JobsTodaySource, MessageKey> = {
  data: 'repSourceData',
  estimate: 'repSourceEstimate',
  future: 'repSourceFuture',
  unknown: 'repSourceUnknown',
  scenario: 'repSourceScenario',
};

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

/** Jobs today with where the figure comes from: "100 (anslag)", "250 (fra data: arbeidsplasser)". */
function todayText(w: Words, s: SiteRow): string {
  const from =
    s.jobsTodaySource === 'data' && s.jobsTodayField
      ? w.t('repSourceDataField', { field: mdText(s.jobsTodayField) })
      : w.t(SOURCE_KEY[s.jobsTodaySource]);
  return `${w.n(s.jobsToday)} (${from})`;
}

function siteTable(w: Words, sites: readonly SiteRow[]): string[] {
  const { t, n } = w;
  const lines = [
    row([
      t('repColName'),
      t('repColStatus'),
      t('repColAbc'),
      t('repColRegion'),
      t('repColAreaDaa'),
      t('repColHub'),
      t('repColDistance'),
      t('repColCapacityLmh'),
      t('repColJobsToday'),
      t('repColNewJobsLmh'),
      t('repColFit'),
    ]),
    row(['---', '---', ':-:', '---', '--:', '---', '--:', '--:', '--:', '--:', '---']),
  ];
  for (const s of sites) {
    lines.push(
      row([
        mdText(s.name),
        s.status ? t(STATUS_KEY[s.status]) : dash,
        s.abc ?? dash,
        s.region ? mdText(s.region) : dash,
        n(s.areaDaa, 1),
        s.hub ? `${mdText(s.hub.name)} (${t(HUB_TYPE_KEY[s.hub.type]).toLocaleLowerCase(w.lang)})` : dash,
        s.hub ? formatDistance(s.hub.distanceM, w.lang) : dash,
        s.abc ? jobsText(w, s.jobs) : dash,
        todayText(w, s),
        s.abc ? jobsText(w, s.newJobs) : dash,
        t('repFitCell', { verdict: fitVerdictText(s.fit.verdict, w.lang), access: s.fit.access }),
      ]),
    );
  }
  return lines;
}

function summaryCells(w: Words, label: string[], r: SummaryRow): string[] {
  return [
    ...label,
    w.n(r.sites),
    w.n(r.areaDaa, 1),
    jobsText(w, r.jobs),
    w.n(r.jobsToday),
    jobsText(w, r.newJobs),
    jobsText(w, r.newJobsWithinHorizon),
    pctText(w, r.shareAreaNearHub),
  ];
}

function summaryTable(w: Words, model: ReportModel): string[] {
  const { t } = w;
  const regionName = (r: string | null): string => (r === null ? t('repOutsideRegions') : mdText(r));
  const lines = [
    row([
      t('repColRegion'),
      t('repColStatus'),
      t('repColAbc'),
      t('repColSites'),
      t('repColAreaDaa'),
      t('repColCapacity'),
      t('repColJobsToday'),
      t('repColNewJobsCapacity'),
      t('repColNewJobsBy', { year: model.summary.startYear + model.summary.horizonYears - 1 }),
      t('repColShareNearHub', { distance: w.n(model.assumptions.nearHubM) }),
    ]),
    row(['---', '---', ':-:', '--:', '--:', '--:', '--:', '--:', '--:', '--:']),
  ];
  for (const r of model.summary.rows) {
    lines.push(
      row(
        summaryCells(
          w,
          [regionName(r.region), r.status ? t(STATUS_KEY[r.status]) : t('repUnknown'), r.abc ?? t('repUnknown')],
          r,
        ),
      ),
    );
  }
  for (const r of model.summary.byRegion)
    lines.push(row(summaryCells(w, [t('repRegionTotal', { region: regionName(r.region) }), '', ''], r)));
  lines.push(row(summaryCells(w, [t('repAllData'), '', ''], model.summary.total)));
  return lines;
}

/** A plan figure as text, or "mangler" when the profile does not know it (never a made-up number). */
function known<T>(w: Words, f: ProfileFigure<T>, show: (v: T) => string): string {
  return f.known ? show(f.value) : w.t('repMissing');
}

function planTable(w: Words, model: ReportModel): string[] {
  const { t, n } = w;
  const p = model.planTargets;
  const { eksisterende, fremtidig } = model.totalsByStatus;
  const total = model.summary.total;
  const m = model.planMeasures;
  const h = model.summary.horizonYears;
  const start = model.summary.startYear;
  const end = start + h - 1;
  const range = (v: { low: number; high: number }): string => `${n(v.low)}–${n(v.high)}`;
  const planNew = known(w, p.newJobs20Years, range);
  // Under a profile whose plan figures are not the ones the measures use (m is null), they are not shown.
  const target = !m
    ? known(w, p.newJobs20Years, (v) => t('repTarget20', { range: range(v) }))
    : h === 20
      ? t('repTarget20', { range: planNew })
      : t('repTargetScaled', { range: range(m.target), years: n(h), plan: planNew });
  const perYear = known(w, p.newJobsPerYear, (v) => t('repPerYear', { range: range(v) }));
  const daa = (v: number, decimals = 0): string => t('repDaa', { value: n(v, decimals) });
  return [
    row(['', t('repColThisReport'), t('repColPlan')]),
    row(['---', '--:', '--:']),
    row([t('repPlanExisting'), daa(eksisterende.areaDaa, 1), known(w, p.existingDaa, (v) => daa(v))]),
    row([t('repPlanFuture'), daa(fremtidig.areaDaa, 1), known(w, p.futureDaa, (v) => daa(v))]),
    row([t('repPlanNewBy', { start, end }), `**${jobsText(w, total.newJobsWithinHorizon)}**`, target]),
    row([t('repPlanPerYear'), n(total.newJobsWithinHorizon.mid / h), perYear]),
    row([t('repPlanSupply'), m ? supplyText(m, w.lang) : t('repMissing'), perYear]),
    row([
      t('repPlanLandPerJob'),
      m ? m2Text(m.landPerNewJobM2, w.lang) : t('repMissing'),
      known(w, p.landPerJobM2, (v) => t('repLandPerJobToday', { value: n(v) })),
    ]),
    row([t('repPlanNewJobs'), jobsText(w, total.newJobs), dash]),
    row([t('repPlanJobsToday'), n(total.jobsToday), dash]),
    row([t('repPlanCapacity'), jobsText(w, total.jobs), dash]),
  ];
}

/** Where the plan's figures come from, or why they are missing. */
function planSource(w: Words, model: ReportModel): string {
  const f = model.planTargets.existingDaa;
  if (f.known) return w.t('repPlanSource', { source: mdText(inLang(f.source, w.lang)) });
  return w.t('repPlanMissing', {
    kommune: mdText(model.profile.name),
    file: `\`${model.profile.file.replaceAll('`', "'")}\``,
    reason: mdText(inLang(f.reason, w.lang)),
  });
}

/**
 * What the jobs-today estimate's land per job is: the kommune's own figure for today (cited) or an assumption — Asker's
 * 420 m² under a profile without a figure of its own must not read as that kommune's.
 */
function jobsTodayBasis(w: Words, model: ReportModel): string {
  const today = model.planTargets.landPerJobM2;
  if (!isKommuneToday(model.assumptions.landPerJobTodayM2, today) || !today.known) {
    return w.t('repJobsTodayAssumed', { kommune: mdText(model.profile.name) });
  }
  return today.source.en === PLAN_TARGETS.landPerJobM2.source
    ? ASKER_DENSITY_CITE
    : mdText(inLang(today.source, w.lang));
}

function assumptionLines(w: Words, model: ReportModel): string[] {
  const { t, n } = w;
  const a = model.assumptions;
  const pct = (v: number): string => pctText(w, v);
  const lines = ABC_TYPES.map((abc) => {
    const c = a.capacity[abc];
    return t('repAssumeCapacity', {
      abc,
      bra: `${pct(c.bra.low)}–${pct(c.bra.mid)}–${pct(c.bra.high)}`,
      m2: `${autoText(w, c.m2PerJob.low)}–${autoText(w, c.m2PerJob.mid)}–${autoText(w, c.m2PerJob.high)}`,
    });
  });
  const acc = a.accessibility;
  lines.push(t('repAssumeAccess', { a: n(acc.aMaxRailM), bRail: n(acc.bMaxRailM), bAny: n(acc.bMaxAnyHubM) }));
  lines.push(t('repAssumeNetShare', { a: pct(a.netShare.A), b: pct(a.netShare.B), c: pct(a.netShare.C) }));
  lines.push(t('repAssumeLowHigh'));
  lines.push(t('repAssumeJobsToday', { m2: n(a.landPerJobTodayM2), basis: jobsTodayBasis(w, model) }));
  lines.push(t('repAssumeNewJobs'));
  const lead = model.leadTimeYears;
  lines.push(
    t('repAssumePace', {
      ready: n(lead.byggeklar),
      zone: n(lead['må reguleres']),
      rezone: n(lead['må omreguleres']),
      share: pct(a.takeUpSharePerYear),
    }),
  );
  return lines;
}

/** The whole report as Markdown text, ending with a newline; the scenario section (scenarioMarkdown.ts) in the same
 * language. */
export function formatMarkdown(model: ReportModel, lang: Lang = 'nb'): string {
  const w = wordsFor(lang);
  const { t, n } = w;
  const kommune = mdText(model.profile.name);
  const out: string[] = [`# ${t('repTitle', { kommune })}`, ''];
  if (model.inputs.sites.bundled && model.profile.sitesIllustrative) out.push(t('repIllustrative', { kommune }), '');
  out.push(t('repCrsNote'), '');
  if (model.scenario) out.push(...scenarioMarkdown(model.scenario, lang));
  out.push(t('repInputsHeading'), '');
  for (const role of ['sites', 'hubs', 'regions'] as const) {
    const i = model.inputs[role];
    out.push(
      t('repInputLine', {
        role: t(ROLE_KEY[role]),
        file: `\`${i.file.replaceAll('`', "'")}\``,
        bundled: i.bundled ? t('repInputBundled') : '',
        count: n(i.featureCount),
        crs: i.crs,
        crsSource: t(CRS_SOURCE_KEY[i.crsSource]),
      }),
    );
  }
  out.push('', t('repSitesHeading'), '', ...siteTable(w, model.sites), '');
  out.push(t('repReasonsHeading'), '');
  for (const s of model.sites) out.push(`- **${mdText(s.name)}**: ${mdText(fitReasonText(s.fit, lang))}`);
  out.push(
    '',
    t('repSummaryHeading'),
    '',
    t('repRegionsHow', { how: mdText(inLang(model.profile.regionsHow, lang)) }),
    '',
    ...summaryTable(w, model),
    '',
  );
  out.push(t('repPlanHeading'), '', ...planTable(w, model), '');
  const today = model.planTargets.landPerJobM2;
  const todaySource = today.known ? citedSource(today.source, PLAN_TARGETS.landPerJobM2.source, lang) : undefined;
  const cite =
    todaySource !== undefined && todaySource !== PLAN_TARGETS.landPerJobM2.source ? mdText(todaySource) : undefined;
  const warning =
    model.planMeasures && today.known ? densityWarningText(model.planMeasures, lang, today.value, cite) : null;
  if (warning) out.push(t('repWarningBox', { text: warning }), '');
  out.push(planSource(w, model), '');
  out.push(t('repAssumptionsHeading'), '', ...assumptionLines(w, model), '');
  if (model.warnings.length > 0) {
    out.push(t('repLoadWarningsHeading'), '', ...model.warnings.map((x) => `- ${mdText(x.text ?? x.code)}`), '');
  }
  return out.join('\n');
}
