// The scenario store: the undoable workspace and the notices about it, with module-level actions.
import { create } from 'zustand';
import type { Scenario } from '../domain/scenario';
import { checkScenarioAssumptions } from '../domain/scenarioAssumptions';
import { ScenarioError } from '../domain/scenarioError';
import type { ScenarioProblem } from '../domain/scenarioProblem';
import type { Assumptions } from '../domain/types';
import type { MessageKey } from '../i18n';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from './scenarioHistory';
import { INITIAL_WORKSPACE, reduceWorkspace, type Workspace, type WorkspaceAction } from './scenarioWorkspace';

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  key: MessageKey;
  vars?: Readonly<Record<string, string | number>>;
  /** The schema's problems (codes at a path); put in words when shown (src/i18n/scenarioProblems.ts). */
  problems?: readonly ScenarioProblem[];
  /** Text offered as a download from the notice (e.g. a damaged store that could not be backed up). */
  download?: { fileName: string; text: string };
}

export interface ScenarioState {
  history: History<Workspace>;
  notices: readonly Notice[];
  /** Focus should move to the per-site editor (asked for by the list of differing sites, the map or the site card). */
  siteEditorPending: boolean;
}

export const INITIAL_SCENARIO_STATE: ScenarioState = {
  history: startHistory(INITIAL_WORKSPACE),
  notices: [],
  siteEditorPending: false,
};

export const useScenarioStore = create<ScenarioState>()(() => INITIAL_SCENARIO_STATE);

let nextNoticeId = 1;

export const scenarioActions = {
  /**
   * Every change to the workspace: the reducer returns the new state and the history records it. `key` groups
   * consecutive changes of one thing (one input field) into one undo step.
   */
  dispatch: (action: WorkspaceAction, key: string | null = null) =>
    useScenarioStore.setState((s) => {
      const next = reduceWorkspace(s.history.present, action);
      return next === s.history.present ? {} : { history: record(s.history, next, key) };
    }),
  /**
   * Adds a scenario from a file or a link once its assumptions are known to be usable with `base`, so every stored
   * scenario can be computed. Throws ScenarioError (problems name the field) otherwise.
   */
  addChecked: (scenario: Scenario, base: Assumptions) => {
    const problems = checkScenarioAssumptions(base, scenario.assumptions);
    if (problems.length > 0) throw new ScenarioError(problems);
    scenarioActions.dispatch({ type: 'add', scenario });
  },
  undo: () => useScenarioStore.setState((s) => (canUndo(s.history) ? { history: undo(s.history) } : {})),
  redo: () => useScenarioStore.setState((s) => (canRedo(s.history) ? { history: redo(s.history) } : {})),
  /** A workspace read from storage starts a fresh history: undo never steps back past the page load. */
  loadWorkspace: (ws: Workspace) => useScenarioStore.setState({ history: startHistory(ws) }),
  notify: (notice: Omit<Notice, 'id'>) => {
    const id = nextNoticeId++;
    useScenarioStore.setState((s) => ({ notices: [...s.notices, { ...notice, id }] }));
    return id;
  },
  dismissNotice: (id: number) => useScenarioStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  requestSiteEditor: () => useScenarioStore.setState({ siteEditorPending: true }),
  siteEditorFocused: () => useScenarioStore.setState({ siteEditorPending: false }),
  /** Back to the first state (tests). */
  reset: () => useScenarioStore.setState(INITIAL_SCENARIO_STATE, true),
};

export const selectWorkspace = (s: ScenarioState): Workspace => s.history.present;
export const selectCanUndo = (s: ScenarioState): boolean => canUndo(s.history);
export const selectCanRedo = (s: ScenarioState): boolean => canRedo(s.history);
