// The land-accounts comparison in the address bar: which bundled plan versions are compared
// (`?view=accounts&acc_before=sites&acc_after=sites-before`), so a link reopens the same comparison and back/forward
// step through the comparisons chosen. A user's own file cannot travel in a link: the link names it
// (`acc_after=own:plan2024.geojson`), this tab brings it back on back/forward, and a link opened anywhere else
// shows the bundled file in its place and says so.
import type { AccountsFile, AccountsSlot } from './accountsJob';
import {
  accountsActions,
  BUNDLED_IDS,
  EXAMPLE_SELECTION,
  sameSelection,
  SLOTS,
  useAccountsStore,
  type AccountsSelection,
  type BundledId,
  type SlotChoice,
} from './accountsStore';
import type { Region } from '../domain/types';

/** Our parameters; everything else in the query belongs to the app's own link (src/state/urlCodec.ts) or to tests. */
export const ACC_PARAM: Record<AccountsSlot, string> = {
  before: 'acc_before',
  after: 'acc_after',
  farmland: 'acc_farmland',
};
const OWN = 'own:';

/** What a link says about one slot: a bundled file, an own file by name, or (farmland) none. */
export type LinkChoice = { type: 'bundled'; id: BundledId } | { type: 'own'; name: string } | null;
export type AccountsLink = Record<AccountsSlot, LinkChoice>;

const isBundled = (v: string): v is BundledId => (BUNDLED_IDS as readonly string[]).includes(v);

function readChoice(value: string | null, slot: AccountsSlot): LinkChoice {
  const fallback: LinkChoice = slot === 'farmland' ? null : (EXAMPLE_SELECTION[slot] as LinkChoice);
  if (value === null) return fallback;
  if (value.startsWith(OWN) && value.length > OWN.length) return { type: 'own', name: value.slice(OWN.length) };
  return isBundled(value) ? { type: 'bundled', id: value } : fallback;
}

/** The comparison a query string names; missing or unknown values take the example's. */
export function readAccountsLink(search: string): AccountsLink {
  const p = new URLSearchParams(search);
  return {
    before: readChoice(p.get(ACC_PARAM.before), 'before'),
    after: readChoice(p.get(ACC_PARAM.after), 'after'),
    farmland: readChoice(p.get(ACC_PARAM.farmland), 'farmland'),
  };
}

function choiceValue(choice: SlotChoice | null): string | null {
  if (choice === null) return null;
  return choice.type === 'bundled' ? choice.id : `${OWN}${choice.file.name}`;
}

/** The query string with the comparison's parameters (the example's values left out), keeping every other parameter. */
export function writeAccountsLink(search: string, selection: AccountsSelection | null): string {
  const p = new URLSearchParams(search);
  for (const slot of SLOTS) {
    p.delete(ACC_PARAM[slot]);
    const value = selection ? choiceValue(selection[slot]) : null;
    if (selection && value !== null && value !== choiceValue(EXAMPLE_SELECTION[slot])) p.set(ACC_PARAM[slot], value);
  }
  const text = p.toString();
  return text === '' ? '' : `?${text}`;
}

/** Own files this tab has shown, by slot and name, so back/forward can bring them back. */
export type OwnFiles = Map<AccountsSlot, Map<string, AccountsFile>>;

/**
 * The selection a link stands for: own files found among those this tab has shown, else the example's file for that
 * slot (farmland: none), listed in `missing`.
 */
export function resolveAccountsLink(
  link: AccountsLink,
  own: OwnFiles,
): { selection: AccountsSelection; missing: { slot: AccountsSlot; file: string }[] } {
  const missing: { slot: AccountsSlot; file: string }[] = [];
  const resolve = (slot: AccountsSlot): SlotChoice | null => {
    const c = link[slot];
    if (c === null || c.type === 'bundled') return c;
    const file = own.get(slot)?.get(c.name);
    if (file) return { type: 'own', file };
    missing.push({ slot, file: c.name });
    return EXAMPLE_SELECTION[slot];
  };
  const selection: AccountsSelection = {
    before: resolve('before') as SlotChoice,
    after: resolve('after') as SlotChoice,
    farmland: resolve('farmland'),
  };
  return { selection, missing };
}

const ACCOUNTS_VIEW_PARAM = 'view';
const ACCOUNTS_VIEW = 'accounts';

/**
 * While the accounts page is open: computes the comparison the address bar names (unless it is already shown),
 * pushes a history entry for every new comparison shown, and follows back/forward. Returns the stop function,
 * which takes our parameters out of the address when the page was left for another.
 */
export function startAccountsUrlSync(regions: Region[], win: Window = window): () => void {
  const own: OwnFiles = new Map();
  const remember = (s: AccountsSelection | null) => {
    if (!s) return;
    for (const slot of SLOTS) {
      const c = s[slot];
      if (c?.type !== 'own') continue;
      const bySlot = own.get(slot) ?? new Map<string, AccountsFile>();
      bySlot.set(c.file.name, c.file);
      own.set(slot, bySlot);
    }
  };

  const follow = (search: string) => {
    const { selection, missing } = resolveAccountsLink(readAccountsLink(search), own);
    const state = useAccountsStore.getState();
    accountsActions.setLinkFallback(missing);
    if (
      state.shown &&
      sameSelection(state.shown, selection) &&
      (state.running || (state.result && state.resultRegions === regions))
    )
      return;
    void accountsActions.run(regions, selection);
  };

  remember(useAccountsStore.getState().shown);
  follow(win.location.search);

  const unsubscribe = useAccountsStore.subscribe((state, prev) => {
    if (state.shown === prev.shown || !state.result) return;
    remember(state.shown);
    const current = win.location.search;
    // A comparison with a link fallback keeps the link as it was given (it names the file that could not come).
    if (state.linkFallback.length > 0) return;
    const next = writeAccountsLink(current, state.shown);
    if (new URLSearchParams(next).toString() === new URLSearchParams(current).toString()) return;
    win.history.pushState(null, '', `${win.location.pathname}${next}${win.location.hash}`);
  });

  const onPopState = () => {
    if (new URLSearchParams(win.location.search).get(ACCOUNTS_VIEW_PARAM) !== ACCOUNTS_VIEW) return;
    follow(win.location.search);
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    const search = win.location.search;
    if (new URLSearchParams(search).get(ACCOUNTS_VIEW_PARAM) === ACCOUNTS_VIEW) return;
    const next = writeAccountsLink(search, null);
    if (next !== search)
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${next}${win.location.hash}`);
  };
}
