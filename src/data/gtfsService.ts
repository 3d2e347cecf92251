// Picks the GTFS service day whose departures are counted: the requested date, else the busiest day of the feed.
import type { CsvTable } from './csv.ts';
import { requireColumn } from './csv.ts';
import { DataError } from './problems.ts';

export interface ServiceDay {
  /** YYYYMMDD, or null when the feed has no calendar (every trip counted). */
  date: string | null;
  /** Services running that day; null = all. */
  services: ReadonlySet<string> | null;
  /** Trips running that day (for the mapping notes). */
  trips: number;
}

/** Longest span of days searched for the busiest day; a year covers every weekday and season. */
const MAX_DAYS = 370;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const DATE = /^(\d{4})(\d{2})(\d{2})$/;

function toUtc(date: string): number | null {
  const m = DATE.exec(date.trim());
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? t : null;
}

function fromUtc(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** "2024-05-07" from "20240507", for messages. */
export const dateText = (d: string): string => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

interface Weekly {
  days: boolean[];
  start: number;
  end: number;
}

function readCalendar(calendar: CsvTable | undefined): Map<string, Weekly> {
  const weekly = new Map<string, Weekly>();
  if (!calendar) return weekly;
  const sid = requireColumn(calendar, 'service_id', 'service-id');
  const dayCols = WEEKDAYS.map((d) => requireColumn(calendar, d, 'calendar-day'));
  const startCol = requireColumn(calendar, 'start_date', 'calendar-start');
  const endCol = requireColumn(calendar, 'end_date', 'calendar-end');
  calendar.rows.forEach((row, k) => {
    const start = toUtc(row[startCol] ?? '');
    const end = toUtc(row[endCol] ?? '');
    if (start === null || end === null) {
      throw new DataError({
        file: calendar.file,
        code: 'gtfs-bad-date',
        variant: 'calendar',
        params: {
          line: String(calendar.lines[k]),
          start: JSON.stringify(row[startCol]) ?? '',
          end: JSON.stringify(row[endCol]) ?? '',
        },
      });
    }
    weekly.set(row[sid] ?? '', { days: dayCols.map((c) => row[c]?.trim() === '1'), start, end });
  });
  return weekly;
}

function readExceptions(calendarDates: CsvTable | undefined): Map<number, Map<string, boolean>> {
  const byDay = new Map<number, Map<string, boolean>>();
  if (!calendarDates) return byDay;
  const sid = requireColumn(calendarDates, 'service_id', 'service-id');
  const dateCol = requireColumn(calendarDates, 'date', 'dates-date');
  const typeCol = requireColumn(calendarDates, 'exception_type', 'dates-type');
  calendarDates.rows.forEach((row, k) => {
    const t = toUtc(row[dateCol] ?? '');
    if (t === null) {
      throw new DataError({
        file: calendarDates.file,
        code: 'gtfs-bad-date',
        variant: 'calendar-dates',
        params: { line: String(calendarDates.lines[k]), value: JSON.stringify(row[dateCol]) ?? '' },
      });
    }
    let day = byDay.get(t);
    if (!day) byDay.set(t, (day = new Map()));
    day.set(row[sid] ?? '', row[typeCol]?.trim() === '1');
  });
  return byDay;
}

/**
 * The services of one day. Without a calendar (neither file given) every trip counts; with one,
 * `requested` (YYYYMMDD) is used, else the day with the most trips within a year of the feed's
 * first day (ties: the earliest). Throws DataError when no trip runs on the chosen day.
 */
export function chooseServiceDay(
  tables: { calendar?: CsvTable | undefined; calendarDates?: CsvTable | undefined },
  tripsPerService: ReadonlyMap<string, number>,
  requested?: string,
): ServiceDay {
  if (!tables.calendar && !tables.calendarDates) {
    let trips = 0;
    for (const n of tripsPerService.values()) trips += n;
    return { date: null, services: null, trips };
  }
  const weekly = readCalendar(tables.calendar);
  const exceptions = readExceptions(tables.calendarDates);
  const servicesOn = (t: number): Set<string> => {
    const active = new Set<string>();
    const weekday = new Date(t).getUTCDay();
    for (const [id, w] of weekly) if (t >= w.start && t <= w.end && w.days[weekday]) active.add(id);
    for (const [id, added] of exceptions.get(t) ?? []) {
      if (added) active.add(id);
      else active.delete(id);
    }
    return active;
  };
  const tripsOn = (services: ReadonlySet<string>): number => {
    let n = 0;
    for (const id of services) n += tripsPerService.get(id) ?? 0;
    return n;
  };
  const starts = [...[...weekly.values()].map((w) => w.start), ...exceptions.keys()];
  const ends = [...[...weekly.values()].map((w) => w.end), ...exceptions.keys()];
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  const file = tables.calendar?.file ?? tables.calendarDates?.file ?? 'calendar.txt';
  // The feed's span (`from`, `to`; none when the calendar is empty), for the words of gtfs-no-service.
  const span: Record<string, string> = Number.isFinite(first)
    ? { from: dateText(fromUtc(first)), to: dateText(fromUtc(last)) }
    : {};
  const spanVariant = Number.isFinite(first) ? '' : '-empty';

  if (requested !== undefined) {
    const t = toUtc(requested);
    if (t === null)
      throw new DataError({
        file,
        code: 'gtfs-bad-date',
        variant: 'requested',
        params: { value: JSON.stringify(requested) },
      });
    const services = servicesOn(t);
    const trips = tripsOn(services);
    if (trips === 0)
      throw new DataError({
        file,
        code: 'gtfs-no-service',
        variant: `date${spanVariant}`,
        params: { ...span, date: dateText(requested) },
      });
    return { date: fromUtc(t), services, trips };
  }
  let best: ServiceDay = { date: null, services: new Set(), trips: 0 };
  const DAY = 86_400_000;
  for (let t = first, k = 0; t <= last && k < MAX_DAYS; t += DAY, k++) {
    const services = servicesOn(t);
    const trips = tripsOn(services);
    if (trips > best.trips) best = { date: fromUtc(t), services, trips };
  }
  if (best.trips === 0)
    throw new DataError({ file, code: 'gtfs-no-service', variant: `any${spanVariant}`, params: span });
  return best;
}
