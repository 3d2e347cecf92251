// The public-transport hubs we ship: a typed table of cited WGS84 facts (from shared/domain/places.md) → hubs.geojson.
import { featureCollection, type OutputCollection } from './featureCollection.ts';
import { lonLatTo25832, roundPosition } from './projection.ts';

export type HubType = 'tog' | 'buss' | 'båt';
export type RegionName = 'Asker nord' | 'Asker syd';

export interface HubSpec {
  id: string;
  name: string;
  type: HubType;
  lat: number;
  lon: number;
  /** Address of the page/file the coordinate was copied from. */
  source: string;
  /** Short Norwegian note on what the point is and how exact it is. */
  precision: string;
  /** Region polygon (regions.geojson) expected to contain the point; null = none. Validation only, not written out. */
  expectedRegion: RegionName | null;
}

/** Fixed date the hub and site tables were compiled (deterministic output; not the time of the run). */
export const TABLES_COMPILED = '2026-11-27';

export const HUBS: readonly HubSpec[] = [
  {
    id: 'tog-asker', name: 'Asker stasjon', type: 'tog', lat: 59.83361, lon: 10.43444,
    source: 'https://review.clateway.com/wiki/view_html.php?lang=en&q=Asker_station&sq=Google',
    precision: 'en-wiki infoboks, 1″ (~30 m). Valgt framfor nn-wiki (148 m lenger nord) fordi punktet ligger 52 m fra NSR-bussterminalen.',
    expectedRegion: 'Asker nord',
  },
  {
    id: 'buss-asker', name: 'Asker bussterminal (NSR:StopPlace:3247)', type: 'buss', lat: 59.83331, lon: 10.433721,
    source: 'https://github.com/entur/abzu/blob/251860aa8131e75c38bc79d2b63245cd5659192d/src/test/mock/StopWithDuplicateImportedIds.js',
    precision: 'Sentroide for NSR-stoppestedet (kopi fra 2017 i en testfil), 6 desimaler. Kan flytte med ny terminal i E18-planen.',
    expectedRegion: 'Asker nord',
  },
  {
    id: 'tog-hon', name: 'Høn stasjon', type: 'tog', lat: 59.843611, lon: 10.456111,
    source: 'https://wiki.outremer.quest/content/wikipedia_en_all_maxi_2023-10/A/H%C3%B8n_Station',
    precision: 'en-wiki infoboks (kiwix 2023-10), 1″ (~30 m).',
    expectedRegion: 'Asker nord',
  },
  {
    id: 'tog-vakas', name: 'Vakås stasjon', type: 'tog', lat: 59.84972, lon: 10.4675,
    source: 'http://en.wikipedia.org/wiki/Vak%c3%a5s_Station',
    precision: 'en-wiki infoboks, 1″ (~30 m).',
    expectedRegion: 'Asker nord',
  },
  {
    id: 'tog-hvalstad', name: 'Hvalstad stasjon', type: 'tog', lat: 59.858889, lon: 10.461944,
    source: 'https://en.nearbywiki.org/detail/17409308',
    precision: 'en-wiki (via nearbywiki), 1″ (~30 m).',
    expectedRegion: 'Asker nord',
  },
  {
    id: 'tog-billingstad', name: 'Billingstad stasjon', type: 'tog', lat: 59.875, lon: 10.48389,
    source: 'https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Billingstad_Station',
    precision: 'en-wiki infoboks (kiwix 2023-10), 1″ (~30 m). nn-wiki-verdien 70 m unna er bare annenhånds og ikke brukt.',
    expectedRegion: 'Asker nord',
  },
  {
    id: 'tog-slependen', name: 'Slependen stasjon (Bærum)', type: 'tog', lat: 59.88528, lon: 10.50278,
    source: 'https://de.wikial.top/wiki/Slependen_Station',
    precision: 'en-wiki infoboks (via de-speil), 1″ (~30 m). Ligger i Bærum like utenfor Asker, men betjener Slependen næringsområde på begge sider av grensen.',
    expectedRegion: null,
  },
  {
    id: 'tog-royken', name: 'Røyken stasjon', type: 'tog', lat: 59.746667, lon: 10.389722,
    source: 'https://en.nearbywiki.org/detail/10519001',
    precision: 'en-wiki (via nearbywiki), 1″ (~30 m); de-wiki har samme verdi.',
    expectedRegion: 'Asker syd',
  },
  {
    id: 'tog-spikkestad', name: 'Spikkestad stasjon', type: 'tog', lat: 59.745, lon: 10.343611,
    source: 'https://arietiform.com/application/nph-tsq.cgi/en/20/https/fr.wikipedia.org/wiki/Gare_de_Spikkestad',
    precision: 'fr-wiki, 1″. Valgt fordi den ligger lengst øst av tre kildeverdier, i tråd med at plattformen ble flyttet 100–200 m østover i 2012; usikkerhet ~150 m.',
    expectedRegion: 'Asker syd',
  },
  {
    id: 'bat-vollen', name: 'Vollen (båt, landsbypunkt)', type: 'båt', lat: 59.8075, lon: 10.485278,
    source: 'https://arc.ask3.ru/arc/aa/63/ae/630bbed9e4f1d12d630cc1f58c31acae__translat.html',
    precision: 'Stedfortreder: en-wiki landsbypunkt (annenhånds), ikke kaia; kaia kan ligge flere hundre meter unna.',
    expectedRegion: 'Asker nord',
  },
  {
    id: 'bat-slemmestad', name: 'Slemmestad (båt, landsbypunkt)', type: 'båt', lat: 59.783, lon: 10.5,
    source: 'https://hyperlinked.wiki/wiki.php?slug=Special%3ADiff%2F428986531',
    precision: 'Stedfortreder: en-wiki landsbypunkt med bare bueminutt-presisjon (~1–2 km), ikke kaia.',
    expectedRegion: 'Asker syd',
  },
  {
    id: 'buss-saetre', name: 'Sætre (buss, landsbypunkt)', type: 'buss', lat: 59.679722, lon: 10.5175,
    source: 'https://no.wikipedia.org/wiki/S%C3%A6tre_(Asker)',
    precision: 'Stedfortreder: no-wiki tettstedspunkt, 1″ (en-wiki har samme); ikke en holdeplass. Bylistepunktet 587 m unna er ikke brukt (ukjent opphav).',
    expectedRegion: 'Asker syd',
  },
  {
    id: 'buss-tofte', name: 'Tofte (buss, landsbypunkt)', type: 'buss', lat: 59.5431, lon: 10.5603,
    source: 'https://mdwiki.org/wiki/Tofte,_Norway',
    precision: 'Stedfortreder: en-wiki tettstedspunkt, 1″; ikke en holdeplass. Ligger i strandkanten, like utenfor den grove regionpolygonen.',
    // On the shore: inside Asker (3203) but just outside the coarse Asker syd polygon.
    expectedRegion: null,
  },
];

export const MISSING_HUBS_NOTE =
  'Heggedal, Bondivann and Gullhella stations (Spikkestad line, served by L1) are missing: no citable coordinates were found, so none were invented. ' +
  'Vollen, Slemmestad, Sætre and Tofte are village points standing in for quays/bus hubs (0.1–2 km off). ' +
  'Left out: Svelvikstrømmen and Filtvet fyr (proxies in water / on the shoreline, not quays), Klokkarstua and Holmsbu (no hub data).';

export function buildHubs(): OutputCollection {
  const features = HUBS.map((h) => {
    const [x, y] = roundPosition(lonLatTo25832(h.lon, h.lat), 2);
    return {
      type: 'Feature' as const,
      properties: { id: h.id, name: h.name, type: h.type, source: h.source, precision: h.precision },
      geometry: { type: 'Point' as const, coordinates: [x, y] },
    };
  });
  return featureCollection(
    'hubs',
    {
      title: 'Kollektivknutepunkter i og ved Asker (tog, buss, båt)',
      source: 'Coordinates copied from cited public pages (Wikipedia infoboxes and an Entur NSR record), collected in shared/domain/places.md; the source address of each point is in its "source" property',
      licence: 'Single coordinates are facts; cite the sources given per feature (Wikipedia CC BY-SA, Entur NSR data NLOD)',
      generated: TABLES_COMPILED,
      illustrative: false,
      note: `WGS84 → EPSG:25832 with proj4, rounded to 0.01 m. ${MISSING_HUBS_NOTE}`,
    },
    features,
  );
}
