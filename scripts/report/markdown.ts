// The Markdown output of the report: a readable Norwegian report (site table, nord/syd summary, plan figures).
import { formatDistance } from '../../src/domain/distanceText.ts';
import type { PlanMeasures } from '../../src/domain/planMeasures.ts';
import { PLAN_TARGETS } from '../../src/domain/planTargets.ts';
import type { AbcFitVerdict, HubType, Jobs, JobsTodaySource, SiteStatus, SummaryRow } from '../../src/domain/types.ts';
import type { CrsSource } from '../../src/data/resolveCrs.ts';
import type { InputRole } from './inputs.ts';
import type { ProfileFigure } from '../../src/domain/kommuneProfile.ts';
import type { ReportModel, SiteRow } from './model.ts';
import { scenarioMarkdown } from './scenarioMarkdown.ts';

const formatters = new Map<number, Intl.NumberFormat>();

/** Norwegian number format (`12 345,6`; the group separator is a no-break space). */
export function nb(value: number, decimals = 0): string {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  return f.format(value);
}

/** Whole numbers without decimals, others with one (87,5). */
const nbAuto = (value: number): string => nb(value, Number.isInteger(value) ? 0 : 1);

/**
 * Text from data files goes into Markdown as text: characters that would start markup, a link or
 * inline HTML are backslash-escaped, table pipes too, and line breaks become spaces.
 */
export function mdText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|&~#!]/g, (c) => `\\${c}`);
}

const STATUS_NB: Record<SiteStatus, string> = { eksisterende: 'eksisterende', fremtidig: 'fremtidig' };
const VERDICT_NB: Record<AbcFitVerdict, string> = { ok: 'passer', partial: 'delvis', mismatch: 'passer dårlig', unknown: 'ukjent' };
const HUB_TYPE_NB: Record<HubType, string> = { tog: 'tog', buss: 'buss', båt: 'båt' };
const ROLE_NB: Record<InputRole, string> = { sites: 'Næringsarealer', hubs: 'Kollektivknutepunkter', regions: 'Regioner' };
const CRS_SOURCE_NB: Record<CrsSource, string> = {
  member: 'fra filens crs-felt',
  override: 'oppgitt med --crs',
  detected: 'gjettet ut fra koordinatene',
};

const dash = '–';
const jobsText = (j: Jobs): string => `${nb(j.low)}–${nb(j.mid)}–${nb(j.high)}`;
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

/** Years of land supply as "41,4–45,6 år". */
export const supplyText = (m: PlanMeasures): string => `${nb(m.yearsOfSupply.low, 1)}–${nb(m.yearsOfSupply.high, 1)} år`;
/** m² of land per job, or a dash when there are no jobs to divide by. */
export const m2Text = (v: number | null): string => (v === null ? dash : `${nb(v)} m²`);

/** The plain warning when build-out implies more than about 3 × today's density; null otherwise. */
export function densityWarningText(m: PlanMeasures, todayM2: number = PLAN_TARGETS.landPerJobM2.value, cite = 'Temaplan næring §5.9.2'): string | null {
  if (!m.densityWarning || m.densityVsToday === null || m.buildOutLandPerJobM2 === null) return null;
  return `Ferdig utbygd gir forutsetningene ${nb(m.buildOutLandPerJobM2)} m² areal per arbeidsplass, ${nb(m.densityVsToday, 1)} ganger tettere enn dagens ${nb(todayM2)} m² (${cite}). Sjekk %BRA og m² per arbeidsplass før tallene brukes.`;
}

const SOURCE_NB: Record<JobsTodaySource, string> = { data: 'fra data', estimate: 'anslag', future: 'fremtidig', unknown: 'ukjent status', scenario: 'scenario' };
/** Jobs today with where the figure comes from: "100 (anslag)", "250 (fra data: arbeidsplasser)". */
function todayText(s: SiteRow): string {
  const from = s.jobsTodaySource === 'data' && s.jobsTodayField ? `fra data: ${mdText(s.jobsTodayField)}` : SOURCE_NB[s.jobsTodaySource];
  return `${nb(s.jobsToday)} (${from})`;
}

function siteTable(sites: readonly SiteRow[]): string[] {
  const lines = [
    row(['Navn', 'Status', 'ABC', 'Region', 'Areal (daa)', 'Nærmeste knutepunkt', 'Avstand', 'Kapasitet ferdig utbygd lav–middels–høy', 'Arbeidsplasser i dag', 'Nye arbeidsplasser lav–middels–høy', 'ABC-vurdering']),
    row(['---', '---', ':-:', '---', '--:', '---', '--:', '--:', '--:', '--:', '---']),
  ];
  for (const s of sites) {
    lines.push(row([
      mdText(s.name),
      s.status ? STATUS_NB[s.status] : dash,
      s.abc ?? dash,
      s.region ? mdText(s.region) : dash,
      nb(s.areaDaa, 1),
      s.hub ? `${mdText(s.hub.name)} (${HUB_TYPE_NB[s.hub.type]})` : dash,
      s.hub ? formatDistance(s.hub.distanceM, 'nb') : dash,
      s.abc ? jobsText(s.jobs) : dash,
      todayText(s),
      s.abc ? jobsText(s.newJobs) : dash,
      `${VERDICT_NB[s.fit.verdict]} (beliggenhet: ${s.fit.access})`,
    ]));
  }
  return lines;
}

function summaryCells(label: string[], r: SummaryRow): string[] {
  return [...label, nb(r.sites), nb(r.areaDaa, 1), jobsText(r.jobs), nb(r.jobsToday), jobsText(r.newJobs), jobsText(r.newJobsWithinHorizon), `${nb(r.shareAreaNearHub * 100)} %`];
}

function summaryTable(model: ReportModel): string[] {
  const regionName = (r: string | null): string => (r === null ? 'utenfor regionene' : mdText(r));
  const lines = [
    row(['Region', 'Status', 'ABC', 'Arealer', 'Areal (daa)', 'Kapasitet ferdig utbygd', 'Arbeidsplasser i dag', 'Nye arbeidsplasser (kapasitet)', `Nye arbeidsplasser innen ${model.summary.startYear + model.summary.horizonYears - 1}`, `Andel areal innen ${nb(model.assumptions.nearHubM)} m fra knutepunkt`]),
    row(['---', '---', ':-:', '--:', '--:', '--:', '--:', '--:', '--:', '--:']),
  ];
  for (const r of model.summary.rows) {
    lines.push(row(summaryCells([regionName(r.region), r.status ? STATUS_NB[r.status] : 'ukjent', r.abc ?? 'ukjent'], r)));
  }
  for (const r of model.summary.byRegion) lines.push(row(summaryCells([`**${regionName(r.region)} i alt**`, '', ''], r)));
  lines.push(row(summaryCells(['**Hele datagrunnlaget**', '', ''], model.summary.total)));
  return lines;
}

/** A plan figure as text, or "mangler" when the profile does not know it (never a made-up number). */
function known<T>(f: ProfileFigure<T>, show: (v: T) => string): string {
  return f.known ? show(f.value) : 'mangler';
}

function planTable(model: ReportModel): string[] {
  const p = model.planTargets;
  const { eksisterende, fremtidig } = model.totalsByStatus;
  const total = model.summary.total;
  const m = model.planMeasures;
  const h = model.summary.horizonYears;
  const end = model.summary.startYear + h - 1;
  const planNew = known(p.newJobs20Years, (v) => `${nb(v.low)}–${nb(v.high)}`);
  // Under a profile whose plan figures are not the ones the measures use (m is null), they are not shown.
  const target = !m ? known(p.newJobs20Years, (v) => `${nb(v.low)}–${nb(v.high)} nye på 20 år`) : h === 20 ? `${planNew} nye på 20 år` : `${nb(m.target.low)}–${nb(m.target.high)} nye på ${nb(h)} år (${planNew} på 20 år, skalert)`;
  const perYear = known(p.newJobsPerYear, (v) => `${nb(v.low)}–${nb(v.high)} i året`);
  return [
    row(['', 'Denne rapporten', 'Kommunens plan']),
    row(['---', '--:', '--:']),
    row(['Eksisterende næringsareal', `${nb(eksisterende.areaDaa, 1)} daa`, known(p.existingDaa, (v) => `${nb(v)} daa`)]),
    row(['Fremtidig næringsareal', `${nb(fremtidig.areaDaa, 1)} daa`, known(p.futureDaa, (v) => `${nb(v)} daa`)]),
    row([`**Nye arbeidsplasser innen ${end}** (${model.summary.startYear}–${end}, lav–middels–høy)`, `**${jobsText(total.newJobsWithinHorizon)}**`, target]),
    row(['Nye arbeidsplasser per år i perioden (middels)', nb(total.newJobsWithinHorizon.mid / h), perYear]),
    row(['År med arealtilgang (nye arbeidsplasser arealene gir rom for ÷ planens vekst i året)', m ? supplyText(m) : 'mangler', perYear]),
    row(['Areal per ny arbeidsplass (middels)', m ? m2Text(m.landPerNewJobM2) : 'mangler', known(p.landPerJobM2, (v) => `${nb(v)} m² per arbeidsplass i dag`)]),
    row(['Nye arbeidsplasser arealene gir rom for (lav–middels–høy)', jobsText(total.newJobs), dash]),
    row(['Arbeidsplasser i dag på arealene', nb(total.jobsToday), dash]),
    row(['Kapasitet ferdig utbygd (lav–middels–høy, inkl. dagens arbeidsplasser)', jobsText(total.jobs), dash]),
  ];
}

/** Where the plan's figures come from, or why they are missing. */
function planSource(model: ReportModel): string {
  const f = model.planTargets.existingDaa;
  if (f.known) return `Planens tall gjelder hele kommunen og målet for nye arbeidsplasser; rapportens tall gjelder bare arealene i datagrunnlaget. Målet sammenlignes med nye arbeidsplasser innen horisonten, ikke med kapasiteten ferdig utbygd (den omfatter dagens arbeidsplasser og tar ikke hensyn til takten). Kilde: ${mdText(f.source)}.`;
  return `Planens tall for ${mdText(model.profile.name)} mangler i kommuneprofilen (\`${model.profile.file.replaceAll('`', "'")}\`): ${mdText(f.reason)}.`;
}

function assumptionLines(model: ReportModel): string[] {
  const a = model.assumptions;
  const pct = (v: number): string => `${nb(v * 100)} %`;
  const lines = (['A', 'B', 'C'] as const).map((abc) => {
    const c = a.capacity[abc];
    return `- ${abc}: utnyttelse ${pct(c.bra.low)}–${pct(c.bra.mid)}–${pct(c.bra.high)} BRA, ${nbAuto(c.m2PerJob.low)}–${nbAuto(c.m2PerJob.mid)}–${nbAuto(c.m2PerJob.high)} m² BRA per arbeidsplass`;
  });
  const t = a.accessibility;
  lines.push(`- Beliggenhet A: togstasjon innen ${nb(t.aMaxRailM)} m; B: togstasjon innen ${nb(t.bMaxRailM)} m eller et knutepunkt innen ${nb(t.bMaxAnyHubM)} m; ellers C.`);
  lines.push(`- Netto utbyggbar andel av tomta (resten går til veier, teknisk infrastruktur, grønnstruktur og byggegrenser): A ${pct(a.netShare.A)}, B ${pct(a.netShare.B)}, C ${pct(a.netShare.C)}. Kapasiteten regnes på nettoarealet.`);
  lines.push('- Lav kapasitet = lav utnyttelse ÷ høyt arealbehov per arbeidsplass; høy = høy utnyttelse ÷ lavt arealbehov. Arealer uten ABC-type gir ingen arbeidsplasser.');
  lines.push(`- Arbeidsplasser i dag: tallet i dataene (jobs_today, arbeidsplasser eller ansatte) når det finnes; ellers for eksisterende arealer et anslag, bruttoareal ÷ ${nb(a.landPerJobTodayM2)} m² per arbeidsplass (Temaplan næring §5.9.2); 0 for fremtidige arealer.`);
  lines.push('- Nye arbeidsplasser = kapasitet ferdig utbygd − arbeidsplasser i dag, aldri under 0. Eksisterende arealer bidrar bare med fortettingen.');
  lines.push(`- Takt: et areal blir tilgjengelig etter ledetiden for planstatusen (byggeklar ${nb(model.leadTimeYears.byggeklar)} år, må reguleres ${nb(model.leadTimeYears['må reguleres'])} år, må omreguleres ${nb(model.leadTimeYears['må omreguleres'])} år) og fylles deretter opp med ${pct(a.takeUpSharePerYear)} av de nye arbeidsplassene i året.`);
  return lines;
}

/** The whole report as Markdown text, ending with a newline. */
export function formatMarkdown(model: ReportModel): string {
  const out: string[] = [`# Næringsarealer i ${mdText(model.profile.name)} – rapport`, ''];
  if (model.inputs.sites.bundled && model.profile.sitesIllustrative) {
    out.push(`> **Merk:** Arealene er illustrative eksempeldata som følger med verktøyet, ikke kommunens registrerte næringsarealer. Tallene viser hvordan beregningen virker, ikke fakta om ${mdText(model.profile.name)}.`, '');
  }
  out.push('Arealer og avstander er regnet i EUREF89 UTM sone 32N (EPSG:25832). Avstand er luftlinje fra arealets kant til knutepunktet.', '');
  if (model.scenario) out.push(...scenarioMarkdown(model.scenario));
  out.push('## Datagrunnlag', '');
  for (const role of ['sites', 'hubs', 'regions'] as const) {
    const i = model.inputs[role];
    out.push(`- ${ROLE_NB[role]}: \`${i.file.replaceAll('`', "'")}\`${i.bundled ? ' (medfølger)' : ''}, ${nb(i.featureCount)} objekter, EPSG:${i.crs} (${CRS_SOURCE_NB[i.crsSource]})`);
  }
  out.push('', '## Arealene', '', ...siteTable(model.sites), '');
  out.push('### ABC-vurdering, begrunnelse', '');
  for (const s of model.sites) out.push(`- **${mdText(s.name)}**: ${mdText(s.fit.reasonNb)}`);
  out.push('', '## Oppsummering per region', '', `Regionene: ${mdText(model.profile.regionsHow)}.`, '', ...summaryTable(model), '');
  out.push('## Sammenlignet med kommunens plan', '', ...planTable(model), '');
  const today = model.planTargets.landPerJobM2;
  const warning = model.planMeasures && today.known ? densityWarningText(model.planMeasures, today.value, today.source === PLAN_TARGETS.landPerJobM2.source ? undefined : mdText(today.source)) : null;
  if (warning) out.push(`> **Advarsel:** ${warning}`, '');
  out.push(planSource(model), '');
  out.push('## Forutsetninger', '', ...assumptionLines(model), '');
  if (model.warnings.length > 0) {
    out.push('## Advarsler ved innlesing', '', ...model.warnings.map((w) => `- ${mdText(w.message)}`), '');
  }
  return out.join('\n');
}
