// Bokmål words for the readers' mapping notes (src/data: MappingNote, by `code` or `code/variant`) and the field
// roles the import account names. Placeholders: `{name}`; `{count|one|other}`; `{?name|text}` only when `name` is given.

export const mappingNotesNb: Readonly<Record<string, string>> = {
  'sosi-read':
    'Lest som SOSI{?version| {version}}-tekst, tegnsett {charset}; ..KOORDSYS {koordsys} ({koordsysName}) → EPSG:{epsg}, ..ENHET {enhet}, ..ORIGO-NØ {origoN} {origoE}.',
  'sosi-objects/areas':
    '{count} .FLATE-{count|objekt|objekter} lest, grensene bygd av {curves} {curves|kurve|kurver}{?notRead|; ikke lest som objekter: {notRead}}.',
  'sosi-objects/points':
    '{count} .PUNKT/.SYMBOL-{count|objekt|objekter} lest{?notRead|; ikke lest som objekter: {notRead}}.',
  'sosi-arcs/geographic':
    '{count} {count|bue|buer} (.BUEP/.SIRKELP/.BUE/.SIRKEL) erstattet av korder som holder seg innenfor 1e-8° fra den sanne buen.',
  'sosi-arcs/projected':
    '{count} {count|bue|buer} (.BUEP/.SIRKELP/.BUE/.SIRKEL) erstattet av korder som holder seg innenfor 1 mm fra den sanne buen.',
  'gml-read/areas':
    'Lest som GML ({root}); {count} {count|objekt|objekter} med areal{?notRead|; ikke lest: {notRead}}.',
  'gml-read/points':
    'Lest som GML ({root}); {count} {count|objekt|objekter} med punkt{?notRead|; ikke lest: {notRead}}.',
  'gml-srs/none': 'Ingen srsName i filen: koordinatsystemet er gjettet.',
  'gml-srs/given': 'srsName {srs}.',
  'gml-srs/lat-lon': 'srsName {srs}, lest i EPSG-aksenes rekkefølge breddegrad, lengdegrad.',
  'gtfs-hub-rule':
    'Et stoppested er et knutepunkt når det har minst {tog} tog-, {baat} båt- eller {buss} bussavganger i timen mellom {fromHour} og {toHour}; plattformer teller med stasjonen sin; typen er den første som når kravet av tog, båt, buss.',
  'gtfs-departures-counted/busiest':
    'Avganger telt {date} (dagen med flest turer i ruteplanen): {trips} turer går den dagen.',
  'gtfs-departures-counted/chosen': 'Avganger telt {date}: {trips} turer går den dagen.',
  'gtfs-trips-without-mode': '{count} {count|tur|turer} på ruter uten knutepunkttype (f.eks. trikk) er ikke telt.',
  'gtfs-untimed': '{count} {count|stopptid|stopptider} uten departure_time er ikke telt.',
  'gtfs-no-timetable/stations':
    'Ingen ruteplan: hver stasjon (location_type 1) er et knutepunkt; plattformer og andre stopp er det ikke.',
  'gtfs-no-timetable/stops': 'Ingen ruteplan og ingen stasjoner (location_type 1): hvert stopp er et knutepunkt.',
  'kommuner-merged': 'Kommunene {knrs} er slått sammen til én region {name}.',
  'plan-business-codes':
    'Plandata: bare arealformål for næringsareal beholdes ({codes}); hvert får standard ABC-type fra docs/plan-data.md når filen ikke oppgir en.',
  'plan-status-from-arealbruksstatus':
    'Status fra arealbruksstatus: 1 → eksisterende, 2 → fremtidig, 3 (videreutvikling av nåværende) → eksisterende med en merknad.',
  'plan-no-name-field': 'Ingen navnefelt: hvert område får navn etter arealformålet.',
  'site-format-all-business': 'Områdeformat (uten arealformål): hvert objekt regnes som næringsareal.',
  'plan-version-codes':
    'Plandata: arealformål {codes} er næringsareal; alle andre koder regnes til sin SOSI-hovedgruppe (1110 bolig, andre 1xxx bebyggelse, 2xxx samferdsel, 3xxx grønnstruktur, 4xxx forsvaret, 5xxx LNFR, 6xxx sjø og vassdrag).',
  'farmland-rule/all': 'Ingen arealtype-felt: hver flate regnes som jordbruksareal.',
  'farmland-rule/ar5':
    'AR5 {field}: bare 21 fulldyrka jord, 22 overflatedyrka jord og 23 innmarksbeite regnes som jordbruksareal.',
  'kommune-boundaries/profile-keep':
    'Kommunegrenser (profil {profile}): {rule}; andre kommuner beholdes under eget navn.',
  'kommune-boundaries/profile-skip': 'Kommunegrenser (profil {profile}): {rule}; andre kommuner hoppes over.',
  'kommune-boundaries/asker-keep':
    'Kommunegrenser: 0220 (Asker) → Asker nord; 0627 (Røyken) og 0628 (Hurum) → Asker syd, slått sammen til én region; andre kommuner beholdes under eget navn.',
  'kommune-boundaries/asker-skip':
    'Kommunegrenser: 0220 (Asker) → Asker nord; 0627 (Røyken) og 0628 (Hurum) → Asker syd, slått sammen til én region; andre kommuner hoppes over.',
};

/** The words the notes are put together from. */
export interface MappingNoteWords {
  /** The character set when the file names none. */
  charsetAsGiven: string;
  /** A KOORDSYS code without a known name. */
  koordsysUnknown: string;
  /** Between two kommunenummer of a list. */
  and: string;
  /** The import account's field list when no field was recognised. */
  noFields: string;
}

export const mappingNoteWordsNb: MappingNoteWords = {
  charsetAsGiven: 'som oppgitt',
  koordsysUnknown: 'ukjent',
  and: ' og ',
  noFields: 'ingen kjente felter',
};

/** Field roles as the import account names them (`navn ← FELTNAVN`), by the role of src/data/fieldNames.ts. */
export const fieldRolesNb: Readonly<Record<string, string>> = {
  id: 'id',
  name: 'navn',
  status: 'status',
  abc: 'ABC-type',
  readiness: 'planstatus',
  note: 'merknad',
  jobsToday: 'arbeidsplasser i dag',
  vacantDaa: 'ledig areal (daa)',
  arealformal: 'arealformål',
  arealbruksstatus: 'arealbruksstatus',
  objtype: 'objekttype',
  hubType: 'type knutepunkt',
  kommunenummer: 'kommunenummer',
  kommunenavn: 'kommunenavn',
};
