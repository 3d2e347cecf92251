// Bokmål strings for jobs today, new jobs, the pace and the plan measures (issue 9); spread into nb.ts.
// "Kapasitet" always means build-out capacity; "nye arbeidsplasser" always means capacity minus today's jobs.

export const newJobsNb = {
  loadRoleJobsToday: 'Arbeidsplasser i dag',

  cardJobsToday: 'Arbeidsplasser i dag',
  cardJobsTodayData: '{jobs} (fra dataene, feltet «{field}»)',
  cardJobsTodayEstimate: '{jobs} (anslag: {m2} m² areal per arbeidsplass, som i dag)',
  cardJobsTodayEstimateAssumed:
    '{jobs} (anslag: {m2} m² areal per arbeidsplass – en forutsetning, ikke et tall for {kommune} i dag)',
  cardJobsTodayFuture: '0 (fremtidig areal)',
  cardJobsTodayUnknown: '0 (status ukjent, ikke anslått)',
  cardJobsTodayScenario: '{jobs} (satt i scenarioet)',
  cardNewJobs: 'Nye arbeidsplasser arealet gir rom for (lav–middels–høy)',
  cardNewJobsWithin: 'Nye arbeidsplasser innen {end} (lav–middels–høy)',
  cardAvailableFrom: 'ledig fra {year}',

  summaryNewJobsWithin: 'Nye arbeidsplasser innen {end} (lav–høy)',
  summaryNewJobs: 'Nye arbeidsplasser arealene gir rom for (lav–høy)',
  summaryJobsToday: 'Arbeidsplasser i dag (data eller anslag)',
  summaryYearsValue: '{low}–{high} år',
  summaryPlanPerYear: '{low}–{high} nye i året',
  summaryLandPerNewJob: 'Areal per ny arbeidsplass (middels)',
  summaryM2Value: '{m2} m²',
  summaryPlanLandPerJob: '{m2} m² per arbeidsplass i dag',
  summaryPaceNote:
    'Nye arbeidsplasser = kapasitet ferdig utbygd minus dagens arbeidsplasser, aldri under 0. Innen {end}: et areal blir ledig etter ledetiden for planstatusen og fylles så opp med {share} av de nye arbeidsplassene i året. Kapasiteten regnes på nettoarealet ({netA} / {netB} / {netC} av tomta for A / B / C).',
  noValue: '–',

  scenGroupSupply: 'Arealtilgang og tetthet',
  scenRowNewJobsCapacity: 'Nye arbeidsplasser arealene gir rom for (middels)',
  scenRowJobsToday: 'Arbeidsplasser i dag (data eller anslag)',
  scenRowCapacity: 'Kapasitet ferdig utbygd, inkl. dagens (middels)',
  scenRowDensity: 'Tetthet ferdig utbygd, ganger dagens',
  scenDensityValue: '{factor} ×',

  scenLandTitle: 'Nettoareal, dagens arbeidsplasser og takt',
  scenLandHelp:
    'Netto utbyggbar andel er den delen av tomta som kan bebygges (resten: veier, teknisk infrastruktur, grønnstruktur, byggegrenser). Takten er andelen av et areals nye arbeidsplasser som tas i bruk hvert år etter at arealet er ledig. Tomt felt = standardverdien.',
  scenNetShare: 'Netto utbyggbar andel, {abc} (0,75 = 75 %)',
  scenTakeUp: 'Tatt i bruk per år (0,05 = 5 %)',
  scenLandPerJobToday: 'm² areal per arbeidsplass i dag (anslag for eksisterende arealer)',
  scenErrorShare: 'Må være over 0 og høyst 1.',
  scenErrorLandPerJob: 'Må være fra 1 til 100 000.',

  invJobsHint: 'Kapasitet ferdig utbygd {capacity}; arbeidsplasser i dag: {today}.',
  scenSiteJobsToday: 'Arbeidsplasser i dag her',
  scenSiteJobsTodayEmpty: 'Tomt: {jobs} (fra dataene eller anslag)',
  scenSiteNewJobs: 'Nye arbeidsplasser her (lav–middels–høy): {jobs}. Basis: {basis}.',
  scenErrorJobsToday: 'Skriv et helt antall fra 0 til 10 000 000.',

  invNewJobs: 'Nye arbeidsplasser arealet gir rom for (lav–middels–høy)',
} as const;
