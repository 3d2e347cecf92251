// Undo and redo buttons, and the Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) keys while the comparison is open.
import { useEffect } from 'react';
import { translator, type Lang } from '../../i18n';
import { scenarioActions, selectCanRedo, selectCanUndo, useScenarioStore } from '../../state/scenarioStore';

/** Which history step a key press asks for, if any (⌘ on a Mac counts as Ctrl). */
export function historyKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/**
 * Listens on the whole document while mounted. Inside the editor's fields the scenario's own undo wins over the
 * browser's text undo: every keystroke there is already a scenario change, so both would step through the same edits.
 */
export function useHistoryKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const step = historyKey(e);
      if (!step) return;
      e.preventDefault();
      if (step === 'undo') scenarioActions.undo();
      else scenarioActions.redo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

export function UndoRedo({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const canUndo = useScenarioStore(selectCanUndo);
  const canRedo = useScenarioStore(selectCanRedo);
  return (
    <div className="scen-history" role="group" aria-label={t('scenHistoryLabel')}>
      <button
        type="button"
        className="secondary"
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z"
        onClick={scenarioActions.undo}
      >
        {t('scenUndo')}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z"
        onClick={scenarioActions.redo}
      >
        {t('scenRedo')}
      </button>
    </div>
  );
}
