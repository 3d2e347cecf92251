// English strings for "Load data" (issue 4); typed against the bokmål table so a missing key fails the type check.
import type { loadNb } from './load.nb';

export const loadEn: Record<keyof typeof loadNb, string> = {
  loadOpen: 'Load data',
  loadRestore: 'Back to example data',
  loadRestored: 'The example data is back.',
  loadApplied: 'Loaded {count} {kind} from {file}.',
  loadNoteUser: 'Own data: {files}.',
  loadNoteMixed: 'Own data: {files}. The business sites are still example data (illustrations).',
  loadNoteKind: '{file} ({kind})',

  loadDialogTitle: 'Load your own data',
  loadIntro:
    'Choose a GeoJSON, SOSI (.sos) or GML file (business land from a plan, hubs or regions) or GTFS files (stops.txt, preferably with routes.txt, trips.txt, stop_times.txt and calendar.txt). Nothing changes until you press "Use the data".',
  loadChooseFiles: 'Choose file(s)',
  loadDropHint: 'You can also drop the files here or anywhere on the page.',
  loadDropActive: 'Drop the files to read them',
  loadReading: 'Reading {file} …',
  loadPreviewing: 'Making the preview …',
  loadApplying: 'Computing …',
  loadCancel: 'Cancel',
  loadConfirm: 'Use the data',
  loadConfirmHint: 'Your current data changes only when you press "Use the data".',

  loadKindLegend: 'What does the file hold?',
  loadKindSites: 'Business sites',
  loadKindHubs: 'Hubs',
  loadKindRegions: 'Regions',
  loadKindSitesPlural: 'business sites',
  loadKindHubsPlural: 'hubs',
  loadKindRegionsPlural: 'regions',
  loadGuessed: 'Guessed: {kind} ({why}). Choose another kind if that is wrong.',
  loadGuessGtfs: 'GTFS files become hubs',
  loadGuessPoints: 'the file has points',
  loadGuessKommune: 'the file has kommunenummer',
  loadGuessDefault: 'the file has areas without kommunenummer',

  loadPreviewTitle: 'Preview',
  loadFileLabel: 'File',
  loadCounts: '{total} features in the file: {kept} will be loaded, {skipped} skipped.',
  loadCountsGtfs: '{total} stop places in the files: {kept} become hubs, {skipped} skipped.',
  loadModePlan:
    'Plan data (arealformål): only business-land codes are kept, each with the default ABC type of the table in docs/plan-data.md unless the file gives one.',
  loadModeKommune:
    'Kommune boundaries: 0220 (Asker) becomes Asker nord; 0627 (Røyken) and 0628 (Hurum) become Asker syd; other kommuner are skipped.',
  loadModeProject: "Read as this project's own format.",
  loadModeGtfs: 'GTFS: stop places that meet the hub rule become hubs.',
  loadFirstItems: 'First features to be loaded',

  loadCrsTitle: 'Coordinate system',
  loadCrsMember: "{label}, from the file's crs member.",
  loadCrsOverride: '{label}, as you chose.',
  loadCrsDetected: '{label}, guessed from the coordinates.',
  loadCrsWhyDegrees: 'All coordinates lie within ±180/±90, so they were read as longitude and latitude.',
  loadCrsWhyMercator: 'The coordinates are metres with y values that fit Web Mercator (web maps).',
  loadCrsChoose: 'Use coordinate system',
  problemCrsChoiceApp: 'under "Use coordinate system"',
  problemCrsChoiceCli: 'with --crs',
  loadCrsAuto: 'Automatic (from the file, or guessed)',

  loadMappingTitle: 'Fields',
  loadMappingHint: 'Which property of the file feeds which field. Changing a choice reads the file again.',
  loadMappingAuto: '(find automatically)',
  loadMappingNone: '(not used)',
  loadRoleId: 'ID',
  loadRoleName: 'Name',
  loadRoleStatus: 'Status',
  loadRoleAbc: 'ABC type',
  loadRoleReadiness: 'Plan status',
  loadRoleNote: 'Note',
  loadRoleArealformal: 'Arealformål (land use)',
  loadRoleArealbruksstatus: 'Arealbruksstatus',
  loadRoleObjtype: 'Object type',
  loadRoleHubType: 'Hub type',
  loadRoleKommunenummer: 'Kommunenummer',
  loadRoleKommunenavn: 'Kommune name',

  loadRuleTitle: 'Hub rule',
  loadRuleText: 'A stop place is a hub when it has at least this many departures per hour between {from} and {to}:',
  loadRuleTog: 'Trains per hour',
  loadRuleBuss: 'Buses per hour',
  loadRuleBat: 'Boats per hour',

  loadSkippedTitle: 'Skipped ({count})',
  loadSkippedNone: 'No features are skipped.',
  loadSkippedMore: '… and {count} more',
  loadWarningsTitle: 'Notes ({count})',
  loadErrorTitle: 'The file cannot be used',
  loadErrorKept: 'Your current data has not changed.',
  loadErrorOthers: 'Other errors in the file',
  loadDetails: 'Technical message',
  loadFeatureLabel: '{ref} (id "{id}")',
  // Where a feature is in its file (FeatureRef in src/domain/types.ts), by its kind.
  loadRefFeature: 'features[{index}]',
  loadRefSosi: 'line {line}, .{object} {serial}',
  loadRefSosiNoSerial: 'line {line}, .{object} (no serial number)',
  loadRefGml: 'line {line}, {element}',
  loadRefCsv: 'line {line}',
  loadStopLabel: 'stop "{id}"',
};

/** Short English headlines by code (the loader's full message is shown under them as the technical message). */
export const loadProblemsEn: Readonly<Record<string, string>> = {
  'json-invalid':
    '{file} is not valid JSON. Check that it is a complete GeoJSON file (not cut off or edited by hand) and load it again.',
  'not-feature-collection':
    '{file} is not a GeoJSON FeatureCollection. Export the layer as GeoJSON (a FeatureCollection with a "features" list).',
  'no-features': '{file} has no features (the "features" list is empty). Choose a file with content.',
  'file-empty': '{file} is empty. Choose the exported file itself, not an empty placeholder.',
  'file-too-large':
    '{file} is larger than the limit of {limitMb} MB. Clip it to the area you need (e.g. Asker) or simplify it in a GIS.',
  'encoding-utf16': '{file} is saved as UTF-16, not UTF-8. Save or export it again as UTF-8.',
  'encoding-not-utf8':
    '{file} is not UTF-8: some characters (probably æ, ø or å) cannot be read. It was probably saved as Latin-1/Windows-1252; save or export it again as UTF-8.',
  'crs-unsupported':
    '{file} names a coordinate system the app does not support. Choose the coordinate system {crsChoice}, or reproject the file to EPSG:25832 or EPSG:4326.',
  'outside-norway:file':
    'None of the features in {file} lies in Norway as the coordinates are read now. The file is probably in another coordinate system: choose the right one {crsChoice}.',
  'outside-norway':
    '{feature} lies outside Norway. The coordinate is probably wrong or in another coordinate system; fix it or remove the feature.',
  'nothing-usable':
    'None of the features in {file} can be used. See the reasons in the technical message, fix the file, or choose another kind of data.',
  internal:
    'Something unexpected went wrong while reading {file}. Try again, and send the technical message to whoever runs the app if it happens again.',
  'geometry-null': '{feature} has no geometry. Give the feature a geometry or remove it.',
  'geometry-type':
    '{feature} has the wrong geometry type: business sites and regions must be areas (Polygon/MultiPolygon), hubs points. Choose the right kind of data or remove the feature.',
  'ring-self-intersects':
    '{feature} has a ring that crosses itself, so its area cannot be measured. Repair it (e.g. "Fix geometries" in QGIS or ST_MakeValid in PostGIS) or remove the feature.',
  'ring-unclosed': '{feature} had a ring that was not closed; it was closed automatically. Check its shape on the map.',
  'id-generated': '{feature} has no id, so the app made one. Give every feature an id so results can be traced back.',
  'id-duplicate':
    '{feature}: its id is already used by another feature, so this one got a new id (ending -2, -3 …). Give every feature its own id.',
  'crs-detected':
    '{file} does not name its coordinate system, so it was guessed from the coordinates. Choose another {crsChoice} if the data lands in the wrong place.',
  'load-too-many-files': 'Choose one GeoJSON file at a time, or the GTFS files of one feed.',
  'gtfs-no-stops-file':
    'The GTFS files lack stops.txt. Choose stops.txt (and preferably routes.txt, trips.txt, stop_times.txt, calendar.txt and calendar_dates.txt).',
  'zip-file': '{file} is a zip file. Unpack it and choose the files inside (for GTFS: stops.txt and preferably more).',
  'file-unreadable': '{file} could not be read. Check that the file exists and can be opened, and try again.',
};

/** English skip reasons come from the loaders themselves; none are overridden. */
export const loadSkipReasonsEn: Readonly<Record<string, string>> = {};

/** Coordinate systems by name (EPSG's names, with what the axes are), for the override choice and messages. */
export const loadCrsLabelsEn: Readonly<Record<number, string>> = {
  4326: 'WGS 84 (EPSG:4326, longitude/latitude)',
  4258: 'ETRS89 (EPSG:4258, longitude/latitude)',
  25832: 'EUREF89 / UTM zone 32N (EPSG:25832)',
  25833: 'EUREF89 / UTM zone 33N (EPSG:25833)',
  25835: 'EUREF89 / UTM zone 35N (EPSG:25835)',
  32632: 'WGS 84 / UTM zone 32N (EPSG:32632)',
  32633: 'WGS 84 / UTM zone 33N (EPSG:32633)',
  3857: 'WGS 84 / Pseudo-Mercator (EPSG:3857, web maps)',
};
