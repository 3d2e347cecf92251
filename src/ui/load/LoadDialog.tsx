// The "Last inn data" dialog: choose or drop files, see the preview, and only then replace the data.
import { useEffect, useRef, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react';
import { translator, type Lang, type Translate } from '../../i18n';
import { loadActions, useLoadStore, type LoadState } from '../../state/loadStore';
import { CrsChoice } from './CrsChoice';
import { FieldMapping } from './FieldMapping';
import { HubRuleFields } from './HubRuleFields';
import { KindChoice } from './KindChoice';
import { LoadErrorBox } from './LoadErrorBox';
import { PreviewSummary } from './PreviewSummary';
import { RepairChoice } from './RepairChoice';
import { SkippedList } from './SkippedList';
import { WarningList } from './WarningList';
import './load.css';

/** File-level errors no choice in the dialog can fix (the text itself is unreadable), so the choices are not offered.
 * */
const UNREADABLE = new Set([
  'json-invalid',
  'not-feature-collection',
  'no-features',
  'file-empty',
  'file-too-large',
  'encoding-utf16',
  'encoding-not-utf8',
  'internal',
]);

const ACCEPT =
  '.geojson,.json,.sos,.sosi,.gml,.xml,.txt,.csv,application/geo+json,application/json,application/gml+xml,text/csv,text/plain';

function statusText(s: LoadState, t: Translate): string {
  if (s.phase === 'reading') return t('loadReading', { file: s.readingName ?? '' });
  if (s.phase === 'previewing') return t('loadPreviewing');
  if (s.phase === 'applying') return t('loadApplying');
  // An error is announced by its own alert.
  if (s.problem || (s.reply && !s.reply.preview.ok)) return '';
  if (s.reply) {
    const p = s.reply.preview;
    const counts = { total: p.featureCount, kept: p.keptCount, skipped: p.featureCount - p.keptCount };
    return t(p.mapping?.mode === 'gtfs' ? 'loadCountsGtfs' : 'loadCounts', counts);
  }
  return '';
}

/** Opens as a modal <dialog> where the browser has one (focus stays inside, Esc closes); as a plain open element
 * elsewhere (jsdom). */
export function useModal(ref: RefObject<HTMLDialogElement | null>, open: boolean, onClosed: () => void): void {
  const wasOpen = useRef(false);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !wasOpen.current) {
      if (typeof dialog.showModal === 'function') {
        if (!dialog.open) dialog.showModal();
      } else dialog.setAttribute('open', '');
      (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog).focus();
    } else if (!open && wasOpen.current) {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      onClosed();
    }
    wasOpen.current = open;
  }, [ref, open, onClosed]);
}

/** The event handlers of a modal <dialog> whose open state lives in a store. */
export interface ModalDialogHandlers {
  onCancel: (e: SyntheticEvent) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onClose: () => void;
}

/**
 * The shell the app's modal dialogs share: opened and closed by `open` (useModal), Esc and the browser's own cancel
 * ask the store to `close` (the browser would otherwise close the element behind the store's back), and a close by
 * the browser itself (e.g. a repeated Esc it no longer lets the page cancel) is passed on while `isOpen()` still says
 * open.
 */
export function useModalDialog(
  ref: RefObject<HTMLDialogElement | null>,
  open: boolean,
  onClosed: () => void,
  close: () => void,
  isOpen: () => boolean,
): ModalDialogHandlers {
  useModal(ref, open, onClosed);
  return {
    onCancel: (e) => {
      e.preventDefault();
      close();
    },
    onKeyDown: (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      close();
    },
    onClose: () => {
      if (isOpen()) close();
    },
  };
}

const loadDialogOpen = (): boolean => useLoadStore.getState().open;

export interface LoadDialogProps {
  lang: Lang;
  /** Files are being dragged over the page. */
  dragging: boolean;
  /** Called after the dialog closed, to put focus back where it came from. */
  onClosed: () => void;
}

export function LoadDialog({ lang, dragging, onClosed }: LoadDialogProps) {
  const s = useLoadStore();
  const t = translator(lang);
  const ref = useRef<HTMLDialogElement>(null);
  const shell = useModalDialog(ref, s.open, onClosed, loadActions.closeDialog, loadDialogOpen);

  const busy = s.phase === 'reading' || s.phase === 'applying';
  const working = busy || s.phase === 'previewing';
  const reply = s.reply;
  const preview = reply?.preview ?? null;
  const gtfs = s.data?.type === 'gtfs';
  const canConfirm = s.phase === 'ready' && !s.problem && preview !== null && preview.ok;
  const choices = reply !== null && !s.problem && !(preview?.error && UNREADABLE.has(preview.error.code));

  return (
    <dialog
      ref={ref}
      className="load-dialog"
      aria-labelledby="load-title"
      aria-describedby="load-intro"
      data-testid="load-dialog"
      {...shell}
    >
      <h2 id="load-title">{t('loadDialogTitle')}</h2>
      <p id="load-intro" className="small">
        {t('loadIntro')}
      </p>
      <div className={`load-drop${dragging ? ' load-drop--active' : ''}`}>
        <label htmlFor="load-file-input">{t('loadChooseFiles')}</label>
        <input
          id="load-file-input"
          type="file"
          multiple
          accept={ACCEPT}
          data-testid="file-input"
          data-autofocus=""
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const files = Array.from(input.files ?? []);
            void loadActions.chooseFiles(files).finally(() => {
              // Cleared so choosing the same file again (after fixing it) is seen as a change.
              input.value = '';
            });
          }}
        />
        <p className="small muted">{dragging ? t('loadDropActive') : t('loadDropHint')}</p>
      </div>

      {/* Visible while work is under way; once the preview is shown it speaks only to screen readers. */}
      <p role="status" className={s.phase === 'ready' ? 'sr-only' : 'load-status'} data-testid="load-status">
        {statusText(s, t)}
      </p>
      {working ? (
        // Indeterminate (moving) while there is no measure; the share of a SOSI/GML file read, then of sites analysed.
        <progress
          className="load-progress"
          max={1}
          value={s.progress ?? undefined}
          aria-label={statusText(s, t)}
          data-testid="load-progress"
        />
      ) : null}

      {choices && !gtfs ? (
        <KindChoice
          t={t}
          kind={reply.kind}
          guess={reply.guess}
          gtfs={false}
          onChange={(k) => void loadActions.setKind(k)}
          disabled={busy}
        />
      ) : null}

      {s.problem ? <LoadErrorBox lang={lang} t={t} error={s.problem} file={s.problem.file} gtfs={gtfs} /> : null}
      {!s.problem && preview && preview.error ? (
        <LoadErrorBox lang={lang} t={t} error={preview.error} file={preview.file} gtfs={gtfs} />
      ) : null}
      {!s.problem && reply && preview?.ok ? (
        <PreviewSummary
          lang={lang}
          t={t}
          kind={reply.kind}
          preview={preview}
          fileLabel={s.data?.type === 'gtfs' ? `${s.data.name} (${s.data.tableNames.join(', ')})` : undefined}
        />
      ) : null}

      {choices && preview && !gtfs ? (
        <RepairChoice
          t={t}
          preview={preview}
          repair={s.repair}
          onChange={(r) => void loadActions.setRepair(r)}
          disabled={busy}
        />
      ) : null}
      {choices && preview && !gtfs ? (
        <CrsChoice
          lang={lang}
          t={t}
          preview={preview}
          chosen={s.crs}
          onChange={(c) => void loadActions.setCrs(c)}
          disabled={busy}
        />
      ) : null}
      {choices && gtfs ? (
        <HubRuleFields t={t} rule={s.hubRule} onChange={(r) => void loadActions.setHubRule(r)} disabled={busy} />
      ) : null}
      {choices && preview && !gtfs && reply.propertyNames.length > 0 ? (
        <FieldMapping
          t={t}
          kind={reply.kind}
          propertyNames={reply.propertyNames}
          overrides={s.fields}
          preview={preview}
          onChange={(role, property) => void loadActions.setField(role, property)}
          disabled={busy}
        />
      ) : null}
      {!s.problem && preview?.ok ? (
        <>
          <SkippedList lang={lang} t={t} preview={preview} gtfs={gtfs} />
          <WarningList lang={lang} t={t} preview={preview} gtfs={gtfs} />
        </>
      ) : null}

      <div className="load-dialog__actions">
        <button
          type="button"
          data-testid="load-confirm"
          disabled={!canConfirm}
          onClick={() => void loadActions.confirm()}
        >
          {t('loadConfirm')}
        </button>
        <button type="button" className="secondary" onClick={loadActions.closeDialog}>
          {t('loadCancel')}
        </button>
        <span className="small muted">{t('loadConfirmHint')}</span>
      </div>
    </dialog>
  );
}
