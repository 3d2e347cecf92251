// Starts the scenario side: reads the stored workspace, adds a scenario from a shared link, keeps the store saved.
import { DEFAULT_ASSUMPTIONS } from '../domain/assumptions';
import { serializeScenario } from '../domain/scenarioSchema';
import { ScenarioError } from '../domain/scenarioError';
import { unexpectedProblem, type ScenarioProblem } from '../domain/scenarioProblem';
import type { Scenario } from '../domain/scenario';
import { LINK_PARAM, decodePlainScenarioParam, decodeScenarioParam, isCompressedParam } from './scenarioLink';
import { loadWorkspace, saveWorkspace } from './scenarioPersist';
import { scenarioActions, useScenarioStore } from './scenarioStore';
import type { Workspace } from './scenarioWorkspace';

function storageOf(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

function problemsOf(e: unknown): ScenarioProblem[] {
  return e instanceof ScenarioError ? [...e.problems] : [unexpectedProblem(e)];
}

/** Adds the scenario in `?scn=`, unless the same scenario is already stored (a link opened twice). Compressed links
 * decode asynchronously. */
function importLink(value: string): void {
  if (!isCompressedParam(value)) {
    let decoded: Scenario;
    try {
      decoded = decodePlainScenarioParam(value).scenario;
    } catch (e) {
      scenarioActions.notify({ kind: 'error', key: 'scenNoticeLinkBad', problems: problemsOf(e) });
      return;
    }
    addLinked(decoded);
    return;
  }
  decodeScenarioParam(value).then(
    ({ scenario }) => addLinked(scenario),
    (e: unknown) => scenarioActions.notify({ kind: 'error', key: 'scenNoticeLinkBad', problems: problemsOf(e) }),
  );
}

function addLinked(scenario: Scenario): void {
  try {
    const ws = useScenarioStore.getState().history.present;
    const text = serializeScenario(scenario);
    const same = ws.own.find((s) => s.id === scenario.id && serializeScenario(s) === text);
    if (same) {
      if (!ws.compareIds.includes(same.id))
        scenarioActions.dispatch({ type: 'setSlot', slot: Math.min(ws.compareIds.length, 2), id: same.id });
      scenarioActions.dispatch({ type: 'setActive', id: same.id });
    } else {
      // The data is not loaded yet; links are checked against the default assumptions the bundled data uses.
      scenarioActions.addChecked(scenario, DEFAULT_ASSUMPTIONS);
    }
    scenarioActions.notify({ kind: 'info', key: 'scenNoticeLinkAdded', vars: { name: scenario.name } });
  } catch (e) {
    scenarioActions.notify({ kind: 'error', key: 'scenNoticeLinkBad', problems: problemsOf(e) });
  }
}

export function startScenarioSync(win: Window = window): () => void {
  const storage = storageOf(win);
  const loaded = loadWorkspace(storage);
  scenarioActions.loadWorkspace(loaded.workspace);
  if (loaded.unavailable) scenarioActions.notify({ kind: 'warning', key: 'scenNoticeStorageUnavailable' });
  if (loaded.migrated > 0)
    scenarioActions.notify({ kind: 'info', key: 'scenNoticeMigrated', vars: { count: loaded.migrated } });
  const r = loaded.recovery;
  // A damaged store that could not be backed up is never saved over in this session; its text is offered instead.
  const blocked = typeof loaded.unprotected === 'string';
  if (r && blocked) {
    scenarioActions.notify({
      kind: 'error',
      key: 'scenNoticeBackupFailed',
      vars: { bad: r.bad, total: r.total },
      problems: r.problems,
      download: { fileName: 'naeringsarealkart-scenarioer-skadet.json', text: loaded.unprotected as string },
    });
  } else if (r) {
    const key = r.reason === 'scenarios' ? 'scenNoticeRecoveredSome' : 'scenNoticeRecoveredAll';
    const backup = r.backupKey ?? '–';
    const names = r.badNames.map((n) => `«${n}»`).join(', ');
    scenarioActions.notify({
      kind: 'warning',
      key,
      vars: { bad: r.bad, total: r.total, backup, names },
      problems: r.problems,
    });
  }

  let saved: Workspace = useScenarioStore.getState().history.present;
  let warned = false;
  const unsubscribe = useScenarioStore.subscribe((state) => {
    const ws = state.history.present;
    if (ws === saved || blocked) return;
    saved = ws;
    if (!saveWorkspace(storage, ws) && !warned && !loaded.unavailable) {
      warned = true;
      scenarioActions.notify({ kind: 'warning', key: 'scenNoticeSaveFailed' });
    }
  });

  const params = new URLSearchParams(win.location.search);
  const link = params.get(LINK_PARAM);
  if (link !== null) {
    importLink(link);
    // The scenario is now stored; the parameter would only add it again on reload and make the address long.
    params.delete(LINK_PARAM);
    const rest = params.toString();
    win.history.replaceState(
      win.history.state,
      '',
      `${win.location.pathname}${rest ? `?${rest}` : ''}${win.location.hash}`,
    );
  }

  return unsubscribe;
}
