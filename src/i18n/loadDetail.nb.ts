// Bokmål words for the loaders' problems (src/data): per code, the detail that names the facts in the problem's
// params. Keys are `code`, `code/variant` (when one code has several texts), `code:file` (the whole file, not one
// feature) or `/variant` (the same text for every code with that variant). Rendered by problemText.ts, for the app and
// the CLIs alike; the loaders build no sentences.

export const loadDetailsNb: Readonly<Record<string, string>> = {
  // Objekt-id (featureReporter.ts)
  'id-imprecise':
    'har tall-id-en {id}, som er for stor til å leses nøyaktig (filen kan si noe annet, f.eks. blir 12345678901234567890 til 12345678901234567000); skriv id-en som tekst i anførselstegn',
  'id-unusable/list':
    'har en id som er en liste, ikke tekst eller et tall; bruker {generated}. Gi hvert objekt en id som tekst (eller et heltall) så resultatene kan spores tilbake',
  'id-unusable/object':
    'har en id som er et objekt, ikke tekst eller et tall; bruker {generated}. Gi hvert objekt en id som tekst (eller et heltall) så resultatene kan spores tilbake',
  'id-unusable/boolean':
    'har en id som er {value} (sann/usann), ikke tekst eller et tall; bruker {generated}. Gi hvert objekt en id som tekst (eller et heltall) så resultatene kan spores tilbake',
  'id-unusable/number':
    'har en id som er et tall for stort til å lagres (som 1e400), ikke tekst eller et tall; bruker {generated}. Gi hvert objekt en id som tekst (eller et heltall) så resultatene kan spores tilbake',
  'id-unusable':
    'har en id som ikke er tekst eller et tall; bruker {generated}. Gi hvert objekt en id som tekst (eller et heltall) så resultatene kan spores tilbake',
  'id-generated':
    'har ingen id (ingen egenskap {field} og ingen Feature-id); bruker {generated}. Gi hvert objekt en id så resultatene kan spores tilbake',
  'id-duplicate':
    'id-en {id} er alt brukt av {first}; dette objektet fikk navnet {renamed}. Gi hvert objekt sin egen id',
  // Geometri slik den leses (readGeometry.ts)
  'geometry-coordinates/pair': '{where} er ikke et koordinatpar [x, y]; rett geometrien eller fjern objektet',
  'geometry-coordinates/ring': '{where} er ikke en liste med posisjoner; rett geometrien eller fjern objektet',
  'coordinate-not-finite':
    '{where} har en koordinat som ikke er et endelig tall: {value}; rett verdien eller fjern objektet',
  'ring-too-few-points':
    '{where} har {count} ulike {count|punkt|punkter}; en ring trenger minst 3; rett geometrien eller fjern objektet',
  'ring-unclosed': '{where} var ikke lukket (siste posisjon er ulik den første); den ble lukket',
  'geometry-empty/polygon': '{where} har ingen ringer (en tom geometri); gi den koordinater eller fjern objektet',
  'geometry-empty/multipolygon':
    'er en MultiPolygon uten polygoner (en tom geometri); gi den koordinater eller fjern objektet',
  'geometry-empty/point': 'er et Point uten koordinater (en tom geometri); gi det en posisjon eller fjern objektet',
  'geometry-null/area': 'har ingen geometri (null); gi det en Polygon eller MultiPolygon, eller fjern objektet',
  'geometry-null/point': 'har ingen geometri (null); gi det et Point, eller fjern objektet',
  'geometry-type/area':
    'har geometritypen {type}; ventet Polygon eller MultiPolygon. Gi det en flategeometri eller fjern objektet',
  'geometry-type/point': 'har geometritypen {type}; ventet Point. Gi knutepunktet én posisjon eller fjern objektet',
  'geometry-type/multipoint':
    'er et MultiPoint med {count} punkter; et knutepunkt trenger nøyaktig ett punkt; del det opp eller fjern objektet',
  // Tekst og JSON (textChecks.ts, loadGeoJson.ts)
  'file-too-large/geojson':
    'er {sizeMb} MB, mer enn grensen på {maxMb} MB. Klipp den til området du trenger (f.eks. Asker) eller forenkle den i et GIS, og last den inn igjen.',
  'file-too-large/gtfs':
    'er {sizeMb} MB, mer enn grensen på {maxMb} MB. Kutt ruteplanen ned til området du trenger (f.eks. med et GTFS-filterverktøy) og last den inn igjen.',
  'file-too-large/plan':
    'er {sizeMb} MB, mer enn grensen på {maxMb} MB. Klipp {format}-filen til området du trenger i et GIS, og last den inn igjen.',
  'file-empty': 'er tom (ingen tekst i det hele tatt). Velg selve den eksporterte filen, ikke en tom plassholder.',
  'encoding-utf16':
    'ser ut som UTF-16-tekst (den har et UTF-16-byteordensmerke eller nullbyte mellom tegnene), ikke UTF-8. Lagre eller eksporter den på nytt som UTF-8.',
  'encoding-not-utf8':
    'ser ikke ut som UTF-8: {count} tegn kunne ikke leses (det første på linje {line}, kolonne {column}). Den er trolig lagret som Latin-1/Windows-1252, som eldre GIS-verktøy bruker for æ, ø og å; lagre eller eksporter den på nytt som UTF-8.',
  'json-invalid': 'er ikke gyldig JSON: {detail}. Sjekk at filen er en hel GeoJSON-fil.',
  'json-invalid/end':
    'er ikke gyldig JSON på linje {line}, kolonne {column}: teksten slutter der det skulle stått {expected} (er filen avkortet?). Sjekk at filen er en hel GeoJSON-fil.',
  'json-invalid/unexpected':
    'er ikke gyldig JSON på linje {line}, kolonne {column}: uventet {found}, ventet {expected}. Sjekk at filen er en hel GeoJSON-fil.',
  'json-invalid/too-deep':
    'er ikke gyldig JSON på linje {line}, kolonne {column}: for dypt nøstet. Sjekk at filen er en hel GeoJSON-fil.',
  'json-invalid/trailing-comma':
    "er ikke gyldig JSON på linje {line}, kolonne {column}: komma rett før '{close}'. Sjekk at filen er en hel GeoJSON-fil.",
  'json-invalid/string-unclosed':
    'er ikke gyldig JSON på linje {line}, kolonne {column}: en tekststreng blir aldri lukket (er filen avkortet?). Sjekk at filen er en hel GeoJSON-fil.',
  'json-invalid/bad-escape':
    'er ikke gyldig JSON på linje {line}, kolonne {column}: ugyldig escape-sekvens i en tekststreng. Sjekk at filen er en hel GeoJSON-fil.',
  'json-invalid/control-char':
    'er ikke gyldig JSON på linje {line}, kolonne {column}: kontrolltegn (f.eks. et rått linjeskift) inne i en tekststreng. Sjekk at filen er en hel GeoJSON-fil.',
  'json-invalid/empty':
    'er ikke gyldig JSON på linje {line}, kolonne {column}: filen er tom. Sjekk at filen er en hel GeoJSON-fil.',
  'json-invalid/text-after':
    'er ikke gyldig JSON på linje {line}, kolonne {column}: uventet tekst etter slutten av JSON-verdien. Sjekk at filen er en hel GeoJSON-fil.',
  'not-feature-collection': 'er {what}, ikke en GeoJSON FeatureCollection.',
  'not-feature-collection/wrap':
    'er {what}, ikke en GeoJSON FeatureCollection. Pakk den inn som {"type": "FeatureCollection", "features": [...]}.',
  'not-feature-collection/no-array': 'er en FeatureCollection uten en "features"-liste.',
  'no-features': 'har ingen objekter ("features"-listen er tom).',
  'not-a-feature': 'er {what}, ikke et GeoJSON Feature; fjern det eller pakk det inn som {"type": "Feature", ...}',
  // Sted og omregning (featurePipeline.ts)
  'axes-swapped/degrees':
    'koordinatene ser ut som [breddegrad, lengdegrad] (f.eks. {example}), men GeoJSON vil ha [lengdegrad, breddegrad]; alle posisjonene ble byttet om. Sjekk resultatet på kartet, og rett eksporten om du kan.',
  'axes-swapped/metres':
    'koordinatene ser ut som [nord, øst] (f.eks. {example}), men GeoJSON vil ha [øst, nord]; alle posisjonene ble byttet om. Sjekk resultatet på kartet, og rett eksporten om du kan.',
  'projection-failed/degrees':
    '{where} ({x}, {y}) ligger utenfor lengde ±180 / bredde ±90, så den kan ikke være EPSG:{crs}; er koordinatsystemet riktig?',
  'projection-failed':
    '{where} ({x}, {y}) kan ikke regnes om fra EPSG:{crs} til EPSG:25832; er koordinatsystemet riktig?',
  'coordinate-absurd/utm':
    '{where} ({x}, {y}) er ikke en mulig EPSG:{crs}-koordinat (øst −2 000 000 til 3 000 000 m, nord 0 til 10 000 000 m); tallet er feil eller filen er i et annet koordinatsystem. Rett verdien eller fjern objektet',
  'coordinate-absurd/mercator':
    '{where} ({x}, {y}) er ikke en mulig EPSG:{crs}-koordinat (x og y innenfor ±20037508,35 m); tallet er feil eller filen er i et annet koordinatsystem. Rett verdien eller fjern objektet',
  'area-implausible':
    'dekker {areaKm2} km², mer enn noe næringsområde (grensen for denne advarselen er {limitKm2} km²; hele Asker er omtrent 375 km²); sjekk at det er ett område, og koordinatsystemet',
  'outside-norway:file':
    'ingen av de {count} brukbare objektene ligger i Norge lest som EPSG:{crs} ({read}); de havner nær {place}. Filen er trolig i et annet koordinatsystem: velg det riktige {crsChoice}.',
  'outside-norway':
    '{where} ({x}, {y}) ligger nær {place}, utenfor Norge, lest som EPSG:{crs} ({read}). Koordinaten er trolig feil, eller i et annet koordinatsystem; rett den eller fjern objektet',
  // Gyldige polygoner (geometryValidity.ts); {what} er regelens ord nedenfor, for hver regelkode
  '/invalid':
    'er ikke en gyldig polygon: {what}. Arealet kan ikke måles slik det er tegnet: reparer den (QGIS «Fix geometries», PostGIS ST_MakeValid, eller last inn med --repair / «Reparer geometri»), eller fjern objektet',
  '/repair-failed':
    'er ikke en gyldig polygon: {what}, og den automatiske reparasjonen ble ikke ferdig. Reparer den i QGIS («Fix geometries») eller PostGIS (ST_MakeValid), eller fjern objektet',
  'repair-empty':
    'er ikke en gyldig polygon ({what}), og reparert blir det ikke noe areal igjen ({drawnM2} m² slik den er tegnet); rett geometrien eller fjern objektet',
  'geometry-repaired':
    'var ikke en gyldig polygon ({what}); reparert slik ST_MakeValid ville gjort: areal {drawnM2} m² slik den er tegnet, {repairedM2} m² etter reparasjon',
  'geometry-repaired/still-invalid':
    'var ikke en gyldig polygon ({what}); reparert slik ST_MakeValid ville gjort: areal {drawnM2} m² slik den er tegnet, {repairedM2} m² etter reparasjon; merk: den nye formen er fortsatt ikke OGC-gyldig ({stillWhat}), men arealet er riktig',
  // Knutepunkter og regioner (layerLoaders.ts, regionReader.ts)
  'hub-type-missing': 'har ingen type; gi properties.type som tog/train/rail, buss/bus eller båt/boat/ferry/ferge',
  'hub-type-unknown':
    'typen {value} er ikke en knutepunkttype; bruk tog/train/rail, buss/bus eller båt/boat/ferry/ferge',
  'name-missing': 'har ikke noe navn; bruker id-en {id} som navn',
  'region-merged': 'flere objekter heter {name}; de ble slått sammen til én region',
  'region-name-missing': 'har ikke noe navn; gi properties.name (f.eks. "Asker nord")',
  'kommunenummer-missing':
    'har ikke et brukbart kommunenummer ({field} er {value}); gi det firesifrede nummeret (f.eks. "0220") eller fjern objektet',
  // Næringsområder (siteReader.ts, planAreaReader.ts)
  'jobs-today-invalid':
    '{field} {value} er ikke et antall arbeidsplasser fra 0 til {max}; ble ikke brukt (arbeidsplasser i dag anslås i stedet)',
  'vacant-unknown': 'ledig areal {value} er ikke et antall daa ≥ 0; regnet som ukjent',
  'status-unknown':
    'status {value} er ukjent (ventet eksisterende/nåværende/existing eller fremtidig/framtidig/future); regnet som ukjent',
  'status-unknown/arealbruksstatus':
    'arealbruksstatus {value} er ukjent (ventet 1 nåværende, 2 framtidig eller 3 videreutvikling); regnet som ukjent',
  'abc-unknown': 'abc {value} er ukjent (ventet A, B eller C); regnet som ukjent',
  'readiness-unknown':
    'modenhet {value} er ukjent (ventet byggeklar, må reguleres eller må omreguleres); regnet som ukjent',
  'arealformal-missing': 'har ikke noe arealformål ({field} er tom); gi koden (f.eks. 1300) eller fjern objektet',
  'status-videreutvikling':
    '{count} {count|objekt|objekter} har arealbruksstatus 3 (videreutvikling av nåværende); lest som eksisterende, siden beregningen bare kjenner eksisterende og fremtidig (hvert områdes merknad sier det)',
  // Koordinatsystem (resolveCrs.ts, src/domain/crs.ts)
  'crs-unsupported/unsupported':
    'Filens koordinatsystem {what} støttes ikke. Støttet: {supported} (og CRS84). Regn om filen til EPSG:25832 eller EPSG:4326, eller oppgi koordinatsystemet {crsChoice}.',
  'crs-unsupported/not-object':
    '«crs»-feltet skulle vært et objekt, ikke {value}. Regn om filen til EPSG:25832 eller EPSG:4326, eller oppgi koordinatsystemet {crsChoice}.',
  'crs-unsupported/link':
    '«crs»-feltet lenker til en ekstern definisjon; oppgi navnet på koordinatsystemet i stedet (f.eks. "EPSG:25832"). Regn om filen til EPSG:25832 eller EPSG:4326, eller oppgi koordinatsystemet {crsChoice}.',
  'crs-unsupported/unreadable':
    '«crs»-feltet kunne ikke leses: {value}. Regn om filen til EPSG:25832 eller EPSG:4326, eller oppgi koordinatsystemet {crsChoice}.',
  'crs-unsupported/unsupported-override':
    'Filens koordinatsystem {what} støttes ikke. Støttet: {supported} (og CRS84). Bruker det valgte koordinatsystemet i stedet.',
  'crs-unsupported/not-object-override':
    '«crs»-feltet skulle vært et objekt, ikke {value}. Bruker det valgte koordinatsystemet i stedet.',
  'crs-unsupported/link-override':
    '«crs»-feltet lenker til en ekstern definisjon; oppgi navnet på koordinatsystemet i stedet (f.eks. "EPSG:25832"). Bruker det valgte koordinatsystemet i stedet.',
  'crs-unsupported/unreadable-override':
    '«crs»-feltet kunne ikke leses: {value}. Bruker det valgte koordinatsystemet i stedet.',
  'crs-override-disagrees': '«crs»-feltet sier EPSG:{member}, men det valgte EPSG:{override} går foran',
  'crs-detected/none': 'ikke noe «crs»-felt. Det var ingen koordinater å se på, så EPSG:25832 ble antatt.',
  'crs-detected/degrees':
    'ikke noe «crs»-felt. Alle koordinatene ligger innenfor ±180/±90 (x {minX}–{maxX}, y {minY}–{maxY}), så de ble lest som lengde/bredde i WGS 84 (EPSG:4326).',
  'crs-detected/mercator':
    'ikke noe «crs»-felt. Koordinatene er meter med y {minYM}–{maxYM} millioner m: forbi UTM-nordverdiene i Norge (omtrent 6,4–7,9 millioner m) og typisk for Web Mercator, så EPSG:3857 ble antatt.',
  'crs-detected/utm':
    'ikke noe «crs»-felt. Koordinatene er meter med nordverdier {minYM}–{maxYM} millioner m, som passer UTM i Norge (omtrent 6,4–7,9 millioner m). Sone {zone} legger dataene nærmest referanseområdet (sone 32: {d32Km} unna, sone 33: {d33Km} unna), så {label} ble antatt.',
  'crs-detected/ambiguous':
    'ikke noe «crs»-felt. Koordinatene er meter med y {minYM}–{maxYM} millioner m, som kan være UTM eller Web Mercator; {label} legger dataene nærmest referanseområdet ({dKm} unna), så det ble antatt.',
  'crs-detected/mercator-far':
    'ikke noe «crs»-felt. Koordinatene er meter med y {minYM}–{maxYM} millioner m: forbi UTM-nordverdiene i Norge (omtrent 6,4–7,9 millioner m) og typisk for Web Mercator, så EPSG:3857 ble antatt. Likevel ville dataene ligge {far} fra referanseområdet; velg koordinatsystemet selv om dette er feil.',
  'crs-detected/utm-far':
    'ikke noe «crs»-felt. Koordinatene er meter med nordverdier {minYM}–{maxYM} millioner m, som passer UTM i Norge (omtrent 6,4–7,9 millioner m). Sone {zone} legger dataene nærmest referanseområdet (sone 32: {d32Km} unna, sone 33: {d33Km} unna), så {label} ble antatt. Likevel ville dataene ligge {far} fra referanseområdet; velg koordinatsystemet selv om dette er feil.',
  'crs-detected/ambiguous-far':
    'ikke noe «crs»-felt. Koordinatene er meter med y {minYM}–{maxYM} millioner m, som kan være UTM eller Web Mercator; {label} legger dataene nærmest referanseområdet ({dKm} unna), så det ble antatt. Likevel ville dataene ligge {far} fra referanseområdet; velg koordinatsystemet selv om dette er feil.',
  'crs-suspicious/degrees':
    'koordinatene ser ut som EPSG:{detected} (grader), ikke EPSG:{crs}; sjekk koordinatsystemet',
  'crs-suspicious/metres': 'koordinatene ser ut som EPSG:{detected} (meter), ikke EPSG:{crs}; sjekk koordinatsystemet',
  // CSV og GTFS (csv.ts, gtfsHubs.ts, gtfsService.ts, gtfsDepartures.ts)
  'csv-unclosed-quote':
    'linje {line}: et felt i anførselstegn blir aldri lukket (mangler en " ?); resten av filen ville blitt lest som ett felt. Rett anførselstegnet og last inn igjen.',
  'csv-text-after-quote':
    'linje {line}: det står tekst etter et avsluttende anførselstegn ({text}); inne i et felt i anførselstegn må et anførselstegn skrives dobbelt ("").',
  'csv-too-many-fields':
    'linje {line} har {count} felt, men overskriftslinjen har {header}; mangler et navn med komma anførselstegn?',
  'csv-no-header': 'har ingen overskriftslinje.',
  'csv-missing-column/stop-id':
    'har ingen kolonne {column} (hvert stoppested trenger en id); overskriftslinjen er: {header}',
  'csv-missing-column/stop-lat':
    'har ingen kolonne {column} (stoppestedets breddegrad); overskriftslinjen er: {header}',
  'csv-missing-column/stop-lon':
    'har ingen kolonne {column} (stoppestedets lengdegrad); overskriftslinjen er: {header}',
  'csv-missing-column/route-id': 'har ingen kolonne {column} (turene viser til den); overskriftslinjen er: {header}',
  'csv-missing-column/route-type':
    'har ingen kolonne {column} (den skiller tog, buss og båt); overskriftslinjen er: {header}',
  'csv-missing-column/trip-route':
    'har ingen kolonne {column} (den knytter en tur til ruten); overskriftslinjen er: {header}',
  'csv-missing-column/trip-service':
    'har ingen kolonne {column} (den sier hvilke dager en tur går); overskriftslinjen er: {header}',
  'csv-missing-column/trip-id': 'har ingen kolonne {column} (stop_times viser til den); overskriftslinjen er: {header}',
  'csv-missing-column/time-trip':
    'har ingen kolonne {column} (den knytter en stopptid til turen); overskriftslinjen er: {header}',
  'csv-missing-column/time-stop':
    'har ingen kolonne {column} (den sier hvor kjøretøyet stopper); overskriftslinjen er: {header}',
  'csv-missing-column/time-seq':
    'har ingen kolonne {column} (den ordner stoppene på en tur); overskriftslinjen er: {header}',
  'csv-missing-column/time-departure':
    'har ingen kolonne {column} (den sier når kjøretøyet går); overskriftslinjen er: {header}',
  'csv-missing-column/service-id': 'har ingen kolonne {column} (den navngir tjenesten); overskriftslinjen er: {header}',
  'csv-missing-column/calendar-day':
    'har ingen kolonne {column} (den sier hvilke ukedager tjenesten går); overskriftslinjen er: {header}',
  'csv-missing-column/calendar-start':
    'har ingen kolonne {column} (tjenestens første dag); overskriftslinjen er: {header}',
  'csv-missing-column/calendar-end':
    'har ingen kolonne {column} (tjenestens siste dag); overskriftslinjen er: {header}',
  'csv-missing-column/dates-date': 'har ingen kolonne {column} (dagen for unntaket); overskriftslinjen er: {header}',
  'csv-missing-column/dates-type':
    'har ingen kolonne {column} (1 = lagt til, 2 = fjernet); overskriftslinjen er: {header}',
  'gtfs-bad-date/calendar': 'linje {line}: start_date/end_date må være datoer skrevet ÅÅÅÅMMDD, ikke {start}/{end}.',
  'gtfs-bad-date/calendar-dates': 'linje {line}: date må skrives ÅÅÅÅMMDD, ikke {value}.',
  'gtfs-bad-date/requested': 'tjenestedatoen {value} må skrives ÅÅÅÅMMDD.',
  'gtfs-no-service/date': 'ingen turer går {date} (ruteplanen gjelder fra {from} til {to}); velg en annen dato.',
  'gtfs-no-service/date-empty': 'ingen turer går {date} (kalenderen er tom); velg en annen dato.',
  'gtfs-no-service/any':
    'ingen tur går noen dag (ruteplanen gjelder fra {from} til {to}); sjekk calendar.txt, calendar_dates.txt og service_id i trips.txt.',
  'gtfs-no-service/any-empty':
    'ingen tur går noen dag (kalenderen er tom); sjekk calendar.txt, calendar_dates.txt og service_id i trips.txt.',
  'gtfs-no-calendar':
    'ingen calendar.txt eller calendar_dates.txt, så alle turene ({trips}) ble regnet som om de går samme dag; det teller for mye når både hverdags- og helgeruter er med',
  'gtfs-timetable-incomplete':
    'avganger trenger routes.txt, trips.txt og stop_times.txt sammen; bare noen av dem ble gitt, så de ble ikke brukt',
  'gtfs-type-guessed':
    'uten routes.txt, trips.txt og stop_times.txt ble typen til {count} {count|knutepunkt|knutepunkter} gjettet ut fra navnet (stasjon → tog, brygge/kai/ferje → båt, ellers buss); sjekk dem',
  'gtfs-no-stops':
    'har ingen stoppesteder eller stasjoner (rader med location_type tom, 0 eller 1), så det er ingenting å lage knutepunkter av.',
  // Veglag (roadReader.ts)
  'road-feature-skipped/linestring': 'en LineString trenger to eller flere [x, y]-posisjoner; utelatt',
  'road-feature-skipped/multilinestring': 'en MultiLineString trenger én eller flere linjer; utelatt',
  'road-feature-skipped/multilinestring-line': 'hver linje trenger to eller flere [x, y]-posisjoner; utelatt',
  'road-feature-skipped/point': 'et Point trenger én [x, y]-posisjon; utelatt',
  'road-feature-skipped/multipoint': 'et MultiPoint trenger [x, y]-posisjoner; utelatt',
  'road-feature-skipped/type':
    'geometritypen {type} er ikke en veglinje eller et kryss (bruk LineString, MultiLineString, Point eller MultiPoint); utelatt',
  'road-feature-skipped/untyped':
    'en geometri uten type er ikke en veglinje eller et kryss (bruk LineString, MultiLineString, Point eller MultiPoint); utelatt',
  'road-feature-skipped/not-a-feature': 'er {what}, ikke et Feature; utelatt',
  'road-none': 'har ingen veglinjer eller kryss (LineString, MultiLineString, Point eller MultiPoint)',
  // Hele filer (loaders.ts, preview.ts, planVersionLoaders.ts, loadPolicy.ts)
  internal: 'kunne ikke leses på grunn av en intern feil ({detail})',
  'no-farmland':
    'ingen av de {count} objektene er jordbruksareal (AR5 arealtype 21, 22 eller 23), så det telles ikke noe jordbruksareal',
  'nothing-usable': 'ingen av objektene ({count}) kunne brukes: {reasons}.',
  '/filtered': 'hoppet over {count} {count|objekt|objekter}, {reason}: {features}',
  '/filtered-more': 'hoppet over {count} {count|objekt|objekter}, {reason}: {features}, … {more} til',
  // Tegnsett (decodeInput.ts)
  'sosi-charset-unsupported':
    '..TEGNSETT {declared} er ikke et tegnsett denne leseren kjenner (ISO8859-10, ISO8859-1, ANSI, UTF-8, ND7). Eksporter filen på nytt med ..TEGNSETT ISO8859-10 eller UTF-8.',
  'sosi-charset-missing/utf8':
    'hodet har ingen ..TEGNSETT; filen ble lest som {guess} (alle byte er gyldig UTF-8). Sjekk at æ, ø og å ser riktige ut.',
  'sosi-charset-missing/default':
    'hodet har ingen ..TEGNSETT; filen ble lest som {guess}, det vanlige tegnsettet for SOSI-filer. Sjekk at æ, ø og å ser riktige ut.',
  'sosi-charset-mismatch/not-utf8':
    'oppgir ..TEGNSETT {declared}, men linje {line} har byte som ikke er UTF-8; filen ble lest som ISO8859-10 i stedet. Sjekk at æ, ø og å ser riktige ut, og rett angivelsen i eksporten.',
  'sosi-charset-mismatch/is-utf8':
    'oppgir ..TEGNSETT {declared}, men byte-ene er UTF-8 (f.eks. linje {line}), så æ, ø og å ville blitt feil; filen ble lest som UTF-8 i stedet. Rett angivelsen i eksporten.',
  'gml-encoding-unsupported':
    'XML-deklarasjonen oppgir tegnkodingen {declared}, som denne leseren ikke kjenner; lagre filen som UTF-8.',
  // SOSI (sosi/)
  'sosi-no-header': 'har ikke noe .HODE, så koordinatsystemet er ukjent. Eksporter filen på nytt med hodet.',
  'sosi-no-koordsys':
    '.HODE (linje {headLine}) har ingen ..TRANSPAR ...KOORDSYS, så koordinatsystemet er ukjent. Legg den til (22 for EUREF89 UTM 32) eller eksporter filen på nytt.',
  'sosi-koordsys-unsupported':
    'linje {line}: ...KOORDSYS {value} støttes ikke; støttet er {supported}. Regn om filen til EUREF89 UTM 32 (KOORDSYS 22) og last den inn igjen.',
  'sosi-koordsys-unsupported/named':
    'linje {line}: ...KOORDSYS {value} ({name}) støttes ikke; støttet er {supported}. Regn om filen til EUREF89 UTM 32 (KOORDSYS 22) og last den inn igjen.',
  'sosi-origo-invalid': 'linje {line}: ...ORIGO-NØ {value} er ikke to tall (nord øst).',
  'sosi-no-enhet':
    '.HODE (linje {headLine}) har ingen ...ENHET, så koordinatene kan ikke skaleres. Legg den til (f.eks. ...ENHET 0.01 for centimeter).',
  'sosi-enhet-invalid': 'linje {line}: ...ENHET {value} er ikke et positivt tall.',
  'sosi-serial-repeated':
    'linje {line}: serienummer {serial} er brukt på nytt (først på linje {firstLine}); referanser går til det første.',
  'sosi-object-unknown':
    '.{kind} er ikke en SOSI-objekttype (ventet .FLATE, .KURVE, .BUEP, .PUNKT …); fjern den eller rett skrivemåten',
  'sosi-coordinates/not-a-number':
    '..{element} på linje {elementLine} har {value}, som ikke er et tall; rett koordinaten',
  'sosi-coordinates/pairs':
    '..{element} på linje {elementLine} har {count} tall, ikke et helt antall nord-øst-par; filen kan være avkortet',
  'sosi-coordinates/triples':
    '..{element} på linje {elementLine} har {count} tall, ikke et helt antall nord-øst-høyde-tripler; filen kan være avkortet',
  'geometry-null/sosi-point': 'har ingen ..NØ-koordinater; gi punktet en posisjon eller fjern det',
  'sosi-no-slutt':
    'slutter uten .SLUTT, så den kan være avkortet; de {count} objektene som er der ble lest. Sjekk at eksporten ble ferdig.',
  'sosi-stray-text': '{count} {count|linje|linjer} utenfor et objekt ble oversett (den første: linje {line}).',
  'sosi-nothing-wanted/areas':
    'har ingen .FLATE-objekter (flater); den har {found}. Velg planens flatefil, eller last den inn som en annen type data.',
  'sosi-nothing-wanted/areas-empty':
    'har ingen .FLATE-objekter (flater); den har ingen objekter i det hele tatt. Velg planens flatefil, eller last den inn som en annen type data.',
  'sosi-nothing-wanted/points':
    'har ingen .PUNKT-objekter (punkter); den har {found}. Velg planens flatefil, eller last den inn som en annen type data.',
  'sosi-nothing-wanted/points-empty':
    'har ingen .PUNKT-objekter (punkter); den har ingen objekter i det hele tatt. Velg planens flatefil, eller last den inn som en annen type data.',
  'sosi-no-ref': 'har ingen ..REF, så den har ingen avgrensning; eksporter planen på nytt med avgrensningene',
  'sosi-no-ref/only-holes': '..REF har bare hull (grupper i parentes) og ingen ytre avgrensning',
  'sosi-ref-invalid/nested': '..REF har en "(" inne i en annen gruppe',
  'sosi-ref-invalid/stray-close': '..REF har en ")" uten "("',
  'sosi-ref-invalid/zero': '..REF viser til :0, som ikke er et serienummer',
  'sosi-ref-invalid/token': '..REF har {token}, som ikke er en referanse (:N eller :-N)',
  'sosi-ref-invalid/unclosed': '..REF har en "(" som aldri lukkes',
  'sosi-ref-invalid/empty-group': '..REF har en tom gruppe "()" (hull {hole})',
  'sosi-ref-missing':
    '..REF {ref} peker ikke til noen kurve (filen har ingen .KURVE eller bue med serienummer {serial}); eksporter planen på nytt med alle avgrensningene',
  'sosi-ring-gap':
    '{ringName}: {prev} slutter i {end}, men {ref} begynner i {start}, {gap} unna; kurvene må henge sammen ende mot start',
  'sosi-ring-gap/flipped':
    '{ringName}: {prev} slutter i {end}, men {ref} begynner i {start}, {gap} unna; kurvene må henge sammen ende mot start; kurven går motsatt vei, så den skulle vært skrevet {reversed}',
  'sosi-ring-open':
    '{ringName} lukker seg ikke: den slutter i {end}, {gap} fra starten {start}; en kurve mangler i ..REF-listen',
  'sosi-curve-invalid/three-points':
    '..REF {ref}: .{kind} {serial} på linje {curveLine} har {count} punkter; en .{kind} er gitt ved nøyaktig 3',
  'sosi-curve-invalid/collinear':
    '..REF {ref}: .{kind} {serial} på linje {curveLine} har de 3 punktene på én linje, så de gir ingen sirkel',
  'sosi-curve-invalid/no-radius-bue':
    '..REF {ref}: .{kind} {serial} på linje {curveLine} har ingen ..RADIUS; en .{kind} er gitt ved endepunktene og ..RADIUS',
  'sosi-curve-invalid/no-radius-sirkel':
    '..REF {ref}: .{kind} {serial} på linje {curveLine} har ingen ..RADIUS; en .{kind} er gitt ved sentrum og ..RADIUS',
  'sosi-curve-invalid/bad-radius':
    '..REF {ref}: .{kind} {serial} på linje {curveLine} har ..RADIUS {radius}, som ikke er et tall ulikt null',
  'sosi-curve-invalid/radius-in-degrees':
    '..REF {ref}: .{kind} {serial} på linje {curveLine} er en .{kind} med radius i meter i en fil i grader (KOORDSYS 84); eksporter buene som .BUEP, eller filen i UTM (KOORDSYS 22/23)',
  'sosi-curve-invalid/sirkel-points':
    '..REF {ref}: .{kind} {serial} på linje {curveLine} har {count} punkter; en .SIRKEL er gitt ved sentrum (1 punkt) og ..RADIUS',
  'sosi-curve-invalid/no-circle': '..REF {ref}: .{kind} {serial} på linje {curveLine} gir ingen sirkel',
  'sosi-curve-invalid/bue-points':
    '..REF {ref}: .{kind} {serial} på linje {curveLine} har {count} {count|punkt|punkter}; en .BUE er gitt ved start- og sluttpunkt og ..RADIUS',
  'sosi-curve-invalid/no-arc':
    '..REF {ref}: .{kind} {serial} på linje {curveLine} har endepunkter lenger fra hverandre enn diameteren (2 × ..RADIUS {radius}), eller samme punkt to ganger, så ingen bue forbinder dem',
  'sosi-curve-invalid/klotoide':
    '..REF {ref}: .{kind} {serial} på linje {curveLine} er en .KLOTOIDE (en overgangskurve); denne leseren tar linjer og buer (.KURVE, .BUEP, .SIRKELP, .BUE, .SIRKEL). Eksporter den som .KURVE',
  'sosi-curve-invalid/too-few-points':
    '..REF {ref}: .{kind} {serial} på linje {curveLine} har {count} {count|punkt|punkter}; en kurve trenger minst 2',
  'sosi-curve-invalid/coords-not-a-number':
    '..REF {ref}: .{kind} {serial} på linje {curveLine}: ..{element} på linje {elementLine} har {value}, som ikke er et tall; rett koordinaten',
  'sosi-curve-invalid/coords-pairs':
    '..REF {ref}: .{kind} {serial} på linje {curveLine}: ..{element} på linje {elementLine} har {count} tall, ikke et helt antall nord-øst-par; filen kan være avkortet',
  'sosi-curve-invalid/coords-triples':
    '..REF {ref}: .{kind} {serial} på linje {curveLine}: ..{element} på linje {elementLine} har {count} tall, ikke et helt antall nord-øst-høyde-tripler; filen kan være avkortet',
  // GML (gml/)
  'gml-invalid': 'er ikke velformet XML på linje {line}, kolonne {column}: {detail}. Sjekk at filen er en hel GML-fil.',
  'gml-not-collection':
    'er XML med rotelementet <{root}>, ikke en GML- eller WFS-FeatureCollection. Eksporter planen som GML (SOSI-GML, f.eks. KpArealformålOmråde-objekter).',
  'gml-srs-mixed':
    'linje {line}: en geometri er i {other}, men tidligere er i {first}; én fil må bruke ett koordinatsystem. Eksporter den på nytt i ett koordinatsystem.',
  'gml-nothing-wanted/areas':
    'har ingen objekter med flategeometri (gml:Surface, gml:Polygon, gml:MultiSurface); den har {found}. Velg planens flatefil, eller last den inn som en annen type data.',
  'gml-nothing-wanted/areas-empty':
    'har ingen objekter med flategeometri (gml:Surface, gml:Polygon, gml:MultiSurface) (ingen gml:featureMember eller wfs:member i det hele tatt). Velg planens flatefil, eller last den inn som en annen type data.',
  'gml-nothing-wanted/points':
    'har ingen objekter med gml:Point; den har {found}. Velg planens flatefil, eller last den inn som en annen type data.',
  'gml-nothing-wanted/points-empty':
    'har ingen objekter med gml:Point (ingen gml:featureMember eller wfs:member i det hele tatt). Velg planens flatefil, eller last den inn som en annen type data.',
  'gml-coordinates/not-a-number':
    'gml:{element} på linje {elementLine} har {value}, som ikke er et tall; rett koordinaten',
  'gml-coordinates/count':
    'gml:{element} på linje {elementLine} har {count} tall, ikke et helt antall posisjoner med {dims} tall (srsDimension {dims}); filen kan være avkortet',
  'gml-coordinates/pos': 'gml:pos på linje {elementLine} har {count} tall; en posisjon har 2 (eller 3 med høyde)',
  'gml-coordinates/coordinates': 'gml:coordinates på linje {elementLine} har en verdi som ikke er et tall',
  'gml-coordinates/none':
    'gml:{element} på linje {elementLine} har ingen gml:posList eller gml:pos; gi den koordinater eller fjern objektet',
  'gml-coordinates/no-segments': 'gml:Curve på linje {elementLine} har ingen gml:segments',
  'gml-coordinates/no-base-curve': 'gml:OrientableCurve på linje {elementLine} har ingen gml:baseCurve',
  'gml-coordinates/empty-member': 'gml:curveMember på linje {elementLine} er tom',
  'gml-arc/circle': 'gml:Circle på linje {elementLine} trenger 3 punkter som ikke ligger på én linje',
  'gml-arc/points':
    'gml:{element} på linje {elementLine} har {count} punkter; en buestreng trenger et oddetall, minst 3',
  'gml-geometry-unsupported/segment':
    'gml:{element} på linje {elementLine} er et kurvesegment denne leseren ikke håndterer (LineStringSegment, Arc, ArcString og Circle går)',
  'gml-geometry-unsupported/ring-part': 'gml:{element} på linje {elementLine} kan ikke være del av en ring',
  'gml-geometry-unsupported/not-a-ring':
    'gml:{element} på linje {elementLine} er ikke en ring (gml:LinearRing eller gml:Ring)',
  'gml-geometry-unsupported/patch':
    'gml:{element} på linje {elementLine} er en flatebit denne leseren ikke håndterer (gml:PolygonPatch går)',
  'geometry-empty/gml-ring': 'gml:{element} på linje {elementLine} er tom; gi den en gml:LinearRing',
  'geometry-empty/gml-exterior':
    'gml:{element} på linje {elementLine} har ingen gml:exterior; gi den en ytre ring eller fjern objektet',
  'geometry-empty/gml-patches':
    'gml:Surface på linje {elementLine} har ingen gml:patches; gi den en gml:PolygonPatch eller fjern objektet',
  'geometry-empty/gml-base-surface': 'gml:OrientableSurface på linje {elementLine} har ingen gml:baseSurface',
  'geometry-empty/gml-point': 'gml:Point på linje {elementLine} har ingen posisjon',
  'geometry-type/gml-area':
    'har en gml:{element}-geometri (linje {elementLine}); ventet en flate (gml:Surface, gml:Polygon eller gml:MultiSurface). Gi det en flategeometri eller fjern objektet',
  'geometry-type/gml-multipoint':
    'er et gml:MultiPoint med {count} punkter (linje {elementLine}); et knutepunkt trenger nøyaktig ett punkt',
  'geometry-type/gml-point':
    'har en gml:{element}-geometri (linje {elementLine}); ventet gml:Point. Gi knutepunktet én posisjon eller fjern objektet',
};

/** Hva som er galt med en polygon, per gyldighetsregel (`{what}` i gyldighetsproblemene). */
export const validityWhatNb: Readonly<Record<string, string>> = {
  'coordinate-not-finite': '{where} i posisjon {vertex} har en koordinat som ikke er et endelig tall',
  'ring-too-few-points': '{where} har færre enn 3 ulike punkter',
  'ring-no-area': '{where} har alle punktene på én linje, så den omslutter ikke noe areal ({near})',
  'ring-self-intersects':
    '{where} krysser eller berører seg selv: kanten fra posisjon {edgeFrom} møter kanten fra posisjon {edgeTo} {near}',
  'rings-cross':
    '{where} og {other} krysser hverandre eller deler en kant {near}; ringene i én polygon kan bare møtes i enkeltpunkter',
  'hole-outside-shell':
    '{where} i posisjon {vertex} ligger ikke inne i ytterringen ({near}); et hull må ligge inne i polygonen det er skåret ut av',
  'holes-nested': '{where} ligger inne i {other} ({near}); hull kan ikke ligge inne i hverandre',
  'interior-disconnected': 'ringene i polygon {polygon} berører hverandre slik at de deler arealet i to biter ({near})',
  'parts-overlap':
    '{where} overlapper {other} ({near}); delene av en MultiPolygon kan ikke overlappe eller dele en kant, for da telles arealet to ganger',
};

/** Hvorfor objekter ble hoppet over, med fakta (per kode eller `kode/variant`). */
export const skipReasonsNb: Readonly<Record<string, string>> = {
  'below-hub-rule/departures': 'for få avganger til å være knutepunkt',
  'below-hub-rule/not-station': 'et stoppested, ikke en stasjon (ingen ruteplan å telle avganger i)',
  'below-hub-rule/not-a-hub': 'ikke et knutepunkt',
  'objtype-not-area': 'objekttypen {value} er ikke et arealformålsområde',
  'arealformal-unknown':
    'arealformål {value} er ikke en SOSI-arealformålskode (1000–6999); arealet regnes som ikke i planen',
  'arealformal-not-business/not-a-code': 'arealformål {value} er ikke en kode',
  'arealformal-not-business/unlisted': '{code}: ikke en næringskode i tabellen',
  'arealformal-not-business/named': '{code} {label}: ikke næringsareal',
  'arealformal-not-business/services':
    '{code} {label}: offentlig eller privat tjenesteyting (skoler, helse), ikke næringsareal i dette verktøyet',
  'arealformal-not-business/scattered': '{code} {label}: spredt næring i et LNFR-område, ikke planlagt næringsareal',
  'arealformal-not-business/mineral': '{code} {label}: råstoffutvinning, ikke næringsareal',
  'artype-not-farmland': 'arealtype {value} er ikke jordbruksareal (bare 21, 22 og 23 teller)',
  'kommune-whole-asker':
    '{knr}: dagens Asker i ett stykke; Asker nord/syd trenger de tidligere kommunene 0220, 0627 og 0628',
  'kommune-whole-asker/named':
    '{knr} {name}: dagens Asker i ett stykke; Asker nord/syd trenger de tidligere kommunene 0220, 0627 og 0628',
  'kommune-not-asker': '{knr}: ikke en av de tidligere Asker-kommunene (0220, 0627, 0628)',
  'kommune-not-asker/named': '{knr} {name}: ikke en av de tidligere Asker-kommunene (0220, 0627, 0628)',
  'kommune-not-in-profile': '{knr}: ikke en av kommunene i regionene til {kommune} ({listed})',
  'kommune-not-in-profile/named': '{knr} {name}: ikke en av kommunene i regionene til {kommune} ({listed})',
};

/** Korte grunner for objekter som ikke kan brukes, i tillegg til dem i load.nb.ts og validity.nb.ts. */
export const skipShortNb: Readonly<Record<string, string>> = {
  'arealformal-unknown': 'ukjent arealformålskode',
  'sosi-ring-open': 'avgrensning som ikke lukker seg',
  'sosi-ring-gap': 'avgrensning med et hull',
  'sosi-ref-missing': 'kurve i avgrensningen mangler',
  'sosi-ref-invalid': '..REF som ikke kan leses',
  'sosi-no-ref': 'ingen avgrensning',
  'sosi-curve-invalid': 'kurve i avgrensningen som ikke kan tegnes',
  'sosi-coordinates': 'koordinater i feil form',
  'sosi-object-unknown': 'ukjent SOSI-objekttype',
  'gml-coordinates': 'koordinater i feil form',
  'gml-arc': 'bue som ikke kan tegnes',
  'gml-geometry-unsupported': 'geometri denne leseren ikke håndterer',
};

/** The small words the details are put together with (where in a geometry, how the CRS was read …). */
export interface LoadDetailWords {
  polygon: string;
  /** The only polygon of a Polygon geometry. */
  onlyPolygon: string;
  ring: string;
  outer: string;
  hole: string;
  position: string;
  point: string;
  stop: string;
  outerBoundary: string;
  holeNumber: string;
  near: string;
  read: Readonly<Record<'member' | 'override' | 'detected', string>>;
  place: string;
  compass: Readonly<Record<'n' | 's' | 'e' | 'w', string>>;
  nowhere: string;
  untyped: string;
  json: Readonly<Record<string, string>>;
  expected: Readonly<Record<string, string>>;
  km: string;
  veryFar: string;
  skipped: string;
  reasonItem: string;
  reasonJoin: string;
  whereJoin: string;
  /** Names the first of several problems (`{text}`), after the one that made a file unusable. */
  first: string;
}

export const loadDetailWordsNb: LoadDetailWords = {
  polygon: 'polygon {polygon}',
  onlyPolygon: 'polygonen',
  ring: 'ring {ring}',
  outer: '(ytre)',
  hole: '(hull)',
  position: 'posisjon {position}',
  point: 'punktet',
  stop: 'stoppestedets posisjon',
  outerBoundary: 'den ytre avgrensningen',
  holeNumber: 'hull {hole}',
  near: 'nær Ø {nearE} N {nearN} (EPSG:25832)',
  read: { member: 'fra crs-angivelsen', override: 'slik du valgte', detected: 'gjettet' },
  place: '{lat}°{ns} {lon}°{ew}',
  compass: { n: 'N', s: 'S', e: 'Ø', w: 'V' },
  nowhere: 'ingen steder på jorden',
  untyped: 'en geometri uten "type"',
  json: {
    null: 'null',
    array: 'en JSON-liste',
    string: 'en tekst',
    number: 'et tall',
    boolean: 'en sannhetsverdi',
    untyped: 'et JSON-objekt uten "type"',
    feature: 'et enkelt Feature',
    geometry: 'en bar {type}-geometri',
    object: 'et objekt av typen {type}',
    stop: 'et stoppested',
    sosi: 'en SOSI .{type}',
    gml: 'en GML {type}',
  },
  expected: {
    value: 'en verdi',
    name: 'et egenskapsnavn i doble anførselstegn',
    colon: "':'",
    'comma-or-close': "',' eller '{close}'",
  },
  km: '{km} km',
  veryFar: 'svært langt unna',
  skipped: '(dette objektet ble hoppet over; resten ble lest inn)',
  reasonItem: '{count} × {reason}',
  reasonJoin: '; ',
  whereJoin: ', ',
  first: 'Det første: {text}',
};
