// Controls for own data: "Last inn data" in the header with the dialog and its announcements, and "Tilbake til
// eksempeldata" beside the note that names the own data (RestoreExample), so the header is the same whatever data is
// shown and never wraps onto a second line when own data comes (the page would jump and the map shrink).
import { useCallback, useRef, useState } from 'react';
import { translator, type Lang } from '../../i18n';
import { loadActions, useLoadStore, type LoadAnnouncement } from '../../state/loadStore';
import { useAppStore } from '../../state/store';
import { KIND_PLURAL_KEY } from './KindChoice';
import { LazyBoundary, LoadDialog } from '../lazyPages';
import { useFileDrop } from './useFileDrop';

function announcementText(a: LoadAnnouncement | null, lang: Lang): string {
  if (!a) return '';
  const t = translator(lang);
  if (a.type === 'restored') return t('loadRestored');
  return t('loadApplied', { count: a.count, kind: t(KIND_PLURAL_KEY[a.kind]), file: a.file });
}

const chooseDropped = (files: File[]) => void loadActions.chooseFiles(files);
const LOAD_OPEN_ID = 'load-open';

/** "Tilbake til eksempeldata", for beside the note while own data is shown. */
export function RestoreExample({ lang }: { lang: Lang }) {
  const t = translator(lang);
  return (
    <button
      type="button"
      className="secondary data-note__restore"
      data-testid="load-restore"
      onClick={() => {
        loadActions.restoreExample();
        // The button goes away with the own data, so focus moves to "Last inn data".
        document.getElementById(LOAD_OPEN_ID)?.focus();
      }}
    >
      {t('loadRestore')}
    </button>
  );
}
const preloadDialog = () => void LoadDialog.preload();

export function LoadControls({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const ready = useAppStore((s) => s.dataStatus === 'ready');
  const announcement = useLoadStore((s) => s.announcement);
  const openButton = useRef<HTMLButtonElement>(null);
  const dragging = useFileDrop(chooseDropped);
  const returnFocus = useCallback(() => openButton.current?.focus(), []);
  // The dialog's code is fetched the first time it opens (or the pointer or focus reaches the button), and it then
  // stays mounted so that closing it runs its own clean-up.
  const open = useLoadStore((s) => s.open);
  const [mounted, setMounted] = useState(false);
  if (open && !mounted) setMounted(true);

  return (
    <div className="load-controls">
      <button
        ref={openButton}
        id={LOAD_OPEN_ID}
        type="button"
        className="load-controls__open"
        aria-haspopup="dialog"
        disabled={!ready}
        data-testid="load-open"
        onClick={loadActions.openDialog}
        onPointerEnter={preloadDialog}
        onFocus={preloadDialog}
      >
        {t('loadOpen')}
      </button>
      <p className="sr-only" role="status" data-testid="load-announcement">
        {announcementText(announcement, lang)}
      </p>
      {dragging ? (
        <div className="load-drop-overlay" aria-hidden="true">
          {t('loadDropActive')}
        </div>
      ) : null}
      {mounted ? (
        <LazyBoundary lang={lang} quiet>
          <LoadDialog lang={lang} dragging={dragging} onClosed={returnFocus} />
        </LazyBoundary>
      ) : null}
    </div>
  );
}
