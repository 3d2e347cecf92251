// The land-accounts comparison in the address: read and written, unknown values falling back to the example, own
// files named but never carried (brought back only from what this tab has shown).
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SELECTION, type AccountsSelection } from '../../../src/state/accountsStore';
import {
  readAccountsLink,
  resolveAccountsLink,
  writeAccountsLink,
  type OwnFiles,
} from '../../../src/state/accountsUrl';

const own = { name: 'plan 2024.geojson', text: '{}' };

describe('accounts link', () => {
  it('leaves the example out of the address and keeps every other parameter', () => {
    expect(writeAccountsLink('?view=accounts&lang=en', EXAMPLE_SELECTION)).toBe('?view=accounts&lang=en');
    expect(writeAccountsLink('?view=accounts&acc_before=sites', EXAMPLE_SELECTION)).toBe('?view=accounts');
    expect(writeAccountsLink('?acc_after=sites-before&e2e=1', null)).toBe('?e2e=1');
  });

  it('writes bundled ids and own files by name, and reads them back', () => {
    const s: AccountsSelection = {
      before: { type: 'bundled', id: 'sites' },
      after: { type: 'own', file: own },
      farmland: { type: 'own', file: own },
    };
    const search = writeAccountsLink('?view=accounts', s);
    expect(search).toBe(
      '?view=accounts&acc_before=sites&acc_after=own%3Aplan+2024.geojson&acc_farmland=own%3Aplan+2024.geojson',
    );
    expect(readAccountsLink(search)).toEqual({
      before: { type: 'bundled', id: 'sites' },
      after: { type: 'own', name: 'plan 2024.geojson' },
      farmland: { type: 'own', name: 'plan 2024.geojson' },
    });
  });

  it('reads missing or unknown values as the example (farmland: none)', () => {
    expect(readAccountsLink('?acc_before=nope&acc_after=own:&acc_farmland=sites2')).toEqual({
      before: { type: 'bundled', id: 'sites-before' },
      after: { type: 'bundled', id: 'sites' },
      farmland: null,
    });
    expect(readAccountsLink('')).toEqual({
      before: { type: 'bundled', id: 'sites-before' },
      after: { type: 'bundled', id: 'sites' },
      farmland: null,
    });
  });

  it('brings back an own file this tab has shown, else falls back to the example file and lists it', () => {
    const link = readAccountsLink('?acc_before=own:plan%202024.geojson&acc_farmland=own:ar5.geojson');
    const known: OwnFiles = new Map([['before', new Map([[own.name, own]])]]);
    const { selection, missing } = resolveAccountsLink(link, known);
    expect(selection.before).toEqual({ type: 'own', file: own });
    expect(selection.after).toEqual(EXAMPLE_SELECTION.after);
    expect(selection.farmland).toBeNull();
    expect(missing).toEqual([{ slot: 'farmland', file: 'ar5.geojson' }]);
    // The same name in another slot is not the same file.
    expect(resolveAccountsLink(readAccountsLink('?acc_after=own:plan%202024.geojson'), known).missing).toEqual([
      { slot: 'after', file: 'plan 2024.geojson' },
    ]);
  });
});
