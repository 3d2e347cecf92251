// @vitest-environment jsdom
// The investor page's own filters on the bundled data: type, ready by year, and the order.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBundledDataset } from '../../../src/app/defaultData';
import { readyYear } from '../../../src/domain/investorFilters';
import { actions } from '../../../src/state/actions';
import { InvestorView } from '../../../src/ui/investor/InvestorView';

vi.mock('../../../src/map/MapView', () => import('../mapViewMock'));

const cardIds = () => screen.queryAllByTestId('investor-card').map((c) => c.getAttribute('data-site-id'));

beforeEach(() => {
  actions.reset();
  act(() => actions.datasetLoaded(loadBundledDataset()));
  act(() => actions.setPage('investor'));
});
afterEach(cleanup);

describe('investor filters', () => {
  it('counts a site ready by the plan lead times', () => {
    expect(readyYear('byggeklar', 2026)).toBe(2026);
    expect(readyYear('må reguleres', 2026)).toBe(2030);
    expect(readyYear('må omreguleres', 2026)).toBe(2032);
    expect(readyYear(null, 2026)).toBe(2026);
  });

  it('filters by type and by ready-by year (the 17 future sites: 11 must be zoned, 6 re-zoned), and sorts', () => {
    render(<InvestorView />);
    expect(cardIds()).toHaveLength(17);
    fireEvent.change(screen.getByLabelText('Type virksomhet'), { target: { value: 'C' } });
    expect(cardIds()).toHaveLength(7);
    fireEvent.change(screen.getByLabelText('Type virksomhet'), { target: { value: 'all' } });
    const year = new Date().getFullYear();
    fireEvent.change(screen.getByLabelText('Byggeklart innen'), { target: { value: String(year) } });
    expect(cardIds()).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Byggeklart innen'), { target: { value: String(year + 4) } });
    expect(cardIds()).toHaveLength(11);
    expect(screen.getByTestId('investor-filtered')).toHaveTextContent('11 av 17 ledige områder');
    fireEvent.change(screen.getByLabelText('Sorter etter'), { target: { value: 'area' } });
    const first = screen
      .getAllByTestId('investor-card-area')
      .map((e) => Number((e.textContent ?? '').replace(/[^\d,]/g, '').replace(',', '.')));
    expect(first).toEqual([...first].sort((a, b) => b - a));
    fireEvent.click(screen.getByRole('button', { name: 'Vis alle ledige områder' }));
    expect(cardIds()).toHaveLength(17);
  });
});
