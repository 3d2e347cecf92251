// @vitest-environment jsdom
// The nord/syd table: region columns regrouped from the engine's rows, the total, and the plan's own figures.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RegionSummary } from '../../src/ui/RegionSummary';
import { plain, SUMMARY } from './fixtures';

afterEach(cleanup);

/** The cells of one table row, as plain text, keyed by the column headers. */
function rowCells(rowKey: string): Record<string, string> {
  const table = within(screen.getByTestId('region-summary')).getByRole('table');
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => plain(h.textContent));
  const row = table.querySelector(`tr[data-row="${rowKey}"]`);
  if (!row) throw new Error(`no row ${rowKey}`);
  const cells = [...row.children].map((c) => plain(c.textContent));
  return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
}

describe('RegionSummary', () => {
  it('puts Asker nord and Asker syd side by side with existing and future daa', () => {
    render(<RegionSummary lang="nb" summary={SUMMARY} nearHubM={1000} />);
    expect(rowCells('existing')).toMatchObject({
      'Asker nord': '120,0',
      'Asker syd': '0,0',
      Totalt: '120,0',
      'Kommunens plan': '7 425',
    });
    expect(rowCells('future')).toMatchObject({
      'Asker nord': '30,5',
      'Asker syd': '200,0',
      Totalt: '230,5',
      'Kommunens plan': '5 720',
    });
  });

  it('shows jobs, site counts, the share near a hub and the ABC mix per region', () => {
    render(<RegionSummary lang="nb" summary={SUMMARY} nearHubM={1000} />);
    // The plan's target sits beside new jobs within the horizon (half the capacity in this fixture), never capacity.
    expect(rowCells('new-jobs-within')).toMatchObject({
      Måltall: 'Nye arbeidsplasser innen 2045 (lav–høy)',
      'Asker nord': '1 050–4 200',
      'Asker syd': '150–600',
      Totalt: '1 200–4 800',
      'Kommunens plan': '15 000–20 000 nye (20 år)',
    });
    expect(rowCells('jobs')).toMatchObject({
      'Asker nord': '2 100–8 400',
      Totalt: '2 400–9 600',
      'Kommunens plan': '–',
    });
    expect(rowCells('new-jobs')).toMatchObject({ Totalt: '2 400–9 600' });
    expect(rowCells('jobs-today')).toMatchObject({ Totalt: '0' });
    // 4 800 new (mid) ÷ 550 and ÷ 500 a year; 350 500 m² ÷ 4 800.
    expect(rowCells('supply-years')).toMatchObject({ Totalt: '8,7–9,6 år', 'Kommunens plan': '500–550 nye i året' });
    expect(rowCells('land-per-new-job')).toMatchObject({
      Totalt: '73 m²',
      'Kommunens plan': '420 m² per arbeidsplass i dag',
    });
    // Built out, 350 500 m² ÷ 4 800 = 73 m² per job: 5,8 × today's 420 m², so the warning shows.
    expect(plain(screen.getByTestId('summary-density-warning').textContent)).toContain(
      '73 m² areal per arbeidsplass, 5,8 ganger tettere enn dagens 420 m²',
    );
    expect(plain(screen.getByTestId('summary-pace-note').textContent)).toContain('Innen 2045');
    expect(rowCells('sites')).toMatchObject({ 'Asker nord': '3', 'Asker syd': '3', Totalt: '6' });
    expect(rowCells('near')).toMatchObject({ 'Asker nord': '80 %', 'Asker syd': '25 %', Totalt: '50 %' });
    expect(rowCells('abc')).toMatchObject({ 'Asker nord': 'A: 120,0B: 30,5', 'Asker syd': 'C: 200,0' });
    expect(screen.getByText(/Andel areal innen 1,0 km fra knutepunkt/)).toBeInTheDocument();
  });

  it('switches headings and number format in English', () => {
    render(<RegionSummary lang="en" summary={SUMMARY} nearHubM={1000} />);
    expect(rowCells('future')).toMatchObject({ 'Asker syd': '200.0', Total: '230.5', 'The kommune’s plan': '5,720' });
  });
});
