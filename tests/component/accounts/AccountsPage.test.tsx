// @vitest-environment jsdom
// The land-accounts page (map mocked, the job inline as there is no Worker in jsdom): the labelled example on first
// open, the hand case through the file slots with the hand sums, a bad file named without losing the result, nb/en.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBundledDataset } from '../../../src/app/defaultData';
import type { Dataset } from '../../../src/app/dataset';
import { actions } from '../../../src/state/actions';
import { useAccountsStore } from '../../../src/state/accountsStore';
import AccountsPage from '../../../src/ui/accounts/AccountsPage';
import { plain } from '../fixtures';

vi.mock('../../../src/map/MapView', () => import('../mapViewMock'));

const F = resolve(import.meta.dirname, '../../fixtures/accounts');
const file = (name: string) => new File([readFileSync(resolve(F, name), 'utf8')], name, { type: 'application/geo+json' });

let dataset: Dataset;
beforeAll(() => {
  dataset = loadBundledDataset();
});
beforeEach(() => {
  actions.reset();
  useAccountsStore.setState({ staged: { before: null, after: null, farmland: null }, shown: null, running: false, progress: null, result: null, failure: null });
  act(() => actions.datasetLoaded(dataset));
  act(() => actions.setPage('accounts'));
});
afterEach(cleanup);

const totalRow = () => plain(within(screen.getByTestId('acc-table')).getAllByRole('row').at(-1)?.textContent);

async function choose(slot: 'before' | 'after' | 'farmland', f: File) {
  fireEvent.change(screen.getByTestId(`acc-file-${slot}`), { target: { files: [f] } });
  await waitFor(() => expect(screen.getByTestId(`acc-slot-${slot}`).textContent).toBe(f.name));
}

describe('AccountsPage', () => {
  it('opens on the illustrative example, labelled, with a row per region and the pieces on the map', async () => {
    render(<AccountsPage />);
    expect(screen.getByTestId('land-accounts')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('acc-table')).toBeInTheDocument());
    expect(screen.getByRole('note').textContent).toContain('oppdiktet');
    const rows = within(screen.getByTestId('acc-table')).getAllByRole('row').slice(1).map((r) => plain(r.querySelector('th')?.textContent));
    expect(rows).toEqual(['Asker nord', 'Asker syd', 'Totalt']);
    expect(Number(screen.getByTestId('map').getAttribute('data-pieces'))).toBeGreaterThan(0);
  });

  it('computes the hand case from chosen files only when asked, with the hand sums', async () => {
    render(<AccountsPage />);
    await waitFor(() => expect(screen.getByTestId('acc-table')).toBeInTheDocument());
    const example = totalRow();
    await choose('before', file('before_25832.geojson'));
    await choose('after', file('after_25832.geojson'));
    await choose('farmland', file('farmland_25832.geojson'));
    // Staged, not applied.
    expect(totalRow()).toBe(example);
    fireEvent.click(screen.getByTestId('acc-run'));
    // 45 before, 40 after, 20 added, 25 removed, net −5, 5 to housing, 10 realised, 5 farmland (tests/unit/accounts/handCases.ts).
    await waitFor(() => expect(totalRow()).toBe('Totalt45,040,020,025,0−5,05,010,05,0'));
    expect(plain(screen.getByTestId('acc-farmland').textContent)).toContain('5,0 daa dyrka mark');
    const housing = within(screen.getByTestId('acc-became')).getAllByRole('row').at(-1);
    expect(plain(housing?.textContent)).toBe('Totalt5,00,00,00,00,05,00,015,0');
    // A: 10 000 m² of built-up land removed: new-job capacity 10 000 × 0.7 net × 1.5 (150 %BRA) ÷ 30 m² = 350, less
    // round(10 000 ÷ 420) = 24 jobs today: −326 mid (low 200 − 24, high 608.7 − 24).
    const a = within(screen.getByTestId('acc-capacity')).getAllByRole('row').find((r) => r.querySelector('th')?.textContent === 'A');
    expect(plain(a?.textContent)).toContain('−176 / −326 / −585');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('names a broken file and keeps the last result', async () => {
    render(<AccountsPage />);
    await waitFor(() => expect(screen.getByTestId('acc-table')).toBeInTheDocument());
    const before = totalRow();
    await choose('after', new File(['{"type": "FeatureCollection", "features": []}'], 'empty.geojson'));
    fireEvent.click(screen.getByTestId('acc-run'));
    await waitFor(() => expect(screen.getByTestId('acc-error').textContent).toContain('empty.geojson'));
    expect(totalRow()).toBe(before);
  });

  it('speaks English when asked', async () => {
    act(() => actions.setLang('en'));
    render(<AccountsPage />);
    await waitFor(() => expect(screen.getByTestId('acc-table')).toBeInTheDocument());
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Business land accounts: additions and removals');
    expect(totalRow().startsWith('Total')).toBe(true);
  });
});
