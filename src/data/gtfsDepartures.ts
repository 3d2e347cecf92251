// Counts departures per stop place and mode in a time window of the service day, from GTFS routes, trips and
// stop_times.
import type { HubType } from '../domain/types.ts';
import { requireColumn, type CsvTable } from './csv.ts';
import type { ServiceDay } from './gtfsService.ts';

/**
 * Hub type of a GTFS route_type (basic codes and the extended 100–1700 codes). Metro and urban
 * rail count as rail; trams, cable cars, air and taxi services have no hub type here (null).
 */
export function hubTypeOfRouteType(routeType: number): HubType | null {
  const rt = routeType;
  if (rt === 2 || rt === 1 || (rt >= 100 && rt < 200) || (rt >= 400 && rt < 500)) return 'tog';
  if (rt === 3 || rt === 11 || (rt >= 200 && rt < 300) || (rt >= 700 && rt < 800) || rt === 800) return 'buss';
  if (rt === 4 || (rt >= 1000 && rt < 1100) || (rt >= 1200 && rt < 1300)) return 'båt';
  return null;
}

export type ModeCounts = Partial<Record<HubType, number>>;

export interface DepartureCount {
  /** Departures in the window per stop place (its parent station, else the stop itself) and mode. */
  byPlace: Map<string, ModeCounts>;
  /** Trips of routes whose route_type has no hub type (e.g. tram), not counted. */
  tripsWithoutMode: number;
  /** stop_times rows without a departure_time (allowed in GTFS for untimed stops), not counted. */
  untimed: number;
}

/** Seconds after midnight of the service day from "H:MM:SS" (hours may pass 24); null when blank or malformed. */
export function gtfsSeconds(text: string): number | null {
  const m = /^\s*(\d{1,3}):([0-5]\d):([0-5]\d)\s*$/.exec(text);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
}

/** trip_id → service_id and hub type, and trips per service (for choosing the service day). */
export function readTrips(
  routes: CsvTable,
  trips: CsvTable,
): { trips: Map<string, { service: string; type: HubType | null }>; perService: Map<string, number> } {
  const rid = requireColumn(routes, 'route_id', 'route-id');
  const rtype = requireColumn(routes, 'route_type', 'route-type');
  const typeOfRoute = new Map<string, HubType | null>();
  for (const row of routes.rows) typeOfRoute.set(row[rid] ?? '', hubTypeOfRouteType(Number(row[rtype])));
  const tRoute = requireColumn(trips, 'route_id', 'trip-route');
  const tService = requireColumn(trips, 'service_id', 'trip-service');
  const tId = requireColumn(trips, 'trip_id', 'trip-id');
  const out = new Map<string, { service: string; type: HubType | null }>();
  const perService = new Map<string, number>();
  for (const row of trips.rows) {
    const service = row[tService] ?? '';
    out.set(row[tId] ?? '', { service, type: typeOfRoute.get(row[tRoute] ?? '') ?? null });
    perService.set(service, (perService.get(service) ?? 0) + 1);
  }
  return { trips: out, perService };
}

/**
 * Counts, for trips running on `day`, the departures between fromHour and toHour at each stop place.
 * A departure is a stop_times row that is not the trip's last stop and allows boarding (pickup_type ≠ 1).
 */
export function countDepartures(
  stopTimes: CsvTable,
  trips: ReadonlyMap<string, { service: string; type: HubType | null }>,
  day: ServiceDay,
  placeOf: (stopId: string) => string | null,
  window: { fromHour: number; toHour: number },
): DepartureCount {
  const tripCol = requireColumn(stopTimes, 'trip_id', 'time-trip');
  const stopCol = requireColumn(stopTimes, 'stop_id', 'time-stop');
  const seqCol = requireColumn(stopTimes, 'stop_sequence', 'time-seq');
  const depCol = requireColumn(stopTimes, 'departure_time', 'time-departure');
  const pickupCol = stopTimes.column('pickup_type');
  const lastSeq = new Map<string, number>();
  for (const row of stopTimes.rows) {
    const trip = row[tripCol] ?? '';
    const seq = Number(row[seqCol]);
    if (seq > (lastSeq.get(trip) ?? -Infinity)) lastSeq.set(trip, seq);
  }
  const from = window.fromHour * 3600;
  const to = window.toHour * 3600;
  const byPlace = new Map<string, ModeCounts>();
  const withoutMode = new Set<string>();
  let untimed = 0;
  for (const row of stopTimes.rows) {
    const tripId = row[tripCol] ?? '';
    const trip = trips.get(tripId);
    if (!trip || (day.services !== null && !day.services.has(trip.service))) continue;
    if (trip.type === null) {
      withoutMode.add(tripId);
      continue;
    }
    if (Number(row[seqCol]) === lastSeq.get(tripId) || (pickupCol >= 0 && row[pickupCol]?.trim() === '1')) continue;
    const t = gtfsSeconds(row[depCol] ?? '');
    if (t === null) {
      untimed++;
      continue;
    }
    if (t < from || t >= to) continue;
    const place = placeOf(row[stopCol] ?? '');
    if (place === null) continue;
    let counts = byPlace.get(place);
    if (!counts) byPlace.set(place, (counts = {}));
    counts[trip.type] = (counts[trip.type] ?? 0) + 1;
  }
  return { byPlace, tripsWithoutMode: withoutMode.size, untimed };
}
