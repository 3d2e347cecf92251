// @vitest-environment jsdom
// The shell with the bundled data (map mocked): language switch, <html lang>, list → card, and the data note.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { loadBundledDataset } from '../../src/app/defaultData';
import { actions } from '../../src/state/actions';
import { useAppStore } from '../../src/state/store';
import { handMadeDataset, plain } from './fixtures';

// maplibre cannot run in jsdom; the stub records what the app pushes into the map.
vi.mock('../../src/map/MapView', () => import('./mapViewMock'));

beforeEach(() => actions.reset());
afterEach(cleanup);

describe('App', () => {
  it('starts in bokmål with the illustrative-data note and <html lang="nb">', () => {
    act(() => actions.datasetLoaded(handMadeDataset()));
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Næringsarealkart – Asker');
    expect(screen.getByRole('note')).toHaveTextContent(
      'Eksempeldata: næringsområdene er illustrasjoner, ikke offisielle planområder',
    );
    expect(document.documentElement.lang).toBe('nb');
  });

  it('switches every visible string and the number format to English, and back', () => {
    act(() => actions.datasetLoaded(handMadeDataset()));
    act(() => actions.selectSite('S1'));
    render(<App />);
    expect(screen.getByTestId('site-card-area-daa')).toHaveTextContent('20,0 daa');

    fireEvent.change(screen.getByLabelText('Språk'), { target: { value: 'en' } });
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Business land map – Asker');
    expect(screen.getByRole('note')).toHaveTextContent('Example data');
    expect(screen.getByTestId('site-card-area-daa')).toHaveTextContent('20.0 daa');
    expect(screen.getByRole('button', { name: 'Zoom to' })).toBeInTheDocument();
    expect(screen.queryByText('Zoom til')).toBeNull();

    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'nb' } });
    expect(document.documentElement.lang).toBe('nb');
    expect(screen.getByRole('button', { name: 'Zoom til' })).toBeInTheDocument();
  });

  it('shows an error message instead of a blank page when data fails to load', () => {
    act(() => actions.datasetFailed('geodata/sites.geojson: not JSON'));
    render(<App />);
    expect(screen.getByRole('alert')).toHaveTextContent('Kunne ikke laste data: geodata/sites.geojson: not JSON');
  });

  it('with the bundled data: choosing a site in the list opens its card and selects it on the map', () => {
    const dataset = loadBundledDataset();
    act(() => actions.datasetLoaded(dataset));
    render(<App />);
    const list = screen.getByTestId('site-list');
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(dataset.sites.length);
    const first = buttons[0] as HTMLElement;
    const id = first.getAttribute('data-site-id') as string;
    fireEvent.click(first);
    const site = dataset.sites.find((s) => s.id === id);
    const result = dataset.results.find((r) => r.siteId === id);
    expect(within(screen.getByTestId('site-card')).getByRole('heading', { level: 2 })).toHaveTextContent(
      site?.name ?? '?',
    );
    const daa = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      result?.areaDaa ?? Number.NaN,
    );
    expect(plain(screen.getByTestId('site-card-area-daa').textContent)).toBe(`${plain(daa)} daa`);
    expect(screen.getByTestId('map')).toHaveAttribute('data-selected', id);
    expect(first).toHaveAttribute('aria-pressed', 'true');
    expect(useAppStore.getState().zoomRequest?.siteId).toBe(id);
  });

  it('filters narrow both the list and the ids sent to the map', () => {
    const dataset = loadBundledDataset();
    act(() => actions.datasetLoaded(dataset));
    render(<App />);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'fremtidig' } });
    const future = dataset.sites.filter((s) => s.status === 'fremtidig').map((s) => s.id);
    expect(future.length).toBeGreaterThan(0);
    expect(within(screen.getByTestId('site-list')).getAllByRole('button')).toHaveLength(future.length);
    expect(screen.getByTestId('map').getAttribute('data-visible')?.split(',').sort()).toEqual([...future].sort());
    fireEvent.click(screen.getByRole('button', { name: 'Nullstill filtre' }));
    expect(screen.getByTestId('map')).toHaveAttribute('data-visible', 'all');
  });
});
