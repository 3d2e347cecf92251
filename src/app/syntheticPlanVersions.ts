// Seeded synthetic plan versions (KpArealformål-like GeoJSON in EPSG:25832) for measuring the land accounts with
// thousands of polygons: `npm run bench` and large-plan tests. Made-up shapes, not plan data.
import { seededRandom } from '../domain/seededRandom.ts';

type P = [number, number];

function star(rand: () => number, cx: number, cy: number, rMin: number, rMax: number, k: number): P[] {
  const pts: P[] = [];
  for (let i = 0; i < k; i++) {
    const a = (2 * Math.PI * (i + 0.1 + 0.8 * rand())) / k;
    const r = rMin + rand() * (rMax - rMin);
    pts.push([Math.round((cx + r * Math.cos(a)) * 100) / 100, Math.round((cy + r * Math.sin(a)) * 100) / 100]);
  }
  pts.push(pts[0] as P);
  return pts;
}

const BUSINESS = [1300, 1310, 1340, 1130, 1800];
const OTHER = [1110, 1110, 3040, 5100, 2010];

interface Feature {
  type: 'Feature';
  properties: { id: string; arealformal: number; arealbruksstatus: number };
  geometry: { type: 'Polygon'; coordinates: P[][] };
}
export interface PlanVersionCollection {
  type: 'FeatureCollection';
  crs: unknown;
  features: Feature[];
}

const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } };

/**
 * `n` business polygons (10–16 vertices, 40–180 m across) spread over Asker's box in the before version; the after
 * version keeps half of them, moves a fifth, turns a sixth into other land use with the same outline, drops the
 * rest, and adds n/5 new ones and n/10 large non-business areas — so the after version has about n polygons too.
 */
export function syntheticPlanVersions(
  n: number,
  seed = 11,
): { before: PlanVersionCollection; after: PlanVersionCollection } {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const before: Feature[] = [];
  const after: Feature[] = [];
  const feature = (id: string, code: number, status: number, ring: P[]): Feature => ({
    type: 'Feature',
    properties: { id, arealformal: code, arealbruksstatus: status },
    geometry: { type: 'Polygon', coordinates: [ring] },
  });
  const centre = (): P => [572000 + rand() * 22000, 6603000 + rand() * 36000];
  for (let i = 0; i < n; i++) {
    const [cx, cy] = centre();
    const ring = star(rand, cx, cy, 20, 90, 10 + Math.floor(rand() * 7));
    const code = pick(BUSINESS);
    const status = rand() < 0.6 ? 1 : 2;
    before.push(feature(`B${i}`, code, status, ring));
    const fate = rand();
    if (fate < 0.5) after.push(feature(`A${i}`, code, status === 2 && rand() < 0.5 ? 1 : status, ring));
    else if (fate < 0.7) after.push(feature(`A${i}`, code, status, star(rand, cx + 30, cy - 20, 20, 90, 12)));
    else if (fate < 0.87) after.push(feature(`A${i}`, pick(OTHER), 2, ring));
  }
  for (let i = 0; i < n / 5; i++) {
    const [cx, cy] = centre();
    after.push(feature(`N${i}`, pick(BUSINESS), 2, star(rand, cx, cy, 20, 90, 12)));
  }
  for (let i = 0; i < n / 10; i++) {
    const [cx, cy] = centre();
    after.push(feature(`L${i}`, pick(OTHER), 1, star(rand, cx, cy, 200, 600, 24)));
  }
  return {
    before: { type: 'FeatureCollection', crs, features: before },
    after: { type: 'FeatureCollection', crs, features: after },
  };
}
