// English words for the loaders' problems (src/data): per code, the detail that names the facts in the problem's
// params. Keys are `code`, `code/variant` (when one code has several texts), `code:file` (the whole file, not one
// feature) or `/variant` (the same text for every code with that variant). Rendered by problemText.ts, for the app and
// the CLIs alike; the loaders build no sentences.
import type { LoadDetailWords } from './loadDetail.nb';

export const loadDetailsEn: Readonly<Record<string, string>> = {
  // Feature ids (featureReporter.ts)
  'id-imprecise':
    'has the number id {id}, too large to be read exactly (the file may say something else, e.g. 12345678901234567890 becomes 12345678901234567000); write the id as text in quotes',
  'id-unusable/list':
    'has an id that is a list, not text or a number; using {generated}. Give every feature an id as text (or a whole number) so results can be traced back',
  'id-unusable/object':
    'has an id that is an object, not text or a number; using {generated}. Give every feature an id as text (or a whole number) so results can be traced back',
  'id-unusable/boolean':
    'has an id that is {value} (true/false), not text or a number; using {generated}. Give every feature an id as text (or a whole number) so results can be traced back',
  'id-unusable/number':
    'has an id that is a number too large to hold (such as 1e400), not text or a number; using {generated}. Give every feature an id as text (or a whole number) so results can be traced back',
  'id-unusable':
    'has an id that is not text or a number; using {generated}. Give every feature an id as text (or a whole number) so results can be traced back',
  'id-generated':
    'has no id (no {field} property and no Feature id); using {generated}. Give every feature an id so results can be traced back',
  'id-duplicate': 'id {id} is already used by {first}; renamed this one {renamed}. Give every feature its own id',
  // Geometry as read (readGeometry.ts)
  'geometry-coordinates/pair': '{where} is not a coordinate pair [x, y]; fix the geometry or remove the feature',
  'geometry-coordinates/ring': '{where} is not an array of positions; fix the geometry or remove the feature',
  'coordinate-not-finite':
    '{where} has a coordinate that is not a finite number: {value}; fix the value or remove the feature',
  'ring-too-few-points':
    '{where} has {count} distinct {count|point|points}; a ring needs at least 3; fix the geometry or remove the feature',
  'ring-unclosed': '{where} was not closed (last position differs from the first); closed it',
  'geometry-empty/polygon': '{where} has no rings (an empty geometry); give it coordinates or remove the feature',
  'geometry-empty/multipolygon':
    'is a MultiPolygon with no polygons (an empty geometry); give it coordinates or remove the feature',
  'geometry-empty/point':
    'is a Point with no coordinates (an empty geometry); give it a position or remove the feature',
  'geometry-null/area': 'has no geometry (null); give it a Polygon or MultiPolygon, or remove the feature',
  'geometry-null/point': 'has no geometry (null); give it a Point, or remove the feature',
  'geometry-type/area':
    'has geometry type {type}; expected Polygon or MultiPolygon. Give it an area geometry or remove the feature',
  'geometry-type/point': 'has geometry type {type}; expected Point. Give the hub one position or remove the feature',
  'geometry-type/multipoint':
    'is a MultiPoint with {count} points; a hub needs exactly one point; split it or remove the feature',
  // Text and JSON (textChecks.ts, loadGeoJson.ts)
  'file-too-large/geojson':
    'is {sizeMb} MB, more than the limit of {maxMb} MB. Clip it to the area you need (e.g. Asker) or simplify it in a GIS, then load it again.',
  'file-too-large/gtfs':
    'is {sizeMb} MB, more than the limit of {maxMb} MB. Cut the feed to the area you need (e.g. with a GTFS filter tool) and load it again.',
  'file-too-large/plan':
    'is {sizeMb} MB, more than the limit of {maxMb} MB. Clip the {format} file to the area you need in a GIS, then load it again.',
  'file-empty': 'is empty (no text at all). Choose the exported file itself, not an empty placeholder.',
  'encoding-utf16':
    'looks like UTF-16 text (it has a UTF-16 byte-order mark or zero bytes between the characters), not UTF-8. Save or export it again as UTF-8.',
  'encoding-not-utf8':
    'does not look like UTF-8: {count} {count|character|characters} could not be decoded (the first at line {line}, column {column}). It was probably saved as Latin-1/Windows-1252, which older GIS tools use for æ, ø and å; save or export it again as UTF-8.',
  'json-invalid': 'not valid JSON: {detail}. Check that the file is complete GeoJSON.',
  'json-invalid/end':
    'not valid JSON at line {line}, column {column}: unexpected end of input, expected {expected} (is the file truncated?). Check that the file is complete GeoJSON.',
  'json-invalid/unexpected':
    'not valid JSON at line {line}, column {column}: unexpected {found}, expected {expected}. Check that the file is complete GeoJSON.',
  'json-invalid/too-deep':
    'not valid JSON at line {line}, column {column}: nested too deeply. Check that the file is complete GeoJSON.',
  'json-invalid/trailing-comma':
    "not valid JSON at line {line}, column {column}: trailing comma before '{close}'. Check that the file is complete GeoJSON.",
  'json-invalid/string-unclosed':
    'not valid JSON at line {line}, column {column}: string is never closed (is the file truncated?). Check that the file is complete GeoJSON.',
  'json-invalid/bad-escape':
    'not valid JSON at line {line}, column {column}: invalid escape sequence in string. Check that the file is complete GeoJSON.',
  'json-invalid/control-char':
    'not valid JSON at line {line}, column {column}: control character (e.g. a raw line break) inside a string. Check that the file is complete GeoJSON.',
  'json-invalid/empty':
    'not valid JSON at line {line}, column {column}: the file is empty. Check that the file is complete GeoJSON.',
  'json-invalid/text-after':
    'not valid JSON at line {line}, column {column}: unexpected text after the end of the JSON value. Check that the file is complete GeoJSON.',
  'not-feature-collection': 'is {what}, not a GeoJSON FeatureCollection.',
  'not-feature-collection/wrap':
    'is {what}, not a GeoJSON FeatureCollection. Wrap it as {"type": "FeatureCollection", "features": [...]}.',
  'not-feature-collection/no-array': 'is a FeatureCollection without a "features" array.',
  'no-features': 'has no features (the "features" array is empty).',
  'not-a-feature': 'is {what}, not a GeoJSON Feature; remove it or wrap it as {"type": "Feature", ...}',
  // Place and projection (featurePipeline.ts)
  'axes-swapped/degrees':
    'the coordinates look like [latitude, longitude] (e.g. {example}), but GeoJSON wants [longitude, latitude]; every position was swapped. Check the result on the map, and fix the export if you can.',
  'axes-swapped/metres':
    'the coordinates look like [northing, easting] (e.g. {example}), but GeoJSON wants [easting, northing]; every position was swapped. Check the result on the map, and fix the export if you can.',
  'projection-failed/degrees':
    '{where} ({x}, {y}) is outside longitude ±180 / latitude ±90, so it cannot be EPSG:{crs}; is the crs right?',
  'projection-failed': '{where} ({x}, {y}) cannot be projected from EPSG:{crs} to EPSG:25832; is the crs right?',
  'coordinate-absurd/utm':
    '{where} ({x}, {y}) is not a possible EPSG:{crs} coordinate (easting −2 000 000 to 3 000 000 m, northing 0 to 10 000 000 m); the number is wrong or the file is in another CRS. Fix the value or remove the feature',
  'coordinate-absurd/mercator':
    '{where} ({x}, {y}) is not a possible EPSG:{crs} coordinate (x and y within ±20037508.35 m); the number is wrong or the file is in another CRS. Fix the value or remove the feature',
  'area-implausible':
    'covers {areaKm2} km², more than any business site (the limit for this warning is {limitKm2} km²; all of Asker is about 375 km²); check that it is one site, and the coordinate system',
  'outside-norway:file':
    'none of the {count} usable features lies in Norway when read as EPSG:{crs} ({read}); they land near {place}. The file is probably in another coordinate system: give the right one {crsChoice}.',
  'outside-norway':
    '{where} ({x}, {y}) lies near {place}, outside Norway, when read as EPSG:{crs} ({read}). The coordinate is probably wrong, or in another CRS; fix it or remove the feature',
  // Polygon validity (geometryValidity.ts); {what} is the rule's words below, for every rule code
  '/invalid':
    'is not a valid polygon: {what}. Its area cannot be measured as drawn: repair it (QGIS "Fix geometries", PostGIS ST_MakeValid, or load with --repair / "Reparer geometri"), or remove the feature',
  '/repair-failed':
    'is not a valid polygon: {what}, and the automatic repair could not finish on it. Repair it in QGIS ("Fix geometries") or PostGIS (ST_MakeValid), or remove the feature',
  'repair-empty':
    'is not a valid polygon ({what}), and repairing it leaves no area ({drawnM2} m² as drawn); fix the geometry or remove the feature',
  'geometry-repaired':
    'was not a valid polygon ({what}); repaired as ST_MakeValid would: area {drawnM2} m² as drawn, {repairedM2} m² after repair',
  'geometry-repaired/still-invalid':
    'was not a valid polygon ({what}); repaired as ST_MakeValid would: area {drawnM2} m² as drawn, {repairedM2} m² after repair; note: the rebuilt shape is still not OGC-valid ({stillWhat}), though its area is right',
  // Hubs and regions (layerLoaders.ts, regionReader.ts)
  'hub-type-missing': 'has no type; give properties.type as tog/train/rail, buss/bus or båt/boat/ferry/ferge',
  'hub-type-unknown': 'type {value} is not a hub type; use tog/train/rail, buss/bus or båt/boat/ferry/ferge',
  'name-missing': 'has no name; using the id {id} as its name',
  'region-merged': 'several features are named {name}; merged them into one region',
  'region-name-missing': 'has no name; give properties.name (e.g. "Asker nord")',
  'kommunenummer-missing':
    'has no usable kommunenummer ({field} is {value}); give the 4-digit number (e.g. "0220") or remove the feature',
  // Sites (siteReader.ts, planAreaReader.ts)
  'jobs-today-invalid':
    '{field} {value} is not a number of jobs from 0 to {max}; ignored (jobs today is estimated instead)',
  'vacant-unknown': 'vacant land {value} is not a number of daa ≥ 0; treated as unknown',
  'status-unknown':
    'status {value} is not recognised (expected eksisterende/nåværende/existing or fremtidig/framtidig/future); treated as unknown',
  'status-unknown/arealbruksstatus':
    'arealbruksstatus {value} is not recognised (expected 1 nåværende, 2 framtidig or 3 videreutvikling); treated as unknown',
  'abc-unknown': 'abc {value} is not recognised (expected A, B or C); treated as unknown',
  'readiness-unknown':
    'readiness {value} is not recognised (expected byggeklar, må reguleres or må omreguleres); treated as unknown',
  'arealformal-missing': 'has no arealformål ({field} is empty); give the code (e.g. 1300) or remove the feature',
  'status-videreutvikling':
    "{count} {count|feature has|features have} arealbruksstatus 3 (videreutvikling av nåværende); read as eksisterende, since the engine knows only eksisterende and fremtidig (each site's note says so)",
  // Coordinate systems (resolveCrs.ts, src/domain/crs.ts)
  'crs-unsupported/unsupported':
    "The file's coordinate system {what} is not supported. Supported: {supported} (and CRS84). Reproject the file to EPSG:25832 or EPSG:4326, or give its CRS {crsChoice}.",
  'crs-unsupported/not-object':
    'The "crs" member should be an object, not {value}. Reproject the file to EPSG:25832 or EPSG:4326, or give its CRS {crsChoice}.',
  'crs-unsupported/link':
    'The "crs" member links to an external definition; name the CRS instead (e.g. "EPSG:25832"). Reproject the file to EPSG:25832 or EPSG:4326, or give its CRS {crsChoice}.',
  'crs-unsupported/unreadable':
    'The "crs" member could not be read: {value}. Reproject the file to EPSG:25832 or EPSG:4326, or give its CRS {crsChoice}.',
  'crs-unsupported/unsupported-override':
    "The file's coordinate system {what} is not supported. Supported: {supported} (and CRS84). Using the chosen coordinate system instead.",
  'crs-unsupported/not-object-override':
    'The "crs" member should be an object, not {value}. Using the chosen coordinate system instead.',
  'crs-unsupported/link-override':
    'The "crs" member links to an external definition; name the CRS instead (e.g. "EPSG:25832"). Using the chosen coordinate system instead.',
  'crs-unsupported/unreadable-override':
    'The "crs" member could not be read: {value}. Using the chosen coordinate system instead.',
  'crs-override-disagrees': 'the crs member says EPSG:{member}, but the chosen EPSG:{override} overrides it',
  'crs-detected/none': 'no crs member. There were no coordinates to inspect, so EPSG:25832 was assumed.',
  'crs-detected/degrees':
    'no crs member. All coordinates lie within ±180/±90 (x {minX}–{maxX}, y {minY}–{maxY}), so they were read as longitude/latitude in WGS 84 (EPSG:4326).',
  'crs-detected/mercator':
    'no crs member. Coordinates are metres with y {minYM}–{maxYM} million m: beyond UTM northings in Norway (about 6.4–7.9 million m) and typical of Web Mercator, so EPSG:3857 was assumed.',
  'crs-detected/utm':
    'no crs member. Coordinates are metres with northings {minYM}–{maxYM} million m, which fits UTM in Norway (about 6.4–7.9 million m). Zone {zone} places the data nearest the reference area (zone 32: {d32Km} away, zone 33: {d33Km} away), so {label} was assumed.',
  'crs-detected/ambiguous':
    'no crs member. Coordinates are metres with y {minYM}–{maxYM} million m, which could be UTM or Web Mercator; {label} places the data nearest the reference area ({dKm} away), so it was assumed.',
  'crs-detected/mercator-far':
    'no crs member. Coordinates are metres with y {minYM}–{maxYM} million m: beyond UTM northings in Norway (about 6.4–7.9 million m) and typical of Web Mercator, so EPSG:3857 was assumed. Even so the data would lie {far} from the reference area; set the coordinate system explicitly if this is wrong.',
  'crs-detected/utm-far':
    'no crs member. Coordinates are metres with northings {minYM}–{maxYM} million m, which fits UTM in Norway (about 6.4–7.9 million m). Zone {zone} places the data nearest the reference area (zone 32: {d32Km} away, zone 33: {d33Km} away), so {label} was assumed. Even so the data would lie {far} from the reference area; set the coordinate system explicitly if this is wrong.',
  'crs-detected/ambiguous-far':
    'no crs member. Coordinates are metres with y {minYM}–{maxYM} million m, which could be UTM or Web Mercator; {label} places the data nearest the reference area ({dKm} away), so it was assumed. Even so the data would lie {far} from the reference area; set the coordinate system explicitly if this is wrong.',
  'crs-suspicious/degrees': 'the coordinates look like EPSG:{detected} (degrees), not EPSG:{crs}; check the crs',
  'crs-suspicious/metres': 'the coordinates look like EPSG:{detected} (metres), not EPSG:{crs}; check the crs',
  // CSV and GTFS (csv.ts, gtfsHubs.ts, gtfsService.ts, gtfsDepartures.ts)
  'csv-unclosed-quote':
    'line {line}: a quoted field is never closed (a missing " ?); the rest of the file would be read as one field. Fix the quote and load it again.',
  'csv-text-after-quote':
    'line {line}: text follows a closing quote ({text}); inside a quoted field a quote must be doubled ("").',
  'csv-too-many-fields':
    'line {line} has {count} fields but the header has {header}; is a comma inside a name missing its quotes?',
  'csv-no-header': 'has no header line.',
  'csv-missing-column/stop-id': 'has no {column} column (every stop needs an id); the header is: {header}',
  'csv-missing-column/stop-lat': 'has no {column} column (the latitude of the stop); the header is: {header}',
  'csv-missing-column/stop-lon': 'has no {column} column (the longitude of the stop); the header is: {header}',
  'csv-missing-column/route-id': 'has no {column} column (trips refer to it); the header is: {header}',
  'csv-missing-column/route-type':
    'has no {column} column (it tells train, bus and boat apart); the header is: {header}',
  'csv-missing-column/trip-route': 'has no {column} column (it links a trip to its route); the header is: {header}',
  'csv-missing-column/trip-service':
    'has no {column} column (it says on which days a trip runs); the header is: {header}',
  'csv-missing-column/trip-id': 'has no {column} column (stop_times refer to it); the header is: {header}',
  'csv-missing-column/time-trip': 'has no {column} column (it links a stop time to its trip); the header is: {header}',
  'csv-missing-column/time-stop': 'has no {column} column (it says where the vehicle stops); the header is: {header}',
  'csv-missing-column/time-seq': 'has no {column} column (it orders the stops of a trip); the header is: {header}',
  'csv-missing-column/time-departure':
    'has no {column} column (it says when the vehicle leaves); the header is: {header}',
  'csv-missing-column/service-id': 'has no {column} column (it names the service); the header is: {header}',
  'csv-missing-column/calendar-day':
    'has no {column} column (it says on which weekdays the service runs); the header is: {header}',
  'csv-missing-column/calendar-start': 'has no {column} column (the first day of the service); the header is: {header}',
  'csv-missing-column/calendar-end': 'has no {column} column (the last day of the service); the header is: {header}',
  'csv-missing-column/dates-date': 'has no {column} column (the day of the exception); the header is: {header}',
  'csv-missing-column/dates-type': 'has no {column} column (1 = added, 2 = removed); the header is: {header}',
  'gtfs-bad-date/calendar': 'line {line}: start_date/end_date must be dates written YYYYMMDD, not {start}/{end}.',
  'gtfs-bad-date/calendar-dates': 'line {line}: date must be written YYYYMMDD, not {value}.',
  'gtfs-bad-date/requested': 'the service date {value} must be written YYYYMMDD.',
  'gtfs-no-service/date': 'no trips run on {date} (the feed runs from {from} to {to}); choose another date.',
  'gtfs-no-service/date-empty': 'no trips run on {date} (the calendar is empty); choose another date.',
  'gtfs-no-service/any':
    'no trip runs on any day (the feed runs from {from} to {to}); check calendar.txt, calendar_dates.txt and the service_id of trips.txt.',
  'gtfs-no-service/any-empty':
    'no trip runs on any day (the calendar is empty); check calendar.txt, calendar_dates.txt and the service_id of trips.txt.',
  'gtfs-no-calendar':
    'no calendar.txt or calendar_dates.txt, so every trip ({trips}) was counted as running on the same day; this overcounts when weekday and weekend timetables are both listed',
  'gtfs-timetable-incomplete':
    'departures need routes.txt, trips.txt and stop_times.txt together; only some were given, so they were not used',
  'gtfs-type-guessed':
    'without routes.txt, trips.txt and stop_times.txt the mode of {count} {count|hub|hubs} was guessed from the name (stasjon → tog, brygge/kai/ferje → båt, else buss); check them',
  'gtfs-no-stops':
    'has no stops or stations (rows with location_type empty, 0 or 1), so there is nothing to make hubs of.',
  // Road layers (roadReader.ts)
  'road-feature-skipped/linestring': 'a LineString needs two or more [x, y] positions; left out',
  'road-feature-skipped/multilinestring': 'a MultiLineString needs one or more lines; left out',
  'road-feature-skipped/multilinestring-line': 'every line needs two or more [x, y] positions; left out',
  'road-feature-skipped/point': 'a Point needs one [x, y] position; left out',
  'road-feature-skipped/multipoint': 'a MultiPoint needs [x, y] positions; left out',
  'road-feature-skipped/type':
    'geometry type {type} is not a road line or junction point (use LineString, MultiLineString, Point or MultiPoint); left out',
  'road-feature-skipped/untyped':
    'a geometry without a type is not a road line or junction point (use LineString, MultiLineString, Point or MultiPoint); left out',
  'road-feature-skipped/not-a-feature': 'is {what}, not a Feature; left out',
  'road-none': 'has no road lines or junction points (LineString, MultiLineString, Point or MultiPoint)',
  // Whole files (loaders.ts, preview.ts, planVersionLoaders.ts, loadPolicy.ts)
  internal: 'could not be read because of an internal error ({detail})',
  'no-farmland':
    'none of the {count} {count|feature|features} is farmland (AR5 arealtype 21, 22 or 23), so no farmland is counted',
  'nothing-usable': 'none of the {count} {count|feature|features} could be used: {reasons}.',
  '/filtered': 'skipped {count} {count|feature|features}, {reason}: {features}',
  '/filtered-more': 'skipped {count} {count|feature|features}, {reason}: {features}, … {more} more',
  // Character sets (decodeInput.ts)
  'sosi-charset-unsupported':
    '..TEGNSETT {declared} is not a character set this reader knows (ISO8859-10, ISO8859-1, ANSI, UTF-8, ND7). Export the file again with ..TEGNSETT ISO8859-10 or UTF-8.',
  'sosi-charset-missing/utf8':
    'the header has no ..TEGNSETT; read the file as {guess} (every byte is valid UTF-8). Check that æ, ø and å look right.',
  'sosi-charset-missing/default':
    'the header has no ..TEGNSETT; read the file as {guess}, the usual character set of SOSI files. Check that æ, ø and å look right.',
  'sosi-charset-mismatch/not-utf8':
    'declares ..TEGNSETT {declared}, but line {line} has bytes that are not UTF-8; read the file as ISO8859-10 instead. Check that æ, ø and å look right, and fix the declaration in the export.',
  'sosi-charset-mismatch/is-utf8':
    'declares ..TEGNSETT {declared}, but its bytes are UTF-8 (e.g. line {line}), so æ, ø and å would come out garbled; read the file as UTF-8 instead. Fix the declaration in the export.',
  'gml-encoding-unsupported':
    'the XML declaration names the encoding {declared}, which this reader does not know; save the file as UTF-8.',
  // SOSI (sosi/)
  'sosi-no-header': 'has no .HODE, so its coordinate system is unknown. Export the file again with its header.',
  'sosi-no-koordsys':
    'the .HODE (line {headLine}) has no ..TRANSPAR ...KOORDSYS, so the coordinate system is unknown. Add it (22 for EUREF89 UTM 32) or export the file again.',
  'sosi-koordsys-unsupported':
    'line {line}: ...KOORDSYS {value} is not supported; supported are {supported}. Reproject the file to EUREF89 UTM 32 (KOORDSYS 22) and load it again.',
  'sosi-koordsys-unsupported/named':
    'line {line}: ...KOORDSYS {value} ({name}) is not supported; supported are {supported}. Reproject the file to EUREF89 UTM 32 (KOORDSYS 22) and load it again.',
  'sosi-origo-invalid': 'line {line}: ...ORIGO-NØ {value} is not two numbers (northing easting).',
  'sosi-no-enhet':
    'the .HODE (line {headLine}) has no ...ENHET, so the coordinates cannot be scaled. Add it (e.g. ...ENHET 0.01 for centimetres).',
  'sosi-enhet-invalid': 'line {line}: ...ENHET {value} is not a positive number.',
  'sosi-serial-repeated':
    'line {line}: serial number {serial} is used again (first at line {firstLine}); references go to the first.',
  'sosi-object-unknown':
    '.{kind} is not a SOSI object type (expected .FLATE, .KURVE, .BUEP, .PUNKT …); remove it or fix the spelling',
  'sosi-coordinates/not-a-number':
    '..{element} at line {elementLine} has {value}, which is not a number; fix the coordinate',
  'sosi-coordinates/pairs':
    '..{element} at line {elementLine} has {count} numbers, not a whole number of northing easting pairs; the file may be truncated',
  'sosi-coordinates/triples':
    '..{element} at line {elementLine} has {count} numbers, not a whole number of northing easting height triples; the file may be truncated',
  'geometry-null/sosi-point': 'has no ..NØ coordinates; give the point a position or remove it',
  'sosi-no-slutt':
    'ends without .SLUTT, so it may be truncated; read the {count} objects that are there. Check that the export finished.',
  'sosi-stray-text': '{count} {count|line|lines} outside any object were ignored (first: line {line}).',
  'sosi-nothing-wanted/areas':
    "has no .FLATE objects (areas); it has {found}. Choose the plan's area file, or load it as another kind of data.",
  'sosi-nothing-wanted/areas-empty':
    "has no .FLATE objects (areas); it has no objects at all. Choose the plan's area file, or load it as another kind of data.",
  'sosi-nothing-wanted/points':
    "has no .PUNKT objects (points); it has {found}. Choose the plan's area file, or load it as another kind of data.",
  'sosi-nothing-wanted/points-empty':
    "has no .PUNKT objects (points); it has no objects at all. Choose the plan's area file, or load it as another kind of data.",
  'sosi-no-ref': 'has no ..REF, so it has no boundary; export the plan again with its boundaries',
  'sosi-no-ref/only-holes': '..REF has only holes (groups in parentheses) and no outer boundary',
  'sosi-ref-invalid/nested': '..REF has a "(" inside another group',
  'sosi-ref-invalid/stray-close': '..REF has a ")" without its "("',
  'sosi-ref-invalid/zero': '..REF refers to :0, which is no serial number',
  'sosi-ref-invalid/token': '..REF has {token}, which is not a reference (:N or :-N)',
  'sosi-ref-invalid/unclosed': '..REF has a "(" that is never closed',
  'sosi-ref-invalid/empty-group': '..REF has an empty group "()" (hole {hole})',
  'sosi-ref-missing':
    '..REF {ref} points to no curve (the file has no .KURVE or arc with serial number {serial}); export the plan again with all its boundaries',
  'sosi-ring-gap':
    '{ringName}: {prev} ends at {end}, but {ref} starts at {start}, {gap} away; the curves must join end to start',
  'sosi-ring-gap/flipped':
    '{ringName}: {prev} ends at {end}, but {ref} starts at {start}, {gap} away; the curves must join end to start; the curve runs the other way, so it should be written {reversed}',
  'sosi-ring-open':
    '{ringName} does not close: it ends at {end}, {gap} from its start {start}; a curve is missing from the ..REF list',
  'sosi-curve-invalid/three-points':
    '..REF {ref}: the .{kind} {serial} at line {curveLine} has {count} points; a .{kind} is given by exactly 3',
  'sosi-curve-invalid/collinear':
    '..REF {ref}: the .{kind} {serial} at line {curveLine} has its 3 points on one line, so they give no circle',
  'sosi-curve-invalid/no-radius-bue':
    '..REF {ref}: the .{kind} {serial} at line {curveLine} has no ..RADIUS; a .{kind} is given by its end points and ..RADIUS',
  'sosi-curve-invalid/no-radius-sirkel':
    '..REF {ref}: the .{kind} {serial} at line {curveLine} has no ..RADIUS; a .{kind} is given by its centre and ..RADIUS',
  'sosi-curve-invalid/bad-radius':
    '..REF {ref}: the .{kind} {serial} at line {curveLine} has ..RADIUS {radius}, which is not a non-zero number',
  'sosi-curve-invalid/radius-in-degrees':
    '..REF {ref}: the .{kind} {serial} at line {curveLine} is a .{kind} with a radius in metres in a file in degrees (KOORDSYS 84); export the arcs as .BUEP, or the file in UTM (KOORDSYS 22/23)',
  'sosi-curve-invalid/sirkel-points':
    '..REF {ref}: the .{kind} {serial} at line {curveLine} has {count} points; a .SIRKEL is given by its centre (1 point) and ..RADIUS',
  'sosi-curve-invalid/no-circle': '..REF {ref}: the .{kind} {serial} at line {curveLine} gives no circle',
  'sosi-curve-invalid/bue-points':
    '..REF {ref}: the .{kind} {serial} at line {curveLine} has {count} {count|point|points}; a .BUE is given by its start and end point and ..RADIUS',
  'sosi-curve-invalid/no-arc':
    '..REF {ref}: the .{kind} {serial} at line {curveLine} has end points further apart than the diameter (2 × ..RADIUS {radius}), or the same point twice, so no arc joins them',
  'sosi-curve-invalid/klotoide':
    '..REF {ref}: the .{kind} {serial} at line {curveLine} is a .KLOTOIDE (a transition curve); this reader takes lines and arcs (.KURVE, .BUEP, .SIRKELP, .BUE, .SIRKEL). Export it as a .KURVE',
  'sosi-curve-invalid/too-few-points':
    '..REF {ref}: the .{kind} {serial} at line {curveLine} has {count} {count|point|points}; a curve needs at least 2',
  'sosi-curve-invalid/coords-not-a-number':
    '..REF {ref}: the .{kind} {serial} at line {curveLine}: ..{element} at line {elementLine} has {value}, which is not a number; fix the coordinate',
  'sosi-curve-invalid/coords-pairs':
    '..REF {ref}: the .{kind} {serial} at line {curveLine}: ..{element} at line {elementLine} has {count} numbers, not a whole number of northing easting pairs; the file may be truncated',
  'sosi-curve-invalid/coords-triples':
    '..REF {ref}: the .{kind} {serial} at line {curveLine}: ..{element} at line {elementLine} has {count} numbers, not a whole number of northing easting height triples; the file may be truncated',
  // GML (gml/)
  'gml-invalid':
    'is not well-formed XML at line {line}, column {column}: {detail}. Check that the file is complete GML.',
  'gml-not-collection':
    'is XML with the root element <{root}>, not a GML or WFS FeatureCollection. Export the plan as GML (SOSI-GML, e.g. KpArealformålOmråde features).',
  'gml-srs-mixed':
    'line {line}: a geometry is in {other}, but earlier ones are in {first}; one file must use one coordinate system. Export it again in one CRS.',
  'gml-nothing-wanted/areas':
    "has no features with an area geometry (gml:Surface, gml:Polygon, gml:MultiSurface); it has {found}. Choose the plan's area file, or load it as another kind of data.",
  'gml-nothing-wanted/areas-empty':
    "has no features with an area geometry (gml:Surface, gml:Polygon, gml:MultiSurface) (no gml:featureMember or wfs:member at all). Choose the plan's area file, or load it as another kind of data.",
  'gml-nothing-wanted/points':
    "has no features with a gml:Point; it has {found}. Choose the plan's area file, or load it as another kind of data.",
  'gml-nothing-wanted/points-empty':
    "has no features with a gml:Point (no gml:featureMember or wfs:member at all). Choose the plan's area file, or load it as another kind of data.",
  'gml-coordinates/not-a-number':
    'gml:{element} at line {elementLine} has {value}, which is not a number; fix the coordinate',
  'gml-coordinates/count':
    'gml:{element} at line {elementLine} has {count} numbers, not a whole number of {dims}-number positions (srsDimension {dims}); the file may be cut off',
  'gml-coordinates/pos': 'gml:pos at line {elementLine} has {count} numbers; a position has 2 (or 3 with a height)',
  'gml-coordinates/coordinates': 'gml:coordinates at line {elementLine} has a value that is not a number',
  'gml-coordinates/none':
    'gml:{element} at line {elementLine} has no gml:posList or gml:pos; give it coordinates or remove the feature',
  'gml-coordinates/no-segments': 'gml:Curve at line {elementLine} has no gml:segments',
  'gml-coordinates/no-base-curve': 'gml:OrientableCurve at line {elementLine} has no gml:baseCurve',
  'gml-coordinates/empty-member': 'gml:curveMember at line {elementLine} is empty',
  'gml-arc/circle': 'gml:Circle at line {elementLine} needs 3 points not on one line',
  'gml-arc/points':
    'gml:{element} at line {elementLine} has {count} points; an arc string needs an odd number, at least 3',
  'gml-geometry-unsupported/segment':
    'gml:{element} at line {elementLine} is a curve segment this reader does not handle (LineStringSegment, Arc, ArcString, Circle are)',
  'gml-geometry-unsupported/ring-part': 'gml:{element} at line {elementLine} cannot be part of a ring',
  'gml-geometry-unsupported/not-a-ring':
    'gml:{element} at line {elementLine} is not a ring (gml:LinearRing or gml:Ring)',
  'gml-geometry-unsupported/patch':
    'gml:{element} at line {elementLine} is a surface patch this reader does not handle (gml:PolygonPatch is)',
  'geometry-empty/gml-ring': 'gml:{element} at line {elementLine} is empty; give it a gml:LinearRing',
  'geometry-empty/gml-exterior':
    'gml:{element} at line {elementLine} has no gml:exterior; give it an outer ring or remove the feature',
  'geometry-empty/gml-patches':
    'gml:Surface at line {elementLine} has no gml:patches; give it a gml:PolygonPatch or remove the feature',
  'geometry-empty/gml-base-surface': 'gml:OrientableSurface at line {elementLine} has no gml:baseSurface',
  'geometry-empty/gml-point': 'gml:Point at line {elementLine} has no position',
  'geometry-type/gml-area':
    'has a gml:{element} geometry (line {elementLine}); expected an area (gml:Surface, gml:Polygon or gml:MultiSurface). Give it an area geometry or remove the feature',
  'geometry-type/gml-multipoint':
    'is a gml:MultiPoint with {count} points (line {elementLine}); a hub needs exactly one point',
  'geometry-type/gml-point':
    'has a gml:{element} geometry (line {elementLine}); expected gml:Point. Give the hub one position or remove the feature',
};

/** What broke in a polygon, per validity rule (the `{what}` of the validity problems). */
export const validityWhatEn: Readonly<Record<string, string>> = {
  'coordinate-not-finite': '{where} at position {vertex} has a coordinate that is not a finite number',
  'ring-too-few-points': '{where} has fewer than 3 distinct points',
  'ring-no-area': '{where} has all its points on one line, so it encloses no area ({near})',
  'ring-self-intersects':
    '{where} crosses or touches itself: the edge from position {edgeFrom} meets the edge from position {edgeTo} {near}',
  'rings-cross':
    '{where} and {other} cross or share an edge {near}; rings of one polygon may meet only at single points',
  'hole-outside-shell':
    '{where} at position {vertex} is not inside its outer ring ({near}); a hole must lie inside the polygon it is cut from',
  'holes-nested': '{where} lies inside {other} ({near}); holes may not lie inside each other',
  'interior-disconnected':
    'the rings of polygon {polygon} touch each other so that they cut its area in two pieces ({near})',
  'parts-overlap':
    '{where} overlaps {other} ({near}); the parts of a MultiPolygon may not overlap or share an edge, so their area would count twice',
};

/** Why features were skipped, naming the facts (per code or `code/variant`). */
export const skipReasonsEn: Readonly<Record<string, string>> = {
  'below-hub-rule/departures': 'fewer departures than the hub rule',
  'below-hub-rule/not-station': 'a stop, not a station (no timetable to count departures)',
  'below-hub-rule/not-a-hub': 'not a hub',
  'objtype-not-area': 'object type {value} is not a land-use area (arealformålområde)',
  'arealformal-unknown':
    'arealformål {value} is not a SOSI arealformål code (1000–6999); its land counts as not in the plan',
  'arealformal-not-business/not-a-code': 'arealformål {value} is not a code',
  'arealformal-not-business/unlisted': '{code}: not a business-land code in the table',
  'arealformal-not-business/named': '{code} {label}: not business land',
  'arealformal-not-business/services':
    '{code} {label}: public or private services (schools, health care), not business land in this tool',
  'arealformal-not-business/scattered': '{code} {label}: scattered business in an LNFR area, not planned business land',
  'arealformal-not-business/mineral': '{code} {label}: mineral extraction, not business land',
  'artype-not-farmland': 'arealtype {value} is not farmland (21, 22 or 23)',
  'kommune-whole-asker':
    "{knr}: all of today's Asker in one piece; Asker nord/syd need the former kommuner 0220, 0627 and 0628",
  'kommune-whole-asker/named':
    "{knr} {name}: all of today's Asker in one piece; Asker nord/syd need the former kommuner 0220, 0627 and 0628",
  'kommune-not-asker': '{knr}: not one of the former kommuner of Asker (0220, 0627, 0628)',
  'kommune-not-asker/named': '{knr} {name}: not one of the former kommuner of Asker (0220, 0627, 0628)',
  'kommune-not-in-profile': "{knr}: not one of the kommuner of {kommune}'s regions ({listed})",
  'kommune-not-in-profile/named': "{knr} {name}: not one of the kommuner of {kommune}'s regions ({listed})",
};

/** Short reasons for unusable features, for counting them ("3 × no geometry"). */
export const skipShortEn: Readonly<Record<string, string>> = {
  'not-a-feature': 'not a GeoJSON Feature',
  'geometry-null': 'no geometry',
  'geometry-empty': 'empty geometry',
  'geometry-type': 'wrong geometry type',
  'geometry-coordinates': 'malformed coordinates',
  'coordinate-not-finite': 'coordinate not a finite number',
  'coordinate-absurd': 'impossible coordinate',
  'ring-too-few-points': 'ring with fewer than 3 points',
  'ring-self-intersects': 'ring crosses or touches itself',
  'ring-no-area': 'ring with no area',
  'rings-cross': 'rings cross or share an edge',
  'hole-outside-shell': 'hole outside its outer ring',
  'holes-nested': 'hole inside another hole',
  'interior-disconnected': 'rings cut the area in two',
  'parts-overlap': 'parts overlap',
  'repair-empty': 'nothing left after repair',
  'projection-failed': 'cannot be projected',
  'outside-norway': 'outside Norway',
  'hub-type-missing': 'hub without a type',
  'hub-type-unknown': 'unknown hub type',
  'region-name-missing': 'region without a name',
  'arealformal-missing': 'no arealformål',
  'kommunenummer-missing': 'no kommunenummer',
  'arealformal-not-business': 'not business land',
  'arealformal-unknown': 'unknown arealformål code',
  'objtype-not-area': 'not a land-use area',
  'artype-not-farmland': 'not farmland',
  'kommune-not-asker': 'not a former Asker kommune',
  'kommune-whole-asker': "today's Asker in one piece",
  'kommune-not-in-profile': "not in the kommune profile's regions",
  'below-hub-rule': 'not a hub under the hub rule',
  'sosi-ring-open': 'boundary that does not close',
  'sosi-ring-gap': 'boundary with a gap',
  'sosi-ref-missing': 'boundary curve missing',
  'sosi-ref-invalid': '..REF that cannot be read',
  'sosi-no-ref': 'no boundary',
  'sosi-curve-invalid': 'boundary curve that cannot be drawn',
  'sosi-coordinates': 'malformed coordinates',
  'sosi-object-unknown': 'unknown SOSI object type',
  'gml-coordinates': 'malformed coordinates',
  'gml-arc': 'arc that cannot be drawn',
  'gml-geometry-unsupported': 'geometry this reader does not handle',
};

export const loadDetailWordsEn: LoadDetailWords = {
  polygon: 'polygon {polygon}',
  onlyPolygon: 'polygon',
  ring: 'ring {ring}',
  outer: '(outer)',
  hole: '(hole)',
  position: 'position {position}',
  point: 'the point',
  stop: 'the stop position',
  outerBoundary: 'the outer boundary',
  holeNumber: 'hole {hole}',
  near: 'near E {nearE} N {nearN} (EPSG:25832)',
  read: { member: 'from the crs member', override: 'as chosen', detected: 'as guessed' },
  place: '{lat}°{ns} {lon}°{ew}',
  compass: { n: 'N', s: 'S', e: 'E', w: 'W' },
  nowhere: 'nowhere on Earth',
  untyped: 'a geometry without a "type"',
  json: {
    null: 'null',
    array: 'a JSON array',
    string: 'a string',
    number: 'a number',
    boolean: 'a boolean',
    untyped: 'a JSON object without a "type" member',
    feature: 'a single Feature',
    geometry: 'a bare {type} geometry',
    object: 'an object of type {type}',
    stop: 'a stop',
    sosi: 'a SOSI .{type}',
    gml: 'a GML {type}',
  },
  expected: {
    value: 'a value',
    name: 'a property name in double quotes',
    colon: "':'",
    'comma-or-close': "',' or '{close}'",
  },
  km: '{km} km',
  veryFar: 'very far',
  skipped: '(skipped this feature; the rest were loaded)',
  reasonItem: '{count} × {reason}',
  reasonJoin: '; ',
  whereJoin: ', ',
  first: 'The first: {text}',
};
