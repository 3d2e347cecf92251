// GTFS stops (with optional routes/trips/stop_times/calendar) → hubs, by a rule the user can see and change.
import type { Hub, HubType } from '../domain/types.ts';
import { parseCsv, requireColumn, type CsvTable } from './csv.ts';
import { collectParsed, type LoadOptions, type LoadResult, type MappingReport } from './featurePipeline.ts';
import { countDepartures, hubTypeOfRouteType, readTrips, type ModeCounts } from './gtfsDepartures.ts';
import { chooseServiceDay, dateText, type ServiceDay } from './gtfsService.ts';
import type { ParsedFeature } from './loadGeoJson.ts';
import { finish } from './loadPolicy.ts';
import { GEOJSON_TOOLS } from './loadTools.ts';
import { DataError, type MappingNote } from './problems.ts';
import type { GeometryIssue } from './readGeometry.ts';
import { gtfsStopReader, type Decision } from './gtfsStopReader.ts';

/** GTFS tables as text; only stops.txt is required. */
export interface GtfsFiles {
  stops: string;
  routes?: string | undefined;
  trips?: string | undefined;
  stopTimes?: string | undefined;
  calendar?: string | undefined;
  calendarDates?: string | undefined;
}

/**
 * Which stop places count as hubs: at least `minDeparturesPerHour[type]` departures per hour of that
 * mode between `fromHour` and `toHour` on the service day (all directions together). The defaults follow
 * the Norwegian knutepunkt description in facts.md (rush-hour service at least every 10 min by bus,
 * every 30 min by train); one boat an hour is this project's choice, since that description has none.
 */
export interface HubRule {
  fromHour: number;
  toHour: number;
  minDeparturesPerHour: Record<HubType, number>;
}

export const DEFAULT_HUB_RULE: HubRule = { fromHour: 7, toHour: 9, minDeparturesPerHour: { tog: 2, buss: 6, båt: 1 } };

export interface GtfsLoadOptions extends Omit<LoadOptions, 'fields' | 'crs'> {
  /** The feed's folder (or name) as shown in messages; tables are named `<file>/stops.txt` etc. */
  file: string;
  rule?: HubRule | undefined;
  /** Service day to count, YYYYMMDD; default the busiest day of the feed. */
  serviceDate?: string | undefined;
}

/** Mode priority when a place qualifies for several: rail decides ABC access, boat quays are rare, buses common. */
const MODE_ORDER: readonly HubType[] = ['tog', 'båt', 'buss'];

/** The rule as a mapping note (facts: departures per hour by mode, the hours), for the preview and the import account. */
export function hubRuleNote(rule: HubRule): MappingNote {
  const m = rule.minDeparturesPerHour;
  return {
    code: 'gtfs-hub-rule',
    params: {
      tog: String(m.tog),
      baat: String(m.båt),
      buss: String(m.buss),
      fromHour: String(rule.fromHour),
      toHour: String(rule.toHour),
    },
  };
}

/** Hub type guessed from a stop name when no timetable tells the mode. */
function typeFromName(name: string): HubType {
  const n = name.toLowerCase();
  if (/(stasjon|station|jernbane)/.test(n)) return 'tog';
  if (/(brygge|kai\b|ferje|ferge|båthavn|fergeleie|ferjeleie)/.test(n)) return 'båt';
  return 'buss';
}

function tables(files: GtfsFiles, dir: string) {
  const opt = (text: string | undefined, name: string): CsvTable | undefined =>
    text === undefined ? undefined : parseCsv(text, `${dir}/${name}`);
  return {
    stops: parseCsv(files.stops, `${dir}/stops.txt`),
    routes: opt(files.routes, 'routes.txt'),
    trips: opt(files.trips, 'trips.txt'),
    stopTimes: opt(files.stopTimes, 'stop_times.txt'),
    calendar: opt(files.calendar, 'calendar.txt'),
    calendarDates: opt(files.calendarDates, 'calendar_dates.txt'),
  };
}

const numberOrText = (text: string): number | string =>
  text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;

/** Hubs from a GTFS feed. Throws DataError on unusable input (see LoadOptions.onUnusable). */
export function loadGtfsHubs(files: GtfsFiles, opts: GtfsLoadOptions): LoadResult<Hub[]> {
  const dir = opts.file;
  const rule = opts.rule ?? DEFAULT_HUB_RULE;
  const t = tables(files, dir);
  const { stops } = t;
  const idCol = requireColumn(stops, 'stop_id', 'stop-id');
  const latCol = requireColumn(stops, 'stop_lat', 'stop-lat');
  const lonCol = requireColumn(stops, 'stop_lon', 'stop-lon');
  const nameCol = stops.column('stop_name');
  const typeCol = stops.column('location_type');
  const parentCol = stops.column('parent_station');
  const vehicleCol = stops.column('vehicle_type');
  const locType = (row: string[]): string => (typeCol < 0 ? '' : (row[typeCol] ?? '').trim());
  const stationIds = new Set(stops.rows.filter((r) => locType(r) === '1').map((r) => r[idCol] ?? ''));
  /** A stop counts with its parent station; entrances, nodes and boarding areas (2–4) are not places. */
  const parentOf = new Map<string, string>();
  for (const r of stops.rows) parentOf.set(r[idCol] ?? '', parentCol < 0 ? '' : (r[parentCol] ?? '').trim());
  const placeOf = (stopId: string): string | null => {
    const parent = parentOf.get(stopId);
    if (parent === undefined) return null;
    return parent !== '' && stationIds.has(parent) ? parent : stopId;
  };
  const isPlace = (row: string[]): boolean => {
    const lt = locType(row);
    if (lt === '1') return true;
    if (lt !== '' && lt !== '0') return false;
    return placeOf(row[idCol] ?? '') === row[idCol];
  };

  const notes: MappingNote[] = [];
  const fileWarnings: GeometryIssue[] = [];
  const decisions = new Map<string, Decision>();
  const timetable = t.routes && t.trips && t.stopTimes;
  if (timetable) {
    const { trips, perService } = readTrips(t.routes as CsvTable, t.trips as CsvTable);
    const day: ServiceDay = chooseServiceDay(
      { calendar: t.calendar, calendarDates: t.calendarDates },
      perService,
      opts.serviceDate,
    );
    const counted = countDepartures(t.stopTimes as CsvTable, trips, day, placeOf, rule);
    const hours = rule.toHour - rule.fromHour;
    notes.push(hubRuleNote(rule));
    if (day.date === null) {
      fileWarnings.push({ code: 'gtfs-no-calendar', params: { trips: String(day.trips) } });
    } else {
      notes.push({
        code: 'gtfs-departures-counted',
        variant: opts.serviceDate === undefined ? 'busiest' : 'chosen',
        params: { date: dateText(day.date), trips: String(day.trips) },
      });
    }
    if (counted.tripsWithoutMode > 0)
      notes.push({ code: 'gtfs-trips-without-mode', params: { count: String(counted.tripsWithoutMode) } });
    if (counted.untimed > 0) notes.push({ code: 'gtfs-untimed', params: { count: String(counted.untimed) } });
    for (const row of stops.rows) {
      if (!isPlace(row)) continue;
      const id = row[idCol] ?? '';
      const counts: ModeCounts = counted.byPlace.get(id) ?? {};
      const type = MODE_ORDER.find((m) => (counts[m] ?? 0) / hours >= rule.minDeparturesPerHour[m]);
      decisions.set(id, type ? { type } : { skip: 'departures' });
    }
  } else {
    const given = ['routes', 'trips', 'stopTimes'].filter((k) => files[k as keyof GtfsFiles] !== undefined);
    if (given.length > 0) {
      fileWarnings.push({ code: 'gtfs-timetable-incomplete' });
    }
    const keepStations = stationIds.size > 0;
    notes.push({ code: 'gtfs-no-timetable', variant: keepStations ? 'stations' : 'stops' });
    let guessed = 0;
    for (const row of stops.rows) {
      if (!isPlace(row)) continue;
      const id = row[idCol] ?? '';
      if (keepStations && locType(row) !== '1') {
        decisions.set(id, { skip: 'not-station' });
        continue;
      }
      const vehicle = vehicleCol < 0 ? null : hubTypeOfRouteType(Number(row[vehicleCol]?.trim() || NaN));
      if (vehicle === null) guessed++;
      decisions.set(id, { type: vehicle ?? typeFromName(nameCol < 0 ? '' : (row[nameCol] ?? '')) });
    }
    if (guessed > 0) {
      fileWarnings.push({ code: 'gtfs-type-guessed', params: { count: String(guessed) } });
    }
  }

  const features: ParsedFeature[] = [];
  stops.rows.forEach((row, index) => {
    const id = row[idCol] ?? '';
    if (!decisions.has(id)) return;
    features.push({
      index,
      isFeature: true,
      what: { kind: 'stop' },
      id,
      properties: Object.assign(Object.create(null) as Record<string, unknown>, {
        id,
        name: nameCol < 0 ? '' : (row[nameCol] ?? ''),
      }),
      geometry: { type: 'Point', coordinates: [numberOrText(row[lonCol] ?? ''), numberOrText(row[latCol] ?? '')] },
      // Messages name a stop by its line in stops.txt.
      ref: { kind: 'csv', line: stops.lines[index] ?? 0 },
    });
  });
  if (features.length === 0) {
    throw new DataError({ file: `${dir}/stops.txt`, code: 'gtfs-no-stops' });
  }
  const mapping: MappingReport = {
    mode: 'gtfs',
    fields: { id: 'stop_id', ...(nameCol < 0 ? {} : { name: 'stop_name' }) },
    notes,
  };
  const stopsFile = `${dir}/stops.txt`;
  const collected = collectParsed(
    { file: stopsFile, crsMember: { type: 'name', properties: { name: 'EPSG:4326' } }, features },
    // Stops are points: there is no polygon to repair, so no repair tool is needed.
    { ...opts, file: stopsFile, repair: false },
    () => gtfsStopReader(decisions, mapping, fileWarnings),
    GEOJSON_TOOLS,
  );
  return finish(collected, collected.items, { ...opts, file: stopsFile });
}
