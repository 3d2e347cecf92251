// The land accounts' file dialog: before, after and (optionally) farmland, each a bundled file or the user's own,
// each previewed with the load dialog's own parts (counts, how it was read, coordinate system, repair, field mapping,
// what is left out, notes) before anything is computed. Nothing changes until "Beregn regnskap"; closing drops the
// choice.
import { useRef } from 'react';
import { translator, type Lang, type Translate } from '../../i18n';
import type { AccountsSlot } from '../../state/accountsJob';
import {
  accountsActions,
  BUNDLED_FILES,
  BUNDLED_IDS,
  draftUsable,
  SLOTS,
  useAccountsStore,
  type BundledId,
  type SlotDraft,
} from '../../state/accountsStore';
import { PLAN_VERSION_ROLES } from '../../data/planAreaReader';
import type { Region } from '../../domain/types';
import { formatWhole } from '../format';
import { CrsChoice } from '../load/CrsChoice';
import { FieldMapping } from '../load/FieldMapping';
import { useModalDialog } from '../load/LoadDialog';
import { LoadErrorBox } from '../load/LoadErrorBox';
import { PreviewSummary } from '../load/PreviewSummary';
import { RepairChoice } from '../load/RepairChoice';
import { SkippedList } from '../load/SkippedList';
import { WarningList } from '../load/WarningList';
import { SLOT_KEY } from './slotLabels';

const ACCEPT = '.geojson,.json,.sos,.sosi,.gml,.xml,application/geo+json,application/json,application/gml+xml';
const OWN = 'own';
const NONE = 'none';

/** One line per slot in the list: what is chosen and how its preview went. */
function slotStatus(d: SlotDraft, slot: AccountsSlot, lang: Lang, t: Translate): string {
  if (d.phase === 'reading') return t('loadReading', { file: d.readingName ?? '' });
  if (d.phase === 'previewing') return t('loadPreviewing');
  if (d.problem || (d.reply && !d.reply.preview.ok)) return t('accDraftBad');
  if (d.choice === null) return t('accDraftNone');
  if (!d.reply) return '';
  const vars = {
    features: formatWhole(d.reply.preview.featureCount, lang),
    business: formatWhole(d.reply.business, lang),
    other: formatWhole(d.reply.other, lang),
  };
  return t(slot === 'farmland' ? 'accDraftFarm' : 'accDraftPlan', vars);
}

function choiceName(d: SlotDraft, t: Translate): string {
  if (d.choice === null) return d.readingName ?? (d.problem ? d.problem.file : t('accSlotNone'));
  return d.choice.type === 'bundled'
    ? t('accSlotExample', { file: BUNDLED_FILES[d.choice.id].name })
    : d.choice.file.name;
}

function ActiveSlot({
  lang,
  t,
  slot,
  draft,
  busy,
}: {
  lang: Lang;
  t: Translate;
  slot: AccountsSlot;
  draft: SlotDraft;
  busy: boolean;
}) {
  const reply = draft.reply;
  const preview = reply?.preview ?? null;
  const own = draft.choice?.type === 'own';
  const source = draft.choice === null ? NONE : draft.choice.type === 'bundled' ? draft.choice.id : OWN;
  const working = draft.phase === 'reading' || draft.phase === 'previewing';
  const label = t(SLOT_KEY[slot]);
  return (
    <section
      className="load-section acc-dialog__active"
      aria-labelledby="acc-active-title"
      data-testid="acc-active"
      data-acc-slot={slot}
    >
      <h3 id="acc-active-title">{label}</h3>
      <div className="field">
        <label htmlFor="acc-source">{t('accSource')}</label>
        <select
          id="acc-source"
          data-testid="acc-source"
          value={source}
          disabled={busy}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v === NONE) void accountsActions.chooseBundled(slot, null);
            else if (v !== OWN) void accountsActions.chooseBundled(slot, v as BundledId);
          }}
        >
          {slot === 'farmland' ? <option value={NONE}>{t('accSlotNone')}</option> : null}
          {slot !== 'farmland'
            ? BUNDLED_IDS.map((id) => (
                <option key={id} value={id}>
                  {t('accSlotExample', { file: BUNDLED_FILES[id].name })}
                </option>
              ))
            : null}
          {own ? (
            <option value={OWN}>
              {t('accSourceOwn', { file: draft.choice?.type === 'own' ? draft.choice.file.name : '' })}
            </option>
          ) : null}
        </select>
      </div>
      <div className="load-drop">
        <label htmlFor="acc-file-input">{t('accChoose', { slot: label })}</label>
        <input
          id="acc-file-input"
          type="file"
          accept={ACCEPT}
          data-testid="acc-file-input"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            void accountsActions.chooseFile(slot, file).finally(() => {
              // Cleared so choosing the same file again (after fixing it) is seen as a change.
              input.value = '';
            });
          }}
        />
        <p className="small muted">{t(slot === 'farmland' ? 'accFarmHint' : 'accPlanHint')}</p>
      </div>
      <p role="status" className={working ? 'load-status' : 'sr-only'} data-testid="acc-draft-status">
        {working ? slotStatus(draft, slot, lang, t) : ''}
      </p>
      {working ? <progress className="load-progress" max={1} aria-label={slotStatus(draft, slot, lang, t)} /> : null}
      {draft.problem ? (
        <LoadErrorBox lang={lang} t={t} error={draft.problem} file={draft.problem.file} gtfs={false} />
      ) : null}
      {!draft.problem && preview?.error ? (
        <LoadErrorBox lang={lang} t={t} error={preview.error} file={preview.file} gtfs={false} />
      ) : null}
      {!draft.problem && reply && preview?.ok ? (
        <>
          {/* Farmland is not one of the dialog's kinds: its reading rule is said below instead of the mode line. */}
          <PreviewSummary
            lang={lang}
            t={t}
            kind="sites"
            preview={slot === 'farmland' ? { ...preview, mapping: null } : preview}
          />
          <p data-testid="acc-draft-split">
            {t(slot === 'farmland' ? 'accSplitFarm' : 'accSplitPlan', {
              business: formatWhole(reply.business, lang),
              other: formatWhole(reply.other, lang),
            })}
          </p>
        </>
      ) : null}
      {!draft.problem && preview && own ? (
        <RepairChoice
          t={t}
          preview={preview}
          repair={draft.repair}
          onChange={(r) => void accountsActions.setRepair(slot, r)}
          disabled={busy}
        />
      ) : null}
      {!draft.problem && preview && !(preview.error && !own) ? (
        // Bundled files are read as shipped: their coordinate system is shown, not offered.
        <CrsChoice
          lang={lang}
          t={t}
          preview={preview}
          chosen={own ? draft.crs : null}
          onChange={(c) => void accountsActions.setCrs(slot, c)}
          disabled={busy || !own}
        />
      ) : null}
      {!draft.problem && preview && own && slot !== 'farmland' && reply && reply.propertyNames.length > 0 ? (
        <FieldMapping
          t={t}
          kind="sites"
          roles={PLAN_VERSION_ROLES}
          propertyNames={reply.propertyNames}
          overrides={draft.fields}
          preview={preview}
          onChange={(role, property) => void accountsActions.setField(slot, role, property)}
          disabled={busy}
        />
      ) : null}
      {!draft.problem && preview?.ok ? (
        <>
          <SkippedList lang={lang} t={t} preview={preview} gtfs={false} />
          <WarningList lang={lang} t={t} preview={preview} gtfs={false} />
        </>
      ) : null}
    </section>
  );
}

const dialogOpen = (): boolean => useAccountsStore.getState().dialog.open;

export interface AccountsLoadDialogProps {
  lang: Lang;
  regions: Region[];
  /** Called after the dialog closed, to put focus back where it came from. */
  onClosed: () => void;
}

export function AccountsLoadDialog({ lang, regions, onClosed }: AccountsLoadDialogProps) {
  const dialog = useAccountsStore((s) => s.dialog);
  const t = translator(lang);
  const ref = useRef<HTMLDialogElement>(null);
  const shell = useModalDialog(ref, dialog.open, onClosed, accountsActions.closeDialog, dialogOpen);
  const busy = SLOTS.some((slot) => dialog.drafts[slot].phase === 'reading');
  const ready = SLOTS.every((slot) => draftUsable(dialog.drafts[slot], slot));

  return (
    <dialog
      ref={ref}
      className="load-dialog acc-dialog"
      aria-labelledby="acc-dialog-title"
      aria-describedby="acc-dialog-intro"
      data-testid="acc-dialog"
      {...shell}
    >
      <h2 id="acc-dialog-title">{t('accFilesTitle')}</h2>
      <p id="acc-dialog-intro" className="small">
        {t('accDialogIntro')}
      </p>
      {dialog.open ? (
        <>
          <ul className="acc-dialog__slots" aria-label={t('accFilesTitle')}>
            {SLOTS.map((slot) => {
              const d = dialog.drafts[slot];
              const bad = d.problem !== null || (d.reply !== null && !d.reply.preview.ok);
              return (
                <li
                  key={slot}
                  className={slot === dialog.active ? 'acc-dialog__slot acc-dialog__slot--active' : 'acc-dialog__slot'}
                  data-acc-slot={slot}
                >
                  <button
                    type="button"
                    className="secondary"
                    aria-pressed={slot === dialog.active}
                    data-testid={`acc-show-${slot}`}
                    data-autofocus={slot === 'before' ? '' : undefined}
                    onClick={() => accountsActions.setActive(slot)}
                  >
                    {t(SLOT_KEY[slot])}
                  </button>
                  <span className="acc-slot__file" data-testid={`acc-draft-${slot}`}>
                    {choiceName(d, t)}
                  </span>
                  <span className={bad ? 'acc-error small' : 'small muted'} data-testid={`acc-draft-summary-${slot}`}>
                    {slotStatus(d, slot, lang, t)}
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="small muted">{t('accDropHint')}</p>
          {dialog.unused.length > 0 ? (
            <p className="acc-note" role="note" data-testid="acc-drop-unused">
              {t('accDropUnused', { files: dialog.unused.join(', ') })}
            </p>
          ) : null}
          <ActiveSlot lang={lang} t={t} slot={dialog.active} draft={dialog.drafts[dialog.active]} busy={busy} />
        </>
      ) : null}
      <div className="load-dialog__actions">
        <button
          type="button"
          data-testid="acc-confirm"
          disabled={!ready}
          onClick={() => void accountsActions.confirm(regions)}
        >
          {t('accRun')}
        </button>
        <button type="button" className="secondary" onClick={accountsActions.closeDialog}>
          {t('loadCancel')}
        </button>
        <span className="small muted">{t('accStagedNote')}</span>
      </div>
    </dialog>
  );
}
