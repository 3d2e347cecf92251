// @vitest-environment jsdom
// The comparison page on the hand-made dataset: presets give the hand-checked numbers, editing updates them at once,
// undo/redo steps back and forth, and invalid input is explained at the field.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App';
import { actions } from '../../../src/state/actions';
import { scenarioActions, useScenarioStore } from '../../../src/state/scenarioStore';
import { useAppStore } from '../../../src/state/store';
import { openComparison, plain } from './scenarioFixtures';

vi.mock('../../../src/map/MapView', () => ({
  MapView: (props: { siteMarks?: { changed: ReadonlySet<string>; excluded: ReadonlySet<string> } | null }) => (
    <div
      data-testid="map"
      data-map-state="ready"
      data-changed={[...(props.siteMarks?.changed ?? [])].join(',')}
      data-excluded={[...(props.siteMarks?.excluded ?? [])].join(',')}
    />
  ),
}));

beforeEach(() => {
  window.localStorage.clear();
  act(() => openComparison());
});
afterEach(cleanup);

const cell = (row: string, column: number) => plain(screen.getByTestId(`scen-cell-${row}-${column}`).textContent);

describe('the comparison page', () => {
  it('compares the basis with fortetting using the engine’s numbers for the fixture', () => {
    render(<App />);
    expect(screen.getByTestId('scenario-compare')).toBeInTheDocument();
    // Basis: 1 000 + 411.43 + 400 = 1 811.43 mid jobs; fortetting raises T1 (300 m from the station) by half: +500.
    expect(cell('jobs-mid', 0)).toContain('1 811');
    expect(cell('jobs-mid', 1)).toContain('2 311');
    expect(cell('jobs-mid', 1)).toContain('▲ +500 mer enn basis');
    expect(cell('jobs-low', 0)).toContain('1 011');
    expect(cell('jobs-high', 0)).toContain('3 093');
    // The 20-year target, and the verdict in words: 1 811 is below 15 000.
    expect(cell('target', 0)).toBe('15 000–20 000');
    expect(cell('jobs-mid', 0)).toContain('under målet');
    expect(cell('daa', 1)).toContain('160,0');
    expect(cell('daa', 1)).toContain('som basis');
    // Share within 800 m of a hub (mid): T1 only. Basis 1 000 / 1 811.43 = 55 %; fortetting 1 500 / 2 311.43 = 65 %.
    expect(cell('near-hub', 0)).toContain('55 %');
    expect(cell('near-hub', 1)).toContain('65 %');
    expect(cell('near-hub', 1)).toContain('+9,7 prosentpoeng');
    // Nord holds T1 and T2; syd T3 (400 mid).
    expect(cell('region-jobs-Asker syd', 0)).toContain('400');
    expect(cell('region-jobs-Asker nord', 1)).toContain('1 911');
    // The preset's own explanation is shown.
    expect(screen.getByTestId('scenario-card-1')).toHaveTextContent('A- og B-arealer innen 800 m fra en togstasjon');
    // The chart has a text description and one bar per scenario.
    const chart = screen.getByTestId('scenario-chart');
    expect(chart.querySelectorAll('[data-chart-scenario]')).toHaveLength(2);
    expect(plain(chart.querySelector('desc')?.textContent)).toContain('Fortetting ved knutepunkt: middels 2 311 arbeidsplasser');
  });

  it('marks on the map the sites the active scenario changes or drops', () => {
    render(<App />);
    expect(screen.getByTestId('map')).toHaveAttribute('data-changed', 'T1');
    fireEvent.change(screen.getByLabelText('Scenario 2'), { target: { value: 'jordvern' } });
    // Jordvern drops unzoned future land more than 1 km from a hub: T3 (6 km), not T2 (900 m).
    expect(screen.getByTestId('map')).toHaveAttribute('data-excluded', 'T3');
    expect(cell('excluded', 1)).toContain('1');
    expect(cell('jobs-mid', 1)).toContain('1 411');
    expect(cell('jobs-mid', 1)).toContain('▼ -400 mindre enn basis');
  });

  it('a copy of the basis can be edited; the table follows every change, and undo/redo step through them', () => {
    render(<App />);
    fireEvent.click(within(screen.getByTestId('scenario-card-0')).getByRole('button', { name: /Lag kopi/ }));
    expect(screen.getByTestId('scenario-card-2')).toHaveTextContent('Kopi av Kommuneplan (basis)');
    expect(cell('jobs-mid', 2)).toContain('1 811');

    // 3,0 as mid %BRA for A is above the default high (2,0): the engine's check explains it and nothing is applied.
    const mid = screen.getByLabelText('A, %BRA, middels');
    fireEvent.change(mid, { target: { value: '3,0' } });
    expect(mid).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('scen-abc-A')).toHaveTextContent('Utnyttelse (%BRA, som andel: 1,5 = 150 %), type A («assumptions.capacity.A.bra»): må oppfylle lav ≤ middels ≤ høy');
    expect(cell('jobs-mid', 2)).toContain('1 811');

    // Raising high to 3,5 makes the set valid: both apply at once. T1: 20 000 × 3.0 ÷ 30 = 2 000 (was 1 000).
    fireEvent.change(screen.getByLabelText('A, %BRA, høy'), { target: { value: '3,5' } });
    expect(mid).toHaveAttribute('aria-invalid', 'false');
    expect(cell('jobs-mid', 2)).toContain('2 811');
    expect(cell('jobs-mid', 2)).toContain('+1 000 mer enn basis');

    fireEvent.click(screen.getByRole('button', { name: 'Angre' }));
    expect(cell('jobs-mid', 2)).toContain('1 811');
    fireEvent.keyDown(document, { key: 'z', ctrlKey: true, shiftKey: true });
    expect(cell('jobs-mid', 2)).toContain('2 811');
    fireEvent.keyDown(document, { key: 'z', ctrlKey: true });
    expect(cell('jobs-mid', 2)).toContain('1 811');
    fireEvent.keyDown(document, { key: 'y', ctrlKey: true });
    expect(cell('jobs-mid', 2)).toContain('2 811');
  });

  it('explains a number that is not one, and one out of range, at the field', () => {
    render(<App />);
    fireEvent.click(within(screen.getByTestId('scenario-card-0')).getByRole('button', { name: /Lag kopi/ }));
    const field = screen.getByLabelText('B, m² per arbeidsplass, lav');
    fireEvent.change(field, { target: { value: 'mange' } });
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Skriv et tall, f.eks. 1,5.'));
    fireEvent.change(field, { target: { value: '20000' } });
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Må være over 0 og høyst 10000.'));
    const horizon = screen.getByLabelText('Horisont (år)');
    fireEvent.change(horizon, { target: { value: '0' } });
    expect(horizon).toHaveAccessibleDescription(expect.stringContaining('Skriv et helt antall år fra 1 til 100.'));
    // A 10-year horizon halves the 20-year target and leaves T2 and T3 (available 2030) inside it.
    fireEvent.change(horizon, { target: { value: '10' } });
    expect(cell('target', 2)).toBe('7 500–10 000');
    expect(cell('period', 2)).toBe('2026–2035 (10 år)');
  });

  it('edits one site: excluded, then back; its own %BRA; the diff list names the change', () => {
    render(<App />);
    fireEvent.click(within(screen.getByTestId('scenario-card-0')).getByRole('button', { name: /Lag kopi/ }));
    fireEvent.change(screen.getByLabelText('Område'), { target: { value: 'T2' } });
    expect(useAppStore.getState().selectedSiteId).toBe('T2');
    fireEvent.click(screen.getByLabelText('Med i scenarioet'));
    expect(cell('jobs-mid', 2)).toContain('1 400');
    expect(screen.getByTestId('map')).toHaveAttribute('data-excluded', 'T2');
    expect(screen.getByTestId('scenario-site-diffs')).toHaveTextContent('Bakkehagen');
    expect(screen.getByTestId('scenario-site-diffs')).toHaveTextContent('tatt ut');
    fireEvent.click(screen.getByLabelText('Med i scenarioet'));
    expect(cell('jobs-mid', 2)).toContain('1 811');
    // Own %BRA 1,8 for a B site: 40 000 × 1.8 ÷ 87.5 = 822.86 mid (was 411.43): +411.
    fireEvent.change(screen.getByLabelText('Egen %BRA (1,5 = 150 %)'), { target: { value: '1,8' } });
    expect(cell('jobs-mid', 2)).toContain('2 223');
    expect(screen.getByTestId('scenario-site-diffs')).toHaveTextContent('%BRA standard → 1,8 (egen)');
    const ws = useScenarioStore.getState().history.present;
    expect(ws.own[0]?.sites).toEqual({ T2: { bra: 1.8 } });
  });

  it('leaves the presets read-only and offers a copy', () => {
    render(<App />);
    expect(screen.getByTestId('scenario-editor')).toHaveTextContent('kan ikke endres');
    act(() => scenarioActions.dispatch({ type: 'setActive', id: 'basis' }));
    expect(screen.queryByLabelText('A, %BRA, middels')).toBeNull();
  });
});

describe('getting there', () => {
  it('“I scenario …” on the explorer’s site card opens the comparison with the site kept, ready to edit', () => {
    act(() => {
      actions.setPage('explorer');
      actions.selectSite('T2');
    });
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: /^I scenario …/ }));
    expect(screen.getByTestId('scenario-compare')).toBeInTheDocument();
    expect(useAppStore.getState().selectedSiteId).toBe('T2');
    // The active scenario is a preset: focus lands on its editor, which offers a copy.
    expect(document.activeElement?.id).toBe('scen-editor-title');
    fireEvent.click(within(screen.getByTestId('scenario-editor')).getByRole('button', { name: 'Lag kopi' }));
    expect(screen.getByLabelText('Område')).toHaveValue('T2');
    expect(screen.getByTestId('scenario-site-jobs')).toHaveTextContent(/Arbeidsplasser her \(lav–middels–høy\): 240–411–640\. Basis: 240–411–640\./);
  });

  it('the header link opens the comparison; the page follows the language', () => {
    act(() => actions.setPage('explorer'));
    render(<App />);
    fireEvent.click(screen.getByRole('link', { name: 'Scenarioer' }));
    expect(useAppStore.getState().page).toBe('compare');
    expect(screen.getByRole('link', { name: 'Scenarioer' })).toHaveAttribute('aria-current', 'page');
    fireEvent.change(screen.getByLabelText('Språk'), { target: { value: 'en' } });
    expect(screen.getByRole('heading', { level: 2, name: 'Compare scenarios' })).toBeInTheDocument();
    expect(plain(screen.getByTestId('scenario-card-1').textContent)).toContain('Densify at hubs');
    expect(plain(screen.getByTestId('scen-cell-jobs-mid-1').textContent)).toContain('2,311');
    expect(plain(screen.getByTestId('scen-cell-jobs-mid-1').textContent)).toContain('+500 more than the basis');
  });
});
