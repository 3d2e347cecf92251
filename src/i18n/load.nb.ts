// Bokmål strings for "Last inn data" (issue 4): the dialog, the preview and the data note; merged into nb with one
// spread.

export const loadNb = {
  loadOpen: 'Last inn data',
  loadRestore: 'Tilbake til eksempeldata',
  loadRestored: 'Eksempeldataene er tilbake.',
  loadApplied: 'Lest inn {count} {kind} fra {file}.',
  loadNoteUser: 'Egne data: {files}.',
  loadNoteMixed: 'Egne data: {files}. Næringsområdene er fortsatt eksempeldata (illustrasjoner).',
  loadNoteKind: '{file} ({kind})',

  loadDialogTitle: 'Last inn egne data',
  loadIntro:
    'Velg en GeoJSON-, SOSI- (.sos) eller GML-fil (næringsarealer fra en plan, knutepunkter eller regioner) eller GTFS-filer (stops.txt, gjerne med routes.txt, trips.txt, stop_times.txt og calendar.txt). Ingenting endres før du trykker «Bruk dataene».',
  loadChooseFiles: 'Velg fil(er)',
  loadDropHint: 'Du kan også slippe filene her eller hvor som helst på siden.',
  loadDropActive: 'Slipp filene for å lese dem inn',
  loadReading: 'Leser {file} …',
  loadPreviewing: 'Lager forhåndsvisning …',
  loadApplying: 'Beregner …',
  loadCancel: 'Avbryt',
  loadConfirm: 'Bruk dataene',
  loadConfirmHint: 'Dataene du har nå, endres først når du trykker «Bruk dataene».',

  loadKindLegend: 'Hva inneholder filen?',
  loadKindSites: 'Næringsarealer',
  loadKindHubs: 'Knutepunkter',
  loadKindRegions: 'Regioner',
  loadKindSitesPlural: 'næringsarealer',
  loadKindHubsPlural: 'knutepunkter',
  loadKindRegionsPlural: 'regioner',
  loadGuessed: 'Gjettet: {kind} ({why}). Velg en annen type hvis det er feil.',
  loadGuessGtfs: 'GTFS-filer blir knutepunkter',
  loadGuessPoints: 'filen har punkter',
  loadGuessKommune: 'filen har kommunenummer',
  loadGuessDefault: 'filen har flater uten kommunenummer',

  loadPreviewTitle: 'Forhåndsvisning',
  loadFileLabel: 'Fil',
  loadCounts: '{total} objekter i filen: {kept} leses inn, {skipped} hoppes over.',
  loadCountsGtfs: '{total} stoppesteder i filene: {kept} blir knutepunkter, {skipped} hoppes over.',
  loadModePlan:
    'Plandata (arealformål): bare næringsformål beholdes, og hver kode får standard ABC-type fra tabellen i docs/plan-data.md, med mindre filen har en egen.',
  loadModeKommune:
    'Kommunegrenser: 0220 (Asker) blir Asker nord; 0627 (Røyken) og 0628 (Hurum) blir Asker syd; andre kommuner hoppes over.',
  loadModeProject: 'Lest som prosjektets eget format.',
  loadModeGtfs: 'GTFS: stoppesteder som oppfyller regelen for knutepunkt, blir knutepunkter.',
  loadFirstItems: 'Første objekter som leses inn',

  loadCrsTitle: 'Koordinatsystem',
  loadCrsMember: '{label}, fra filens crs-angivelse.',
  loadCrsOverride: '{label}, valgt av deg.',
  loadCrsDetected: '{label}, gjettet ut fra koordinatene.',
  loadCrsWhyDegrees: 'Alle koordinatene ligger innenfor ±180/±90, så de er lest som lengde- og breddegrader.',
  loadCrsWhyMercator: 'Koordinatene er meter med y-verdier som passer Web Mercator (nettkart).',
  loadCrsChoose: 'Bruk koordinatsystem',
  problemCrsChoiceApp: 'under «Bruk koordinatsystem»',
  problemCrsChoiceCli: 'med --crs',
  loadCrsAuto: 'Automatisk (fra filen eller gjettet)',

  loadMappingTitle: 'Felter',
  loadMappingHint: 'Hvilken egenskap i filen som brukes til hva. Endrer du et valg, leses filen på nytt.',
  loadMappingAuto: '(finn automatisk)',
  loadMappingNone: '(ikke brukt)',
  loadRoleId: 'ID',
  loadRoleName: 'Navn',
  loadRoleStatus: 'Status',
  loadRoleAbc: 'ABC-type',
  loadRoleReadiness: 'Planstatus',
  loadRoleNote: 'Merknad',
  loadRoleArealformal: 'Arealformål',
  loadRoleArealbruksstatus: 'Arealbruksstatus',
  loadRoleObjtype: 'Objekttype',
  loadRoleHubType: 'Type knutepunkt',
  loadRoleKommunenummer: 'Kommunenummer',
  loadRoleKommunenavn: 'Kommunenavn',

  loadRuleTitle: 'Regel for knutepunkt',
  loadRuleText: 'Et stoppested er et knutepunkt når det har minst så mange avganger i timen mellom {from} og {to}:',
  loadRuleTog: 'Tog per time',
  loadRuleBuss: 'Buss per time',
  loadRuleBat: 'Båt per time',

  loadSkippedTitle: 'Hoppes over ({count})',
  loadSkippedNone: 'Ingen objekter hoppes over.',
  loadSkippedMore: '… og {count} til',
  loadWarningsTitle: 'Merknader ({count})',
  loadErrorTitle: 'Filen kan ikke brukes',
  loadErrorKept: 'Dataene du har nå, er ikke endret.',
  loadErrorOthers: 'Andre feil i filen',
  loadDetails: 'Teknisk melding',
  loadFeatureLabel: '{ref} (id «{id}»)',
  // Where a feature is in its file (FeatureRef in src/domain/types.ts), by its kind.
  loadRefFeature: 'features[{index}]',
  loadRefSosi: 'linje {line}, .{object} {serial}',
  loadRefSosiNoSerial: 'linje {line}, .{object} (uten serienummer)',
  loadRefGml: 'linje {line}, {element}',
  loadRefCsv: 'linje {line}',
  loadStopLabel: 'stoppested «{id}»',
} as const;

/**
 * Messages from the loaders, by their stable `code` (src/data/problems.ts; the corpus in
 * tests/fixtures/bad/expected.json). `{file}` is the file, `{feature}` the feature (index and id). A key
 * ending in `:file` is used when the problem concerns the whole file rather than one feature. Every
 * text says what the user can do; codes not listed here fall back to the loader's English message.
 */
export const loadProblemsNb: Readonly<Record<string, string>> = {
  'json-invalid':
    '{file} er ikke gyldig JSON. Sjekk at det er en hel GeoJSON-fil (ikke avkuttet eller redigert for hånd), og last den inn på nytt.',
  'not-feature-collection':
    '{file} er ikke en GeoJSON FeatureCollection. Eksporter laget som GeoJSON (en FeatureCollection med en «features»-liste).',
  'no-features': '{file} har ingen objekter (listen «features» er tom). Velg en fil med innhold.',
  'file-empty': '{file} er tom. Velg selve eksportfilen, ikke en tom plassholder.',
  'file-too-large':
    '{file} er større enn grensen på {limitMb} MB. Klipp den til området du trenger (f.eks. Asker), eller forenkle den i et GIS-program.',
  'encoding-utf16': '{file} er lagret som UTF-16, ikke UTF-8. Lagre eller eksporter den på nytt som UTF-8.',
  'encoding-not-utf8':
    '{file} er ikke UTF-8: noen tegn (trolig æ, ø eller å) kan ikke leses. Den er sannsynligvis lagret som Latin-1/Windows-1252; lagre eller eksporter den på nytt som UTF-8.',
  'crs-unsupported':
    '{file} oppgir et koordinatsystem som appen ikke støtter. Velg koordinatsystemet {crsChoice}, eller transformer filen til EPSG:25832 eller EPSG:4326.',
  'outside-norway:file':
    'Ingen av objektene i {file} ligger i Norge slik koordinatene er lest nå. Filen er trolig i et annet koordinatsystem: velg riktig {crsChoice}.',
  'outside-norway':
    '{feature} ligger utenfor Norge. Koordinaten er trolig feil eller i et annet koordinatsystem; rett den, eller fjern objektet.',
  'nothing-usable':
    'Ingen av objektene i {file} kan brukes. Se grunnene i den tekniske meldingen, rett filen, eller velg en annen type data.',
  internal:
    'Noe uventet gikk galt da {file} ble lest. Prøv igjen, og send den tekniske meldingen til den som drifter appen hvis det gjentar seg.',
  'not-a-feature':
    '{feature} er ikke et GeoJSON Feature-objekt. Fjern det, eller pakk det inn som {"type": "Feature", …}.',
  'geometry-null': '{feature} har ingen geometri. Gi objektet en geometri, eller fjern det.',
  'geometry-empty': '{feature} har en tom geometri (ingen koordinater). Gi objektet koordinater, eller fjern det.',
  'geometry-type':
    '{feature} har feil geometritype: næringsarealer og regioner må være flater (Polygon/MultiPolygon), knutepunkter punkter. Velg riktig type data, eller fjern objektet.',
  'geometry-coordinates': '{feature} har koordinater i feil form. Rett geometrien, eller fjern objektet.',
  'coordinate-not-finite':
    '{feature} har en koordinat som ikke er et endelig tall. Rett verdien, eller fjern objektet.',
  'coordinate-absurd':
    '{feature} har en koordinat som er umulig i dette koordinatsystemet. Rett tallet, velg et annet koordinatsystem, eller fjern objektet.',
  'ring-too-few-points': '{feature} har en ring med færre enn 3 ulike punkter. Rett geometrien, eller fjern objektet.',
  'ring-self-intersects':
    '{feature} har en ring som krysser seg selv, så arealet kan ikke måles. Reparer den (f.eks. med «Fix geometries» i QGIS eller ST_MakeValid i PostGIS), eller fjern objektet.',
  'ring-unclosed': '{feature} hadde en ring som ikke var lukket; den er lukket automatisk. Sjekk formen på kartet.',
  'projection-failed': '{feature} kan ikke regnes om til EPSG:25832. Sjekk at koordinatsystemet er riktig.',
  'hub-type-missing':
    '{feature} mangler type. Gi egenskapen «type» verdien tog, buss eller båt, eller velg typefeltet under «Felter».',
  'hub-type-unknown': '{feature} har en type som ikke er tog, buss eller båt. Rett typen, eller fjern objektet.',
  'region-name-missing':
    '{feature} mangler navn. Gi egenskapen «name» (f.eks. «Asker nord»), eller velg navnefeltet under «Felter».',
  'arealformal-missing': '{feature} mangler arealformål. Gi koden (f.eks. 1300), eller fjern objektet.',
  'kommunenummer-missing':
    '{feature} mangler et brukbart kommunenummer. Gi det firesifrede nummeret (f.eks. «0220»), eller fjern objektet.',
  'id-generated':
    '{feature} mangler id, og appen har laget en. Gi hvert objekt en id, så resultatene kan spores tilbake.',
  'id-duplicate':
    '{feature}: id-en er allerede brukt av et annet objekt, så dette fikk en ny id (med -2, -3 … til slutt). Gi hvert objekt sin egen id.',
  'name-missing': '{feature} mangler navn; id-en brukes som navn.',
  'status-unknown':
    '{feature} har en status som ikke gjenkjennes (forventet eksisterende eller fremtidig); den behandles som ukjent.',
  'abc-unknown': '{feature} har en ABC-type som ikke gjenkjennes (forventet A, B eller C); den behandles som ukjent.',
  'readiness-unknown':
    '{feature} har en planstatus som ikke gjenkjennes (forventet byggeklar, må reguleres eller må omreguleres); den behandles som ukjent.',
  'axes-swapped':
    'Koordinatene i {file} sto som [breddegrad, lengdegrad] (eller [nord, øst]); alle punkter er byttet om. Sjekk at dataene havner riktig på kartet.',
  'crs-detected':
    '{file} oppgir ikke koordinatsystem, så det er gjettet ut fra koordinatene. Velg et annet {crsChoice} hvis dataene havner feil.',
  'crs-suspicious':
    'Koordinatene i {file} ser ikke ut til å passe koordinatsystemet som brukes. Sjekk valget {crsChoice}.',
  'crs-override-disagrees': '{file} oppgir et annet koordinatsystem enn det du har valgt; ditt valg brukes.',
  'region-merged':
    'Flere objekter i {file} har samme navn; de er slått sammen til én region. Sjekk om det er en skrivefeil.',
  'status-videreutvikling':
    'Noen objekter i {file} har arealbruksstatus 3 (videreutvikling av nåværende); de er lest som eksisterende, og merknaden på hvert område sier det.',
  'arealformal-not-business': 'Objekter i {file} med arealformål som ikke er næringsareal, hoppes over.',
  'objtype-not-area': 'Objekter i {file} som ikke er arealformålsområder (f.eks. hensynssoner), hoppes over.',
  'kommune-not-asker': 'Kommuner i {file} som ikke er tidligere Asker, Røyken eller Hurum, hoppes over.',
  'kommune-whole-asker':
    'Dagens Asker i ett stykke i {file} kan ikke deles i Asker nord og syd og hoppes over. Bruk grensene for 0220, 0627 og 0628 fra før 2020.',
  'kommune-not-in-profile': 'Kommuner i {file} som ikke er med i kommuneprofilens regioner, hoppes over.',
  'below-hub-rule': 'Stoppesteder i {file} med for få avganger etter regelen for knutepunkt, hoppes over.',
  'gtfs-no-calendar':
    'GTFS-filene har ingen calendar.txt eller calendar_dates.txt, så alle turer er talt som om de går samme dag. Ta med kalenderfilene for et riktigere tall.',
  'gtfs-type-guessed':
    'Uten rutetabell (routes.txt, trips.txt, stop_times.txt) er typen knutepunkt gjettet ut fra navnet. Sjekk typene, eller ta med rutetabellen.',
  'gtfs-timetable-incomplete':
    'Avganger kan bare telles med routes.txt, trips.txt og stop_times.txt sammen; bare noen av dem ble valgt, så de er ikke brukt.',
  'gtfs-no-stops': '{file} har ingen stoppesteder eller stasjoner. Velg stops.txt fra en GTFS-eksport.',
  'gtfs-no-service': 'Ingen tur i GTFS-filene går på noen dag i kalenderen. Sjekk calendar.txt og calendar_dates.txt.',
  'gtfs-bad-date': '{file} har en dato som ikke kan leses (forventet ÅÅÅÅMMDD). Rett datoen.',
  'csv-unclosed-quote':
    '{file} har et felt i anførselstegn som aldri lukkes. Rett anførselstegnet, og last filen inn på nytt.',
  'csv-too-many-fields':
    '{file} har en linje med flere felt enn overskriften; trolig mangler et navn med komma anførselstegn. Rett linjen, og last filen inn på nytt.',
  'csv-text-after-quote':
    '{file} har tekst rett etter et avsluttende anførselstegn; inne i et felt må " skrives "". Rett linjen.',
  'csv-no-header': '{file} har ingen overskriftslinje. Velg stops.txt fra en GTFS-eksport.',
  'csv-missing-column':
    '{file} mangler en påkrevd kolonne (stop_id, stop_lat eller stop_lon). Velg stops.txt fra en GTFS-eksport.',
  'load-too-many-files': 'Velg én GeoJSON-fil om gangen, eller GTFS-filene til ett datasett.',
  'gtfs-no-stops-file':
    'GTFS-filene mangler stops.txt. Velg stops.txt (og gjerne routes.txt, trips.txt, stop_times.txt, calendar.txt og calendar_dates.txt).',
  'zip-file': '{file} er en zip-fil. Pakk den ut, og velg filene i den (for GTFS: stops.txt og gjerne flere).',
  'file-unreadable': '{file} kunne ikke leses. Sjekk at filen finnes og kan åpnes, og prøv igjen.',
};

/** Short reasons for the "skipped" counts, by code; a code not listed shows the loader's own reason. */
export const loadSkipReasonsNb: Readonly<Record<string, string>> = {
  'not-a-feature': 'ikke et GeoJSON Feature-objekt',
  'geometry-null': 'ingen geometri',
  'geometry-empty': 'tom geometri',
  'geometry-type': 'feil geometritype',
  'geometry-coordinates': 'koordinater i feil form',
  'coordinate-not-finite': 'koordinat som ikke er et tall',
  'coordinate-absurd': 'umulig koordinat',
  'ring-too-few-points': 'ring med færre enn 3 punkter',
  'ring-self-intersects': 'ring som krysser seg selv',
  'projection-failed': 'kan ikke regnes om',
  'outside-norway': 'utenfor Norge',
  'hub-type-missing': 'knutepunkt uten type',
  'hub-type-unknown': 'ukjent type knutepunkt',
  'region-name-missing': 'region uten navn',
  'arealformal-missing': 'mangler arealformål',
  'kommunenummer-missing': 'mangler kommunenummer',
  'arealformal-not-business': 'ikke næringsareal',
  'objtype-not-area': 'ikke et arealformålsområde',
  'artype-not-farmland': 'ikke jordbruksareal',
  'kommune-not-asker': 'ikke en tidligere Asker-kommune',
  'kommune-whole-asker': 'dagens Asker i ett stykke',
  'kommune-not-in-profile': 'ikke med i kommuneprofilens regioner',
  'below-hub-rule': 'for få avganger til å være knutepunkt',
};

/** Coordinate systems by name, for the override choice and messages (English: loadCrsLabelsEn; one lookup, crsLabel). */
export const loadCrsLabelsNb: Readonly<Record<number, string>> = {
  4326: 'WGS 84 (EPSG:4326, lengde/bredde)',
  4258: 'ETRS89 (EPSG:4258, lengde/bredde)',
  25832: 'EUREF89 / UTM sone 32N (EPSG:25832)',
  25833: 'EUREF89 / UTM sone 33N (EPSG:25833)',
  25835: 'EUREF89 / UTM sone 35N (EPSG:25835)',
  32632: 'WGS 84 / UTM sone 32N (EPSG:32632)',
  32633: 'WGS 84 / UTM sone 33N (EPSG:32633)',
  3857: 'WGS 84 / Pseudo-Mercator (EPSG:3857, nettkart)',
};
