// State of the land-accounts page: the comparison shown (which files, and the last good result, which a failed
// file never replaces), the running job with its progress, and the file dialog's drafts: every file chosen there
// is previewed on its own, and nothing is computed until the user confirms the whole choice.
import { create } from 'zustand';
import beforeText from '../../geodata/sites_before_illustrative.geojson?raw';
import afterText from '../../geodata/sites.geojson?raw';
import type { FieldOverrides, FieldRole } from '../data/fieldNames';
import type { EpsgCode, Region } from '../domain/types';
import type { AccountsFile, AccountsPreviewReply, AccountsReply, AccountsSlot } from './accountsJob';
import { cancelAccountsPreviews, previewAccounts, runAccounts } from './accountsRunner';
import { readSelection, type FileLike, type LoadProblem } from './loadFiles';

export type AccountsDone = Extract<AccountsReply, { type: 'done' }>;
export type AccountsFailure = Extract<AccountsReply, { type: 'failed' }>;

export const SLOTS: readonly AccountsSlot[] = ['before', 'after', 'farmland'];

/** The bundled plan versions a comparison can name (and a link can carry), by their short id. */
export const BUNDLED_FILES = {
  'sites-before': { name: 'geodata/sites_before_illustrative.geojson', text: beforeText },
  sites: { name: 'geodata/sites.geojson', text: afterText },
} as const satisfies Record<string, AccountsFile>;
export type BundledId = keyof typeof BUNDLED_FILES;
export const BUNDLED_IDS = Object.keys(BUNDLED_FILES) as BundledId[];

/** What fills one slot: a bundled file, or the user's own (which only this tab holds; it cannot be in a link). */
export type SlotChoice = { type: 'bundled'; id: BundledId } | { type: 'own'; file: AccountsFile };

export interface AccountsSelection {
  before: SlotChoice;
  after: SlotChoice;
  /** null: no farmland layer. */
  farmland: SlotChoice | null;
}

/** The bundled comparison shown on first open: an illustrative earlier version against the illustrative sites. */
export const EXAMPLE_SELECTION: AccountsSelection = {
  before: { type: 'bundled', id: 'sites-before' },
  after: { type: 'bundled', id: 'sites' },
  farmland: null,
};

export const isExample = (s: AccountsSelection): boolean => sameSelection(s, EXAMPLE_SELECTION);

export function fileOf(choice: SlotChoice): AccountsFile {
  return choice.type === 'bundled' ? BUNDLED_FILES[choice.id] : choice.file;
}

export function sameChoice(a: SlotChoice | null, b: SlotChoice | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.type === 'bundled' || b.type === 'bundled')
    return a.type === b.type && a.type === 'bundled' && b.type === 'bundled' && a.id === b.id;
  return a.file === b.file;
}

export function sameSelection(a: AccountsSelection, b: AccountsSelection): boolean {
  return SLOTS.every((slot) => sameChoice(a[slot], b[slot]));
}

/** One slot of the file dialog: what is chosen there and how its preview went. */
export interface SlotDraft {
  choice: SlotChoice | null;
  /** The user's coordinate system for an own file; null: the file's own, or guessed. */
  crs: EpsgCode | null;
  /** "Reparer geometri" pressed for an own file. */
  repair: boolean;
  /** Fields mapped by hand for an own plan version (null: ignore that field); the rest are detected. */
  fields: FieldOverrides;
  phase: 'idle' | 'reading' | 'previewing' | 'ready';
  /** The file being read, for the status line. */
  readingName: string | null;
  reply: AccountsPreviewReply | null;
  /** The file could not be read at all (too large, unreadable), before any preview. */
  problem: LoadProblem | null;
  /** Bumped by every request, so a late preview of an earlier choice is dropped. */
  seq: number;
}

export interface AccountsDialog {
  open: boolean;
  /** The slot whose preview is shown in full. */
  active: AccountsSlot;
  drafts: Record<AccountsSlot, SlotDraft>;
  /** Names of the files last dropped that found no slot (more files than slots). */
  unused: string[];
}

export interface AccountsState {
  /** The comparison of the shown result (or, while the first run is under way, the one being computed). */
  shown: AccountsSelection | null;
  running: boolean;
  progress: { done: number; total: number } | null;
  result: AccountsDone | null;
  /** The regions the shown result was computed with (new regions loaded in the app call for a new run). */
  resultRegions: Region[] | null;
  failure: AccountsFailure | null;
  dialog: AccountsDialog;
  /**
   * Slots a link named an own file for, which a link cannot carry: the bundled default was used instead, and the
   * page says so, naming the file.
   */
  linkFallback: { slot: AccountsSlot; file: string }[];
}

const emptyDraft = (choice: SlotChoice | null): SlotDraft => ({
  choice,
  crs: choice?.type === 'own' ? (choice.file.crs ?? null) : null,
  repair: choice?.type === 'own' ? choice.file.repair === true : false,
  fields: choice?.type === 'own' ? (choice.file.fields ?? {}) : {},
  phase: 'idle',
  readingName: null,
  reply: null,
  problem: null,
  seq: 0,
});

const closedDialog = (): AccountsDialog => ({
  open: false,
  active: 'before',
  drafts: { before: emptyDraft(null), after: emptyDraft(null), farmland: emptyDraft(null) },
  unused: [],
});

export const initialAccountsState = (): AccountsState => ({
  shown: null,
  running: false,
  progress: null,
  result: null,
  resultRegions: null,
  failure: null,
  dialog: closedDialog(),
  linkFallback: [],
});

export const useAccountsStore = create<AccountsState>(() => initialAccountsState());

const get = useAccountsStore.getState;
const set = useAccountsStore.setState;

function setDraft(slot: AccountsSlot, patch: Partial<SlotDraft>): void {
  set((s) => ({
    dialog: { ...s.dialog, drafts: { ...s.dialog.drafts, [slot]: { ...s.dialog.drafts[slot], ...patch } } },
  }));
}

/** The file a draft stands for, with its preview choices (own files only; bundled files are read as shipped). */
function draftFile(d: SlotDraft): AccountsFile | null {
  if (!d.choice) return null;
  if (d.choice.type === 'bundled') return BUNDLED_FILES[d.choice.id];
  return { name: d.choice.file.name, text: d.choice.file.text, crs: d.crs, repair: d.repair, fields: d.fields };
}

async function previewSlot(slot: AccountsSlot): Promise<void> {
  const d = get().dialog.drafts[slot];
  const file = draftFile(d);
  const seq = d.seq + 1;
  if (!file) {
    setDraft(slot, { phase: 'idle', reply: null, problem: null, seq });
    return;
  }
  setDraft(slot, { phase: 'previewing', problem: null, seq });
  const reply = await previewAccounts({ type: 'preview', slot, file });
  const now = get().dialog;
  if (!now.open || now.drafts[slot].seq !== seq) return;
  setDraft(slot, { phase: 'ready', reply });
}

/** A draft is ready to use when nothing is being read and its file (if any) can be read. */
export function draftUsable(d: SlotDraft, slot: AccountsSlot): boolean {
  if (d.choice === null) return slot === 'farmland';
  return d.phase === 'ready' && d.problem === null && d.reply !== null && d.reply.preview.ok;
}

let runSeq = 0;

export const accountsActions = {
  /** Computes the accounts of `selection` against `regions`; a later call wins over an earlier one still running. */
  async run(regions: Region[], selection: AccountsSelection = get().shown ?? EXAMPLE_SELECTION): Promise<void> {
    const seq = ++runSeq;
    set((s) => ({ running: true, progress: null, failure: null, shown: s.result ? s.shown : selection }));
    const farmland = selection.farmland ? fileOf(selection.farmland) : null;
    const reply = await runAccounts(
      { before: fileOf(selection.before), after: fileOf(selection.after), farmland, regions },
      (done, total) => {
        if (seq === runSeq) set({ progress: { done, total } });
      },
    );
    if (seq !== runSeq) return;
    if (reply.type === 'failed') {
      set({ running: false, progress: null, failure: reply });
      return;
    }
    set({ running: false, progress: null, result: reply, resultRegions: regions, shown: selection });
  },

  /** Back to the bundled example comparison. */
  restoreExample(regions: Region[]): Promise<void> {
    set({ linkFallback: [] });
    return accountsActions.run(regions, EXAMPLE_SELECTION);
  },

  /** Says which own files a link named but could not bring (shown until the next comparison is chosen). */
  setLinkFallback(linkFallback: AccountsState['linkFallback']): void {
    set({ linkFallback });
  },

  /** Opens the file dialog on the shown comparison, each file previewed again. */
  openDialog(): void {
    const shown = get().shown ?? EXAMPLE_SELECTION;
    set({
      dialog: {
        open: true,
        active: 'before',
        drafts: {
          before: emptyDraft(shown.before),
          after: emptyDraft(shown.after),
          farmland: emptyDraft(shown.farmland),
        },
        unused: [],
      },
    });
    for (const slot of SLOTS) void previewSlot(slot);
  },

  /** Closing drops every draft: nothing was confirmed, so nothing changes. */
  closeDialog(): void {
    cancelAccountsPreviews();
    set({ dialog: closedDialog() });
  },

  setActive(active: AccountsSlot): void {
    set((s) => ({ dialog: { ...s.dialog, active } }));
  },

  /** A bundled file, or none (farmland only), for a slot. */
  chooseBundled(slot: AccountsSlot, id: BundledId | null): Promise<void> {
    setDraft(slot, { ...emptyDraft(id === null ? null : { type: 'bundled', id }), seq: get().dialog.drafts[slot].seq });
    return previewSlot(slot);
  },

  /** The user's own file for a slot: read, then previewed. */
  async chooseFile(slot: AccountsSlot, file: FileLike): Promise<void> {
    const seq = get().dialog.drafts[slot].seq + 1;
    setDraft(slot, { ...emptyDraft(null), phase: 'reading', readingName: file.name, seq });
    const data = await readSelection({ type: 'geojson', file });
    if (!get().dialog.open || get().dialog.drafts[slot].seq !== seq) return;
    if (!('type' in data) || data.type !== 'geojson') {
      const problem: LoadProblem = 'type' in data ? { code: 'file-unreadable', file: file.name } : data;
      setDraft(slot, { phase: 'ready', readingName: null, problem });
      return;
    }
    setDraft(slot, { choice: { type: 'own', file: { name: data.name, text: data.text } }, readingName: null });
    await previewSlot(slot);
  },

  /**
   * Files dropped on the page: the dialog opens (on the shown comparison) unless it is open, and each file is read
   * into a slot — the one it was dropped on first, then the slots (before, after, farmland) that hold no own file yet,
   * else the slot shown. Only previews run; nothing is computed until the user confirms. Files past the last slot are
   * named in the dialog (`unused`), not read.
   */
  async dropFiles(files: readonly FileLike[], onto: AccountsSlot | null = null): Promise<void> {
    if (files.length === 0) return;
    if (!get().dialog.open) accountsActions.openDialog();
    const { drafts, active } = get().dialog;
    const free = SLOTS.filter(
      (slot) => slot !== onto && drafts[slot].choice?.type !== 'own' && drafts[slot].phase !== 'reading',
    );
    const order = onto ? [onto, ...free] : free.length > 0 ? free : [active];
    const placed = files.slice(0, order.length);
    const unused = files.slice(order.length).map((f) => f.name);
    set((s) => ({ dialog: { ...s.dialog, active: order[0] as AccountsSlot, unused } }));
    await Promise.all(placed.map((file, i) => accountsActions.chooseFile(order[i] as AccountsSlot, file)));
  },

  setCrs(slot: AccountsSlot, crs: EpsgCode | null): Promise<void> {
    setDraft(slot, { crs });
    return previewSlot(slot);
  },

  setRepair(slot: AccountsSlot, repair: boolean): Promise<void> {
    setDraft(slot, { repair });
    return previewSlot(slot);
  },

  /** A property name, null to ignore the field, or undefined to go back to the detected one. */
  setField(slot: AccountsSlot, role: FieldRole, property: string | null | undefined): Promise<void> {
    const fields = { ...get().dialog.drafts[slot].fields };
    if (property === undefined) delete fields[role];
    else fields[role] = property;
    setDraft(slot, { fields });
    return previewSlot(slot);
  },

  /**
   * Computes the accounts of the dialog's choice and closes it; does nothing unless every chosen file's preview is
   * usable. Resolves to the selection computed (for the address bar), or null.
   */
  async confirm(regions: Region[]): Promise<AccountsSelection | null> {
    const { dialog } = get();
    if (!dialog.open || !SLOTS.every((slot) => draftUsable(dialog.drafts[slot], slot))) return null;
    const shown = get().shown;
    const choiceOf = (slot: AccountsSlot): SlotChoice | null => {
      const d = dialog.drafts[slot];
      if (!d.choice || d.choice.type === 'bundled') return d.choice;
      const file = draftFile(d) as AccountsFile;
      // The same own file with the same choices stays the same choice (so the address bar does not change).
      const was = shown?.[slot];
      if (
        was?.type === 'own' &&
        was.file.text === file.text &&
        was.file.name === file.name &&
        (was.file.crs ?? null) === (file.crs ?? null) &&
        (was.file.repair === true) === (file.repair === true) &&
        JSON.stringify(was.file.fields ?? {}) === JSON.stringify(file.fields ?? {})
      )
        return was;
      return { type: 'own', file };
    };
    const selection: AccountsSelection = {
      before: choiceOf('before') as SlotChoice,
      after: choiceOf('after') as SlotChoice,
      farmland: choiceOf('farmland'),
    };
    accountsActions.closeDialog();
    const now = get();
    // The comparison shown, confirmed again: nothing to compute.
    if (shown && sameSelection(selection, shown) && now.result && !now.running && now.resultRegions === regions)
      return shown;
    set({ linkFallback: [] });
    await accountsActions.run(regions, selection);
    return selection;
  },

  /** Back to the first state (tests). */
  reset(): void {
    cancelAccountsPreviews();
    runSeq++;
    set(initialAccountsState());
  },
};
