// Keeps the scenario workspace in localStorage under a versioned key; a corrupted store is backed up and recovered.
import type { Scenario } from '../domain/scenario';
import { scenarioProblem, unexpectedProblem, type ScenarioProblem } from '../domain/scenarioProblem';
import { ScenarioError, parseScenario, serializeScenario } from '../domain/scenarioSchema';
import { uniqueScenarioId } from './scenarioEdit';
import { INITIAL_WORKSPACE, isPresetId, normaliseWorkspace, type Workspace } from './scenarioWorkspace';

/** The store's own format version is in the key, so a future format can live beside this one while it migrates. */
export const STORE_KEY = 'naeringsarealkart.scenarios.v2';
/** Corrupted text is copied to `<STORE_KEY>.backup-<time>` before the store is rewritten: nothing the user had is lost.
 * */
export const BACKUP_PREFIX = `${STORE_KEY}.backup-`;
export const STORE_FORMAT = 2;

interface StoredWorkspace {
  format: typeof STORE_FORMAT;
  /** Each scenario as the schema writes it (serializeScenario), so it is read back with parseScenario and migrates. */
  scenarios: unknown[];
  compare: string[];
  active: string;
}

export interface Recovery {
  /** json: the text is not JSON; shape: not a stored workspace; scenarios: some scenarios could not be read. */
  reason: 'json' | 'shape' | 'scenarios';
  /** Scenarios that could not be read, and how many were stored. */
  bad: number;
  total: number;
  /** Where the corrupted text was saved, or null when even that failed. */
  backupKey: string | null;
  /** Names of the scenarios that could not be read (or `#n` for one without a name). */
  badNames: string[];
  /** The schema's problems with them, each at its field. */
  problems: ScenarioProblem[];
}

export interface LoadResult {
  workspace: Workspace;
  recovery: Recovery | null;
  /** Scenarios that were stored in an older schema version and were migrated on reading. */
  migrated: number;
  /** Storage could not be read at all (blocked, privacy mode): the app works, but nothing is kept. */
  unavailable: boolean;
  /**
   * The damaged store's text when it could not be backed up (e.g. storage full): it was left in place, and the
   * caller must not save over it; offer it as a download instead. Null otherwise.
   */
  unprotected?: string | null;
}

/** An existing backup holding exactly this text (a reload of the same damaged store makes no second copy). */
function existingBackup(storage: Storage, text: string): string | null {
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(BACKUP_PREFIX) && storage.getItem(key) === text) return key;
    }
  } catch {
    return null;
  }
  return null;
}

export function workspaceToText(ws: Workspace): string {
  const stored: StoredWorkspace = {
    format: STORE_FORMAT,
    scenarios: ws.own.map((s) => JSON.parse(serializeScenario(s)) as unknown),
    compare: [...ws.compareIds],
    active: ws.activeId,
  };
  return JSON.stringify(stored);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Reads the stored text; every problem becomes a Recovery, never an exception. */
export function workspaceFromText(text: string): {
  workspace: Workspace;
  recovery: Omit<Recovery, 'backupKey'> | null;
  migrated: number;
} {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      workspace: INITIAL_WORKSPACE,
      recovery: {
        reason: 'json',
        bad: 0,
        total: 0,
        badNames: [],
        problems: [scenarioProblem([], 'not-json', { detail: why })],
      },
      migrated: 0,
    };
  }
  if (!isObject(json) || json['format'] !== STORE_FORMAT || !Array.isArray(json['scenarios'])) {
    return {
      workspace: INITIAL_WORKSPACE,
      recovery: { reason: 'shape', bad: 0, total: 0, badNames: [], problems: [] },
      migrated: 0,
    };
  }
  const entries = json['scenarios'] as unknown[];
  const own: Scenario[] = [];
  const problems: ScenarioProblem[] = [];
  const badNames: string[] = [];
  const taken = new Set<string>();
  let bad = 0;
  let migrated = 0;
  for (const entry of entries) {
    try {
      const { scenario, warnings } = parseScenario(entry);
      if (isObject(entry) && entry['schemaVersion'] !== scenario.schemaVersion && warnings.length > 0) migrated++;
      // A preset's id or a repeated id would make two scenarios answer to one name.
      const id =
        isPresetId(scenario.id) || taken.has(scenario.id)
          ? uniqueScenarioId(scenario.id, new Set([...taken, scenario.id]))
          : scenario.id;
      taken.add(id);
      own.push(id === scenario.id ? scenario : { ...scenario, id });
    } catch (e) {
      bad++;
      badNames.push(isObject(entry) && typeof entry['name'] === 'string' ? entry['name'] : `#${bad}`);
      problems.push(...(e instanceof ScenarioError ? e.problems : [unexpectedProblem(e)]));
    }
  }
  const workspace = normaliseWorkspace({
    own,
    compareIds: strings(json['compare']),
    activeId: typeof json['active'] === 'string' ? json['active'] : '',
  });
  const recovery = bad > 0 ? { reason: 'scenarios' as const, bad, total: entries.length, badNames, problems } : null;
  return { workspace, recovery, migrated };
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Loads the workspace; backs up and rewrites a corrupted store. `storage` null: not available. */
export function loadWorkspace(storage: Storage | null, now: Date = new Date()): LoadResult {
  let text: string | null;
  try {
    if (!storage) throw new Error('no storage');
    text = storage.getItem(STORE_KEY);
  } catch {
    return { workspace: INITIAL_WORKSPACE, recovery: null, migrated: 0, unavailable: true };
  }
  if (text === null) return { workspace: INITIAL_WORKSPACE, recovery: null, migrated: 0, unavailable: false };
  const read = workspaceFromText(text);
  if (!read.recovery) {
    // Migrated scenarios are written back in the current version, so the migration happens once.
    if (read.migrated > 0) saveWorkspace(storage, read.workspace);
    return { workspace: read.workspace, recovery: null, migrated: read.migrated, unavailable: false };
  }
  let backupKey = existingBackup(storage, text);
  if (backupKey === null) {
    try {
      backupKey = `${BACKUP_PREFIX}${stamp(now)}`;
      storage.setItem(backupKey, text);
    } catch {
      // Not safe anywhere else: the damaged store stays as it is, and nothing may be saved over it.
      return {
        workspace: read.workspace,
        recovery: { ...read.recovery, backupKey: null },
        migrated: read.migrated,
        unavailable: false,
        unprotected: text,
      };
    }
  }
  try {
    // Only once the raw text is safe is the store replaced by what could be read.
    storage.setItem(STORE_KEY, workspaceToText(read.workspace));
  } catch {
    // The backup holds the text; the next successful save rewrites the store.
  }
  return {
    workspace: read.workspace,
    recovery: { ...read.recovery, backupKey },
    migrated: read.migrated,
    unavailable: false,
    unprotected: null,
  };
}

/** false when the browser refused (full, or blocked). */
export function saveWorkspace(storage: Storage | null, ws: Workspace): boolean {
  try {
    if (!storage) return false;
    storage.setItem(STORE_KEY, workspaceToText(ws));
    return true;
  } catch {
    return false;
  }
}
