// @vitest-environment jsdom
// Name search, area range, hub distance and sorting, through the whole explorer (map mocked): list and map agree.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { actions } from '../../src/state/actions';
import { useAppStore } from '../../src/state/store';
import { LIST_PAGE_SIZE } from '../../src/ui/SiteList';
import { plain } from './fixtures';
import { listDataset, manySitesDataset } from './listFixtures';

vi.mock('../../src/map/MapView', () => import('./mapViewMock'));

beforeEach(() => actions.reset());
afterEach(cleanup);

function listNames(): string[] {
  return within(screen.getByTestId('site-list'))
    .queryAllByRole('button')
    .map((b) => b.querySelector('.site-list__name')?.textContent ?? '');
}
const mapIds = () => screen.getByTestId('map').getAttribute('data-visible');
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

function renderList() {
  act(() => actions.datasetLoaded(listDataset()));
  render(<App />);
}

describe('name search', () => {
  it('ignores case and diacritics: "royken" finds Røyken, "SAETRE" finds Sætre', () => {
    renderList();
    type('Søk etter navn', 'royken');
    expect(listNames()).toEqual(['Røyken stasjon']);
    expect(mapIds()).toBe('R1');
    expect(plain(screen.getByTestId('site-count').textContent)).toBe('1 av 4 områder');
    // The nord/syd summary follows the filter: the engine's summary of the one remaining site (20 daa existing).
    expect(screen.getByTestId('summary-filtered')).toHaveTextContent('Gjelder områdene som passer filtrene: 1 av 4.');
    const existingRow = screen.getByTestId('region-summary').querySelector('tr[data-row="existing"]');
    expect(plain(existingRow?.textContent)).toBe('Eksisterende, daa20,020,07 425');
    type('Søk etter navn', 'SAETRE');
    expect(listNames()).toEqual(['Sætre sentrum']);
    type('Søk etter navn', 'oslo');
    expect(listNames()).toEqual([]);
    expect(screen.getByText('Ingen områder passer filtrene.')).toBeInTheDocument();
  });
});

describe('number filters', () => {
  it('keeps sites from 12,5 to 20 daa, both ends included, with a Norwegian decimal comma', () => {
    renderList();
    type('Areal fra (daa)', '12,5');
    type('Areal til (daa)', '20');
    expect(listNames()).toEqual(['Bjørnstad', 'Røyken stasjon']);
    expect(mapIds()).toBe('R1,R4');
    expect(useAppStore.getState().filters).toMatchObject({ minDaa: 12.5, maxDaa: 20 });
  });

  it('keeps sites within 900 m of a hub and drops the one with no hub', () => {
    renderList();
    type('Maks. avstand til knutepunkt (m)', '900');
    expect(listNames()).toEqual(['Røyken stasjon', 'Sætre sentrum']);
    type('Maks. avstand til knutepunkt (m)', '899');
    expect(listNames()).toEqual(['Røyken stasjon']);
  });

  it('explains a value that is not a number and leaves the filter as it was', () => {
    renderList();
    type('Areal fra (daa)', '15');
    type('Areal fra (daa)', '15x');
    const field = screen.getByLabelText('Areal fra (daa)');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Skriv et tall som er 0 eller større, f.eks. 12,5.');
    expect(useAppStore.getState().filters.minDaa).toBe(15);
    expect(listNames()).toEqual(['Røyken stasjon', 'Sætre sentrum']);
  });

  it('"Nullstill filtre" empties the text fields and shows every site on the map', () => {
    renderList();
    type('Søk etter navn', 'røyken');
    type('Areal til (daa)', '30');
    fireEvent.click(screen.getByRole('button', { name: 'Nullstill filtre' }));
    expect(screen.getByLabelText('Søk etter navn')).toHaveValue('');
    expect(screen.getByLabelText('Areal til (daa)')).toHaveValue('');
    expect(mapIds()).toBe('all');
    expect(listNames()).toHaveLength(4);
  });
});

describe('sorting', () => {
  it('sorts by name A–Å by default and says so', () => {
    renderList();
    expect(listNames()).toEqual(['Asker torg', 'Bjørnstad', 'Røyken stasjon', 'Sætre sentrum']);
    expect(screen.getByTestId('sort-status')).toHaveTextContent('Listen er sortert etter navn, A–Å.');
  });

  it('sorts by area largest first, then smallest first, and announces the order', () => {
    renderList();
    fireEvent.change(screen.getByLabelText('Sorter etter'), { target: { value: 'area' } });
    expect(listNames()).toEqual(['Sætre sentrum', 'Røyken stasjon', 'Bjørnstad', 'Asker torg']);
    expect(screen.getByTestId('sort-status')).toHaveTextContent('Listen er sortert etter areal (daa), størst først.');
    fireEvent.change(screen.getByLabelText('Rekkefølge'), { target: { value: 'asc' } });
    expect(listNames()).toEqual(['Asker torg', 'Bjørnstad', 'Røyken stasjon', 'Sætre sentrum']);
    expect(screen.getByTestId('sort-status')).toHaveTextContent('minst først');
  });

  it('sorts by jobs (mid) and by distance, sites without a hub last in both directions', () => {
    renderList();
    fireEvent.change(screen.getByLabelText('Sorter etter'), { target: { value: 'jobs' } });
    expect(listNames()).toEqual(['Asker torg', 'Røyken stasjon', 'Sætre sentrum', 'Bjørnstad']);
    expect(screen.getByTestId('site-list')).toHaveTextContent('1 200 arbeidsplasser (middels)');
    fireEvent.change(screen.getByLabelText('Sorter etter'), { target: { value: 'hub' } });
    expect(listNames()).toEqual(['Røyken stasjon', 'Sætre sentrum', 'Bjørnstad', 'Asker torg']);
    expect(screen.getByTestId('site-list')).toHaveTextContent('300 m til knutepunkt');
    fireEvent.change(screen.getByLabelText('Rekkefølge'), { target: { value: 'desc' } });
    expect(listNames()).toEqual(['Bjørnstad', 'Sætre sentrum', 'Røyken stasjon', 'Asker torg']);
    expect(screen.getByTestId('sort-status')).toHaveTextContent(
      'Listen er sortert etter avstand til knutepunkt, lengst unna først.',
    );
  });
});

describe('long lists', () => {
  it(`draws ${LIST_PAGE_SIZE} rows at a time, and always the site selected on the map`, () => {
    act(() => actions.datasetLoaded(manySitesDataset(230)));
    render(<App />);
    expect(listNames()).toHaveLength(LIST_PAGE_SIZE);
    const more = screen.getByRole('button', { name: /^Vis 30 flere/ });
    expect(plain(more.textContent)).toBe('Vis 30 flere (200 av 230 vises)');
    // A click on the map selects a site beyond the drawn rows: its row is drawn and marked.
    act(() => actions.selectSite('M215'));
    expect(listNames()).toHaveLength(216);
    expect(within(screen.getByTestId('site-list')).getByRole('button', { name: /Område 215/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: /^Vis \d+ flere/ }));
    expect(listNames()).toHaveLength(230);
    expect(screen.queryByRole('button', { name: /^Vis \d+ flere/ })).toBeNull();
  }, 20_000);
});
