// @vitest-environment jsdom
// The land-accounts page (map mocked, the jobs inline as there is no Worker in jsdom): the labelled example on first
// open; the hand case through the preview-first file dialog (each file previewed, nothing computed until confirmed,
// then the hand sums); cancel changes nothing; a broken file is named in its preview and cannot be confirmed; the
// comparison in the address (a link opens it, back/forward step through it, an own file in a link falls back and
// says so); nb/en.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBundledDataset } from '../../../src/app/defaultData';
import type { Dataset } from '../../../src/domain/dataset';
import { actions } from '../../../src/state/actions';
import { accountsActions } from '../../../src/state/accountsStore';
import { useLoadStore } from '../../../src/state/loadStore';
import { translator } from '../../../src/i18n';
import { PLAN_VERSION_ROLES } from '../../../src/data/planAreaReader';
import AccountsPage from '../../../src/ui/accounts/AccountsPage';
import { LoadControls } from '../../../src/ui/load/LoadControls';
import { plain } from '../fixtures';

vi.mock('../../../src/map/MapView', () => import('../mapViewMock'));

const F = resolve(import.meta.dirname, '../../fixtures/accounts');
const file = (name: string) =>
  new File([readFileSync(resolve(F, name), 'utf8')], name, { type: 'application/geo+json' });

let dataset: Dataset;
beforeAll(() => {
  dataset = loadBundledDataset();
});
beforeEach(() => {
  actions.reset();
  accountsActions.reset();
  window.history.replaceState(null, '', '/?view=accounts');
  act(() => actions.datasetLoaded(dataset));
  act(() => actions.setPage('accounts'));
});
afterEach(cleanup);

/** Files dropped on an element, as the browser does it (the page-wide handler listens on window). */
const drop = (on: Element, files: File[]) => {
  fireEvent.dragEnter(on, { dataTransfer: { files, types: ['Files'] } });
  fireEvent.drop(on, { dataTransfer: { files, types: ['Files'] } });
};

const totalRow = () => plain(within(screen.getByTestId('acc-table')).getAllByRole('row').at(-1)?.textContent);
const params = () => new URLSearchParams(window.location.search);

async function openDialog() {
  fireEvent.click(screen.getByTestId('acc-open'));
  // Every file of the shown comparison is previewed again.
  await waitFor(() => expect(screen.getByTestId('acc-draft-summary-before').textContent).toMatch(/objekter/));
}

/** Shows the slot's preview, chooses the file there, and waits for its preview. */
async function choose(slot: 'before' | 'after' | 'farmland', f: File) {
  fireEvent.click(screen.getByTestId(`acc-show-${slot}`));
  fireEvent.change(screen.getByTestId('acc-file-input'), { target: { files: [f] } });
  await waitFor(() => expect(screen.getByTestId(`acc-draft-${slot}`).textContent).toBe(f.name));
  await waitFor(() => expect(screen.queryByTestId('acc-draft-status')?.textContent ?? '').toBe(''));
}

describe('AccountsPage', () => {
  it('opens on the illustrative example, labelled, with a row per region and the pieces on the map', async () => {
    render(<AccountsPage />);
    expect(screen.getByTestId('land-accounts')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('acc-table')).toBeInTheDocument());
    expect(screen.getByRole('note').textContent).toContain('oppdiktet');
    const rows = within(screen.getByTestId('acc-table'))
      .getAllByRole('row')
      .slice(1)
      .map((r) => plain(r.querySelector('th')?.textContent));
    expect(rows).toEqual(['Asker nord', 'Asker syd', 'Totalt']);
    expect(Number(screen.getByTestId('map').getAttribute('data-pieces'))).toBeGreaterThan(0);
    // The example is the default: the address names no files.
    expect(window.location.search).toBe('?view=accounts');
  });

  it('previews each chosen file in the dialog, computes only on confirm, with the hand sums', async () => {
    render(<AccountsPage />);
    await waitFor(() => expect(screen.getByTestId('acc-table')).toBeInTheDocument());
    const example = totalRow();
    await openDialog();
    await choose('before', file('before_25832.geojson'));
    // The preview of that one file: counts, how it was read, its coordinate system, the business / other split.
    const active = within(screen.getByTestId('acc-active'));
    expect(plain(active.getByTestId('load-counts').textContent)).toMatch(
      /^\d+ objekter i filen: \d+ leses inn, 0 hoppes over\.$/,
    );
    expect(active.getByTestId('load-crs').textContent).toContain('25832');
    expect(plain(active.getByTestId('acc-draft-split').textContent)).toMatch(
      /^Av dem er \d+ næringsareal og \d+ annet formål/,
    );
    // The business land as the dialog shows what it would load: the first areas listed, and drawn over the regions.
    expect(within(active.getByTestId('load-first-items')).getAllByRole('listitem')[0]?.textContent).toMatch(
      /^arealformål 1300 \(f1\): Eksisterende, /,
    );
    expect(active.getByTestId('load-preview-map')).toBeInTheDocument();
    await choose('after', file('after_25832.geojson'));
    await choose('farmland', file('farmland_25832.geojson'));
    expect(plain(screen.getByTestId('acc-draft-summary-farmland').textContent)).toMatch(/: 1 dyrka mark$/);
    // The AR5 polygon that is not farmland is left out, said in bokmål.
    expect(plain(within(screen.getByTestId('acc-active')).getByTestId('load-skipped').textContent)).toContain(
      '1 × arealtype 30 er ikke jordbruksareal (bare 21, 22 og 23 teller)',
    );
    expect(screen.getByTestId('acc-active').textContent).not.toContain('is not farmland');
    // Previewed, not computed.
    expect(totalRow()).toBe(example);
    expect(screen.getByTestId('acc-slot-before').textContent).toContain('sites_before_illustrative');
    fireEvent.click(screen.getByTestId('acc-confirm'));
    // 45 before, 40 after, 20 added, 25 removed, net −5, 5 to housing, 10 realised, 5 farmland
    // (tests/unit/accounts/handCases.ts).
    await waitFor(() => expect(totalRow()).toBe('Totalt45,040,020,025,0−5,05,010,05,0'));
    expect(screen.getByTestId('acc-dialog').hasAttribute('open')).toBe(false);
    expect(plain(screen.getByTestId('acc-farmland').textContent)).toContain('5,0 daa dyrka mark');
    // How the farmland file was read, in bokmål too.
    expect(plain(screen.getByTestId('acc-notes-farmland').textContent)).toBe(
      'Merknader (1)1 × arealtype 30 er ikke jordbruksareal (bare 21, 22 og 23 teller)',
    );
    const housing = within(screen.getByTestId('acc-became')).getAllByRole('row').at(-1);
    expect(plain(housing?.textContent)).toBe('Totalt5,00,00,00,00,05,00,015,0');
    // A: 10 000 m² of built-up land removed: new-job capacity 10 000 × 0.7 net × 1.5 (150 %BRA) ÷ 30 m² = 350, less
    // round(10 000 ÷ 420) = 24 jobs today: −326 mid (low 200 − 24, high 608.7 − 24).
    const a = within(screen.getByTestId('acc-capacity'))
      .getAllByRole('row')
      .find((r) => r.querySelector('th')?.textContent === 'A');
    expect(plain(a?.textContent)).toContain('−176 / −326 / −585');
    expect(screen.queryByText(/oppdiktet/)).toBeNull();
    // Own files are named in the address, and the page says they cannot travel in a link.
    expect(params().get('acc_before')).toBe('own:before_25832.geojson');
    expect(params().get('acc_farmland')).toBe('own:farmland_25832.geojson');
    expect(screen.getByTestId('acc-own-link-note').textContent).toContain('kan ikke ligge i en lenke');
  });

  it('changes nothing when the dialog is cancelled', async () => {
    render(<AccountsPage />);
    await waitFor(() => expect(screen.getByTestId('acc-table')).toBeInTheDocument());
    const example = totalRow();
    await openDialog();
    // An own copy of the illustrative version: shown over the regions. Read in the wrong coordinate system it lands in
    // Sweden, and the preview refuses it before anything is computed; back to automatic, it can be used again.
    const copy = readFileSync(
      resolve(import.meta.dirname, '../../../geodata/sites_before_illustrative.geojson'),
      'utf8',
    );
    await choose('before', new File([copy], 'copy.geojson'));
    const active = () => within(screen.getByTestId('acc-active'));
    expect(active().getByTestId('load-preview-map')).toBeInTheDocument();
    expect(active().queryByTestId('load-outside-warning')).toBeNull();
    fireEvent.change(active().getByLabelText('Bruk koordinatsystem'), { target: { value: '25833' } });
    await waitFor(() => expect(active().getByTestId('load-error').textContent).toContain('ligger i Norge'));
    expect(screen.getByTestId('acc-confirm')).toBeDisabled();
    fireEvent.change(active().getByLabelText('Bruk koordinatsystem'), { target: { value: 'auto' } });
    await waitFor(() => expect(screen.getByTestId('acc-confirm')).toBeEnabled());
    await choose('after', file('after_25832.geojson'));
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByTestId('acc-dialog').hasAttribute('open')).toBe(false);
    expect(screen.getByTestId('acc-slot-after').textContent).toContain('geodata/sites.geojson');
    expect(screen.getByTestId('acc-slot-before').textContent).toContain('geodata/sites_before_illustrative.geojson');
    expect(totalRow()).toBe(example);
    expect(window.location.search).toBe('?view=accounts');
    // Opened again, the dialog shows the comparison shown, not the dropped choice.
    await openDialog();
    expect(screen.getByTestId('acc-draft-after').textContent).toContain('geodata/sites.geojson');
  });

  it('names a broken file in its preview, cannot confirm it, and keeps the last result', async () => {
    render(<AccountsPage />);
    await waitFor(() => expect(screen.getByTestId('acc-table')).toBeInTheDocument());
    const before = totalRow();
    await openDialog();
    await choose('after', new File(['{"type": "FeatureCollection", "features": []}'], 'empty.geojson'));
    expect(within(screen.getByTestId('acc-active')).getByTestId('load-error').textContent).toContain('empty.geojson');
    expect(screen.getByTestId('acc-draft-summary-after').textContent).toBe('kan ikke brukes – se forhåndsvisningen');
    expect(screen.getByTestId('acc-confirm')).toBeDisabled();
    // Back to a bundled file, the choice is usable again.
    fireEvent.change(screen.getByTestId('acc-source'), { target: { value: 'sites' } });
    await waitFor(() => expect(screen.getByTestId('acc-confirm')).toBeEnabled());
    expect(totalRow()).toBe(before);
  });

  it('lets the arealformål field be mapped by hand in the preview, and computes with that mapping', async () => {
    // The fixture with its arealformål under a name the loader does not know: read as the site format, all business.
    const text = readFileSync(resolve(F, 'before_25832.geojson'), 'utf8').replaceAll('"arealformål"', '"formal_kode"');
    render(<AccountsPage />);
    await waitFor(() => expect(screen.getByTestId('acc-table')).toBeInTheDocument());
    await openDialog();
    await choose('before', new File([text], 'renamed.geojson'));
    expect(plain(screen.getByTestId('acc-draft-summary-before').textContent)).toBe(
      '6 objekter: 6 næringsareal, 0 annet formål',
    );
    // Only the fields the plan-version reader uses are offered (no name, readiness, vacant land, note, jobs today).
    const t = translator('nb');
    const offered = within(screen.getByTestId('load-fields'))
      .getAllByRole('combobox')
      .map((c) => c.id.replace('load-field-', ''));
    expect(offered).toEqual([...PLAN_VERSION_ROLES]);
    expect(offered).not.toContain('name');
    expect(within(screen.getByTestId('load-fields')).queryByLabelText(t('loadRoleName'))).toBeNull();
    fireEvent.change(screen.getByLabelText('Arealformål'), { target: { value: 'p:formal_kode' } });
    await waitFor(() =>
      expect(plain(screen.getByTestId('acc-draft-summary-before').textContent)).toBe(
        '6 objekter: 5 næringsareal, 1 annet formål',
      ),
    );
    await choose('after', file('after_25832.geojson'));
    fireEvent.click(screen.getByTestId('acc-confirm'));
    // The hand case's before version, read through the mapping: 45 daa before (tests/unit/accounts/handCases.ts).
    await waitFor(() => expect(totalRow()).toMatch(/^Totalt45,040,020,025,0−5,05,010,0/));
  });

  it('puts files dropped on the page in its own dialog (not «Last inn data»), in the slot dropped on or the first free one, computing only on confirm', async () => {
    render(
      <>
        <LoadControls lang="nb" />
        <AccountsPage />
      </>,
    );
    await waitFor(() => expect(screen.getByTestId('acc-table')).toBeInTheDocument());
    const example = totalRow();
    // Dropped anywhere on the page with the dialog closed: it opens, the first file to "before" (the first slot
    // without an own file), the second to "after".
    drop(screen.getByTestId('land-accounts'), [file('before_25832.geojson'), file('after_25832.geojson')]);
    await waitFor(() => expect(screen.getByTestId('acc-draft-after').textContent).toBe('after_25832.geojson'));
    expect(screen.getByTestId('acc-draft-before').textContent).toBe('before_25832.geojson');
    expect(screen.getByTestId('acc-dialog').hasAttribute('open')).toBe(true);
    expect(useLoadStore.getState().open).toBe(false);
    expect(screen.queryByTestId('load-dialog')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('acc-draft-summary-after').textContent).toMatch(/objekter/));
    expect(screen.getByTestId('acc-active').getAttribute('data-acc-slot')).toBe('before');
    // Dropped on the farmland row: it goes there (and is shown), whatever the free slots.
    drop(screen.getByTestId('acc-draft-farmland'), [file('farmland_25832.geojson')]);
    await waitFor(() => expect(screen.getByTestId('acc-draft-farmland').textContent).toBe('farmland_25832.geojson'));
    expect(screen.getByTestId('acc-active').getAttribute('data-acc-slot')).toBe('farmland');
    await waitFor(() =>
      expect(plain(screen.getByTestId('acc-draft-summary-farmland').textContent)).toMatch(/: 1 dyrka mark$/),
    );
    // Previewed, not computed.
    expect(totalRow()).toBe(example);
    expect(screen.getByTestId('acc-slot-before').textContent).toContain('sites_before_illustrative');
    // Every slot holds an own file: a file dropped outside the slots replaces the one shown; more files than places are
    // named.
    drop(screen.getByTestId('acc-dialog'), [file('after_25832.geojson'), file('regions_25832.geojson')]);
    await waitFor(() =>
      expect(screen.getByTestId('acc-drop-unused').textContent).toBe(
        'Ikke brukt (det er bare tre plasser): regions_25832.geojson',
      ),
    );
    await waitFor(() => expect(screen.getByTestId('acc-draft-farmland').textContent).toBe('after_25832.geojson'));
    expect(useLoadStore.getState().open).toBe(false);
    drop(screen.getByTestId('acc-active'), [file('farmland_25832.geojson')]);
    await waitFor(() =>
      expect(plain(screen.getByTestId('acc-draft-summary-farmland').textContent)).toMatch(/: 1 dyrka mark$/),
    );
    expect(totalRow()).toBe(example);
    fireEvent.click(screen.getByTestId('acc-confirm'));
    await waitFor(() => expect(totalRow()).toBe('Totalt45,040,020,025,0−5,05,010,05,0'));
  });

  it('opens the comparison a link names, pushes each new one, and follows back/forward', async () => {
    window.history.replaceState(null, '', '/?view=accounts&acc_before=sites&acc_after=sites-before');
    render(<AccountsPage />);
    await waitFor(() => expect(screen.getByTestId('acc-table')).toBeInTheDocument());
    expect(screen.getByTestId('acc-slot-before').textContent).toContain('geodata/sites.geojson');
    expect(screen.getByTestId('acc-slot-after').textContent).toContain('sites_before_illustrative');
    const swapped = totalRow();
    // The example the other way round: added and removed trade places.
    fireEvent.click(screen.getByRole('button', { name: 'Tilbake til eksempelet' }));
    await waitFor(() => expect(totalRow()).not.toBe(swapped));
    const example = totalRow();
    const cells = (row: string) => row.replace('Totalt', '').match(/−?[\d\u00a0 ]+,\d/g) ?? [];
    const [b0, a0, add0, rem0] = cells(swapped);
    const [b1, a1, add1, rem1] = cells(example);
    expect([b0, a0, add0, rem0]).toEqual([a1, b1, rem1, add1]);
    expect(window.location.search).toBe('?view=accounts');
    // Back: the linked comparison again, without a new entry of its own.
    const length = window.history.length;
    act(() => window.history.back());
    await waitFor(() => expect(totalRow()).toBe(swapped));
    expect(params().get('acc_before')).toBe('sites');
    expect(window.history.length).toBe(length);
    act(() => window.history.forward());
    await waitFor(() => expect(totalRow()).toBe(example));
    expect(window.location.search).toBe('?view=accounts');
  });

  it('says so when a link names an own file, and shows the bundled file instead', async () => {
    window.history.replaceState(null, '', '/?view=accounts&acc_after=own:plan2024.geojson');
    render(<AccountsPage />);
    await waitFor(() => expect(screen.getByTestId('acc-table')).toBeInTheDocument());
    const note = plain(screen.getByTestId('acc-link-fallback').textContent);
    expect(note).toContain('«plan2024.geojson»');
    expect(note).toContain('eksempel: geodata/sites.geojson vises i stedet');
    expect(screen.getByTestId('acc-slot-after').textContent).toContain('geodata/sites.geojson');
    // The link is left as it was given.
    expect(params().get('acc_after')).toBe('own:plan2024.geojson');
  });

  it('speaks English when asked', async () => {
    act(() => actions.setLang('en'));
    render(<AccountsPage />);
    await waitFor(() => expect(screen.getByTestId('acc-table')).toBeInTheDocument());
    expect(
      screen.getByRole('heading', { level: 2, name: 'Business land accounts: additions and removals' }),
    ).toBeInTheDocument();
    expect(totalRow().startsWith('Total')).toBe(true);
    expect(screen.getByTestId('acc-open').textContent).toBe('Choose files …');
    fireEvent.click(screen.getByTestId('acc-open'));
    await choose('farmland', file('farmland_25832.geojson'));
    expect(plain(within(screen.getByTestId('acc-active')).getByTestId('load-skipped').textContent)).toContain(
      '1 × arealtype 30 is not farmland (21, 22 or 23)',
    );
  });
});
