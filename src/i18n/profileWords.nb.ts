// Bokmål words that depend on the kommune profile: who presents the land on the investor page, which kommune, and
// the scenario presets made for it.

export const profileWordsNb = {
  invKickerKommune: 'Næringsareal i {kommune}',
  invNoOrganisation:
    'Kommuneprofilen for {kommune} nevner ingen organisasjon som tar imot investorer, så her står ingen kontakt.',
  scenKommunePresetsNone:
    'Kommuneprofilen for {kommune} har ingen egne ferdige scenarioer; bare de generelle vises (scenarioer laget for en annen kommunes områder er tatt ut).',
  /** The investor page's road words under a profile that names no main roads (Asker's: E18 and E134). */
  invRoadUnnamed: 'Avstand til hovedvei',
  invRoadMissingWhyUnnamed: 'Hovedveienes kryss har ennå ingen kildebelagte koordinater i datagrunnlaget.',
} as const;
