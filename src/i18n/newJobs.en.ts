// English strings for jobs today, new jobs, the pace and the plan measures; typed against the bokmål table.
import type { newJobsNb } from './newJobs.nb';

export const newJobsEn: Record<keyof typeof newJobsNb, string> = {
  loadRoleJobsToday: 'Jobs today',

  cardJobsToday: 'Jobs today',
  cardJobsTodayData: '{jobs} (from the data, field “{field}”)',
  cardJobsTodayEstimate: '{jobs} (estimate: {m2} m² land per job, as today)',
  cardJobsTodayEstimateAssumed:
    '{jobs} (estimate: {m2} m² land per job – an assumption, not a figure for {kommune} today)',
  cardJobsTodayFuture: '0 (future land)',
  cardJobsTodayUnknown: '0 (status unknown, not estimated)',
  cardJobsTodayScenario: '{jobs} (set by the scenario)',
  cardNewJobs: 'New jobs the land has room for (low–mid–high)',
  cardNewJobsWithin: 'New jobs by {end} (low–mid–high)',
  cardAvailableFrom: 'available from {year}',

  summaryNewJobsWithin: 'New jobs by {end} (low–high)',
  summaryNewJobs: 'New jobs the land has room for (low–high)',
  summaryJobsToday: 'Jobs today (data or estimate)',
  summaryYearsValue: '{low}–{high} years',
  summaryPlanPerYear: '{low}–{high} new a year',
  summaryLandPerNewJob: 'Land per new job (mid)',
  summaryM2Value: '{m2} m²',
  summaryPlanLandPerJob: '{m2} m² per job today',
  summaryPaceNote:
    'New jobs = capacity when built out minus today’s jobs, never below 0. By {end}: a site becomes available after the lead time for its readiness and then fills at {share} of its new jobs a year. Capacity is computed on the net land ({netA} / {netB} / {netC} of the site for A / B / C).',
  noValue: '–',

  scenGroupSupply: 'Land supply and density',
  scenRowNewJobsCapacity: 'New jobs the land has room for (mid)',
  scenRowJobsToday: 'Jobs today (data or estimate)',
  scenRowCapacity: 'Capacity when built out, incl. today’s (mid)',
  scenRowDensity: 'Density when built out, times today’s',
  scenDensityValue: '{factor} ×',

  scenLandTitle: 'Net land, today’s jobs and pace',
  scenLandHelp:
    'The net developable share is the part of a site that can carry buildings (the rest: streets, utilities, green structure, setbacks). The pace is the share of a site’s new jobs taken up each year once the site is available. Empty field = the default.',
  scenNetShare: 'Net developable share, {abc} (0.75 = 75 %)',
  scenTakeUp: 'Taken up per year (0.05 = 5 %)',
  scenLandPerJobToday: 'm² of land per job today (estimate for existing sites)',
  scenErrorShare: 'Must be above 0 and at most 1.',
  scenErrorLandPerJob: 'Must be from 1 to 100 000.',

  invJobsHint: 'Capacity when built out {capacity}; jobs today: {today}.',
  scenSiteJobsToday: 'Jobs here today',
  scenSiteJobsTodayEmpty: 'Empty: {jobs} (from the data or estimated)',
  scenSiteNewJobs: 'New jobs here (low–mid–high): {jobs}. Basis: {basis}.',
  scenErrorJobsToday: 'Enter a whole number from 0 to 10,000,000.',

  invNewJobs: 'New jobs the land has room for (low–mid–high)',
};
