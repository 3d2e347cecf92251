// Bokmål words for what a loader derived for a site (src/domain/siteNotes.ts), and the arealformål codes' names and
// the reasons for their default ABC types (the codes and defaults are data, in src/data/arealformal.ts).

/** The words of each derived-note code; `{?name|text}` is the text only when `name` is known. */
export const derivedNotesNb: Readonly<Record<string, string>> = {
  arealformal: 'arealformål {code}{?label| {label}}',
  'status-from-arealbruksstatus': 'arealbruksstatus {value} (videreutvikling av nåværende) lest som {status}',
  'abc-default': 'ABC-type {abc} er standard for denne koden{?why| ({why})}',
};

/** The SOSI code lists' names of the arealformål codes, by code: the business-land codes and the common skipped ones. */
export const arealformalNamesNb: Readonly<Record<string, string>> = {
  '1130': 'Sentrumsformål',
  '1140': 'Kjøpesenter',
  '1150': 'Forretninger',
  '1300': 'Næringsvirksomhet/næringsbebyggelse',
  '1310': 'Kontor',
  '1320': 'Hotell/overnatting',
  '1330': 'Bevertning',
  '1340': 'Industri',
  '1350': 'Lager',
  '1360': 'Bensinstasjon/vegserviceanlegg',
  '1390': 'Annen næring',
  '1501': 'Godsterminal',
  '1502': 'Godslager',
  '1800': 'Kombinert bebyggelse og anleggsformål',
  '1001': 'Bebyggelse og anlegg',
  '1110': 'Boligbebyggelse',
  '1120': 'Fritidsbebyggelse',
  '1160': 'Offentlig eller privat tjenesteyting',
  '1170': 'Fritids- og turistformål',
  '1200': 'Råstoffutvinning',
  '1400': 'Idrettsanlegg',
  '1500': 'Andre typer bebyggelse og anlegg',
  '1600': 'Uteoppholdsareal',
  '1700': 'Grav- og urnelund',
  '2001': 'Samferdselsanlegg og teknisk infrastruktur',
  '2010': 'Veg',
  '2020': 'Bane',
  '2030': 'Lufthavn',
  '2040': 'Havn',
  '2050': 'Hovednett for sykkel',
  '2060': 'Kollektivnett',
  '2070': 'Kollektivknutepunkt',
  '2080': 'Parkering',
  '2100': 'Trasé for teknisk infrastruktur',
  '2800': 'Kombinerte samferdselsformål',
  '3001': 'Grønnstruktur',
  '3020': 'Naturområde',
  '3030': 'Turdrag',
  '3040': 'Friområde',
  '3050': 'Park',
  '4001': 'Forsvaret',
  '5000': 'LNFR',
  '5100': 'LNFR',
  '5200': 'LNFR spredt bebyggelse',
  '5210': 'Spredt boligbebyggelse',
  '5220': 'Spredt fritidsbebyggelse',
  '5230': 'Spredt næringsbebyggelse',
  '6001': 'Bruk og vern av sjø og vassdrag',
};

/** Why a business-land code has its default ABC type, in one line (docs/plan-data.md has the same table). */
export const arealformalWhyNb: Readonly<Record<string, string>> = {
  '1130': 'sentrumsareal: kontor, handel og tjenester der kollektivtilbudet er best',
  '1140': 'handel med mange besøkende og mye biltrafikk',
  '1150': 'handel og service: moderat mange besøkende per m²',
  '1300': 'næringsareal av ukjent slag: mellomtypen til planen sier mer',
  '1310': 'kontor: flest mennesker per m², hører hjemme ved de beste knutepunktene',
  '1320': 'mange besøkende, noen med bil',
  '1330': 'service rettet mot besøkende',
  '1340': 'produksjon: arealkrevende, godstrafikk',
  '1350': 'lager: få arbeidsplasser per m², tung godstrafikk',
  '1360': 'betjener veitrafikken per definisjon',
  '1390': 'næring av ukjent slag: mellomtypen',
  '1501': 'godsterminal: logistikk langs hovedveiene',
  '1502': 'godslager: logistikk langs hovedveiene',
  '1800': 'blandet formål (ofte bolig med næring): mellomtypen; næringsandelen er ukjent',
};

/** The three tables together, as siteNotes.ts installs them. */
export const siteNoteWordsNb = { notes: derivedNotesNb, names: arealformalNamesNb, why: arealformalWhyNb };
