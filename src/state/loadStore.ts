// The "Last inn data" dialog's own store: chosen files, the user's choices, the preview; applying it is the only way it
// touches the app's data.
import { create } from 'zustand';
import type { FieldOverrides, FieldRole } from '../data/fieldNames';
import type { HubRule } from '../data/gtfsHubs';
import type { Dataset } from '../domain/dataset';
import type { Assumptions, EpsgCode } from '../domain/types';
import { actions } from './actions';
import type { ChosenData, FileLike, LoadProblem } from './loadFiles';
import type { LoadKind } from './loadInspect';
import type { BaseLayers, JobReply, JobRequest, PreviewReply, PreviewRequest } from './loadJob';
import type { KommuneProfile } from '../domain/kommuneProfile';
import { DEFAULT_PROFILE, useProfileStore } from './profileStore';
import { useAppStore } from './store';
import { clearUserData } from './userDataPersist';

// The job runner and the file reading are fetched on first use, not with the first page load.
const runner = () => import('./loadRunner');

/** What the worker holds for the dialog is let go once the dialog is done with it (no worker: nothing to let go). */
function releaseHeld(): void {
  void runner()
    .then((m) => m.releaseHeld())
    .catch(() => undefined);
}

/** The current data an apply job replaces one layer of (the results are recomputed, so they are not sent). */
function baseLayers({ sites, hubs, regions, assumptions, warnings, userFiles }: Dataset): BaseLayers {
  return { sites, hubs, regions, assumptions, warnings, userFiles };
}

/** The same without the sites: what a sites file's apply job takes of the current data. */
function aheadBase({ sites: _sites, ...rest }: BaseLayers): Omit<BaseLayers, 'sites'> {
  return rest;
}

/** runLoadJob, fetched first; a runner that cannot be fetched is a failed job, never a rejection (as runLoadJob). */
async function runLoadJob(request: JobRequest, onProgress?: (share: number) => void): Promise<JobReply> {
  try {
    return await (await runner()).runLoadJob(request, onProgress);
  } catch (e) {
    return { type: 'failed', code: 'job-crashed', detail: e instanceof Error ? e.message : String(e) };
  }
}

export type LoadPhase = 'idle' | 'reading' | 'previewing' | 'ready' | 'applying';

/** What the page announces after the data changed (formatted by the UI in the current language). */
export type LoadAnnouncement =
  { type: 'applied'; kind: LoadKind; count: number; file: string; seq: number } | { type: 'restored'; seq: number };

export interface LoadState {
  open: boolean;
  phase: LoadPhase;
  /** The file being read (for the progress text). */
  readingName: string | null;
  /**
   * Share done (0–1): of a SOSI or GML file read while previewing (as its reader reports it), of the analysis while
   * applying; null when there is no measure (yet): reading the file, a GeoJSON preview.
   */
  progress: number | null;
  data: ChosenData | null;
  /** A problem before any preview: an unusable choice of files, or a file that could not be read. */
  problem: LoadProblem | null;
  /** The user's choice of kind; null: the guess. */
  kind: LoadKind | null;
  /** The user's coordinate system; null: the file's own, or guessed. */
  crs: EpsgCode | null;
  /** Fields the user mapped by hand (null: ignore that field); the rest are detected. */
  fields: FieldOverrides;
  hubRule: HubRule | null;
  /** The user pressed "Reparer geometri": invalid polygons are rebuilt instead of skipped. */
  repair: boolean;
  reply: PreviewReply | null;
  announcement: LoadAnnouncement | null;
  /** Bumped by every new request and by closing, so a late reply for an old request is dropped. */
  seq: number;
  /** What the browser's store did at start-up or on the last change: shown under the header. */
  storage: StorageNotice | null;
}

export type StorageNotice =
  /** The user's data from an earlier visit is shown again. */
  | { type: 'restored'; savedAt: string }
  /** The kept data could not be read; the example data is shown; a copy is kept under `backupKey` when possible. */
  | { type: 'damaged'; backupKey: string | null }
  /** The data is shown but could not be kept for the next visit. */
  | { type: 'notKept' };

const CLOSED: Omit<LoadState, 'announcement' | 'seq' | 'storage'> = {
  open: false,
  phase: 'idle',
  readingName: null,
  progress: null,
  data: null,
  problem: null,
  kind: null,
  crs: null,
  fields: {},
  hubRule: null,
  repair: false,
  reply: null,
};

/** From this many sites, closing the dialog and showing the applied data are separate tasks, in that order (see
 * confirm). */
const CLOSE_APART_FROM_SITES = 1000;

export const useLoadStore = create<LoadState>()(() => ({ ...CLOSED, announcement: null, seq: 0, storage: null }));

const get = useLoadStore.getState;
const set = useLoadStore.setState;

function bump(): number {
  const seq = get().seq + 1;
  set({ seq });
  return seq;
}

/** A job that did not give the reply asked for, as a problem by code (the words are in src/i18n/loadJob.*.ts). */
function jobProblem(reply: JobReply, code: 'preview-failed' | 'apply-failed', file: string): LoadProblem {
  if (reply.type === 'failed' && reply.code === 'preview-lost') return { code: 'preview-lost', file };
  const detail = reply.type === 'failed' ? reply.detail : undefined;
  return detail === undefined ? { code, file } : { code, file, params: { detail } };
}

/**
 * What the active kommune profile says about loading: where its data lies, and (another profile than the bundled
 * Asker) which kommunenummer becomes which region. Asker's rule is the loader's own default, as in the import CLI.
 */
function profileRule(): Pick<PreviewRequest, 'referenceLngLatBbox' | 'kommuneRegions' | 'regionNames'> {
  const { profile } = useProfileStore.getState();
  const common = { referenceLngLatBbox: profile.referenceLngLatBbox, regionNames: profileRegionNames(profile) };
  if (profile.id === DEFAULT_PROFILE.id) return common;
  return { ...common, kommuneRegions: { name: profile.name, regions: profile.regionsFromKommuner } };
}

/** The names of the profile's regions (as its kommune rule makes them), first-seen order. */
export function profileRegionNames(profile: KommuneProfile): string[] {
  return [...new Set(profile.regionsFromKommuner.values())];
}

/** Re-runs the preview with the current choices; a reply that arrives after a newer request is dropped. */
async function requestPreview(): Promise<void> {
  const { data, kind, crs, fields, hubRule, repair } = get();
  if (!data) return;
  const seq = bump();
  set({ phase: 'previewing', progress: null });
  const onProgress = (share: number) => {
    if (get().seq === seq) set({ progress: share });
  };
  // The data a sites file would be applied to (a sites file replaces the sites, so they are not sent), so the worker
  // can start applying a large one while the user reads.
  const current = useAppStore.getState().dataset;
  const ahead = current && aheadBase(baseLayers(current));
  const reply = await runLoadJob(
    { type: 'preview', data, kind, crs, fields, hubRule, repair, ...profileRule(), ...(ahead ? { ahead } : {}) },
    onProgress,
  );
  if (get().seq !== seq) return;
  if (reply.type === 'preview') set({ phase: 'ready', progress: null, reply, problem: null });
  else set({ phase: 'ready', progress: null, reply: null, problem: jobProblem(reply, 'preview-failed', data.name) });
}

/** Builds the bundled example data under given assumptions; handed in by the start-up wiring (src/app/bootstrap). */
export type ExampleDataLoader = (assumptions?: Assumptions) => Dataset;

let exampleData: ExampleDataLoader | null = null;

/** The start-up wiring says where the example data comes from, so the store does not import the bundled files. */
export function provideExampleData(loader: ExampleDataLoader): void {
  exampleData = loader;
}

export const loadActions = {
  /** Opening starts the load worker, so it is ready by the time a file is chosen. */
  openDialog: () => {
    set({ open: true });
    void runner()
      .then((m) => m.warmUp())
      .catch(() => undefined);
  },
  /** Closing drops the pending file and preview: nothing was applied, so nothing changes. */
  closeDialog: () => {
    set({ ...CLOSED, seq: get().seq + 1 });
    releaseHeld();
  },

  /** New files replace any earlier choice; opens the dialog (files may also be dropped on the page). */
  chooseFiles: async (files: readonly FileLike[]): Promise<void> => {
    if (files.length === 0) return;
    const seq = get().seq + 1;
    set({ ...CLOSED, open: true, phase: 'reading', readingName: files.map((f) => f.name).join(', '), seq });
    const { readSelection, selectFiles } = await import('./loadFiles');
    const selection = selectFiles(files);
    const data = selection.type === 'error' ? selection.problem : await readSelection(selection);
    if (get().seq !== seq) return;
    if (!('type' in data)) {
      set({ phase: 'ready', readingName: null, problem: data });
      return;
    }
    set({ data, readingName: null });
    await requestPreview();
  },

  /** Another kind reads other fields, so the hand-made mapping starts over. */
  setKind: (kind: LoadKind) => {
    set({ kind, fields: {} });
    return requestPreview();
  },
  setCrs: (crs: EpsgCode | null) => {
    set({ crs });
    return requestPreview();
  },
  /** A property name, null to ignore the field, or undefined to go back to the detected one. */
  setField: (role: FieldRole, property: string | null | undefined) => {
    const fields = { ...get().fields };
    if (property === undefined) delete fields[role];
    else fields[role] = property;
    set({ fields });
    return requestPreview();
  },
  setHubRule: (hubRule: HubRule) => {
    set({ hubRule });
    return requestPreview();
  },
  setRepair: (repair: boolean) => {
    set({ repair });
    return requestPreview();
  },

  /** Replaces one layer of the app's data with the previewed file; does nothing unless the preview is usable. */
  confirm: async (): Promise<boolean> => {
    const { reply, data } = get();
    const dataset = useAppStore.getState().dataset;
    if (!reply || !data || !reply.preview.ok || !reply.preview.value || !dataset) return false;
    const seq = bump();
    set({ phase: 'applying', progress: 0 });
    const onProgress = (share: number) => {
      if (get().seq === seq) set({ progress: share });
    };
    const result = await runLoadJob(
      {
        type: 'apply',
        base: baseLayers(dataset),
        kind: reply.kind,
        value: reply.preview.value,
        file: data.name,
        warnings: reply.preview.warnings,
      },
      onProgress,
    );
    if (get().seq !== seq) return false;
    if (result.type !== 'apply') {
      set({ phase: 'ready', progress: null, problem: jobProblem(result, 'apply-failed', data.name) });
      return false;
    }
    // Receiving the dataset was the last part's task; closing the dialog is the next, while the page still shows the
    // earlier data: the browser lays the page out again when a modal dialog leaves the top layer, and with the new
    // sites already drawn that took ~100 ms in one task (20 000 sites). Showing the new data is a task after that.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (get().seq !== seq) return false;
    const big = result.dataset.sites.length >= CLOSE_APART_FROM_SITES;
    const announcement: LoadAnnouncement = {
      type: 'applied',
      kind: reply.kind,
      count: reply.valueCount ?? reply.preview.value.length,
      file: data.name,
      seq,
    };
    if (big) {
      set({ ...CLOSED, seq: get().seq + 1, storage: null });
      await new Promise((resolve) => setTimeout(resolve, 0));
      actions.datasetLoaded(result.dataset, result.nameKeys);
      set({ announcement });
    } else {
      actions.datasetLoaded(result.dataset, result.nameKeys);
      set({ ...CLOSED, seq: get().seq + 1, storage: null, announcement });
    }
    releaseHeld();
    // Kept for the next visit (by the worker that made it, when it can); the app does not wait for it, and says so if
    // it could not be kept.
    void runner()
      .then((m) => m.persistDataset(result.dataset))
      .catch(() => false)
      .then((kept) => {
        if (!kept && useAppStore.getState().dataset === result.dataset) set({ storage: { type: 'notKept' } });
      });
    return true;
  },

  /** Back to the bundled example data (under the current assumptions); other stores are left alone. */
  restoreExample: () => {
    if (!exampleData) throw new Error('restoreExample: no example data was provided (see provideExampleData)');
    const dataset = useAppStore.getState().dataset;
    actions.datasetLoaded(exampleData(dataset?.assumptions));
    set({ announcement: { type: 'restored', seq: get().seq }, storage: null });
    void clearUserData();
  },

  /** Start-up: what the browser's store gave back (see app/bootstrap). */
  setStorageNotice: (storage: StorageNotice | null) => set({ storage }),

  /** Back to the first state (tests). */
  reset: () => set({ ...CLOSED, announcement: null, seq: 0, storage: null }),
};
