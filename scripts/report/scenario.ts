// --scenario for the report: read a scenario file or preset, apply it, and compare it with the basis preset.
import { isAbsolute, resolve } from 'node:path';
import { DataError } from '../../src/data/problems.ts';
import { computeGeometryMetrics } from '../../src/domain/analyse.ts';
import { ASSUMPTION_SOURCES } from '../../src/domain/assumptions.ts';
import { PRESET_IDS, basisPreset, getPreset } from '../../src/domain/presets.ts';
import type { Scenario } from '../../src/domain/scenario.ts';
import { applyScenario, type ScenarioOutcome } from '../../src/domain/scenarioApply.ts';
import { compareScenarios, type ScenarioComparison } from '../../src/domain/scenarioCompare.ts';
import { profileJobTargets } from '../../src/domain/kommuneProfile.ts';
import { fieldWords } from '../../src/domain/assumptionBounds.ts';
import { ScenarioError, parseScenarioText } from '../../src/domain/scenarioSchema.ts';
import type { FileReader, LoadedInputs, ReportWarning } from './inputs.ts';
import { profileInfo, regionReportWarnings, siteRows, totalMeasures, totalsByStatus, type ReportModel } from './model.ts';
import { leadTimes } from '../../src/domain/scenarioAssumptions.ts';

export const PRESET_PREFIX = 'preset:';

export interface LoadedScenario {
  /** As shown in messages: the path as given, or `preset:<id>`. */
  source: string;
  scenario: Scenario;
  warnings: string[];
}

export interface ScenarioSection extends LoadedScenario {
  outcome: ScenarioOutcome;
  basis: ScenarioOutcome;
  /** [basis, scenario]. */
  comparison: ScenarioComparison;
  /** The kommune the report is for (its profile), for the words around the comparison. */
  kommune: string;
  /** The profile's land per job today and its source, for the density warning; null when the profile has none. */
  landPerJobToday: { m2: number; source: string } | null;
}

/** Problems in a scenario file are bad input (exit 1), reported like data files: file first, then the field. */
function scenarioDataError(source: string, e: ScenarioError): DataError {
  const problems = e.problems.map((p) => ({ severity: 'error' as const, file: source, code: 'scenario-invalid', message: `${source}: ${withWords(p)}` }));
  return new DataError({ file: source, code: 'scenario-invalid', message: `${source}: ${withWords(e.problems[0] ?? e.message)}` }, problems);
}

/** "sites.S07.bra: must be …" → "sites.S07.bra (utilisation (%BRA …), site S07): must be …": the field in words too. */
function withWords(problem: string): string {
  const m = /^([^\s:]+): (.*)$/s.exec(problem);
  const words = m ? fieldWords(m[1] as string, 'en') : null;
  return m && words ? `${m[1]} (${words}): ${m[2]}` : problem;
}

/** Null when `spec` names a known preset or is a file name; otherwise why the preset name is wrong (a usage error). */
export function checkScenarioSpec(spec: string): string | null {
  if (!spec.startsWith(PRESET_PREFIX)) return null;
  const id = spec.slice(PRESET_PREFIX.length);
  return getPreset(id) ? null : `--scenario ${JSON.stringify(spec)}: there is no such preset; use one of ${PRESET_IDS.map((p) => PRESET_PREFIX + p).join(', ')}`;
}

/** Reads `preset:<id>` or a scenario file (relative to the current directory). Throws DataError on bad input. */
export async function loadScenario(spec: string, io: FileReader): Promise<LoadedScenario> {
  if (spec.startsWith(PRESET_PREFIX)) {
    const preset = getPreset(spec.slice(PRESET_PREFIX.length));
    if (!preset) throw new Error(checkScenarioSpec(spec) ?? 'unknown preset');
    return { source: spec, scenario: preset, warnings: [] };
  }
  const path = isAbsolute(spec) ? spec : resolve(io.cwd ?? process.cwd(), spec);
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : e instanceof Error ? e.message : String(e);
    throw new DataError({ file: spec, code: 'file-unreadable', message: `${spec}: cannot read the scenario file (${why})` });
  }
  try {
    const { scenario, warnings } = parseScenarioText(text);
    return { source: spec, scenario, warnings };
  } catch (e) {
    if (e instanceof ScenarioError) throw scenarioDataError(spec, e);
    throw e;
  }
}

function idList(ids: readonly string[]): string {
  const shown = ids.slice(0, 10).join(', ');
  return ids.length > 10 ? `${shown} and ${ids.length - 10} more` : shown;
}

/** Warnings the user should see on stderr: the file's own, ids not in the data, and the sites left out of the CSV. */
function scenarioWarnings(s: LoadedScenario, outcome: ScenarioOutcome): ReportWarning[] {
  const out: ReportWarning[] = s.warnings.map((w) => ({ file: s.source, code: 'scenario-warning', message: `${s.source}: ${w}` }));
  if (outcome.unknownSiteIds.length > 0) {
    out.push({ file: s.source, code: 'scenario-unknown-site', message: `${s.source}: sites: no site in the data has the id ${idList(outcome.unknownSiteIds.map((id) => JSON.stringify(id)))}; ignored` });
  }
  const excluded = outcome.states.filter((st) => !st.included).map((st) => st.siteId);
  if (excluded.length > 0) {
    out.push({
      file: s.source,
      code: 'scenario-excluded',
      message: `scenario ${JSON.stringify(s.scenario.name)} excludes ${excluded.length} site${excluded.length === 1 ? '' : 's'} (${idList(excluded)}); they are left out of the report`,
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

/** The default sources, with every figure the scenario overrides attributed to the scenario. */
function scenarioSources(s: LoadedScenario): Record<string, string> {
  const sources: Record<string, string> = { ...ASSUMPTION_SOURCES };
  for (const path of overriddenPaths(s.scenario.assumptions ?? {}, '', [])) {
    sources[path] = `Set by scenario ${JSON.stringify(s.scenario.name)} (${s.source}).`;
  }
  return sources;
}

/**
 * The report model under a scenario: rows and totals for the included sites only, plus the comparison with the basis.
 * `horizonYears` (from --horizon) replaces the scenario's own horizon when given.
 */
export function buildScenarioReportModel(loaded: LoadedInputs, given: LoadedScenario, horizonYears?: number): ReportModel {
  const s: LoadedScenario = horizonYears === undefined ? given : { ...given, scenario: { ...given.scenario, horizonYears } };
  const { sites, hubs, regions } = loaded;
  const metrics = computeGeometryMetrics(sites, hubs, regions);
  // The profile's job targets (Asker's for the bundled profile); without them the comparison has no target line.
  const p = loaded.profile.planTargets;
  const jobs = profileJobTargets(p);
  const targets = jobs && p.newJobs20Years.known ? { jobs, source: p.newJobs20Years.source } : null;
  const landPerJobToday = p.landPerJobM2.known ? { m2: p.landPerJobM2.value, source: p.landPerJobM2.source } : null;
  let outcome: ScenarioOutcome;
  try {
    outcome = applyScenario(sites, metrics, hubs, loaded.assumptions, s.scenario, jobs ? jobs.newJobsPerYear : null);
  } catch (e) {
    if (e instanceof ScenarioError) throw scenarioDataError(s.source, e);
    throw e;
  }
  // The basis on the scenario's own timeline, so years and per-year figures compare like with like.
  const basisScenario: Scenario = { ...basisPreset(), startYear: outcome.startYear, horizonYears: s.scenario.horizonYears };
  const basis = applyScenario(sites, metrics, hubs, loaded.assumptions, basisScenario, jobs ? jobs.newJobsPerYear : null);
  return {
    sites: siteRows(outcome.sites, outcome.results, hubs),
    summary: outcome.summary,
    totalsByStatus: totalsByStatus(outcome.sites, outcome.results, outcome.assumptions, outcome.summary),
    assumptions: outcome.assumptions,
    assumptionSources: scenarioSources(s),
    leadTimeYears: leadTimes(s.scenario.assumptions),
    planMeasures: totalMeasures(outcome.summary, loaded.profile.planTargets),
    planTargets: loaded.profile.planTargets,
    profile: profileInfo(loaded),
    inputs: loaded.inputs,
    warnings: [...loaded.warnings, ...regionReportWarnings(loaded, basis.results), ...scenarioWarnings(s, outcome)],
    scenario: { ...s, outcome, basis, comparison: compareScenarios([basis, outcome], { targets }), kommune: loaded.profile.name, landPerJobToday },
  };
}
