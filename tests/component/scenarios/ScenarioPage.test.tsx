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

vi.mock('../../../src/map/MapView', () => import('../mapViewMock'));

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
    // New jobs within 2045 (see scenarioFixtures): basis 652 + 246.86 + 256 = 1 154.86 mid; fortetting raises T1's
    // capacity by half (700 → 1 050) with the same 48 jobs today: +350.
    expect(cell('jobs-mid', 0)).toContain('1 155');
    expect(cell('jobs-mid', 1)).toContain('1 505');
    expect(cell('jobs-mid', 1)).toContain('▲ +350 mer enn basis');
    expect(cell('jobs-low', 0)).toContain('624');
    expect(cell('jobs-high', 0)).toContain('2 011');
    // The 20-year target, and the verdict in words: 1 155 is below 15 000.
    expect(cell('target', 0)).toBe('15 000–20 000');
    expect(cell('jobs-mid', 0)).toContain('under målet');
    // Capacity, jobs today and new-job capacity each have their own labelled row; only new jobs get a verdict.
    expect(cell('capacity', 0)).toContain('1 329'); // 700 + 308.57 + 320
    expect(cell('capacity', 0)).not.toContain('målet');
    expect(cell('jobs-today', 1)).toContain('48');
    expect(cell('jobs-today', 1)).toContain('som basis');
    expect(cell('new-jobs-capacity', 0)).toContain('1 281'); // 652 + 308.57 + 320
    // 1 280.57 ÷ 550 and ÷ 500 a year; 160 000 m² ÷ 1 280.57 = 125 m² per new job.
    expect(cell('supply-years', 0)).toBe('2,3–2,6 år');
    expect(cell('land-per-new-job', 0)).toContain('125');
    // Built out: 160 000 ÷ 1 328.57 = 120 m² per job, 3,5 × today's 420 m² → a plain warning on the card.
    expect(cell('density', 0)).toBe('3,5 ×');
    expect(screen.getByTestId('scenario-density-warning-0')).toHaveTextContent('3,5 ganger tettere enn dagens 420 m²');
    expect(cell('daa', 1)).toContain('160,0');
    expect(cell('daa', 1)).toContain('som basis');
    // Share of the new jobs within 800 m of a hub (mid): T1 only. Basis 652 / 1 154.86 = 56 %; fortetting 1 002 / 1
    // 504.86 = 67 %.
    expect(cell('near-hub', 0)).toContain('56 %');
    expect(cell('near-hub', 1)).toContain('67 %');
    expect(cell('near-hub', 1)).toContain('+10,1 prosentpoeng');
    // Nord holds T1 and T2; syd T3 (256 new jobs by 2045).
    expect(cell('region-jobs-Asker syd', 0)).toContain('256');
    expect(cell('region-jobs-Asker nord', 1)).toContain('1 249');
    // The preset's own explanation is shown.
    expect(screen.getByTestId('scenario-card-1')).toHaveTextContent('A- og B-arealer innen 800 m fra en togstasjon');
    // The chart has a text description and one bar per scenario.
    const chart = screen.getByTestId('scenario-chart');
    expect(chart.querySelectorAll('[data-chart-scenario]')).toHaveLength(2);
    expect(plain(chart.querySelector('desc')?.textContent)).toContain(
      'Fortetting ved knutepunkt: middels 1 505 nye arbeidsplasser',
    );
  });

  it('marks on the map the sites the active scenario changes or drops', () => {
    render(<App />);
    expect(screen.getByTestId('map')).toHaveAttribute('data-changed', 'T1');
    fireEvent.change(screen.getByLabelText('Scenario 2'), { target: { value: 'jordvern' } });
    // Jordvern drops unzoned future land more than 1 km from a hub: T3 (6 km), not T2 (900 m).
    expect(screen.getByTestId('map')).toHaveAttribute('data-excluded', 'T3');
    expect(cell('excluded', 1)).toContain('1');
    expect(cell('jobs-mid', 1)).toContain('899');
    expect(cell('jobs-mid', 1)).toContain('▼ -256 mindre enn basis');
  });

  it('a copy of the basis can be edited; the table follows every change, and undo/redo step through them', () => {
    render(<App />);
    fireEvent.click(within(screen.getByTestId('scenario-card-0')).getByRole('button', { name: /Lag kopi/ }));
    expect(screen.getByTestId('scenario-card-2')).toHaveTextContent('Kopi av Kommuneplan (basis)');
    expect(cell('jobs-mid', 2)).toContain('1 155');

    // 3,0 as mid %BRA for A is above the default high (2,0): the engine's check explains it and nothing is applied.
    const mid = screen.getByLabelText('A, %BRA, middels');
    fireEvent.change(mid, { target: { value: '3,0' } });
    expect(mid).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('scen-abc-A')).toHaveTextContent('Utnyttelse (%BRA), A: må oppfylle lav ≤ middels ≤ høy');
    expect(cell('jobs-mid', 2)).toContain('1 155');

    // Raising high to 3,5 makes the set valid: both apply at once. T1: 20 000 × 0.7 × 3.0 ÷ 30 = 1 400 (was 700),
    // new 1 352 (was 652), all of it within 2045: +700.
    fireEvent.change(screen.getByLabelText('A, %BRA, høy'), { target: { value: '3,5' } });
    expect(mid).toHaveAttribute('aria-invalid', 'false');
    expect(cell('jobs-mid', 2)).toContain('1 855');
    expect(cell('jobs-mid', 2)).toContain('+700 mer enn basis');

    fireEvent.click(screen.getByRole('button', { name: 'Angre' }));
    expect(cell('jobs-mid', 2)).toContain('1 155');
    fireEvent.keyDown(document, { key: 'z', ctrlKey: true, shiftKey: true });
    expect(cell('jobs-mid', 2)).toContain('1 855');
    fireEvent.keyDown(document, { key: 'z', ctrlKey: true });
    expect(cell('jobs-mid', 2)).toContain('1 155');
    fireEvent.keyDown(document, { key: 'y', ctrlKey: true });
    expect(cell('jobs-mid', 2)).toContain('1 855');
  });

  it('edits the net share, the take-up a year and land per job today; a shorter horizon gives fewer new jobs', () => {
    render(<App />);
    fireEvent.click(within(screen.getByTestId('scenario-card-0')).getByRole('button', { name: /Lag kopi/ }));
    expect(cell('jobs-mid', 2)).toContain('1 155');
    // Net share for A halved (0,7 → 0,35): T1 capacity 700 → 350, new 302: 1 154.86 − 350 = 804.86.
    fireEvent.change(screen.getByLabelText('Netto utbyggbar andel, A (0,75 = 75 %)'), { target: { value: '0,35' } });
    expect(cell('jobs-mid', 2)).toContain('805');
    expect(cell('capacity', 2)).toContain('979'); // 350 + 308.57 + 320
    fireEvent.change(screen.getByLabelText('Netto utbyggbar andel, A (0,75 = 75 %)'), { target: { value: '1,5' } });
    expect(screen.getByLabelText('Netto utbyggbar andel, A (0,75 = 75 %)')).toHaveAccessibleDescription(
      expect.stringContaining('Må være over 0 og høyst 1.'),
    );
    expect(cell('jobs-mid', 2)).toContain('805'); // nothing applied
    fireEvent.change(screen.getByLabelText('Netto utbyggbar andel, A (0,75 = 75 %)'), { target: { value: '' } });
    expect(cell('jobs-mid', 2)).toContain('1 155'); // empty = the default again
    // 10 % a year: T2 and T3 (from 2030) are fully taken up by 2045, T1 already was: 652 + 308.57 + 320.
    fireEvent.change(screen.getByLabelText('Tatt i bruk per år (0,05 = 5 %)'), { target: { value: '0,1' } });
    expect(cell('jobs-mid', 2)).toContain('1 281');
    // 200 m² per job today: T1 has round(20 000 ÷ 200) = 100 jobs today, so 52 fewer new.
    fireEvent.change(screen.getByLabelText('m² areal per arbeidsplass i dag (anslag for eksisterende arealer)'), {
      target: { value: '200' },
    });
    expect(cell('jobs-today', 2)).toContain('100');
    expect(cell('jobs-mid', 2)).toContain('1 229');
    const ws = useScenarioStore.getState().history.present;
    expect(ws.own[0]?.assumptions).toEqual({ takeUpSharePerYear: 0.1, landPerJobTodayM2: 200 });
    // A 10-year horizon on the 5 % default: fewer new jobs than 20 years on the same data.
    fireEvent.click(screen.getByRole('button', { name: 'Angre' }));
    fireEvent.click(screen.getByRole('button', { name: 'Angre' }));
    expect(cell('jobs-mid', 2)).toContain('1 155');
    fireEvent.change(screen.getByLabelText('Horisont (år)'), { target: { value: '10' } });
    // 10 years: T1 50 % of 652, T2/T3 (from 2030) 30 %: 326 + 92.57 + 96 = 514.57.
    expect(cell('jobs-mid', 2)).toContain('515');
    // Many renders of the whole page: allow for a busy machine.
  }, 30_000);

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
    expect(cell('jobs-mid', 2)).toContain('908'); // 1 154.86 − 246.86
    expect(screen.getByTestId('map')).toHaveAttribute('data-excluded', 'T2');
    expect(screen.getByTestId('scenario-site-diffs')).toHaveTextContent('Bakkehagen');
    expect(screen.getByTestId('scenario-site-diffs')).toHaveTextContent('tatt ut');
    fireEvent.click(screen.getByLabelText('Med i scenarioet'));
    expect(cell('jobs-mid', 2)).toContain('1 155');
    // Own %BRA 1,8 for a B site: 40 000 × 0.75 × 1.8 ÷ 87.5 = 617.14 mid (was 308.57); 80 % by 2045 = 493.71.
    fireEvent.change(screen.getByLabelText('Egen %BRA (1,5 = 150 %)'), { target: { value: '1,8' } });
    expect(cell('jobs-mid', 2)).toContain('1 402');
    expect(screen.getByTestId('scenario-site-diffs')).toHaveTextContent('%BRA standard → 1,8 (egen)');
    const ws = useScenarioStore.getState().history.present;
    expect(ws.own[0]?.sites).toEqual({ T2: { bra: 1.8 } });
  });

  it('sets jobs today on one site: its new jobs fall by as much, its capacity stays', () => {
    render(<App />);
    fireEvent.click(within(screen.getByTestId('scenario-card-0')).getByRole('button', { name: /Lag kopi/ }));
    fireEvent.change(screen.getByLabelText('Område'), { target: { value: 'T1' } });
    const field = screen.getByLabelText('Arbeidsplasser i dag her');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Tomt: 48 (fra dataene eller anslag)'));
    fireEvent.change(field, { target: { value: '250' } });
    // T1: capacity 400 / 700 / 1 217.39 − 250 = 150 / 450 / 967.39, all by 2045: 450 + 246.86 + 256 = 952.86.
    expect(cell('jobs-today', 2)).toContain('250');
    expect(cell('jobs-mid', 2)).toContain('953');
    expect(cell('capacity', 2)).toContain('1 329');
    expect(screen.getByTestId('scenario-site-new-jobs')).toHaveTextContent(
      /Nye arbeidsplasser her \(lav–middels–høy\): 150–450–967\. Basis: 352–652–1\s169\./,
    );
    fireEvent.change(field, { target: { value: '2,5' } });
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Skriv et helt antall fra 0 til 10 000 000.'));
    expect(useScenarioStore.getState().history.present.own[0]?.sites).toEqual({ T1: { jobsToday: 250 } });
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
    expect(screen.getByTestId('scenario-site-jobs')).toHaveTextContent(
      /Kapasitet ferdig utbygd her \(lav–middels–høy\): 180–309–480\. Basis: 180–309–480\./,
    );
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
    expect(plain(screen.getByTestId('scen-cell-jobs-mid-1').textContent)).toContain('1,505');
    expect(plain(screen.getByTestId('scen-cell-jobs-mid-1').textContent)).toContain('+350 more than the basis');
  });
});
