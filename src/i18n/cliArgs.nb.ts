// Bokmål words of the CLIs' usage lines, --help texts and argument errors (the default language). The tags
// "error: " and "warning: ", option names, file names and CSV/JSON field names are the same in every language:
// scripts look for them.

export const cliArgsNb = {
  cliArgUnknownOption: 'ukjent valg {option} (se --help for valgene som finnes)',
  cliArgMissingValue: '{option} trenger en verdi',
  cliArgAmbiguousValue:
    '{option} trenger en verdi, men neste argument {given} ser ut som et valg; skriv {option}={given} hvis det er verdien',
  cliArgTakesNoValue: '{option} tar ingen verdi',
  cliArgUnexpected: 'uventet argument {given}: alle argumenter er valg, som --navn VERDI',

  cliReportUsage: `bruk: npm run --silent report -- [--profile FIL] [--sites FIL] [--hubs FIL] [--regions FIL] [--crs EPSG:N] [--scenario FIL|preset:ID] [--horizon ÅR] [--format csv|json|md] [--lang nb|en] [--repair]
      npm run --silent report -- --help`,
  cliReportHelp: `{usage}

Gir areal, kapasitet ferdig utbygd, arbeidsplasser i dag, nye arbeidsplasser, nærmeste
kollektivknutepunkt, region og ABC-vurdering for hvert næringsområde.

Valg
  --profile FIL    kommuneprofilen (docs/kommune-profile.md): navn, regioner, knutepunkter, eksempelområder,
                   plantall                   standard: geodata/profiles/asker.json (geodata/profiles/baerum.json
                   er en profil til, laget fra Kartverkets grense; den har ingen egne knutepunkter eller områder)
  --sites FIL      områdepolygoner (GeoJSON, SOSI eller GML)     standard: profilens (geodata/sites.geojson)
  --hubs FIL       knutepunkter (egenskapene id, name, type)     standard: profilens (geodata/hubs.geojson)
  --regions FIL    regionpolygoner (egenskapen name)             standard: profilens (geodata/regions.geojson)
  --crs EPSG:N     koordinatsystemet til alle filer gitt med --sites/--hubs/--regions; går foran
                   filenes crs-felt (med en advarsel når de er uenige). Filene som følger med, berøres ikke.
                   Støttes: {supported}.
                   Uten --crs: filens crs-felt, ellers en gjetning ut fra koordinatene (med en advarsel).
  --scenario S     bruk et scenario (docs/scenarios.md): en scenariofil i JSON, eller et ferdig scenario
                   ({presets}). Områder som tas ut, er
                   ikke med i noe format (med en advarsel); json får en «scenario»-del og md et
                   scenarioavsnitt, som begge sammenligner scenarioet med preset:basis.
  --horizon ÅR     antall år (1–100, hele) nye arbeidsplasser telles over fra 2026 (eller scenarioets
                   startår); standard 20, planens periode, eller scenarioets egen horizonYears.
                   Områdene blir tilgjengelige etter ledetiden for planstatusen sin og tas så i bruk
                   med andelen per år i geodata/assumptions.json.
  --format F       csv (standard), json eller md (en rapport i Markdown)
  --lang L         nb (standard) eller en: språket i md-rapporten, i --help og i meldingene på stderr
                   (csv og json er data og endres ikke)
  --repair         bygg om polygoner som ikke er OGC-gyldige (en ring som krysser seg selv, et hull utenfor
                   den ytre ringen, delene overlapper …) slik PostGIS ST_MakeValid gjør
                   ('structure'-metoden), med en advarsel som gir arealet før og etter.
                   Uten valget er et slikt område eller en slik region ugyldige data (status 1).
  -h, --help       vis denne teksten

Standard er filene som følger med i depotets geodata/-mappe (eksempeldata), funnet
ut fra depotet, ikke gjeldende mappe. FIL-stier er relative til gjeldende mappe.

CSV: én overskriftslinje, så én rad per område i samme rekkefølge som i filen; LF som linjeskift;
'.' som desimaltegn; sitering etter RFC 4180 (felt med komma, anførselstegn, CR eller LF siteres,
anførselstegn dobles).
Kolonner: id,name,status,abc,region,area_m2,area_daa,hub_id,hub_name,hub_distance_m,
hub_centroid_distance_m,jobs_low,jobs_mid,jobs_high,abc_fit,jobs_today,new_jobs_low,
new_jobs_mid,new_jobs_high
  area_m2, avstander: 2 desimaler; area_daa: 3 desimaler; arbeidsplasser: hele tall (avrundet);
  jobs_low/mid/high: kapasitet ferdig utbygd på nettoarealet (dagens arbeidsplasser er med);
  jobs_today: dataenes jobs_today / arbeidsplasser / ansatte når de finnes, ellers
  round(area_m2 / 420) for et eksisterende område, ellers 0;
  new_jobs_X = max(0, jobs_X - jobs_today) (kapasitet for nye arbeidsplasser, ikke begrenset av --horizon);
  abc_fit: ok | partial | mismatch | unknown; tomt felt = ingen verdi (f.eks. ingen region overlapper).
  Tekst skrives slik den står i dataene: et navn som begynner med = + - @ blir IKKE nøytralisert, så
  gjør slike felt ufarlige selv før CSV-filen åpnes i et regneark.
JSON: { sites, summary, assumptions, assumptionSources, planTargets, inputs, warnings } med
  CSV-feltene per område (pluss kilden til dagens arbeidsplasser og nye arbeidsplasser innen horisonten);
  summary.newJobs, summary.newJobsWithinHorizon ({low, mid, high}), summary.horizonYears,
  summary.planMeasures; pluss «scenario» (sist) med --scenario.

Avslutningsstatus: 0 vellykket (eventuelle advarsler på stderr som "warning: ..."-linjer);
             1 ugyldige data (fil som ikke kan leses, ugyldig GeoJSON, objekt som ikke kan brukes,
               ugyldig scenariofil): én "error: ..."-linje som nevner filen (og objektet eller scenariofeltet);
             2 bruksfeil (ukjent valg, manglende verdi, feil --format, --crs eller scenarionavn);
             3 intern feil (en programfeil): én "error: intern feil: ..."-linje.`,

  cliImportUsage: `bruk: npm run --silent import -- --in FIL|MAPPE --kind sites|hubs|regions [--out FIL] [--crs EPSG:N] [--strict] [--repair] [--profile FIL] [--lang nb|en]
      npm run --silent import -- --help`,
  cliImportHelp: `{usage}

Gjør en offisiell eksport om til prosjektets geodataformat (GeoJSON i EPSG:25832 med crs-felt og
normaliserte egenskaper) og skriver en oversikt over hva som ble tatt med og hva som ble hoppet over.

Valg
  --in FIL|MAPPE   eksporten: en GeoJSON FeatureCollection; for --kind hubs også en GTFS-mappe eller
                   dens stops.txt (routes.txt, trips.txt, stop_times.txt, calendar.txt og
                   calendar_dates.txt ved siden av leses når de finnes)
  --kind K         sites: næringsområder. Plandata (kommuneplan/reguleringsplan, felt som
                   KPAREALFORMAL, arealformål, AREALST, arealbruksstatus) beholder bare koder for
                   næringsareal, hver med en standard ABC-type (docs/plan-data.md).
                   hubs: kollektivknutepunkter. regions: navngitte polygoner, eller kommunegrenser med
                   kommunenummer (0220 → Asker nord; 0627 + 0628 → Asker syd).
  --out FIL        skriv resultatet hit og oversikten til stdout; uten valget går GeoJSON til
                   stdout og oversikten til stderr
  --crs EPSG:N     koordinatsystemet i filen, foran dens crs-felt. Støttes: {supported}.
  --strict         stopp (status 1) ved første objekt som ikke kan brukes, i stedet for å hoppe over det
  --repair         bygg om polygoner som ikke er OGC-gyldige (en ring som krysser seg selv, et hull utenfor
                   den ytre ringen, delene overlapper …) slik PostGIS ST_MakeValid gjør
                   ('structure'-metoden) og vis arealet før og etter, i stedet for å hoppe over dem
  --other-kommuner skip|keep   regioner fra kommunegrenser: kommuner utenfor profilens
                   regioner (Asker: 0220/0627/0628) hoppes over (standard) eller beholdes med eget navn
  --profile FIL    kommuneprofilen (docs/kommune-profile.md): hvilket kommunenummer som blir hvilken region,
                   og hvor dataene ligger når koordinatsystemet gjettes. Standard: geodata/profiles/asker.json
  GTFS-knutepunkter (regelen som gjør et stoppested til et knutepunkt):
  --date ÅÅÅÅMMDD  tjenestedagen som telles (standard: dagen med flest avganger i pakken)
  --window T-T     timene som telles, standard {window}
  --min-per-hour tog=N,buss=N,båt=N   avganger per time som trengs, standard {minPerHour}
  --lang L         nb (standard) eller en: språket i oversikten, i --help og i feilmeldingene
  -h, --help       vis denne teksten

Avslutningsstatus: 0 importert (objekter som ble hoppet over, står i oversikten);
             1 ugyldige data (kan ikke leses, ugyldig, eller ingenting kan brukes): én "error: ..."-linje;
             2 bruksfeil; 3 intern feil.`,

  cliAccountsUsage: `bruk: npm run --silent accounts -- --before FIL --after FIL [--regions FIL] [--farmland FIL] [--crs EPSG:N] [--format csv|json|md] [--lang nb|en] [--repair]
      npm run --silent accounts -- --help`,
  cliAccountsHelp: `{usage}

Næringsarealregnskap: næringsareal lagt til og tatt ut mellom to versjoner av arealplanen, hva
arealet som ble tatt ut ble til, areal som er realisert, og dyrka mark som nytt næringsareal tar.

Valg
  --before FIL     den eldre planversjonen (f.eks. gjeldende kommuneplan)            må oppgis
  --after FIL      den nyere planversjonen (f.eks. det nye forslaget)                må oppgis
                   Planeksporter med arealformål/arealbruksstatus: næringsareal er det
                   arealformålstabellen beholder (docs/plan-data.md), alle andre koder telles som sin
                   SOSI-hovedgruppe. Prosjektets eget områdeformat teller hvert objekt som næringsareal.
  --regions FIL    regionpolygoner (egenskapen name)            standard: geodata/regions.geojson
  --farmland FIL   polygoner for dyrka mark (AR5; med arealtype teller bare 21, 22 og 23)
  --crs EPSG:N     koordinatsystemet til alle filer på kommandolinjen; går foran deres crs-felt.
                   Støttes: {supported}.
  --format F       csv (standard), json eller md (en rapport i Markdown, på språket i --lang)
  --lang L         nb (standard) eller en: språket i md-rapporten, i --help og i meldingene
                   på stderr
  --repair         bygg om polygoner som ikke er OGC-gyldige (delene overlapper, en ring krysser seg selv …)
                   slik PostGIS ST_MakeValid gjør ('structure'-metoden), med en advarsel som gir
                   arealet før og etter; uten valget er et slikt objekt ugyldige data (status 1)
  -h, --help       vis denne teksten

Arealene er plane i EUREF89 UTM 32N (EPSG:25832), i daa, fra en polygonoverlagring: næringsarealet i
hver versjon slås sammen først, så objekter som overlapper i én fil, telles én gang.

CSV: overskrift, én rad per region i regionfilens rekkefølge, så en rad der region er "total";
'.' som desimaltegn, 3 desimaler, LF som linjeskift, sitering etter RFC 4180. Areal utenfor alle
regioner telles bare i total. Kolonner:
region,before_daa,after_daa,added_daa,removed_daa,net_daa,to_housing_daa,realised_daa,farmland_added_daa
  added = etter − før (som areal), removed = før − etter, net = after_daa − before_daa (kan være
  negativ), to_housing = uttatt areal som ble bolig (1110), realised = fremtidig før og
  eksisterende etter, farmland_added = dyrka mark i nytt areal (tom uten --farmland).
JSON: de samme tallene pluss uttatt areal etter hver kategori og endringen i kapasitet per ABC-type.

Avslutningsstatus: 0 vellykket (advarsler på stderr som "warning: ..."-linjer);
             1 ugyldige data: én "error: ..."-linje som nevner filen og objektet;
             2 bruksfeil (ukjent valg, mangler --before/--after, feil --format eller --crs);
             3 intern feil (en programfeil).`,
} as const;
