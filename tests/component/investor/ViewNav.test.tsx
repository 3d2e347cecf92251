// @vitest-environment jsdom
// The header links: the investor view is reached from the header and back, the current page is marked, hrefs are links.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App';
import { loadBundledDataset } from '../../../src/app/defaultData';
import { actions } from '../../../src/state/actions';
import { useAppStore } from '../../../src/state/store';
import { linkStateOf, readUrl, writeUrl } from '../../../src/state/urlCodec';

vi.mock('../../../src/map/MapView', () => import('../mapViewMock'));

beforeEach(() => {
  actions.reset();
  act(() => actions.datasetLoaded(loadBundledDataset()));
});
afterEach(cleanup);

describe('view links in the header', () => {
  it('switch from the explorer to the investor view and back, marking the current one', () => {
    render(<App />);
    expect(screen.queryByTestId('investor-view')).toBeNull();
    const investor = screen.getByRole('link', { name: 'Ledige arealer' });
    expect(investor.getAttribute('href')).toContain('view=investor');
    expect(screen.getByRole('link', { name: 'Kart og analyse' })).toHaveAttribute('aria-current', 'page');
    fireEvent.click(investor);
    expect(screen.getByTestId('investor-view')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ledige arealer' })).toHaveAttribute('aria-current', 'page');
    fireEvent.click(screen.getByRole('link', { name: 'Kart og analyse' }));
    expect(screen.queryByTestId('investor-view')).toBeNull();
    expect(screen.getByTestId('site-list')).toBeInTheDocument();
  });

  it('leave a selection behind when switching (in the investor view a selection is a one-pager)', () => {
    act(() => actions.selectSite('S01'));
    act(() => actions.setPage('investor'));
    expect(useAppStore.getState().selectedSiteId).toBeNull();
  });
});

describe('the link state of the investor view', () => {
  it('is `view=investor` (no map camera) with the site and filters, and reads back the same', () => {
    act(() => actions.setPage('investor'));
    act(() => actions.selectSite('S21'));
    act(() => actions.setFilter('abc', 'C'));
    act(() => actions.mapMoved({ lng: 10.4, lat: 59.8, zoom: 11 }));
    const search = writeUrl('?e2e=1', linkStateOf(useAppStore.getState()));
    expect(search).toBe('?e2e=1&site=S21&abc=C&view=investor');
    const link = readUrl(search);
    expect(link.page).toBe('investor');
    expect(link.view).toBeNull();
    expect(link.selectedSiteId).toBe('S21');
    expect(readUrl('?view=10.4,59.8,11').page).toBeUndefined();
  });
});
