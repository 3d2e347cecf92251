// GTFS → hubs: the departure rule (hand-counted on the gtfs-asker fixture), the service day, route types, stops-only
// feeds.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haveSharedSources } from '../../helpers/sharedSources.ts';
import { hubTypeOfRouteType, gtfsSeconds } from '../../../src/data/gtfsDepartures.ts';
import { DEFAULT_HUB_RULE, hubRuleNote, loadGtfsHubs, type GtfsFiles } from '../../../src/data/gtfsHubs.ts';
import { DataError, loadHubs } from '../../../src/data/loaders.ts';
import { messageOf, thrownWords } from '../../helpers/problemWords.ts';
import { skipReasonText } from '../../../src/i18n/problemText.ts';
import { mappingNoteText } from '../../../src/i18n/mappingNotes.ts';

/** The readers' notes as the English catalogue words them. */
const notesEn = (notes: readonly { code: string }[]): string[] => notes.map((n) => mappingNoteText(n, 'en'));

const DIR = resolve(import.meta.dirname, '../../fixtures/good/gtfs-asker');
const rd = (n: string): string => readFileSync(resolve(DIR, n), 'utf8');
const FEED: GtfsFiles = {
  stops: rd('stops.txt'),
  routes: rd('routes.txt'),
  trips: rd('trips.txt'),
  stopTimes: rd('stop_times.txt'),
  calendar: rd('calendar.txt'),
  calendarDates: rd('calendar_dates.txt'),
};
const names = (hubs: { name: string; type: string }[]): string[] => hubs.map((h) => `${h.name}:${h.type}`);

describe('the gtfs-asker fixture with the default rule (07–09: tog ≥ 2/h, buss ≥ 6/h, båt ≥ 1/h)', () => {
  const r = loadGtfsHubs(FEED, { file: 'gtfs-asker' });

  it('picks the busiest day: 2024-01-02, since 1 January is removed in calendar_dates.txt', () => {
    expect(notesEn(r.mapping.notes)).toContain(
      'Departures counted on 2024-01-02 (the busiest day of the feed): 30 trips run that day.',
    );
  });

  it('makes hubs of exactly the stop places that meet the rule', () => {
    // Spikkestad 4 trains in 2 h = 2/h (meets 2); Røyken 4 + 2 = 3/h; Asker stasjon 4 + 2 = 3/h;
    // Asker bussterminal 12 buses = 6/h (the set-down-only call is not a departure); Slemmestad brygge 2 boats = 1/h.
    expect(names(r.value)).toEqual([
      'Asker stasjon:tog',
      'Asker bussterminal:buss',
      'Røyken stasjon:tog',
      'Spikkestad stasjon:tog',
      'Slemmestad brygge:båt',
    ]);
    // Høn 2 trains = 1/h; Vollen 2 buses = 1/h; Aker brygge: only an arrival and a tram in the window.
    expect(r.skipped.map((s) => [s.ref, s.featureId, skipReasonText(s, 'en')])).toEqual([
      [{ kind: 'csv', line: 12 }, 'NSR:StopPlace:5', 'fewer departures than the hub rule'],
      [{ kind: 'csv', line: 14 }, 'NSR:StopPlace:6', 'fewer departures than the hub rule'],
      [{ kind: 'csv', line: 18 }, 'NSR:StopPlace:8', 'fewer departures than the hub rule'],
    ]);
    expect(r.featureCount).toBe(8);
  });

  it('reads quoted names with commas from a stops.txt with a BOM and CRLF line ends, in WGS 84', () => {
    expect(FEED.stops.charCodeAt(0)).toBe(0xfeff);
    expect(FEED.stops).toContain('\r\n');
    expect(r.crs).toBe(4326);
    expect(r.mapping.fields).toEqual({ id: 'stop_id', name: 'stop_name' });
  });

  it('notes what it did not count', () => {
    expect(notesEn(r.mapping.notes)).toContain('1 trip of routes without a hub type (e.g. tram) not counted.');
    expect(notesEn(r.mapping.notes)).toContain('14 stop times without a departure_time not counted.');
    expect(r.mapping.notes[0]).toEqual(hubRuleNote(DEFAULT_HUB_RULE));
  });

  const shared = resolve(import.meta.dirname, '../../../../shared/geodata-sources/asker-nord-syd/hubs_25832.geojson');
  it.skipIf(!haveSharedSources([shared]))(
    'projects Asker stasjon to within 0.1 m of the GDAL-made EPSG:25832 point from the same coordinates',
    () => {
      const ref = loadHubs(readFileSync(shared, 'utf8'), { file: 'hubs_25832' }).value.find(
        (h) => h.name === 'Asker stasjon',
      );
      const ours = r.value[0];
      expect(
        Math.hypot((ours?.xy[0] ?? 0) - (ref?.xy[0] ?? NaN), (ours?.xy[1] ?? 0) - (ref?.xy[1] ?? NaN)),
      ).toBeLessThan(0.1);
    },
  );
});

describe('the rule can be seen and changed', () => {
  it('one train an hour makes Høn a hub too', () => {
    const rule = { ...DEFAULT_HUB_RULE, minDeparturesPerHour: { ...DEFAULT_HUB_RULE.minDeparturesPerHour, tog: 1 } };
    expect(names(loadGtfsHubs(FEED, { file: 'g', rule }).value)).toContain('Høn stasjon:tog');
  });

  it('a later window (08–10) loses the 07:xx departures', () => {
    const hubs = loadGtfsHubs(FEED, { file: 'g', rule: { ...DEFAULT_HUB_RULE, fromHour: 8, toHour: 10 } }).value;
    // Spikkestad: 08:00, 08:30, 09:00 = 1.5/h; the bus terminal: 08:00–08:50 and 09:00 = 3.5/h; Slemmestad: 08:15 only
    // = 0.5/h.
    // Asker stasjon and Røyken keep 3 + 2 = 2.5/h.
    expect(names(hubs)).toEqual(['Asker stasjon:tog', 'Røyken stasjon:tog']);
  });

  it('on Saturday 2024-05-18 nothing qualifies, which is an error that lists why', () => {
    let error: unknown;
    try {
      loadGtfsHubs(FEED, { file: 'g', serviceDate: '20240518' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    expect(messageOf(error as DataError)).toBe(
      'g/stops.txt: none of the 8 features could be used: 8 × fewer departures than the hub rule.',
    );
  });

  it('a day with no service at all says so with the feed’s dates', () => {
    expect(thrownWords(() => loadGtfsHubs(FEED, { file: 'g', serviceDate: '20250301' }))).toContain(
      'g/calendar.txt: no trips run on 2025-03-01 (the feed runs from 2024-01-01 to 2024-12-31); choose another date.',
    );
  });

  it('without calendar files every trip counts once, with a warning', () => {
    const r = loadGtfsHubs({ ...FEED, calendar: undefined, calendarDates: undefined }, { file: 'g' });
    expect(r.warnings.map((w) => w.code)).toContain('gtfs-no-calendar');
    // The two Saturday trains now count too: Spikkestad 4 + 2 = 3/h.
    expect(names(r.value)).toContain('Spikkestad stasjon:tog');
  });
});

describe('stops.txt alone', () => {
  it('keeps every station, typed from the name, with a warning saying so', () => {
    const r = loadGtfsHubs({ stops: FEED.stops }, { file: 'g' });
    expect(names(r.value)).toEqual([
      'Asker stasjon:tog',
      'Asker bussterminal:buss',
      'Røyken stasjon:tog',
      'Spikkestad stasjon:tog',
      'Høn stasjon:tog',
      'Vollen:buss',
      'Slemmestad brygge:båt',
      'Aker brygge:båt',
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['gtfs-type-guessed']);
  });

  it('uses vehicle_type when the feed has it, and keeps plain stops when there are no stations', () => {
    const stops =
      'stop_id,stop_name,stop_lat,stop_lon,vehicle_type\nA,Sandvika,59.8913,10.5237,2\nB,Holmen,59.8530,10.4950,3\n';
    const r = loadGtfsHubs({ stops }, { file: 'g' });
    expect(names(r.value)).toEqual(['Sandvika:tog', 'Holmen:buss']);
    expect(r.warnings).toEqual([]);
  });

  it('a partial timetable is ignored with a warning', () => {
    expect(
      loadGtfsHubs({ stops: FEED.stops, routes: FEED.routes }, { file: 'g' }).warnings.map((w) => w.code),
    ).toContain('gtfs-timetable-incomplete');
  });

  it('a stop with a bad coordinate is skipped under "skip", naming the line', () => {
    const stops =
      'stop_id,stop_name,stop_lat,stop_lon,location_type\nS1,Asker stasjon,59.833610,10.434440,1\nS2,Høn stasjon,abc,10.456111,1\n';
    const r = loadGtfsHubs({ stops }, { file: 'g', onUnusable: 'skip' });
    expect(names(r.value)).toEqual(['Asker stasjon:tog']);
    expect(r.warnings.map((w) => messageOf(w))).toContain(
      'g/stops.txt: line 3 (id "S2"): the point has a coordinate that is not a finite number: [10.456111, "abc"]; fix the value or remove the feature (skipped this feature; the rest were loaded)',
    );
  });

  it('swapped stop_lat/stop_lon columns are detected and swapped back', () => {
    const stops = 'stop_id,stop_name,stop_lat,stop_lon,location_type\nS1,Asker stasjon,10.434440,59.833610,1\n';
    const r = loadGtfsHubs({ stops }, { file: 'g' });
    expect(r.warnings.map((w) => w.code)).toContain('axes-swapped');
    expect(r.value[0]?.xy[0]).toBeCloseTo(580_407, 0);
  });
});

describe('route types and times', () => {
  it.each([
    [2, 'tog'],
    [101, 'tog'],
    [1, 'tog'],
    [401, 'tog'],
    [3, 'buss'],
    [700, 'buss'],
    [715, 'buss'],
    [200, 'buss'],
    [4, 'båt'],
    [1000, 'båt'],
    [1200, 'båt'],
    [0, null],
    [900, null],
    [1100, null],
    [1700, null],
  ])('route_type %i → %s', (rt, type) => {
    expect(hubTypeOfRouteType(rt)).toBe(type);
  });

  it.each([
    ['07:00:00', 25_200],
    ['7:05:30', 25_530],
    ['25:10:00', 90_600],
    ['', null],
    ['7:5:00', null],
    ['07:60:00', null],
  ])('%j → %j s', (t, s) => {
    expect(gtfsSeconds(t)).toBe(s);
  });
});
