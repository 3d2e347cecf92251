// The scenario section of the Markdown report: what the scenario does and how it compares with the basis, in the
// report's language. Every word comes from the message catalogue (src/i18n/reportScenario.*.ts, src/i18n/fit.*.ts),
// every number from the shared formatter (via mdFormat.ts).
import { landPerJobM2 } from '../../src/domain/planMeasures.ts';
import { PLAN_TARGETS } from '../../src/domain/planTargets.ts';
import type { ScenarioOutcome } from '../../src/domain/scenarioApply.ts';
import type { FigureDelta, ScenarioComparison, ScenarioFigures, SiteDiff } from '../../src/domain/scenarioCompare.ts';
import type { AbcFitVerdict, Jobs } from '../../src/domain/types.ts';
import type { Lang, MessageKey } from '../../src/i18n/index.ts';
import { fitVerdictText } from '../../src/i18n/fit.ts';
import { densityWarningText, jobsText, m2Text, mdText, pctText, supplyText, wordsFor, type Words } from './mdFormat.ts';
import type { ScenarioSection } from './scenarioSection.ts';

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const MINUS = '−';

/** Signed number in the report's language: +1 234, −56, 0. */
function signed(w: Words, value: number, decimals = 0): string {
  const rounded = Number(value.toFixed(decimals));
  if (rounded === 0) return w.n(0, decimals);
  return `${rounded > 0 ? '+' : MINUS}${w.n(Math.abs(rounded), decimals)}`;
}

const signedJobs = (w: Words, j: Jobs): string => `${signed(w, j.low)} / ${signed(w, j.mid)} / ${signed(w, j.high)}`;
const unit = (w: Words, count: number): string => w.t(count === 1 ? 'rscUnitOne' : 'rscUnitMany');

/** Mid new jobs taken up by the end of `year` (0 before the start; the last year's after the horizon). */
function midBy(o: ScenarioOutcome, year: number): number {
  if (year < o.startYear) return 0;
  const y = o.perYear[Math.min(year, o.endYear) - o.startYear];
  return y?.cumulativeNewJobs.mid ?? 0;
}

/** Every five years within the horizon, before its last year (which the low–mid–high row covers). */
function yearRows(w: Words, basis: ScenarioOutcome, scenario: ScenarioOutcome): string[] {
  const rows: string[] = [];
  for (let year = scenario.startYear + 4; year < scenario.endYear; year += 5) {
    const b = midBy(basis, year);
    const s = midBy(scenario, year);
    rows.push(row([w.t('rscRowByYear', { year }), w.n(b), w.n(s), signed(w, s - b)]));
  }
  return rows;
}

function comparisonTable(
  w: Words,
  b: ScenarioFigures,
  s: ScenarioFigures,
  d: FigureDelta,
  walkingDistanceM: number,
  years: string[],
  targets: ScenarioComparison['planTargets'],
  todayM2: number | null,
): string[] {
  const { t, n, lang } = w;
  const regionRows = d.byRegion.map((r) => {
    const find = (f: ScenarioFigures) => f.byRegion.find((x) => x.region === r.region)?.newJobsWithinHorizon.mid ?? 0;
    const label = r.region === null ? t('rscOutsideRegions') : mdText(r.region);
    return row([
      t('rscRowRegion', { year: s.endYear, region: label }),
      n(find(b)),
      n(find(s)),
      signed(w, r.newJobsWithinHorizon.mid),
    ]);
  });
  const perNewJob = (f: ScenarioFigures) => m2Text(landPerJobM2(f.areaDaa, f.newJobs.mid), lang);
  // Years of supply divide by the plan's growth a year: without the profile's targets the row is left out.
  const supply =
    targets && b.measures && s.measures
      ? [
          row([
            t('rscRowSupply', { low: n(targets.newJobsPerYear.low), high: n(targets.newJobsPerYear.high) }),
            supplyText(b.measures, lang),
            supplyText(s.measures, lang),
            '',
          ]),
        ]
      : [];
  const landPerJob = todayM2 === null ? t('rscRowLandPerJob') : t('rscRowLandPerJobToday', { m2: n(todayM2) });
  return [
    row(['', mdText(b.name), mdText(s.name), t('rscColChange')]),
    row(['---', '--:', '--:', '--:']),
    row([t('rscRowSites'), n(b.sites), n(s.sites), signed(w, d.sites)]),
    row([t('rscRowAreaDaa'), n(b.areaDaa, 1), n(s.areaDaa, 1), signed(w, d.areaDaa, 1)]),
    row([
      t('rscRowNewWithin', { year: s.endYear }),
      jobsText(w, b.newJobsWithinHorizon),
      jobsText(w, s.newJobsWithinHorizon),
      signedJobs(w, d.newJobsWithinHorizon),
    ]),
    ...years,
    row([
      t('rscRowPerYear'),
      n(b.newJobsPerYear.mid),
      n(s.newJobsPerYear.mid),
      signed(w, s.newJobsPerYear.mid - b.newJobsPerYear.mid),
    ]),
    row([t('rscRowNewJobs'), jobsText(w, b.newJobs), jobsText(w, s.newJobs), signedJobs(w, d.newJobs)]),
    row([t('rscRowJobsToday'), n(b.jobsToday), n(s.jobsToday), signed(w, s.jobsToday - b.jobsToday)]),
    row([t('rscRowCapacity'), jobsText(w, b.jobs), jobsText(w, s.jobs), signedJobs(w, d.jobs)]),
    ...supply,
    row([landPerJob, perNewJob(b), perNewJob(s), '']),
    ...regionRows,
    row([
      t('rscRowNearHub', { distance: n(walkingDistanceM) }),
      pctText(w, b.nearHub.share.mid),
      pctText(w, s.nearHub.share.mid),
      t('rscPoints', { value: signed(w, d.nearHubShare.mid * 100) }),
    ]),
    row([
      t('rscRowMismatch', { verdict: fitVerdictText('mismatch', lang, 'inline') }),
      n(b.abcMismatches),
      n(s.abcMismatches),
      signed(w, d.abcMismatches),
    ]),
  ];
}

const STATUS_KEY = {
  below: 'rscStatusBelow',
  within: 'rscStatusWithin',
  above: 'rscStatusAbove',
} as const satisfies Record<string, MessageKey>;

/** A utilisation as the scenario states it: the default, a factor on it (`×1.5`), or a %BRA (`0.8`). */
function utilisationText(w: Words, u: string): string {
  if (u === 'default') return w.t('rscUtilDefault');
  if (u.startsWith('×')) {
    const factor = u.slice(1);
    return w.t('rscUtilTimes', { factor: w.n(Number(factor), (factor.split('.')[1] ?? '').length) });
  }
  return w.t('rscUtilBra', { value: w.n(Number(u) * 100) });
}

function diffText(w: Words, d: SiteDiff): string {
  const { t, lang } = w;
  // The verdict words of every surface (src/i18n/fit.ts), in their in-sentence form.
  const verdict = (v: AbcFitVerdict | null): string => (v === null ? '–' : fitVerdictText(v, lang, 'inline'));
  const parts: string[] = [];
  if (d.included) parts.push(t(d.included.scenario ? 'rscDiffIncluded' : 'rscDiffExcluded'));
  if (d.abc) parts.push(t('rscDiffAbc', { from: d.abc.basis ?? '–', to: d.abc.scenario ?? '–' }));
  if (d.utilisation)
    parts.push(
      t('rscDiffUtilisation', {
        from: utilisationText(w, d.utilisation.basis),
        to: utilisationText(w, d.utilisation.scenario),
      }),
    );
  if (d.availableYear) parts.push(t('rscDiffAvailable', { from: d.availableYear.basis, to: d.availableYear.scenario }));
  // For a site taken out or put back the verdict change says nothing new.
  if (d.fit && !d.included) parts.push(t('rscDiffFit', { from: verdict(d.fit.basis), to: verdict(d.fit.scenario) }));
  if (parts.length === 0) parts.push(t('rscDiffOther'));
  return parts.join('; ');
}

/** The target sentence under the comparison table: the plan's target and where the scenario lies, or why there is none.
 * */
function targetLines(w: Words, s: ScenarioSection, f: ScenarioFigures): string {
  const { t, n } = w;
  const p = s.comparison.planTargets;
  const tg = f.target;
  const pace = t('rscPace');
  if (!(p && tg && f.targetFromYearlyGrowth && f.targetStatus))
    return t('rscNoTargets', { kommune: mdText(s.kommune), pace });
  const range = (v: { low: number; high: number }): string => `${n(v.low)}–${n(v.high)}`;
  const plan = range(p.newJobs20Years);
  const target =
    f.horizonYears === 20
      ? t('rscTarget20', { range: plan })
      : t('rscTargetScaled', { range: range(tg), years: n(f.horizonYears), plan });
  const whose =
    p.source === PLAN_TARGETS.newJobs20Years.source
      ? t('rscWhoseTemaplan')
      : t('rscWhosePlan', { source: mdText(p.source) });
  const st = f.targetStatus;
  return t('rscTargetLine', {
    whose,
    target,
    yearly: range(f.targetFromYearlyGrowth),
    perYear: range(p.newJobsPerYear),
    end: f.endYear,
    low: t(STATUS_KEY[st.low]),
    mid: t(STATUS_KEY[st.mid]),
    high: t(STATUS_KEY[st.high]),
    pace,
  });
}

/** The "## Scenario" section: name, explanation, rules, the comparison with the basis and the sites that differ. */
export function scenarioMarkdown(s: ScenarioSection, lang: Lang = 'nb'): string[] {
  const w = wordsFor(lang);
  const { t, n } = w;
  const { outcome, comparison } = s;
  const [b, f] = comparison.scenarios;
  const d = comparison.deltas[1];
  const out: string[] = [t('rscHeading', { name: mdText(s.scenario.name) }), ''];
  if (s.scenario.description) out.push(mdText(s.scenario.description), '');
  out.push(t('rscSource', { source: `\`${s.source.replaceAll('`', "'")}\`` }));
  out.push(t('rscPeriod', { start: outcome.startYear, end: outcome.endYear, years: n(s.scenario.horizonYears) }));
  (s.scenario.rules ?? []).forEach((r, i) => {
    const hits = outcome.ruleHits[i] ?? 0;
    const vars = { number: i + 1, count: n(hits), unit: unit(w, hits) };
    out.push(r.label ? t('rscRuleLabelled', { ...vars, label: mdText(r.label) }) : t('rscRule', vars));
  });
  const own = Object.keys(s.scenario.sites ?? {}).length;
  if (own > 0) out.push(t('rscOwnSettings', { count: n(own), unit: unit(w, own) }));
  const excluded = outcome.states.filter((st) => !st.included);
  if (excluded.length > 0) out.push(t('rscExcluded', { names: excluded.map((st) => mdText(st.name)).join(', ') }));
  out.push('');
  if (!b || !f || !d) return out;
  const years = yearRows(w, s.basis, outcome);
  out.push(
    t('rscComparedHeading', { name: mdText(b.name) }),
    '',
    ...comparisonTable(
      w,
      b,
      f,
      d,
      comparison.walkingDistanceM,
      years,
      comparison.planTargets,
      s.landPerJobToday?.m2 ?? null,
    ),
    '',
  );
  out.push(targetLines(w, s, f), '');
  for (const x of [b, f]) {
    const today = s.landPerJobToday;
    const cite = today && today.source !== PLAN_TARGETS.landPerJobM2.source ? mdText(today.source) : undefined;
    const text = x.measures && today ? densityWarningText(x.measures, lang, today.m2, cite) : null;
    if (text) out.push(t('rscWarningBox', { name: mdText(x.name), text }), '');
  }
  const diffs = comparison.siteDiffs[1] ?? [];
  if (diffs.length > 0) {
    out.push(t('rscDiffHeading', { name: mdText(b.name) }), '');
    out.push(row([t('rscDiffColSite'), t('rscDiffColChange'), t('rscDiffColNewJobs')]), row(['---', '---', '--:']));
    for (const x of diffs)
      out.push(
        row([mdText(x.name), mdText(diffText(w, x)), `${n(x.newJobs.basis.mid)} → ${n(x.newJobs.scenario.mid)}`]),
      );
    out.push('');
  }
  return out;
}
