// Bokmål texts that name the kommune, its regions and its plan figures from the kommune profile (issue 14).

export const profileNb = {
  profAppTitle: 'Næringsarealkart – {kommune}',
  profUnknown:
    'Lenken ber om kommuneprofilen «{id}», men den følger ikke med appen. Fjern «profile» fra adressen for å se Asker.',
  profLayerFile: 'Kommuneprofilen «{id}» viser til {file}, som ikke følger med appen.',
  profNotice: 'Kommuneprofil: {kommune} ({number}). Regioner: {how}',
  profNoSites:
    'Ingen næringsområder følger med for {kommune} ({reason}). Last inn kommuneplanen (GeoJSON, SOSI eller GML) med «Last inn data».',
  profNoHubs:
    'Kollektivknutepunkter mangler i profilen for {kommune} ({reason}). Avstand til knutepunkt og ABC-vurdering kan ikke regnes ut før knutepunkter lastes inn.',
  profNoFigures: 'Planens tall mangler i profilen for {kommune}: {labels}. Grunn: {reason}',
  profFigExistingDaa: 'eksisterende næringsareal',
  profFigFutureDaa: 'fremtidig næringsareal',
  profFigNewJobs20Years: 'nye arbeidsplasser på 20 år',
  profFigNewJobsPerYear: 'vekst i arbeidsplasser i året',
  profFigLandPerJobM2: 'areal per arbeidsplass i dag',
  profMissing: 'mangler',
  profSummaryCaption: 'Sammendrag av områdene i kartet per region, sammenlignet med kommunens plantall',
  profPlanColumn: 'Kommunens plan',
  profSupplyYears: 'År med arealtilgang (nye, middels ÷ {low}–{high} i året)',
  profSupplyYearsNoPlan: 'År med arealtilgang (nye, middels ÷ planens vekst i året)',
  profPlanSource: 'Planens tall gjelder hele kommunen. Kilde: {source}. Områdene i kartet er et utvalg.',
  profPlanSourceNone:
    'Kommuneprofilen for {kommune} har ingen plantall å sammenligne med; kolonnen viser hva som mangler.',
  profChartTitle: 'Diagram: {regions}, og områdene i kartet mot kommunens plantall',
  profChartPlanHeading: 'Mot kommunens plan (tall for hele kommunen)',
  profChartPlanNone: 'Ingen plantall å sammenligne med',
  profChartLegendPlan: 'Planens tall',
  profChartCaption:
    'Planens tall er nye arbeidsplasser ({low}–{high} på 20 år, skalert til horisonten); kartets tall er nye arbeidsplasser innen horisonten, ikke kapasitet. Andelen er middels anslag delt på det laveste måltallet. Alle tall står også i tabellen.',
  profChartCaptionNoJobs:
    'Kartets tall er nye arbeidsplasser innen horisonten, ikke kapasitet. Profilen har ikke planens mål for nye arbeidsplasser. Alle tall står også i tabellen.',
};
