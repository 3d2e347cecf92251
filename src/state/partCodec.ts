// How the load worker packs each part of an applied dataset for the page: the coordinates and figures as typed arrays
// (moved, not copied), the rest as JSON text when that loses nothing; the page rebuilds the sites and their geometry
// metrics, and assesses them itself (the assessment is cheap; its results were twice the size of the sites as text).
import { HUB_TYPES } from '../domain/hubIndex';
import type { Meters, MultiPolygonXY, Site, SiteGeometryMetrics, XY } from '../domain/types';
import { meters, squareMeters } from '../domain/units';

/** A slice of an applied dataset: its sites, their geometry metrics and the names' search keys. */
export interface DatasetPart {
  sites: Site[];
  metrics: SiteGeometryMetrics[];
  nameKeys: string[];
}

/** What a part's text carries: the sites with `geometry: 0` (the key kept in its place), and each site's ids. */
interface PartText {
  sites: (Omit<Site, 'geometry'> & { geometry: 0 })[];
  /** Per site: its metrics' siteId, hubId, region, then the nearest hub's id of each HUB_TYPES type (null: none). */
  ids: (string | null)[][];
  nameKeys: string[];
}

export interface PackedPart {
  /** JSON text, or the object itself when it holds a number JSON cannot carry (NaN, ±Infinity). */
  text: string | PartText;
  /** x, y of every point of every ring of every site, in order. */
  coords: Float64Array;
  /** Per site its polygon count, per polygon its ring count, per ring its point count, in order. */
  shape: Uint32Array;
  /**
   * Per site NUMBERS_PER_SITE figures: area, centroid x and y, distance to the nearest hub and from the centroid to
   * it, then the distance to the nearest hub of each HUB_TYPES type; NaN where the figure is null (a metric of finite
   * coordinates is never NaN itself).
   */
  numbers: Float64Array;
}

const NUMBERS_PER_SITE = 5 + HUB_TYPES.length;

/** Whether every number in `v` (at any depth) is finite, so JSON.stringify gives it back as it is. */
function allFinite(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (v === null || typeof v !== 'object') return true;
  if (Array.isArray(v)) {
    for (const x of v) if (!allFinite(x)) return false;
    return true;
  }
  for (const k in v) if (!allFinite((v as Record<string, unknown>)[k])) return false;
  return true;
}

const orNaN = (n: number | null): number => (n === null ? Number.NaN : n);
const orNull = (n: number): Meters | null => (Number.isNaN(n) ? null : meters(n));

export function encodePart(part: DatasetPart): PackedPart {
  const { sites, metrics } = part;
  let points = 0;
  let shapes = 0;
  for (const s of sites) {
    shapes += 1 + s.geometry.length;
    for (const poly of s.geometry) {
      shapes += poly.length;
      for (const ring of poly) points += ring.length;
    }
  }
  const coords = new Float64Array(2 * points);
  const shape = new Uint32Array(shapes);
  const numbers = new Float64Array(NUMBERS_PER_SITE * sites.length);
  let c = 0;
  let k = 0;
  const ids: (string | null)[][] = [];
  const rest: PartText['sites'] = [];
  for (let i = 0; i < sites.length; i++) {
    const s = sites[i] as Site;
    shape[k++] = s.geometry.length;
    for (const poly of s.geometry) {
      shape[k++] = poly.length;
      for (const ring of poly) {
        shape[k++] = ring.length;
        for (const [x, y] of ring) {
          coords[c++] = x;
          coords[c++] = y;
        }
      }
    }
    rest.push({ ...s, geometry: 0 });
    const m = metrics[i] as SiteGeometryMetrics;
    const at = NUMBERS_PER_SITE * i;
    numbers[at] = m.areaM2;
    numbers[at + 1] = m.centroid[0];
    numbers[at + 2] = m.centroid[1];
    numbers[at + 3] = orNaN(m.hubDistanceM);
    numbers[at + 4] = orNaN(m.hubCentroidDistanceM);
    const row: (string | null)[] = [m.siteId, m.hubId, m.region];
    HUB_TYPES.forEach((type, t) => {
      const n = m.nearestByType[type];
      row.push(n?.hubId ?? null);
      numbers[at + 5 + t] = n ? n.distanceM : Number.NaN;
    });
    ids.push(row);
  }
  const body: PartText = { sites: rest, ids, nameKeys: part.nameKeys };
  return { text: allFinite(body) ? JSON.stringify(body) : body, coords, shape, numbers };
}

/** The typed arrays' buffers, to move them to the page instead of copying them. */
export function partTransfer(part: PackedPart): ArrayBuffer[] {
  return [part.coords.buffer, part.shape.buffer, part.numbers.buffer] as ArrayBuffer[];
}

export function decodePart(packed: PackedPart): DatasetPart {
  const body = typeof packed.text === 'string' ? (JSON.parse(packed.text) as PartText) : packed.text;
  const { coords, shape, numbers } = packed;
  let c = 0;
  let k = 0;
  const sites: Site[] = [];
  const metrics: SiteGeometryMetrics[] = [];
  for (let i = 0; i < body.sites.length; i++) {
    const polys = shape[k++] as number;
    const geometry: XY[][][] = new Array<XY[][]>(polys);
    for (let p = 0; p < polys; p++) {
      const rings = shape[k++] as number;
      const poly: XY[][] = new Array<XY[]>(rings);
      for (let r = 0; r < rings; r++) {
        const n = shape[k++] as number;
        const ring: XY[] = new Array<XY>(n);
        for (let j = 0; j < n; j++, c += 2) ring[j] = [coords[c] as number, coords[c + 1] as number];
        poly[r] = ring;
      }
      geometry[p] = poly;
    }
    const site = body.sites[i] as unknown as Site;
    site.geometry = geometry as MultiPolygonXY;
    sites.push(site);
    const row = body.ids[i] as (string | null)[];
    const at = NUMBERS_PER_SITE * i;
    const nearestByType: SiteGeometryMetrics['nearestByType'] = {};
    HUB_TYPES.forEach((type, t) => {
      const hubId = row[3 + t];
      if (hubId != null) nearestByType[type] = { hubId, distanceM: meters(numbers[at + 5 + t] as number) };
    });
    metrics.push({
      siteId: row[0] as string,
      areaM2: squareMeters(numbers[at] as number),
      centroid: [numbers[at + 1] as number, numbers[at + 2] as number],
      hubId: row[1] ?? null,
      hubDistanceM: orNull(numbers[at + 3] as number),
      hubCentroidDistanceM: orNull(numbers[at + 4] as number),
      nearestByType,
      region: row[2] ?? null,
    });
  }
  return { sites, metrics, nameKeys: body.nameKeys };
}
