// English words for the readers' mapping notes (src/data: MappingNote, by `code` or `code/variant`) and the field
// roles the import account names. Placeholders: `{name}`; `{count|one|other}`; `{?name|text}` only when `name` is given.
import type { MappingNoteWords } from './mappingNotes.nb';

export const mappingNotesEn: Readonly<Record<string, string>> = {
  'sosi-read':
    'Read as SOSI{?version| {version}} text, character set {charset}; ..KOORDSYS {koordsys} ({koordsysName}) → EPSG:{epsg}, ..ENHET {enhet}, ..ORIGO-NØ {origoN} {origoE}.',
  'sosi-objects/areas':
    '{count} .FLATE {count|object|objects} read, their boundaries built from {curves} {curves|curve|curves}{?notRead|; not read as features: {notRead}}.',
  'sosi-objects/points':
    '{count} .PUNKT/.SYMBOL {count|object|objects} read{?notRead|; not read as features: {notRead}}.',
  'sosi-arcs/geographic':
    '{count} {count|arc|arcs} (.BUEP/.SIRKELP/.BUE/.SIRKEL) replaced by chords that stay within 1e-8° of the true arc.',
  'sosi-arcs/projected':
    '{count} {count|arc|arcs} (.BUEP/.SIRKELP/.BUE/.SIRKEL) replaced by chords that stay within 1 mm of the true arc.',
  'gml-read/areas':
    'Read as GML ({root}); {count} {count|feature|features} with an area{?notRead|; not read: {notRead}}.',
  'gml-read/points':
    'Read as GML ({root}); {count} {count|feature|features} with a point{?notRead|; not read: {notRead}}.',
  'gml-srs/none': 'No srsName in the file: the coordinate system is guessed.',
  'gml-srs/given': 'srsName {srs}.',
  'gml-srs/lat-lon': 'srsName {srs}, read in its EPSG axis order latitude, longitude.',
  'gtfs-hub-rule':
    'A stop place is a hub when it has at least {tog} train (tog), {baat} boat (båt), {buss} bus (buss) departures per hour between {fromHour} and {toHour}; platforms count with their station; the type is the first qualifying mode of tog, båt, buss.',
  'gtfs-departures-counted/busiest':
    'Departures counted on {date} (the busiest day of the feed): {trips} trips run that day.',
  'gtfs-departures-counted/chosen': 'Departures counted on {date}: {trips} trips run that day.',
  'gtfs-trips-without-mode': '{count} {count|trip|trips} of routes without a hub type (e.g. tram) not counted.',
  'gtfs-untimed': '{count} {count|stop time|stop times} without a departure_time not counted.',
  'gtfs-no-timetable/stations':
    'No timetable: every station (location_type 1) is a hub; platforms and other stops are not.',
  'gtfs-no-timetable/stops': 'No timetable and no stations (location_type 1): every stop is a hub.',
  'kommuner-merged': 'Kommuner {knrs} merged into one region {name}.',
  'plan-business-codes':
    'Plan data: only business-land arealformål codes are kept ({codes}); each gets the default ABC type of docs/plan-data.md unless the file gives one.',
  'plan-status-from-arealbruksstatus':
    'Status from arealbruksstatus: 1 → eksisterende, 2 → fremtidig, 3 (videreutvikling av nåværende) → eksisterende with a note.',
  'plan-no-name-field': 'No name field: each site is named by its arealformål.',
  'site-format-all-business': 'Site format (no arealformål): every feature counts as business land.',
  'plan-version-codes':
    'Plan data: arealformål {codes} is business land; every other code counts as its SOSI main group (1110 housing, other 1xxx built-up, 2xxx transport, 3xxx green structure, 4xxx defence, 5xxx LNFR, 6xxx sea and watercourses).',
  'farmland-rule/all': 'No arealtype field: every polygon counts as farmland.',
  'farmland-rule/ar5':
    'AR5 {field}: only 21 fulldyrka jord, 22 overflatedyrka jord and 23 innmarksbeite count as farmland.',
  'kommune-boundaries/profile-keep':
    'Kommune boundaries (profile {profile}): {rule}; other kommuner are kept under their own name.',
  'kommune-boundaries/profile-skip': 'Kommune boundaries (profile {profile}): {rule}; other kommuner are skipped.',
  'kommune-boundaries/asker-keep':
    'Kommune boundaries: 0220 (Asker) → Asker nord; 0627 (Røyken) and 0628 (Hurum) → Asker syd, merged into one region; other kommuner are kept under their own name.',
  'kommune-boundaries/asker-skip':
    'Kommune boundaries: 0220 (Asker) → Asker nord; 0627 (Røyken) and 0628 (Hurum) → Asker syd, merged into one region; other kommuner are skipped.',
};

/** The words the notes are put together from. */
export const mappingNoteWordsEn: MappingNoteWords = {
  charsetAsGiven: 'as given',
  koordsysUnknown: 'unknown',
  and: ' and ',
  noFields: 'no known fields',
};

/** Field roles as the import account names them (`name ← FELTNAVN`), by the role of src/data/fieldNames.ts. */
export const fieldRolesEn: Readonly<Record<string, string>> = {
  id: 'id',
  name: 'name',
  status: 'status',
  abc: 'ABC type',
  readiness: 'readiness',
  note: 'note',
  jobsToday: 'jobs today',
  vacantDaa: 'vacant land (daa)',
  arealformal: 'arealformål',
  arealbruksstatus: 'arealbruksstatus',
  objtype: 'object type',
  hubType: 'hub type',
  kommunenummer: 'kommunenummer',
  kommunenavn: 'kommune name',
};
