// English words for what a loader derived for a site (src/domain/siteNotes.ts), and the arealformål codes' names and
// the reasons for their default ABC types (the codes and defaults are data, in src/data/arealformal.ts).

/** The words of each derived-note code; `{?name|text}` is the text only when `name` is known. */
export const derivedNotesEn: Readonly<Record<string, string>> = {
  arealformal: 'arealformål {code}{?label| {label}}',
  'status-from-arealbruksstatus': 'arealbruksstatus {value} (videreutvikling av nåværende) read as {status}',
  'abc-default': 'ABC type {abc} is the default for this code{?why| ({why})}',
};

/** The arealformål codes' names in English, by code: the business-land codes and the common skipped ones. */
export const arealformalNamesEn: Readonly<Record<string, string>> = {
  '1130': 'Town centre',
  '1140': 'Shopping centre',
  '1150': 'Retail',
  '1300': 'Business',
  '1310': 'Offices',
  '1320': 'Hotel/accommodation',
  '1330': 'Restaurants and cafés',
  '1340': 'Industry',
  '1350': 'Warehousing',
  '1360': 'Petrol station/roadside services',
  '1390': 'Other business',
  '1501': 'Freight terminal',
  '1502': 'Freight storage',
  '1800': 'Combined buildings and facilities',
  '1001': 'Buildings and facilities',
  '1110': 'Housing',
  '1120': 'Holiday homes',
  '1160': 'Public or private services',
  '1170': 'Leisure and tourism',
  '1200': 'Mineral extraction',
  '1400': 'Sports facilities',
  '1500': 'Other buildings and facilities',
  '1600': 'Outdoor space',
  '1700': 'Cemetery',
  '2001': 'Transport and technical infrastructure',
  '2010': 'Road',
  '2020': 'Railway',
  '2030': 'Airport',
  '2040': 'Harbour',
  '2050': 'Main cycle network',
  '2060': 'Public transport network',
  '2070': 'Public transport hub',
  '2080': 'Parking',
  '2100': 'Technical infrastructure corridor',
  '2800': 'Combined transport purposes',
  '3001': 'Green structure',
  '3020': 'Natural area',
  '3030': 'Green corridor',
  '3040': 'Public open space',
  '3050': 'Park',
  '4001': 'Defence',
  '5000': 'LNFR',
  '5100': 'LNFR',
  '5200': 'LNFR with scattered buildings',
  '5210': 'Scattered housing',
  '5220': 'Scattered holiday homes',
  '5230': 'Scattered business buildings',
  '6001': 'Use and protection of sea and waterways',
};

/** Why a business-land code has its default ABC type, in one line (docs/plan-data.md has the same table). */
export const arealformalWhyEn: Readonly<Record<string, string>> = {
  '1130': 'town-centre land: offices, retail and services where public transport is best',
  '1140': 'retail with many visitors and much car traffic',
  '1150': 'retail and service: moderate visitors per m²',
  '1300': 'business land of unspecified kind: the middle type until the plan says more',
  '1310': 'offices: the most people per m², belongs at the best hubs',
  '1320': 'many visitors, some by car',
  '1330': 'visitor-oriented service',
  '1340': 'production: area-demanding, goods traffic',
  '1350': 'warehousing: few jobs per m², heavy goods traffic',
  '1360': 'serves road traffic by definition',
  '1390': 'unspecified business: the middle type',
  '1501': 'freight terminal: logistics by main roads',
  '1502': 'freight storage: logistics by main roads',
  '1800': 'mixed use (often housing with business): the middle type; the business share is unknown',
};

/** The three tables together, as siteNotes.ts installs them. */
export const siteNoteWordsEn = { notes: derivedNotesEn, names: arealformalNamesEn, why: arealformalWhyEn };
