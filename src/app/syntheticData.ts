// Seeded synthetic sites inside the bundled Asker regions, for measuring the app with thousands of sites
// (`?synthetic=N`).
import { bboxOf, pointInMultiPolygon } from '../domain/geometry';
import type { AbcType, MultiPolygonXY, Readiness, Region, Site, SiteStatus, XY } from '../domain/types';
import { seededRandom } from '../domain/seededRandom.ts';

/** mulberry32: a small seeded generator, so the same N always gives the same sites. */

// Place names with the letters a name search must fold (ø, æ, å), so search can be tried on synthetic data too.
const PLACES = [
  'Røyken',
  'Sætre',
  'Åros',
  'Hvalstad',
  'Slemmestad',
  'Nesbru',
  'Billingstad',
  'Vollen',
  'Tofte',
  'Heggedal',
  'Spikkestad',
  'Bødalen',
];
const KINDS = ['næringspark', 'industriområde', 'kontorkvartal', 'lager', 'handelsområde', 'verksted'];
const ABCS: readonly (AbcType | null)[] = ['A', 'B', 'B', 'C', 'C', null];
const READINESS: readonly Readiness[] = ['byggeklar', 'må reguleres', 'må omreguleres'];

/** A star-shaped ring of `k` vertices, radii in metres, closed. */
function ring(rand: () => number, centre: XY, rMinM: number, rMaxM: number, k: number): XY[] {
  const pts: XY[] = [];
  for (let i = 0; i < k; i++) {
    const a = (2 * Math.PI * (i + 0.1 + 0.8 * rand())) / k;
    const r = rMinM + rand() * (rMaxM - rMinM);
    pts.push([centre[0] + r * Math.cos(a), centre[1] + r * Math.sin(a)]);
  }
  pts.push(pts[0] as XY);
  return pts;
}

function randomPointIn(rand: () => number, regions: readonly Region[], box: readonly number[]): XY {
  // Rejection sampling: the regions fill a good part of their box, so this ends after a few tries.
  for (let tries = 0; tries < 1000; tries++) {
    const p: XY = [
      (box[0] as number) + rand() * ((box[2] as number) - (box[0] as number)),
      (box[1] as number) + rand() * ((box[3] as number) - (box[1] as number)),
    ];
    if (regions.length === 0 || regions.some((r) => pointInMultiPolygon(p, r.geometry))) return p;
  }
  return [((box[0] as number) + (box[2] as number)) / 2, ((box[1] as number) + (box[3] as number)) / 2];
}

/**
 * `count` sites of 30–250 m radius (8–12 vertices) with their centres inside the regions, in EPSG:25832.
 * Every field the filters use varies: status, ABC type (some none), readiness, area, place name.
 */
export function syntheticSites(count: number, regions: readonly Region[], seed = 1): Site[] {
  const rand = seededRandom(seed);
  const all: MultiPolygonXY = regions.flatMap((r) => r.geometry);
  const box = all.length > 0 ? bboxOf(all) : [575000, 6610000, 595000, 6640000];
  const sites: Site[] = [];
  for (let i = 0; i < count; i++) {
    const centre = randomPointIn(rand, regions, box);
    const r = 30 + rand() * 220;
    const geometry: MultiPolygonXY = [[ring(rand, centre, r * 0.6, r, 8 + Math.floor(rand() * 5))]];
    const status: SiteStatus = rand() < 0.5 ? 'eksisterende' : 'fremtidig';
    const place = PLACES[Math.floor(rand() * PLACES.length)] as string;
    const kind = KINDS[Math.floor(rand() * KINDS.length)] as string;
    sites.push({
      id: `SYN${i + 1}`,
      name: `${place} ${kind} ${i + 1}`,
      status,
      abc: ABCS[Math.floor(rand() * ABCS.length)] ?? null,
      readiness: READINESS[Math.floor(rand() * READINESS.length)] ?? null,
      note: '',
      geometry,
    });
  }
  return sites;
}
