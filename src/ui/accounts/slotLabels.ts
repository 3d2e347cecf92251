// The message keys naming the land accounts' three files.
import type { AccountsSlot } from '../../state/accountsJob';

export const SLOT_KEY = {
  before: 'accSlotBefore',
  after: 'accSlotAfter',
  farmland: 'accSlotFarmland',
} as const satisfies Record<AccountsSlot, string>;
