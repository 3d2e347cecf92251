// State of the land-accounts page: the chosen files (staged until the user asks for the accounts), the running job
// with its progress, and the last good result, which a failed file never replaces.
import { create } from 'zustand';
import beforeText from '../../geodata/sites_before_illustrative.geojson?raw';
import afterText from '../../geodata/sites.geojson?raw';
import type { Region } from '../domain/types';
import type { AccountsFile, AccountsReply, AccountsSlot } from './accountsJob';
import { runAccounts } from './accountsRunner';

export type AccountsDone = Extract<AccountsReply, { type: 'done' }>;
export type AccountsFailure = Extract<AccountsReply, { type: 'failed' }>;

/** The bundled comparison shown on first open: an illustrative earlier version against the illustrative sites. */
export const EXAMPLE_FILES: { before: AccountsFile; after: AccountsFile } = {
  before: { name: 'geodata/sites_before_illustrative.geojson', text: beforeText },
  after: { name: 'geodata/sites.geojson', text: afterText },
};

export interface AccountsState {
  /** Files staged for the next run; null means the bundled example (before/after) or none (farmland). */
  staged: Record<AccountsSlot, AccountsFile | null>;
  /** The files of the shown result. */
  shown: { before: string; after: string; farmland: string | null; example: boolean } | null;
  running: boolean;
  progress: { done: number; total: number } | null;
  result: AccountsDone | null;
  failure: AccountsFailure | null;
}

export const useAccountsStore = create<AccountsState>(() => ({
  staged: { before: null, after: null, farmland: null },
  shown: null,
  running: false,
  progress: null,
  result: null,
  failure: null,
}));

let runSeq = 0;

export const accountsActions = {
  stage(slot: AccountsSlot, file: AccountsFile | null): void {
    useAccountsStore.setState((s) => ({ staged: { ...s.staged, [slot]: file }, failure: null }));
  },
  /** Runs the staged files (the example where none is staged) against `regions`. */
  async run(regions: Region[]): Promise<void> {
    const { staged } = useAccountsStore.getState();
    const before = staged.before ?? EXAMPLE_FILES.before;
    const after = staged.after ?? EXAMPLE_FILES.after;
    const seq = ++runSeq;
    useAccountsStore.setState({ running: true, progress: null, failure: null });
    const reply = await runAccounts({ before, after, farmland: staged.farmland, regions }, (done, total) => {
      if (seq === runSeq) useAccountsStore.setState({ progress: { done, total } });
    });
    if (seq !== runSeq) return;
    if (reply.type === 'failed') {
      useAccountsStore.setState({ running: false, progress: null, failure: reply });
      return;
    }
    useAccountsStore.setState({
      running: false,
      progress: null,
      result: reply,
      shown: { before: before.name, after: after.name, farmland: staged.farmland?.name ?? null, example: staged.before === null && staged.after === null },
    });
  },
  /** Back to the bundled example comparison. */
  async restoreExample(regions: Region[]): Promise<void> {
    useAccountsStore.setState({ staged: { before: null, after: null, farmland: null } });
    await accountsActions.run(regions);
  },
};
