// Bokmål words of the land-accounts CLI's Markdown (keys start with `amd`); numbers are filled in by
// scripts/accounts/markdown.ts. The app's accounts page has its own words (accounts.nb.ts).

export const accountsMdNb = {
  amdTitle: '# Næringsarealregnskap',
  amdInputs: 'Før: {before} · Etter: {after} · Regioner: {regions}{farmland}',
  amdInputsFarmland: ' · Dyrka mark: {file}',
  amdIntro:
    'Arealer i dekar (daa), plant i EUREF89 UTM 32N (EPSG:25832), etter at hver planversjons næringsareal er slått sammen (overlapp telles én gang). Areal utenfor alle regioner telles bare i totalen.',
  amdFlowHeading: '## Tilgang og avgang',
  amdColRegion: 'Region',
  amdColBefore: 'Før',
  amdColAfter: 'Etter',
  amdColAdded: 'Tilgang',
  amdColRemoved: 'Avgang',
  amdColNet: 'Netto',
  amdColToHousing: 'Til bolig',
  amdColRealised: 'Realisert',
  amdColFarmland: 'Dyrka mark i tilgang',
  amdTotal: 'Totalt',
  amdFlowNote:
    'Tilgang: næringsareal i den nye versjonen som ikke var næringsareal før. Avgang: næringsareal som ikke lenger er det. Realisert: fremtidig før, nåværende etter.',
  amdBecameHeading: '## Hva avgangen ble til',
  amdCatHousing: 'Bolig (1110)',
  amdCatBuiltOther: 'Annen bebyggelse og anlegg (1xxx)',
  amdCatTransport: 'Samferdsel og teknisk infrastruktur (2xxx)',
  amdCatGreen: 'Grønnstruktur (3xxx)',
  amdCatDefence: 'Forsvaret (4xxx)',
  amdCatLnfr: 'LNFR (5xxx)',
  amdCatSea: 'Bruk og vern av sjø og vassdrag (6xxx)',
  amdCatNotInPlan: 'Ikke i planen',
  amdBecameNote:
    'Der den nye versjonen har flere formål over samme areal, går arealet til det første i rekkefølgen over (bolig først).',
  amdFarmHeading: '## Dyrka mark',
  amdFarmText:
    'Tilgangen tar {daa} daa dyrka mark (AR5 21, 22 og 23). Planens indikator er høyst {max} daa omdisponert i året (§6): det tilsvarer {years} års ramme.',
  amdFarmMissing:
    'Ingen dyrka mark-lag er gitt (--farmland), så omdisponert dyrka mark er ikke beregnet. Planens indikator er høyst {max} daa i året (§6).',
  amdCapHeading: '## Endring i rom for nye arbeidsplasser (totalt)',
  amdCapColAbc: 'ABC-type',
  amdCapColAddedDaa: 'Tilgang (daa)',
  amdCapColRemovedDaa: 'Avgang (daa)',
  amdCapColAddedJobs: 'Arbeidsplasser tilgang (middels)',
  amdCapColRemovedJobs: 'Arbeidsplasser avgang (middels)',
  amdCapColNet: 'Netto lav / middels / høy',
  amdAbcUnknown: 'ukjent',
  amdCapNote:
    'Nye arbeidsplasser arealene gir rom for (kapasitet ferdig utbygd på netto areal minus dagens arbeidsplasser), etter standardforutsetningene (geodata/assumptions.json): tilgang teller hele kapasiteten, avgang av eksisterende næringsareal bare det som var igjen utover dagens arbeidsplasser ({m2} m² per arbeidsplass), avgang av fremtidig areal hele kapasiteten. Ikke en prognose. Areal med ukjent ABC-type gir ingen arbeidsplasser.',
  amdWarningsHeading: '## Advarsler',
} as const;
