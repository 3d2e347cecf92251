// Bokmål strings for issue 10's "ready to show" work: ABC fit on the map and in the list, phone layout, basemap, kept data.
export const showNb = {
  colourByLabel: 'Fargelegg områdene etter',
  colourByAbc: 'ABC-type',
  colourByFit: 'ABC-samsvar',
  legendFitOk: 'Passer (ok)',
  legendFitPartial: 'Passer delvis',
  legendFitMismatch: 'Passer ikke',
  legendFitUnknown: 'Ukjent (uten ABC-type)',
  legendFitLine: 'Linje til knutepunktet samsvaret vurderes mot',
  legendFitNote: 'Fargene er valgt for å kunne skilles ved fargesvakt syn; ordet står også i lista og på kortet.',
  filterFit: 'ABC-samsvar',
  sortFit: 'ABC-samsvar',
  sortDirWorstFirst: 'dårligst først',
  sortDirBestFirst: 'best først',
  hubRegisterId: '(stoppestedsregisteret: {id})',
  fitLinkLabel: '{distance} til {hub}',
} as const;
