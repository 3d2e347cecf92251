// The scenario section of the Markdown report (Norwegian): what the scenario does and how it compares with the basis.
import { landPerJobM2 } from '../../src/domain/planMeasures.ts';
import { PLAN_TARGETS } from '../../src/domain/planTargets.ts';
import type { ScenarioOutcome } from '../../src/domain/scenarioApply.ts';
import type { FigureDelta, ScenarioComparison, ScenarioFigures, SiteDiff } from '../../src/domain/scenarioCompare.ts';
import type { AbcFitVerdict, Jobs } from '../../src/domain/types.ts';
import { fitVerdictText } from '../../src/i18n/fit.ts';
import { densityWarningText, m2Text, mdText, nb, supplyText } from './mdFormat.ts';
import type { ScenarioSection } from './scenarioSection.ts';

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const MINUS = '−';
const jobsText = (j: Jobs): string => `${nb(j.low)}–${nb(j.mid)}–${nb(j.high)}`;

/** Signed Norwegian number: +1 234, −56, 0. */
function signed(value: number, decimals = 0): string {
  const rounded = Number(value.toFixed(decimals));
  if (rounded === 0) return nb(0, decimals);
  return `${rounded > 0 ? '+' : MINUS}${nb(Math.abs(rounded), decimals)}`;
}

const signedJobs = (j: Jobs): string => `${signed(j.low)} / ${signed(j.mid)} / ${signed(j.high)}`;
const pct = (share: number): string => `${nb(share * 100)} %`;

/** Mid new jobs taken up by the end of `year` (0 before the start; the last year's after the horizon). */
function midBy(o: ScenarioOutcome, year: number): number {
  if (year < o.startYear) return 0;
  const y = o.perYear[Math.min(year, o.endYear) - o.startYear];
  return y?.cumulativeNewJobs.mid ?? 0;
}

/** Every five years within the horizon, before its last year (which the lav–middels–høy row covers). */
function yearRows(basis: ScenarioOutcome, scenario: ScenarioOutcome): string[] {
  const rows: string[] = [];
  for (let year = scenario.startYear + 4; year < scenario.endYear; year += 5) {
    const b = midBy(basis, year);
    const s = midBy(scenario, year);
    rows.push(row([`… innen ${year} (middels)`, nb(b), nb(s), signed(s - b)]));
  }
  return rows;
}

function comparisonTable(b: ScenarioFigures, s: ScenarioFigures, d: FigureDelta, walkingDistanceM: number, years: string[], targets: ScenarioComparison['planTargets'], todayM2: number | null): string[] {
  const regionRows = d.byRegion.map((r) => {
    const find = (f: ScenarioFigures) => f.byRegion.find((x) => x.region === r.region)?.newJobsWithinHorizon.mid ?? 0;
    const label = r.region === null ? 'utenfor regionene' : mdText(r.region);
    return row([`Nye arbeidsplasser innen ${s.endYear}, ${label} (middels)`, nb(find(b)), nb(find(s)), signed(r.newJobsWithinHorizon.mid)]);
  });
  const perNewJob = (f: ScenarioFigures) => m2Text(landPerJobM2(f.areaDaa, f.newJobs.mid));
  // Years of supply divide by the plan's growth a year: without the profile's targets the row is left out.
  const supply = targets && b.measures && s.measures
    ? [row([`År med arealtilgang (nye arbeidsplasser ÷ ${nb(targets.newJobsPerYear.low)}–${nb(targets.newJobsPerYear.high)} i året)`, supplyText(b.measures), supplyText(s.measures), ''])]
    : [];
  return [
    row(['', mdText(b.name), mdText(s.name), 'Endring']),
    row(['---', '--:', '--:', '--:']),
    row(['Arealer', nb(b.sites), nb(s.sites), signed(d.sites)]),
    row(['Areal (daa)', nb(b.areaDaa, 1), nb(s.areaDaa, 1), signed(d.areaDaa, 1)]),
    row([`Nye arbeidsplasser innen ${s.endYear}, lav–middels–høy`, jobsText(b.newJobsWithinHorizon), jobsText(s.newJobsWithinHorizon), signedJobs(d.newJobsWithinHorizon)]),
    ...years,
    row(['… per år i perioden (middels)', nb(b.newJobsPerYear.mid), nb(s.newJobsPerYear.mid), signed(s.newJobsPerYear.mid - b.newJobsPerYear.mid)]),
    row(['Nye arbeidsplasser arealene gir rom for (lav–middels–høy)', jobsText(b.newJobs), jobsText(s.newJobs), signedJobs(d.newJobs)]),
    row(['Arbeidsplasser i dag', nb(b.jobsToday), nb(s.jobsToday), signed(s.jobsToday - b.jobsToday)]),
    row(['Kapasitet ferdig utbygd (lav–middels–høy, inkl. dagens)', jobsText(b.jobs), jobsText(s.jobs), signedJobs(d.jobs)]),
    ...supply,
    row([`Areal per ny arbeidsplass (middels${todayM2 === null ? '' : `; i dag ${nb(todayM2)} m²`})`, perNewJob(b), perNewJob(s), '']),
    ...regionRows,
    row([`Andel nye arbeidsplasser innen ${nb(walkingDistanceM)} m fra knutepunkt (middels)`, pct(b.nearHub.share.mid), pct(s.nearHub.share.mid), `${signed(d.nearHubShare.mid * 100)} %-poeng`]),
    row([`ABC: ${fitVerdictText('mismatch', 'nb', 'inline')}`, nb(b.abcMismatches), nb(s.abcMismatches), signed(d.abcMismatches)]),
  ];
}

const STATUS_NB = { below: 'under', within: 'innenfor', above: 'over' } as const;
// The verdict words of every surface (src/i18n/fit.ts), in their in-sentence form.
const verdict = (v: AbcFitVerdict | null): string => (v === null ? '–' : fitVerdictText(v, 'nb', 'inline'));

function diffText(d: SiteDiff): string {
  const parts: string[] = [];
  if (d.included) parts.push(d.included.scenario ? 'tatt med' : 'tatt ut');
  if (d.abc) parts.push(`ABC ${d.abc.basis ?? '–'} → ${d.abc.scenario ?? '–'}`);
  if (d.utilisation) {
    const u = (t: string): string => (t === 'default' ? 'standard' : t.startsWith('×') ? `${t.slice(1).replace('.', ',')} × standard` : `${nb(Number(t) * 100)} %BRA`);
    parts.push(`utnyttelse ${u(d.utilisation.basis)} → ${u(d.utilisation.scenario)}`);
  }
  if (d.availableYear) parts.push(`tilgjengelig ${d.availableYear.basis} → ${d.availableYear.scenario}`);
  // For a site taken out or put back the verdict change says nothing new.
  if (d.fit && !d.included) parts.push(`ABC-vurdering ${verdict(d.fit.basis)} → ${verdict(d.fit.scenario)}`);
  if (parts.length === 0) parts.push('endrede forutsetninger');
  return parts.join('; ');
}

/** The "## Scenario" section: name, explanation, rules, the comparison with the basis and the sites that differ. */
export function scenarioMarkdown(s: ScenarioSection): string[] {
  const { outcome, comparison } = s;
  const [b, f] = comparison.scenarios;
  const d = comparison.deltas[1];
  const out: string[] = [`## Scenario: ${mdText(s.scenario.name)}`, ''];
  if (s.scenario.description) out.push(mdText(s.scenario.description), '');
  out.push(`- Kilde: \`${s.source.replaceAll('`', "'")}\``);
  out.push(`- Periode: ${outcome.startYear}–${outcome.endYear} (${nb(s.scenario.horizonYears)} år)`);
  (s.scenario.rules ?? []).forEach((r, i) => {
    const hits = outcome.ruleHits[i] ?? 0;
    out.push(`- Regel ${i + 1}${r.label ? `: ${mdText(r.label)}` : ''} – treffer ${nb(hits)} ${hits === 1 ? 'areal' : 'arealer'}`);
  });
  const own = Object.keys(s.scenario.sites ?? {}).length;
  if (own > 0) out.push(`- Egne innstillinger for ${nb(own)} ${own === 1 ? 'areal' : 'arealer'}`);
  const excluded = outcome.states.filter((st) => !st.included);
  if (excluded.length > 0) {
    out.push(`- Tatt ut: ${excluded.map((st) => mdText(st.name)).join(', ')}. Tabellene nedenfor gjelder bare arealene som er med.`);
  }
  out.push('');
  if (!b || !f || !d) return out;
  out.push(`### Sammenlignet med ${mdText(b.name)}`, '', ...comparisonTable(b, f, d, comparison.walkingDistanceM, yearRows(s.basis, outcome), comparison.planTargets, s.landPerJobToday?.m2 ?? null), '');
  const t = f.target;
  const p = comparison.planTargets;
  const pace = 'Nye arbeidsplasser er kapasiteten minus dagens arbeidsplasser, tatt i bruk i takt med når arealene blir tilgjengelige og hvor fort de fylles opp.';
  if (p && t && f.targetFromYearlyGrowth && f.targetStatus) {
    const planText = `${nb(p.newJobs20Years.low)}–${nb(p.newJobs20Years.high)}`;
    const scaled = f.horizonYears === 20 ? `${planText} nye arbeidsplasser på 20 år` : `${nb(t.low)}–${nb(t.high)} nye arbeidsplasser på ${nb(f.horizonYears)} år (${planText} på 20 år, skalert)`;
    const whose = p.source === PLAN_TARGETS.newJobs20Years.source ? 'Temaplanens mål' : `Planens mål (${mdText(p.source)})`;
    out.push(
      `${whose}: ${scaled}, eller ${nb(f.targetFromYearlyGrowth.low)}–${nb(f.targetFromYearlyGrowth.high)} med ${nb(p.newJobsPerYear.low)}–${nb(p.newJobsPerYear.high)} i året. ` +
        `Nye arbeidsplasser innen ${f.endYear} ligger ${STATUS_NB[f.targetStatus.low]} / ${STATUS_NB[f.targetStatus.mid]} / ${STATUS_NB[f.targetStatus.high]} målet (lav / middels / høy). ` +
        pace,
      '',
    );
  } else {
    out.push(`Kommuneprofilen for ${mdText(s.kommune)} har ingen mål for nye arbeidsplasser, så scenarioet sammenlignes med basis uten mållinje (og uten år med arealtilgang). ${pace}`, '');
  }
  for (const x of [b, f]) {
    const w = x.measures && s.landPerJobToday ? densityWarningText(x.measures, 'nb', s.landPerJobToday.m2, s.landPerJobToday.source === PLAN_TARGETS.landPerJobM2.source ? undefined : mdText(s.landPerJobToday.source)) : null;
    if (w) out.push(`> **${mdText(x.name)}:** ${w}`, '');
  }
  const diffs = comparison.siteDiffs[1] ?? [];
  if (diffs.length > 0) {
    out.push(`### Arealer som er annerledes enn i ${mdText(b.name)}`, '');
    out.push(row(['Areal', 'Endring', 'Nye arbeidsplasser (kapasitet) middels, basis → scenario']), row(['---', '---', '--:']));
    for (const x of diffs) out.push(row([mdText(x.name), mdText(diffText(x)), `${nb(x.newJobs.basis.mid)} → ${nb(x.newJobs.scenario.mid)}`]));
    out.push('');
  }
  return out;
}
