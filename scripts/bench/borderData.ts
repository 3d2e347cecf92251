// Border-heavy synthetic data in EPSG:25832 for the benchmarks: sites on the real nord/syd line and on the
// kommune boundary, as a plan file with many edge-crossing sites looks. Deterministic for a given seed.
//
// Regions are the bundled `geodata/regions.geojson` (EPSG:25832). Of the sites, 15 % are centred on a point of the
// nord/syd line (the edges the two regions share), 20 % on a point of the outer kommune boundary, the rest anywhere
// in the regions' box (some of those fall outside both regions, as sites in the sea or a neighbour would).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededRandom } from '../../src/domain/seededRandom.ts';
import { loadCrs } from '../../src/domain/crs.ts';

// proj4 is fetched on first need (src/domain/crs.ts); this script projects, so it loads it first.
await loadCrs();

export type Pt = [number, number];
interface Feature {
  type: 'Feature';
  properties: Record<string, string>;
  geometry: { type: string; coordinates: unknown };
}
export interface FeatureCollection {
  type: 'FeatureCollection';
  crs: unknown;
  features: Feature[];
}

export const CRS_25832 = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } };
const ROOT = resolve(import.meta.dirname, '../..');

/** mulberry32: a small seeded PRNG so every run sees the same data. */
export const prng = seededRandom;

const cm = (v: number): number => Math.round(v * 100) / 100;

/** Star-shaped ring of k vertices; jittered, evenly spread angles keep it simple. Closed; clockwise for holes. */
function star(rand: () => number, cx: number, cy: number, rMin: number, rMax: number, k: number, hole = false): Pt[] {
  const ring: Pt[] = [];
  for (let i = 0; i < k; i++) {
    const a = ((i + 0.1 + 0.8 * rand()) / k) * Math.PI * 2;
    const r = rMin + rand() * (rMax - rMin);
    ring.push([cm(cx + r * Math.cos(a)), cm(cy + r * Math.sin(a))]);
  }
  if (hole) ring.reverse();
  ring.push(ring[0] as Pt);
  return ring;
}

export function readRegions(): FeatureCollection {
  return JSON.parse(readFileSync(resolve(ROOT, 'geodata/regions.geojson'), 'utf8')) as FeatureCollection;
}

type Segment = [Pt, Pt];

/** Edges of the region rings, split into those both regions share (the nord/syd line) and the rest. */
function boundaryEdges(regions: FeatureCollection): { shared: Segment[]; outer: Segment[] } {
  const key = (p: Pt): string => `${Math.round(p[0])},${Math.round(p[1])}`;
  const edgesOf = (f: Feature): Segment[] => {
    const g = f.geometry;
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Pt[][][];
    return polys.flatMap((poly) => poly.flatMap((ring) => ring.slice(1).map((q, i) => [ring[i] as Pt, q] as Segment)));
  };
  const [a, b] = regions.features.map(edgesOf) as [Segment[], Segment[]];
  const inB = new Set(b.flatMap(([p, q]) => [`${key(p)}|${key(q)}`, `${key(q)}|${key(p)}`]));
  const shared: Segment[] = [];
  const outer: Segment[] = [];
  for (const s of a) (inB.has(`${key(s[0])}|${key(s[1])}`) ? shared : outer).push(s);
  const sharedKeys = new Set(shared.flatMap(([p, q]) => [`${key(p)}|${key(q)}`, `${key(q)}|${key(p)}`]));
  for (const s of b) if (!sharedKeys.has(`${key(s[0])}|${key(s[1])}`)) outer.push(s);
  return { shared, outer };
}

/** A point on the polyline set, uniformly by length. */
function pointOn(rand: () => number, segs: Segment[], cum: number[]): Pt {
  const total = cum[cum.length - 1] as number;
  const t = rand() * total;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cum[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  const [p, q] = segs[lo] as Segment;
  const len = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
  const f = 1 - ((cum[lo] as number) - t) / len;
  return [p[0] + f * (q[0] - p[0]), p[1] + f * (q[1] - p[1])];
}

const cumulative = (segs: Segment[]): number[] => {
  let s = 0;
  return segs.map(([p, q]) => (s += Math.hypot(q[0] - p[0], q[1] - p[1])));
};

function regionsBox(regions: FeatureCollection): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as Pt;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else for (const d of c as unknown[]) visit(d);
  };
  for (const f of regions.features) visit(f.geometry.coordinates);
  return box;
}

export interface BorderData {
  sites: FeatureCollection;
  hubs: FeatureCollection;
  regions: FeatureCollection;
  onLine: number;
  onBoundary: number;
}

/** n sites (30–250 m, 8–14 vertices, 5 % with a hole, 10 % two-part) and h hubs (5 % rail, 85 % bus, 10 % boat). */
export function makeBorderData(n: number, h: number, seed: number): BorderData {
  const rand = prng(seed);
  const regions = readRegions();
  const { shared, outer } = boundaryEdges(regions);
  if (shared.length === 0)
    throw new Error('geodata/regions.geojson: the two regions share no edge, so there is no nord/syd line');
  const sharedCum = cumulative(shared);
  const outerCum = cumulative(outer);
  const [minX, minY, maxX, maxY] = regionsBox(regions);
  const abcs = ['A', 'B', 'B', 'C', 'C'];
  const features: Feature[] = [];
  let onLine = 0;
  let onBoundary = 0;
  for (let i = 0; i < n; i++) {
    const u = rand();
    let c: Pt;
    if (u < 0.15) {
      c = pointOn(rand, shared, sharedCum);
      onLine++;
    } else if (u < 0.35) {
      c = pointOn(rand, outer, outerCum);
      onBoundary++;
    } else c = [minX + rand() * (maxX - minX), minY + rand() * (maxY - minY)];
    const r = 30 + rand() * 220;
    const poly: Pt[][] = [star(rand, c[0], c[1], r * 0.55, r, 8 + Math.floor(rand() * 7))];
    if (rand() < 0.05) poly.push(star(rand, c[0], c[1], r * 0.1, r * 0.3, 6, true));
    const coords: Pt[][][] = [poly];
    if (rand() < 0.1) coords.push([star(rand, c[0] + 3 * r, c[1] + r, r * 0.3, r * 0.6, 8)]);
    const id = `S${String(i).padStart(6, '0')}`;
    const properties = {
      id,
      name: `Område ${i}`,
      status: rand() < 0.5 ? 'eksisterende' : 'fremtidig',
      abc: abcs[Math.floor(rand() * abcs.length)] as string,
    };
    const geometry =
      coords.length === 1 ? { type: 'Polygon', coordinates: coords[0] } : { type: 'MultiPolygon', coordinates: coords };
    features.push({ type: 'Feature', properties, geometry });
  }
  const hubs: Feature[] = [];
  for (let i = 0; i < h; i++) {
    const t = rand();
    const type = t < 0.05 ? 'tog' : t < 0.9 ? 'buss' : 'båt';
    const xy: Pt = [cm(minX + rand() * (maxX - minX)), cm(minY + rand() * (maxY - minY))];
    hubs.push({
      type: 'Feature',
      properties: { id: `H${String(i).padStart(5, '0')}`, name: `Knutepunkt ${i}`, type },
      geometry: { type: 'Point', coordinates: xy },
    });
  }
  return {
    sites: { type: 'FeatureCollection', crs: CRS_25832, features },
    hubs: { type: 'FeatureCollection', crs: CRS_25832, features: hubs },
    regions,
    onLine,
    onBoundary,
  };
}
