// A damaged scenario store is never lost: one backup (not one per reload), and when even that fails, nothing is saved
// over it.
import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, STORE_KEY, loadWorkspace } from '../../../src/state/scenarioPersist';

/** A Storage in memory; `full` makes every write of a new key fail (a backup), while the store itself can still be
 * rewritten. */
function memoryStorage(initial: Record<string, string>, full = false): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full && !data.has(k)) throw new DOMException('quota', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  };
}

const DAMAGED = '{"format": 2, "scenarios": [ {"broken"';

describe('the damaged store', () => {
  it('is backed up once, however often the page is reloaded', () => {
    const storage = memoryStorage({ [STORE_KEY]: DAMAGED });
    const first = loadWorkspace(storage, new Date('2026-12-01T10:00:00Z'));
    expect(first.recovery?.backupKey).toBe(`${BACKUP_PREFIX}2026-12-01T10-00-00-000Z`);
    // The store is rewritten after the backup; put the damaged text back, as another tab might, and reload twice.
    storage.setItem(STORE_KEY, DAMAGED);
    loadWorkspace(storage, new Date('2026-12-01T10:05:00Z'));
    storage.setItem(STORE_KEY, DAMAGED);
    const third = loadWorkspace(storage, new Date('2026-12-01T10:10:00Z'));
    expect(third.recovery?.backupKey).toBe(first.recovery?.backupKey);
    const backups = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k) =>
      k?.startsWith(BACKUP_PREFIX),
    );
    expect(backups).toHaveLength(1);
  });

  it('is left untouched when no backup can be written, and its text is handed back to offer as a download', () => {
    const storage = memoryStorage({ [STORE_KEY]: DAMAGED }, true);
    const r = loadWorkspace(storage);
    expect(r.recovery?.backupKey).toBeNull();
    expect(r.unprotected).toBe(DAMAGED);
    expect(storage.getItem(STORE_KEY)).toBe(DAMAGED);
  });
});

describe('starting with a store that cannot be backed up', () => {
  it('says so with the text to download, and later edits are not saved over it', async () => {
    const { startScenarioSync } = await import('../../../src/state/scenarioStartup');
    const { scenarioActions, useScenarioStore } = await import('../../../src/state/scenarioStore');
    const storage = memoryStorage({ [STORE_KEY]: DAMAGED }, true);
    const win = {
      localStorage: storage,
      location: { search: '', pathname: '/', hash: '' },
      history: { state: null, replaceState: () => {} },
    } as unknown as Window;
    const stop = startScenarioSync(win);
    try {
      const notice = useScenarioStore.getState().notices.find((n) => n.key === 'scenNoticeBackupFailed');
      expect(notice?.download?.text).toBe(DAMAGED);
      const before = useScenarioStore.getState().history.present;
      scenarioActions.dispatch({ type: 'setActive', id: before.activeId === 'fortetting' ? 'basis' : 'fortetting' });
      expect(useScenarioStore.getState().history.present).not.toBe(before);
      expect(storage.getItem(STORE_KEY)).toBe(DAMAGED);
    } finally {
      stop();
    }
  });
});
