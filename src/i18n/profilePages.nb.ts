// Bokmål texts of the load dialog, the scenario page and the density warning that follow the active kommune profile
// (issue 14): the kommune's name, its regions and its plan figures with their source, or that a figure is missing.

export const profilePagesNb = {
  profLoadModeKommune: 'Kommunegrenser etter profilen for {kommune}: {rule}; andre kommuner hoppes over.',
  profLoadRulePart: '{numbers} blir {region}',
  profLoadGuessRegionNames: 'objektene heter {names}',
  profLoadCrsWhyUtm:
    'Koordinatene er meter med nordverdier som passer UTM i Norge; sonen som legger dataene nærmest {kommune}, er valgt.',
  profLoadPreviewMap: 'Kart over det som lastes inn (oransje) mot regionene {regions} (grå)',
  profLoadPreviewMapNoRegions: 'Kart over det som lastes inn (oransje)',
  profLoadAllOutside:
    'Ingen av de {count} objektene ligger i {regions}. Sjekk koordinatsystemet under – feil system kan legge dem i fjorden eller langt unna.',
  profRoadPanelFar: 'Ingen del av veinettet ligger i {kommune}. Er det riktig fil og riktig koordinatsystem?',
  profDensityWarning:
    'Advarsel: ferdig utbygd gir forutsetningene {m2} m² areal per arbeidsplass, {factor} ganger tettere enn dagens {today} m² ({cite}). Sjekk %BRA og m² per arbeidsplass før tallene brukes.',
  /** How the warning cites the bundled Asker profile's figure (its source names the same plan and section). */
  profDensityCiteAsker: 'Temaplan næring §5.9.2',
  profScenIntro:
    'Velg to eller tre scenarioer og se hva de betyr for arbeidsplasser, for regionene i {kommune} og for kommunens mål. Lag en kopi av et ferdig scenario for å endre forutsetninger eller enkeltområder; endringene regnes ut med en gang og kan angres.',
  profScenResultsTitle: 'Resultater mot kommunens mål',
  profScenPlanSource:
    'Mål for {kommune}: {jobs20} nye arbeidsplasser på 20 år og {perYear} i året (begge planens tall vises), skalert til hvert scenarios horisont. Kilde: {source}.',
  profScenPlanSourceNone:
    'Kommuneprofilen for {kommune} har ikke planens mål for nye arbeidsplasser ({reason}), så scenarioene sammenlignes uten mål.',
  profScenChartTitle: 'Diagram: nye arbeidsplasser innen horisonten per scenario mot kommunens mål',
  profScenChartLegendTarget: 'Skravert felt: kommunens mål, skalert til horisonten',
  profScenRowTarget: 'Mål: {range} på 20 år, skalert',
  profScenRowTargetYearly: 'Mål: {range} i året × år',
  profScenRowSupplyYears: 'År med arealtilgang (nye ÷ {range} i året)',
  profScenRowSupplyYearsNone: 'År med arealtilgang (nye ÷ planens vekst i året, mangler)',
  profScenRowLandPerNewJob: 'Areal per ny arbeidsplass, m² (i dag: {today} m²)',
  profScenRowLandPerNewJobNone: 'Areal per ny arbeidsplass, m² (i dag: mangler i profilen)',
};
