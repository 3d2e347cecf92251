// The undoable scenario workspace (the user's own scenarios, which ones are compared, which one is edited) and the
// one function every change to it goes through.
import { BASIS_PRESET_ID, PRESETS, getPreset } from '../domain/presets';
import type { Scenario } from '../domain/scenario';
import { editScenario, uniqueScenarioId, type ScenarioEdit } from './scenarioEdit';

/** At most three scenarios side by side; the first is the basis of every difference. */
export const MAX_COMPARED = 3;

export interface Workspace {
  /** The user's own scenarios (presets are not stored here; they are read-only data). */
  own: readonly Scenario[];
  /** Ids of the compared scenarios, 1–3, the first being the basis. */
  compareIds: readonly string[];
  /** The scenario shown on the map and in the editor. */
  activeId: string;
}

export type WorkspaceAction =
  /** A new own scenario (a copy, an import, a shared link): compared and made active. Its id is made unique. */
  | { type: 'add'; scenario: Scenario }
  | { type: 'edit'; id: string; edit: ScenarioEdit }
  | { type: 'remove'; id: string }
  /** Puts a scenario into a comparison slot (0 = basis); null empties a slot other than the first. */
  | { type: 'setSlot'; slot: number; id: string | null }
  | { type: 'setActive'; id: string };

export const INITIAL_WORKSPACE: Workspace = Object.freeze({
  own: Object.freeze([]) as readonly Scenario[],
  compareIds: Object.freeze([BASIS_PRESET_ID, PRESETS[1]?.id ?? BASIS_PRESET_ID]),
  activeId: PRESETS[1]?.id ?? BASIS_PRESET_ID,
});

export function isPresetId(id: string): boolean {
  return getPreset(id) !== undefined;
}

/** A preset or one of the user's own scenarios. */
export function findScenario(ws: Workspace, id: string): Scenario | undefined {
  return getPreset(id) ?? ws.own.find((s) => s.id === id);
}

export function takenIds(ws: Workspace): Set<string> {
  return new Set([...PRESETS.map((p) => p.id), ...ws.own.map((s) => s.id)]);
}

/** The active scenario if it is compared, else the last compared one: the map and the editor always have one. */
export function activeScenarioId(ws: Workspace): string {
  return ws.compareIds.includes(ws.activeId) ? ws.activeId : (ws.compareIds.at(-1) ?? BASIS_PRESET_ID);
}

/** Drops ids that name no scenario, keeps 1–3 entries, the basis first. */
function cleanCompare(ids: readonly string[], ws: Workspace): string[] {
  const known = ids.filter((id) => findScenario(ws, id) !== undefined).slice(0, MAX_COMPARED);
  return known.length > 0 ? known : [BASIS_PRESET_ID];
}

/** The workspace after one action; an action that changes nothing returns the same object (no undo step). */
export function reduceWorkspace(ws: Workspace, action: WorkspaceAction): Workspace {
  switch (action.type) {
    case 'add': {
      const id = uniqueScenarioId(action.scenario.id, takenIds(ws));
      const scenario = id === action.scenario.id ? action.scenario : { ...action.scenario, id };
      const compareIds =
        ws.compareIds.length < MAX_COMPARED
          ? [...ws.compareIds, id]
          : [...ws.compareIds.slice(0, MAX_COMPARED - 1), id];
      return { own: [...ws.own, scenario], compareIds, activeId: id };
    }
    case 'edit': {
      const i = ws.own.findIndex((s) => s.id === action.id);
      const current = ws.own[i];
      if (!current) return ws;
      const next = editScenario(current, action.edit);
      if (next === current) return ws;
      return { ...ws, own: ws.own.map((s, k) => (k === i ? next : s)) };
    }
    case 'remove': {
      if (!ws.own.some((s) => s.id === action.id)) return ws;
      const rest: Workspace = { ...ws, own: ws.own.filter((s) => s.id !== action.id) };
      const compareIds = cleanCompare(
        ws.compareIds.filter((id) => id !== action.id),
        rest,
      );
      const activeId = ws.activeId === action.id ? (compareIds.at(-1) as string) : ws.activeId;
      return { ...rest, compareIds, activeId };
    }
    case 'setSlot': {
      const { slot, id } = action;
      if (slot < 0 || slot >= MAX_COMPARED || slot > ws.compareIds.length) return ws;
      if (id !== null && !findScenario(ws, id)) return ws;
      if (id === null && slot === 0) return ws;
      const ids = [...ws.compareIds];
      if (id === null) ids.splice(slot, 1);
      else ids[slot] = id;
      const compareIds = cleanCompare(ids, ws);
      if (compareIds.join('\n') === ws.compareIds.join('\n')) return ws;
      // The scenario being edited stays active while it is compared; changing another slot must not take it away.
      return {
        ...ws,
        compareIds,
        activeId: compareIds.includes(ws.activeId) ? ws.activeId : activeScenarioId({ ...ws, compareIds }),
      };
    }
    case 'setActive':
      return action.id === ws.activeId || !findScenario(ws, action.id) ? ws : { ...ws, activeId: action.id };
  }
}

/** Repairs a workspace read from storage or a link against the presets and the own scenarios it holds. */
export function normaliseWorkspace(ws: Workspace): Workspace {
  const compareIds = cleanCompare(ws.compareIds, ws);
  return {
    own: ws.own,
    compareIds,
    activeId: findScenario(ws, ws.activeId) ? ws.activeId : (compareIds.at(-1) as string),
  };
}
