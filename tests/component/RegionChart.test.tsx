// @vitest-environment jsdom
// The nord/syd chart: an SVG image with a text alternative, bars to scale, and the plan figures as reference lines.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { summaryColumns } from '../../src/domain/summaryViews';
import { linearScale, niceCeil } from '../../src/ui/chartScale';
import { planLabelsOnTwoLines, RegionChart, regionLabelLines } from '../../src/ui/RegionChart';
import { RegionSummary } from '../../src/ui/RegionSummary';
import { plain, SUMMARY } from './fixtures';

afterEach(cleanup);

/** The rects of one chart row (data-chart-row), as numbers. */
function rects(row: string): { x: number; width: number; fill: string }[] {
  const g = document.querySelector(`[data-chart-row="${row}"]`);
  if (!g) throw new Error(`no chart row ${row}`);
  return [...g.querySelectorAll('rect')].map((r) => ({
    x: Number(r.getAttribute('x')),
    width: Number(r.getAttribute('width')),
    fill: r.getAttribute('fill') ?? '',
  }));
}

describe('chart scale', () => {
  it('ends axes on round numbers', () => {
    expect(niceCeil(7425)).toBe(10000);
    expect(niceCeil(200)).toBe(200);
    expect(niceCeil(201)).toBe(250);
    expect(niceCeil(1840)).toBe(2000);
    expect(niceCeil(0)).toBe(1);
  });
  it('maps 0..max onto the track and clamps beyond it', () => {
    const x = linearScale(200, 90, 272);
    expect(x(0)).toBe(90);
    expect(x(100)).toBe(181);
    expect(x(400)).toBe(272);
    expect(x(-5)).toBe(90);
  });
});

describe('RegionChart', () => {
  it('draws a region name too long for one line on two, broken at the space, and makes the jobs rows room for it', () => {
    const height = () =>
      Number(document.querySelector('[data-testid="region-chart"] svg')?.getAttribute('viewBox')?.split(' ')[3]);
    const label = (row: string) => document.querySelector(`[data-chart-row="${row}"] text`);
    const barY = (row: string) => Number(document.querySelector(`[data-chart-row="${row}"] rect`)?.getAttribute('y'));
    render(<RegionChart lang="nb" columns={summaryColumns(SUMMARY)} horizonYears={20} endYear={2045} />);
    const oneLine = { height: height(), areaY: Number(label('area-Asker nord')?.getAttribute('y')) };
    const jobsNord = barY('jobs-Asker nord');
    cleanup();

    const columns = summaryColumns(SUMMARY).map((c, i) => (i === 0 ? { ...c, region: null } : c));
    render(<RegionChart lang="nb" columns={columns} horizonYears={20} endYear={2045} />);
    for (const row of ['area-Utenfor regionene', 'jobs-Utenfor regionene']) {
      const lines = [...(label(row)?.querySelectorAll('tspan') ?? [])];
      expect(lines.map((l) => l.textContent)).toEqual(['Utenfor', 'regionene']);
      // The whole name is drawn, so no tooltip; the two lines are 12 px apart, around the one line's baseline.
      expect(label(row)?.querySelector('title')).toBeNull();
      const [first, second] = lines.map((l) => Number(l.getAttribute('y')));
      expect((second ?? 0) - (first ?? 0)).toBe(12);
      expect(((first ?? 0) + (second ?? 0)) / 2).toBe(Number(label(row)?.getAttribute('y')));
    }
    // The area rows have room for two lines: the first region's label sits where a one-line label would.
    expect(Number(label('area-Utenfor regionene')?.getAttribute('y'))).toBe(oneLine.areaY);
    // Each of the two jobs rows grows 6 px, its bar moved 6 px down: the second region's bar 12 px lower, the chart 12 px taller.
    expect(barY('jobs-Asker syd') - jobsNord).toBe(12 + (11 + 12));
    expect(height()).toBe(oneLine.height + 12);
  });
  it('cuts a name it cannot break, or its second line, with «…» and keeps the whole name as its tooltip', () => {
    const columns = summaryColumns(SUMMARY).map((c, i) =>
      i === 0 ? { ...c, region: 'Kommunedelplanområdet' } : i === 1 ? { ...c, region: 'Nye Hurum-Røykenområdet' } : c,
    );
    render(<RegionChart lang="nb" columns={columns} horizonYears={20} endYear={2045} />);
    const one = document.querySelector('[data-chart-row="area-Kommunedelplanområdet"] text');
    expect(one?.querySelector('title')?.textContent).toBe('Kommunedelplanområdet');
    expect(one?.lastChild?.textContent).toBe('Kommunedelpl…');
    expect(one?.querySelectorAll('tspan')).toHaveLength(0);
    const two = document.querySelector('[data-chart-row="jobs-Nye Hurum-Røykenområdet"] text');
    expect(two?.querySelector('title')?.textContent).toBe('Nye Hurum-Røykenområdet');
    expect([...(two?.querySelectorAll('tspan') ?? [])].map((l) => l.textContent)).toEqual(['Nye', 'Hurum-Røyken…']);
  });
  it('breaks long names at the last space that leaves the first line within 13 characters', () => {
    expect(regionLabelLines('Asker nord')).toEqual({ lines: ['Asker nord'], cut: false });
    expect(regionLabelLines('Utenfor regionene')).toEqual({ lines: ['Utenfor', 'regionene'], cut: false });
    expect(regionLabelLines('Outside the regions')).toEqual({ lines: ['Outside the', 'regions'], cut: false });
    expect(regionLabelLines('  Asker nord  ')).toEqual({ lines: ['Asker nord'], cut: false });
    expect(regionLabelLines('Kommunedelplanområdet')).toEqual({ lines: ['Kommunedelpl…'], cut: true });
    expect(regionLabelLines('Nye Hurum-Røykenområdet')).toEqual({ lines: ['Nye', 'Hurum-Røyken…'], cut: true });
  });
  it('is one image named by its title and described in words, the table being the full text alternative', () => {
    render(<RegionChart lang="nb" columns={summaryColumns(SUMMARY)} horizonYears={20} endYear={2045} />);
    const img = screen.getByRole('img', {
      name: /Diagram: Asker nord og Asker syd, og områdene i kartet mot kommunens plantall/,
    });
    expect(plain(img.querySelector('desc')?.textContent)).toContain(
      'Asker nord: 120,0 daa eksisterende og 30,5 daa fremtidig næringsareal, 1 050–4 200 nye arbeidsplasser innen horisonten.',
    );
    expect(plain(img.querySelector('desc')?.textContent)).toContain('Eksisterende: 120,0 daa plan 7 425 (2 %)');
    expect(screen.getByText(/Alle tall står også i tabellen/)).toBeInTheDocument();
  });

  it('draws area bars to one scale: 200 daa fills the track, 120 daa three fifths of it', () => {
    render(<RegionChart lang="nb" columns={summaryColumns(SUMMARY)} horizonYears={20} endYear={2045} />);
    const [nordExisting, nordFuture] = rects('area-Asker nord');
    expect(nordExisting?.width).toBeCloseTo(182 * 0.6, 6);
    expect(nordFuture?.width).toBeCloseTo((182 * 30.5) / 200, 6);
    expect(nordFuture?.fill).toBe('url(#hatch-future)');
    const [, sydFuture] = rects('area-Asker syd');
    expect(sydFuture?.width).toBeCloseTo(182, 6);
  });

  it('sets the total against the plan: 120 of 7 425 daa, and 2 400 new jobs within the horizon (not the 4 800 capacity) against the 15 000–20 000 band', () => {
    render(<RegionChart lang="nb" columns={summaryColumns(SUMMARY)} horizonYears={20} endYear={2045} />);
    const existing = document.querySelector('[data-chart-row="plan-existingDaa"]');
    // Scale 0–10 000 over 398 px: the plan line at 7 425, the bar at 120.
    expect(Number(existing?.querySelector('line')?.getAttribute('x1'))).toBeCloseTo(7425 * 0.0398, 6);
    expect(rects('plan-existingDaa').at(-1)?.width).toBeCloseTo(120 * 0.0398, 6);
    const jobs = document.querySelector('[data-chart-row="plan-newJobs"]');
    expect(plain(jobs?.textContent)).toBe('Nye innen 2045: 1 200–4 800plan 15 000–20 000 (16 %)');
    const band = rects('plan-newJobs')[1];
    expect(band?.x).toBeCloseTo(15000 * (398 / 20000), 6);
    expect(band?.width).toBeCloseTo(5000 * (398 / 20000), 6);
  });

  it('scales the plan band to a 10-year horizon: 7 500–10 000', () => {
    render(<RegionChart lang="nb" columns={summaryColumns(SUMMARY)} horizonYears={10} endYear={2035} />);
    expect(plain(document.querySelector('[data-chart-row="plan-newJobs"]')?.textContent)).toBe(
      'Nye innen 2035: 1 200–4 800plan 7 500–10 000 (32 %)',
    );
  });

  it('speaks English with British number formats', () => {
    render(<RegionChart lang="en" columns={summaryColumns(SUMMARY)} horizonYears={20} endYear={2045} />);
    expect(
      screen.getByRole('img', {
        name: /Chart: Asker nord and Asker syd, and the mapped sites against the kommune’s plan figures/,
      }),
    ).toBeInTheDocument();
    expect(plain(document.querySelector('[data-chart-row="plan-futureDaa"]')?.textContent)).toBe(
      'Future: 230.5 daaplan 5,720 (4%)',
    );
  });
});

describe('RegionChart with huge figures (a synthetic or hostile file)', () => {
  /** The columns with every area and job figure times k. */
  const scaled = (k: number) =>
    summaryColumns(SUMMARY).map((c) => ({
      ...c,
      existingDaa: c.existingDaa * k,
      futureDaa: c.futureDaa * k,
      newJobsWithinHorizon: {
        low: c.newJobsWithinHorizon.low * k,
        mid: c.newJobsWithinHorizon.mid * k,
        high: c.newJobsWithinHorizon.high * k,
      },
    }));
  const texts = (row: string) =>
    [...(document.querySelector(`[data-chart-row="${row}"]`)?.querySelectorAll('text') ?? [])].map((t) => ({
      text: plain(t.textContent),
      y: Number(t.getAttribute('y')),
      textLength: t.getAttribute('textLength'),
    }));

  it('puts the plan figure on a line of its own when the two labels would meet, and makes room for it', () => {
    render(<RegionChart lang="nb" columns={summaryColumns(SUMMARY)} horizonYears={20} endYear={2045} />);
    const height = (svg: Element | null) => Number(svg?.getAttribute('viewBox')?.split(' ')[3]);
    const small = height(document.querySelector('[data-testid="region-chart"] svg'));
    const [left, right] = texts('plan-newJobs');
    expect(left?.y).toBe(right?.y); // 'Nye innen 2045: 1 200–4 800' and 'plan 15 000–20 000 (16 %)' fit on one line
    cleanup();

    render(<RegionChart lang="nb" columns={scaled(5000)} horizonYears={20} endYear={2045} />);
    const [bigLeft, bigRight] = texts('plan-newJobs');
    expect(bigLeft?.text).toBe('Nye innen 2045: 6 000 000–24 000 000');
    expect(bigRight?.text).toBe('plan 15 000–20 000 (80 000 %)');
    expect((bigRight?.y ?? 0) - (bigLeft?.y ?? 0)).toBe(14);
    // Only that row is taller; 'Eksisterende: 600 000,0 daa' and 'plan 7 425 (8 081 %)' still fit on one line.
    expect(height(document.querySelector('[data-testid="region-chart"] svg'))).toBe(small + 14);
    const [existingLeft, existingRight] = texts('plan-existingDaa');
    expect(existingLeft?.y).toBe(existingRight?.y);
    // Its bar is under the second line: 16 px below the row's top, and 14 more.
    const bar = document.querySelector('[data-chart-row="plan-newJobs"] rect');
    expect(Number(bar?.getAttribute('y')) - ((bigLeft?.y ?? 0) - 11)).toBe(30);
  });

  it('squeezes a figure too long for the room right of the bars into it, and leaves the others alone', () => {
    render(<RegionChart lang="nb" columns={scaled(5000)} horizonYears={20} endYear={2045} />);
    const [, jobs] = texts('jobs-Asker nord');
    expect(jobs?.text).toBe('5 250 000–21 000 000');
    expect(jobs?.textLength).toBe('120'); // 400 − 278 − 2
    const [, existing] = texts('area-Asker nord');
    expect(existing?.text).toBe('600 000,0');
    expect(existing?.textLength).toBeNull();
  });

  it('squeezes a heading too long for the chart (the English plan heading) and leaves the short ones alone', () => {
    render(<RegionChart lang="en" columns={summaryColumns(SUMMARY)} horizonYears={20} endYear={2045} />);
    const headings = [...document.querySelectorAll('text[font-weight="700"]')].map((t) => ({
      text: t.textContent,
      textLength: t.getAttribute('textLength'),
    }));
    expect(headings).toEqual([
      { text: 'Area per region (daa)', textLength: null },
      { text: 'New jobs within the horizon, per region', textLength: null },
      { text: 'Against the kommune’s plan (figures for the whole kommune)', textLength: '400' },
    ]);
  });

  it('decides one or two lines by the labels’ length', () => {
    expect(planLabelsOnTwoLines(['Nye innen 2045: 1 200–4 800', 'plan 15 000–20 000 (16 %)'])).toBe(false);
    expect(planLabelsOnTwoLines(['Nye innen 2045: 4 623 156–15 440 455', 'plan 15 000–20 000 (57 978 %)'])).toBe(true);
  });
});

describe('RegionChart without sites', () => {
  it('says so under each heading, and in its description, instead of leaving them empty', () => {
    const total = summaryColumns(SUMMARY).find((c) => c.isTotal)!;
    const none = {
      ...total,
      existingDaa: 0,
      futureDaa: 0,
      areaDaa: 0,
      sites: 0,
      newJobsWithinHorizon: { low: 0, mid: 0, high: 0 },
    };
    render(<RegionChart lang="nb" columns={[none]} horizonYears={20} endYear={2045} />);
    for (const row of ['area-none', 'jobs-none'])
      expect(document.querySelector(`[data-chart-row="${row}"]`)?.textContent).toBe('Ingen områder å vise');
    expect(document.querySelector('[data-testid="region-chart"] desc')?.textContent).toMatch(
      /^Ingen områder å vise\. Eksisterende: 0,0 daa/,
    );
    // The plan rows still say where the (empty) total stands: 0 daa of the plan's 7 425.
    expect(plain(document.querySelector('[data-chart-row="plan-existingDaa"]')?.textContent)).toBe(
      'Eksisterende: 0,0 daaplan 7 425 (0 %)',
    );
    cleanup();
    render(<RegionChart lang="nb" columns={summaryColumns(SUMMARY)} horizonYears={20} endYear={2045} />);
    expect(document.querySelector('[data-chart-row="area-none"]')).toBeNull();
  });
});

describe('RegionSummary with filters', () => {
  it('says which share of the sites it covers', () => {
    render(<RegionSummary lang="nb" summary={SUMMARY} nearHubM={1000} filtered={{ shown: 6, total: 34 }} />);
    expect(screen.getByTestId('summary-filtered')).toHaveTextContent('Gjelder områdene som passer filtrene: 6 av 34.');
    expect(screen.getByTestId('region-chart')).toBeInTheDocument();
  });
});
