// @vitest-environment jsdom
// The region summary and chart under a kommune profile: Asker's figures come from its profile unchanged; Bærum's
// profile has no plan figures, so the plan column says they are missing and nothing is compared or divided by them.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import baerumJson from '../../geodata/profiles/baerum.json';
import { parseProfile, profileSummaryTargets } from '../../src/domain/kommuneProfile';
import { planComparisons, summaryColumns } from '../../src/domain/summaryViews';
import type { Summary } from '../../src/domain/types';
import { ProfileNotice } from '../../src/ui/ProfileNotice';
import { RegionChart } from '../../src/ui/RegionChart';
import { RegionSummary } from '../../src/ui/RegionSummary';
import { DEFAULT_PROFILE } from '../../src/state/profileStore';
import { plain, SUMMARY } from './fixtures';

afterEach(cleanup);

const BAERUM = parseProfile(baerumJson);

/** Bærum with no sites loaded: the engine's summary has only the (zero) total. */
const EMPTY: Summary = {
  rows: [],
  byRegion: [],
  total: {
    ...SUMMARY.total,
    sites: 0,
    areaDaa: 0,
    jobs: { low: 0, mid: 0, high: 0 },
    jobsToday: 0,
    newJobs: { low: 0, mid: 0, high: 0 },
    newJobsWithinHorizon: { low: 0, mid: 0, high: 0 },
    shareAreaNearHub: 0,
  },
  startYear: SUMMARY.startYear,
  horizonYears: SUMMARY.horizonYears,
};

function planColumn(): Record<string, string> {
  const table = within(screen.getByTestId('region-summary')).getByRole('table');
  const rows = [...table.querySelectorAll('tbody tr')];
  return Object.fromEntries(
    rows.map((r) => [r.getAttribute('data-row') ?? '', plain(r.lastElementChild?.textContent)]),
  );
}

describe('RegionSummary under a kommune profile', () => {
  it('shows the same plan figures for the bundled Asker profile as without one', () => {
    render(<RegionSummary lang="nb" summary={SUMMARY} nearHubM={1000} />);
    const without = planColumn();
    const chartWithout = document.querySelector('[data-testid="region-chart"] desc')?.textContent;
    cleanup();
    render(
      <RegionSummary
        lang="nb"
        summary={SUMMARY}
        nearHubM={1000}
        profile={DEFAULT_PROFILE}
        regionNames={['Asker nord', 'Asker syd']}
      />,
    );
    expect(planColumn()).toEqual(without);
    expect(document.querySelector('[data-testid="region-chart"] desc')?.textContent).toBe(chartWithout);
    expect(without).toMatchObject({ existing: '7 425', future: '5 720', 'supply-years': '500–550 nye i året' });
    expect(screen.getByRole('heading', { name: 'Asker nord og Asker syd' })).toBeInTheDocument();
    expect(screen.queryByTestId('summary-plan-missing')).toBeNull();
    // The five figures' sources, cited once: the Temaplan's §5.9.2 with the kommuneplan it states.
    expect(plain(screen.getByTestId('summary-plan-source').textContent)).toBe(
      'Planens tall gjelder hele kommunen. Kilde: Asker kommune, Temaplan næring 2020–2032 (høringsutkast 15.12.2020), §5.9.2 (kommuneplan 2020–2032). Områdene i kartet er et utvalg.',
    );
  });

  it('says every Bærum plan figure is missing, names the kommune, and shows no NaN or infinity', () => {
    render(<RegionSummary lang="nb" summary={EMPTY} nearHubM={1000} profile={BAERUM} regionNames={['Bærum']} />);
    expect(screen.getByRole('heading', { name: 'Bærum' })).toBeInTheDocument();
    const plan = planColumn();
    for (const key of ['existing', 'future', 'new-jobs-within', 'supply-years', 'land-per-new-job'])
      expect(plan[key], key).toBe('mangler');
    const missing = plain(screen.getByTestId('summary-plan-missing').textContent);
    expect(missing).toContain('Planens tall mangler i profilen for Bærum');
    expect(missing).toContain('nye arbeidsplasser på 20 år');
    expect(missing).toContain('Ikke samlet inn'); // the profile's own reason, in the page's language
    expect(missing).not.toContain('Not collected');
    expect(screen.getByTestId('summary-plan-source')).toHaveTextContent('Kommuneprofilen for Bærum har ingen plantall');
    expect(screen.getByText('Ingen plantall å sammenligne med', { selector: 'text' })).toBeInTheDocument();
    expect(document.querySelector('[data-chart-row^="plan-"]:not([data-chart-row="plan-none"])')).toBeNull();
    const all = screen.getByTestId('region-summary').textContent ?? '';
    expect(all).not.toMatch(/NaN|Infinity|∞|-\d/);
    expect(all).not.toContain('7 425');
    expect(all).not.toContain('500–550');
  });

  it('in English too', () => {
    render(<RegionSummary lang="en" summary={EMPTY} nearHubM={1000} profile={BAERUM} regionNames={['Bærum']} />);
    expect(planColumn().existing).toBe('missing');
    expect(screen.getByTestId('summary-plan-missing')).toHaveTextContent(
      'The plan figures are missing from the Bærum profile',
    );
  });
});

describe('planComparisons and the chart under a profile', () => {
  it('leave out every comparison the profile has no figure for', () => {
    const total = summaryColumns(SUMMARY).at(-1);
    if (!total) throw new Error('no total');
    expect(planComparisons(total, 20, profileSummaryTargets(BAERUM))).toEqual([]);
    expect(planComparisons(total, 20, profileSummaryTargets(DEFAULT_PROFILE))).toEqual(planComparisons(total, 20));
    const areaOnly = { area: { existingDaa: 1000, futureDaa: null }, jobs: null };
    expect(planComparisons(total, 20, areaOnly).map((c) => [c.key, c.planLow, c.shareOfPlan])).toEqual([
      ['existingDaa', 1000, 0.12],
    ]);
  });

  it('draws only the plan rows the profile has', () => {
    render(
      <RegionChart
        lang="nb"
        columns={summaryColumns(SUMMARY)}
        horizonYears={20}
        endYear={2045}
        targets={{ area: { existingDaa: 1000, futureDaa: null }, jobs: null }}
      />,
    );
    expect(document.querySelector('[data-chart-row="plan-existingDaa"]')).not.toBeNull();
    expect(document.querySelector('[data-chart-row="plan-futureDaa"]')).toBeNull();
    expect(document.querySelector('[data-chart-row="plan-newJobs"]')).toBeNull();
    expect(screen.getByText(/Profilen har ikke planens mål for nye arbeidsplasser/)).toBeInTheDocument();
  });
});

describe('ProfileNotice', () => {
  it('says nothing for the default profile, and for Bærum which kommune it is and that sites and hubs are missing', () => {
    const { container } = render(<ProfileNotice lang="nb" profile={DEFAULT_PROFILE} />);
    expect(container).toBeEmptyDOMElement();
    cleanup();
    render(<ProfileNotice lang="nb" profile={BAERUM} />);
    expect(screen.getByTestId('profile-notice')).toHaveTextContent('Kommuneprofil: Bærum (3201).');
    expect(screen.getByTestId('profile-no-sites')).toHaveTextContent('Ingen næringsområder følger med for Bærum');
    expect(screen.getByTestId('profile-no-hubs')).toHaveTextContent(
      'Kollektivknutepunkter mangler i profilen for Bærum',
    );
  });

  it('drops the missing-layer note once the user has loaded that layer', () => {
    render(<ProfileNotice lang="nb" profile={BAERUM} userFiles={{ sites: 'plan.sos' }} />);
    expect(screen.queryByTestId('profile-no-sites')).toBeNull();
    expect(screen.getByTestId('profile-no-hubs')).toBeInTheDocument();
  });
});
