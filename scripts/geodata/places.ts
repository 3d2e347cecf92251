// Anchor points for the illustrative sites: cited WGS84 place points (shared/domain/places.md §4) plus every hub.
import { HUBS } from './hubs.ts';

export interface Anchor {
  lat: number;
  lon: number;
  /** Where the coordinate comes from; the site polygons only start from it. */
  source: string;
}

const CITY_LIST = 'https://github.com/VannaDii/pub-dev/blob/2aba3e3abac9dadc4f647a31041de9d40339677c/geography/lib/src/countries/norway_cities.dart';
const POSTCODES = 'https://github.com/clausschive/zipcodes/blob/c9993f39e51947726ad943c06a77cc77e11727f8/NO.txt';

const PLACES = {
  'asker-sentrum': { lat: 59.83734, lon: 10.43595, source: CITY_LIST },
  billingstad: { lat: 59.87548, lon: 10.4823, source: CITY_LIST },
  nesbru: { lat: 59.87167, lon: 10.491633, source: `${POSTCODES} (postcode centroid 1378 Nesbru)` },
  heggedal: { lat: 59.7867, lon: 10.4347, source: 'http://nn.wikipedia.org/wiki/Heggedal' },
  dikemark: { lat: 59.805833, lon: 10.380556, source: 'https://de.frwiki.wiki/wiki/Dikemark' },
  'royken-sentrum': { lat: 59.74028, lon: 10.4125, source: 'https://sagapedia.com/da/R%C3%B8yken' },
  spikkestad: { lat: 59.744167, lon: 10.34, source: 'https://wikimili.com/en/Spikkestad' },
  klokkarstua: { lat: 59.613889, lon: 10.459722, source: 'https://no.m.wikipedia.org/wiki/Klokkarstua' },
} satisfies Record<string, Anchor>;

export type PlaceKey = keyof typeof PLACES;
export type HubId = (typeof HUBS)[number]['id'];
export type AnchorKey = PlaceKey | HubId;

export function anchor(key: AnchorKey): Anchor {
  const place = (PLACES as Record<string, Anchor>)[key];
  if (place) return place;
  const hub = HUBS.find((h) => h.id === key);
  if (!hub) throw new Error(`places: unknown anchor "${key}"`);
  return { lat: hub.lat, lon: hub.lon, source: hub.source };
}
