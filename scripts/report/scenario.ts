// --scenario for the report: read a scenario file or preset, apply it, and compare it with the basis preset.
import { isAbsolute, resolve } from 'node:path';
import type { Problem } from '../../src/data/problems.ts';
import { readTextFile, WordedDataError } from '../cli/common.ts';
import { computeGeometryMetrics } from '../../src/domain/analyse.ts';
import { ASSUMPTION_SOURCES } from '../../src/domain/assumptions.ts';
import { basisPreset, getPreset } from '../../src/domain/presets.ts';
import type { Scenario } from '../../src/domain/scenario.ts';
import { applyScenario, type ScenarioOutcome } from '../../src/domain/scenarioApply.ts';
import { compareScenarios } from '../../src/domain/scenarioCompare.ts';
import { citedSource, profileJobTargets } from '../../src/domain/kommuneProfile.ts';
import { PLAN_TARGETS } from '../../src/domain/planTargets.ts';
import { ScenarioError, parseScenarioText } from '../../src/domain/scenarioSchema.ts';
import { pathText } from '../../src/domain/scenarioProblem.ts';
import { translator, type Lang, type Translate } from '../../src/i18n/index.ts';
import { scenarioProblemText } from '../../src/i18n/scenarioProblems.ts';
import type { FileReader, LoadedInputs, ReportWarning } from './inputs.ts';
import {
  profileInfo,
  regionReportWarnings,
  siteRows,
  totalMeasures,
  totalsByStatus,
  type ReportModel,
} from './model.ts';
import { leadTimes } from '../../src/domain/scenarioAssumptions.ts';
import type { LoadedScenario } from './scenarioSection.ts';
import { PRESET_PREFIX, checkScenarioSpec } from './scenarioSpec.ts';

/**
 * Problems in a scenario file are bad input (exit 1), reported like data files: file first, then the problem in the
 * words the UI shows (src/i18n/scenarioProblems.ts), the field named first.
 */
/** A bad scenario file: every problem's words (`lines`, the file named first), the first of them said on stderr. */
export class ScenarioDataError extends WordedDataError {
  constructor(
    problem: Omit<Problem, 'severity'>,
    readonly lines: readonly string[],
    problems: readonly Problem[],
  ) {
    super(problem, () => lines[0] ?? problem.file, problems);
  }
}

export function scenarioDataError(source: string, e: ScenarioError, lang: Lang): ScenarioDataError {
  // The problems as facts (the scenario problem's code and path in params); the words are the scenario catalogue's.
  const problems = e.problems.map((p) => ({
    severity: 'error' as const,
    file: source,
    code: 'scenario-invalid',
    params: { problem: p.code, path: pathText(p.path) },
  }));
  const lines = e.problems.map((p) => `${source}: ${scenarioProblemText(p, lang)}`);
  return new ScenarioDataError({ file: source, code: 'scenario-invalid' }, lines, problems);
}

/**
 * Reads `preset:<id>` or a scenario file (relative to the current directory). Throws DataError on bad input; its
 * problems and the warnings are in `lang`.
 */
export async function loadScenario(spec: string, io: FileReader, lang: Lang = 'nb'): Promise<LoadedScenario> {
  if (spec.startsWith(PRESET_PREFIX)) {
    const preset = getPreset(spec.slice(PRESET_PREFIX.length));
    if (!preset) throw new Error(checkScenarioSpec(spec, translator(lang)) ?? 'unknown preset');
    return { source: spec, scenario: preset, warnings: [] };
  }
  const path = isAbsolute(spec) ? spec : resolve(io.cwd ?? process.cwd(), spec);
  const text = await readTextFile((p) => io.readFile(p), path, spec, 'rscCliCannotRead');
  try {
    const { scenario, warnings } = parseScenarioText(text);
    return { source: spec, scenario, warnings: warnings.map((w) => scenarioProblemText(w, lang)) };
  } catch (e) {
    if (e instanceof ScenarioError) throw scenarioDataError(spec, e, lang);
    throw e;
  }
}

/** At most ten ids, then how many more. */
function idList(t: Translate, ids: readonly string[]): string {
  const shown = ids.slice(0, 10).join(', ');
  return ids.length > 10 ? t('rscCliIdsMore', { ids: shown, count: ids.length - 10 }) : shown;
}

/** Warnings the user should see on stderr, in `lang`: the file's own, ids not in the data, and the sites left out of
 * the CSV. */
function scenarioWarnings(s: LoadedScenario, outcome: ScenarioOutcome, lang: Lang): ReportWarning[] {
  const t = translator(lang);
  const out: ReportWarning[] = s.warnings.map((w) => ({
    file: s.source,
    code: 'scenario-warning',
    text: `${s.source}: ${w}`,
  }));
  if (outcome.unknownSiteIds.length > 0) {
    const ids = idList(
      t,
      outcome.unknownSiteIds.map((id) => JSON.stringify(id)),
    );
    out.push({
      file: s.source,
      code: 'scenario-unknown-site',
      text: t('rscCliUnknownSites', { source: s.source, ids }),
    });
  }
  const excluded = outcome.states.filter((st) => !st.included).map((st) => st.siteId);
  if (excluded.length > 0) {
    const key = excluded.length === 1 ? 'rscCliExcludedOne' : 'rscCliExcludedMany';
    out.push({
      file: s.source,
      code: 'scenario-excluded',
      text: t(key, { name: JSON.stringify(s.scenario.name), count: excluded.length, ids: idList(t, excluded) }),
    });
  }
  return out;
}

/** Flattens a scenario's assumption overrides to dotted paths (`netShare.A`, `capacity.B.bra.mid`, …). */
function overriddenPaths(value: unknown, path: string, out: string[]): string[] {
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) overriddenPaths(v, path ? `${path}.${k}` : k, out);
  } else if (path) out.push(path);
  return out;
}

/**
 * The default sources (the citations of geodata/assumptions.json, as written there), with every figure the scenario
 * overrides attributed to the scenario in `lang`'s words.
 */
function scenarioSources(s: LoadedScenario, lang: Lang): Record<string, string> {
  const t = translator(lang);
  const sources: Record<string, string> = { ...ASSUMPTION_SOURCES };
  for (const path of overriddenPaths(s.scenario.assumptions ?? {}, '', [])) {
    sources[path] = t('rscSetByScenario', { name: JSON.stringify(s.scenario.name), source: s.source });
  }
  return sources;
}

/**
 * The report model under a scenario: rows and totals for the included sites only, plus the comparison with the basis.
 * `horizonYears` (from --horizon) replaces the scenario's own horizon when given; problems with the assumptions are
 * said in `lang`.
 */
export function buildScenarioReportModel(
  loaded: LoadedInputs,
  given: LoadedScenario,
  horizonYears?: number,
  lang: Lang = 'nb',
): ReportModel {
  const s: LoadedScenario =
    horizonYears === undefined ? given : { ...given, scenario: { ...given.scenario, horizonYears } };
  const { sites, hubs, regions } = loaded;
  const metrics = computeGeometryMetrics(sites, hubs, regions);
  // The profile's job targets (Asker's for the bundled profile); without them the comparison has no target line.
  const p = loaded.profile.planTargets;
  const jobs = profileJobTargets(p);
  const targets =
    jobs && p.newJobs20Years.known
      ? { jobs, source: citedSource(p.newJobs20Years.source, PLAN_TARGETS.newJobs20Years.source, lang) }
      : null;
  const landPerJobToday = p.landPerJobM2.known
    ? { m2: p.landPerJobM2.value, source: citedSource(p.landPerJobM2.source, PLAN_TARGETS.landPerJobM2.source, lang) }
    : null;
  let outcome: ScenarioOutcome;
  try {
    outcome = applyScenario(sites, metrics, hubs, loaded.assumptions, s.scenario, jobs ? jobs.newJobsPerYear : null);
  } catch (e) {
    if (e instanceof ScenarioError) throw scenarioDataError(s.source, e, lang);
    throw e;
  }
  // The basis on the scenario's own timeline, so years and per-year figures compare like with like.
  const basisScenario: Scenario = {
    ...basisPreset(),
    startYear: outcome.startYear,
    horizonYears: s.scenario.horizonYears,
  };
  const basis = applyScenario(
    sites,
    metrics,
    hubs,
    loaded.assumptions,
    basisScenario,
    jobs ? jobs.newJobsPerYear : null,
  );
  return {
    sites: siteRows(outcome.sites, outcome.results, hubs),
    summary: outcome.summary,
    totalsByStatus: totalsByStatus(outcome.sites, outcome.results, outcome.assumptions, outcome.summary),
    assumptions: outcome.assumptions,
    assumptionSources: scenarioSources(s, lang),
    leadTimeYears: leadTimes(s.scenario.assumptions),
    planMeasures: totalMeasures(outcome.summary, loaded.profile.planTargets),
    planTargets: loaded.profile.planTargets,
    profile: profileInfo(loaded),
    inputs: loaded.inputs,
    warnings: [
      ...loaded.warnings,
      ...regionReportWarnings(loaded, basis.results),
      ...scenarioWarnings(s, outcome, lang),
    ],
    scenario: {
      ...s,
      outcome,
      basis,
      comparison: compareScenarios([basis, outcome], { targets }),
      kommune: loaded.profile.name,
      landPerJobToday,
    },
  };
}
