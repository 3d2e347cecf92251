// Derived scenario figures: each compared scenario applied to the loaded data (cached per scenario object) and the
// side-by-side comparison, plus which sites the map should mark.
import type { Dataset } from '../domain/dataset';
import type { Scenario } from '../domain/scenario';
import { applyScenario, type ScenarioOutcome } from '../domain/scenarioApply';
import { ScenarioError } from '../domain/scenarioError';
import { unexpectedProblem, type ScenarioProblem } from '../domain/scenarioProblem';
import { compareScenarios, type ScenarioComparison, type SiteDiff } from '../domain/scenarioCompare';
import { activeScenarioId, findScenario, type Workspace } from './scenarioWorkspace';
import { profileJobTargets } from '../domain/kommuneProfile';
import { useProfileStore } from './profileStore';

/** The kommune profile's job targets (chosen once at start-up), or null when it has none. */
function profileTargets() {
  const p = useProfileStore.getState().profile.planTargets;
  const jobs = profileJobTargets(p);
  // The source as an identity (English; the scenario page writes the profile's sources in the page's language).
  return jobs && p.newJobs20Years.known ? { jobs, source: p.newJobs20Years.source.en } : null;
}

export type Applied = { ok: true; outcome: ScenarioOutcome } | { ok: false; problems: ScenarioProblem[] };

/** Scenario objects never change (edits make new ones), so one result per object and dataset is safe to keep. */
const cache = new WeakMap<Scenario, { dataset: Dataset; applied: Applied }>();

/** The scenario applied to the data; `ok: false` with the schema's problems when its assumptions are unusable. */
export function applyToDataset(dataset: Dataset, scenario: Scenario): Applied {
  const hit = cache.get(scenario);
  if (hit && hit.dataset === dataset) return hit.applied;
  let applied: Applied;
  try {
    applied = {
      ok: true,
      outcome: applyScenario(
        dataset.sites,
        dataset.results,
        dataset.hubs,
        dataset.assumptions,
        scenario,
        profileTargets()?.jobs.newJobsPerYear ?? null,
      ),
    };
  } catch (e) {
    applied = { ok: false, problems: e instanceof ScenarioError ? [...e.problems] : [unexpectedProblem(e)] };
  }
  cache.set(scenario, { dataset, applied });
  return applied;
}

export interface ComparedEntry {
  scenario: Scenario;
  applied: Applied;
  /** Position in `comparison.scenarios` (only scenarios that could be applied take part), or −1. */
  column: number;
}

export interface WorkspaceComparison {
  entries: ComparedEntry[];
  /** Null when not even one compared scenario could be applied. */
  comparison: ScenarioComparison | null;
  /** The scenario the map and the editor show. */
  active: Scenario;
  /** Its entry, or null if it is not among the compared. */
  activeEntry: ComparedEntry | null;
}

export function compareWorkspace(dataset: Dataset, ws: Workspace): WorkspaceComparison {
  const entries: ComparedEntry[] = [];
  const outcomes: ScenarioOutcome[] = [];
  for (const id of ws.compareIds) {
    const scenario = findScenario(ws, id);
    if (!scenario) continue;
    const applied = applyToDataset(dataset, scenario);
    entries.push({ scenario, applied, column: applied.ok ? outcomes.length : -1 });
    if (applied.ok) outcomes.push(applied.outcome);
  }
  const activeId = activeScenarioId(ws);
  const active = findScenario(ws, activeId) ?? (entries[0]?.scenario as Scenario);
  return {
    entries,
    comparison: outcomes.length > 0 ? compareScenarios(outcomes, { targets: profileTargets() }) : null,
    active,
    activeEntry: entries.find((e) => e.scenario.id === activeId) ?? null,
  };
}

/** The sites where the active scenario differs from the basis (empty for the basis itself). */
export function activeSiteDiffs(c: WorkspaceComparison): readonly SiteDiff[] {
  const column = c.activeEntry?.column ?? -1;
  return column > 0 && c.comparison ? (c.comparison.siteDiffs[column] ?? []) : [];
}

export interface SiteDiffIds {
  /** Sites the scenario keeps but that differ from the basis (type, utilisation, year, or jobs). */
  changed: ReadonlySet<string>;
  /** Sites the scenario leaves out (whether or not the basis does too). */
  excluded: ReadonlySet<string>;
}

export const NO_SITE_DIFFS: SiteDiffIds = Object.freeze({ changed: new Set<string>(), excluded: new Set<string>() });

/** What the map marks for the active scenario. */
export function mapSiteMarks(c: WorkspaceComparison): SiteDiffIds {
  const applied = c.activeEntry?.applied;
  if (!applied?.ok) return NO_SITE_DIFFS;
  const excluded = new Set<string>();
  for (const st of applied.outcome.states) if (!st.included) excluded.add(st.siteId);
  const changed = new Set<string>();
  for (const d of activeSiteDiffs(c)) if (!excluded.has(d.siteId)) changed.add(d.siteId);
  return changed.size === 0 && excluded.size === 0 ? NO_SITE_DIFFS : { changed, excluded };
}
