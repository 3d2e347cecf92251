// Small builders for the domain unit tests: rectangles and sites in EPSG:25832 metres.
import type { Hub, HubType, MultiPolygonXY, RingXY, Site, XY } from '../../../src/domain/types.ts';
import { seededRandom } from '../../../src/domain/seededRandom.ts';

/** Closed counter-clockwise rectangle ring. */
export function rectRing(minX: number, minY: number, maxX: number, maxY: number): RingXY {
  return [
    [minX, minY],
    [maxX, minY],
    [maxX, maxY],
    [minX, maxY],
    [minX, minY],
  ];
}

export function rect(minX: number, minY: number, maxX: number, maxY: number): MultiPolygonXY {
  return [[rectRing(minX, minY, maxX, maxY)]];
}

export function hub(id: string, xy: XY, type: HubType = 'buss', name = id): Hub {
  return { id, name, type, xy };
}

export function site(id: string, geometry: MultiPolygonXY, extra: Partial<Site> = {}): Site {
  return { id, name: id, status: 'fremtidig', abc: 'B', readiness: null, note: '', geometry, ...extra };
}

/** mulberry32: deterministic PRNG so a failing property test can be replayed. */
export const prng = seededRandom;

/** Star-shaped simple polygon ring around (cx, cy), counter-clockwise, closed. */
export function starRing(rand: () => number, cx: number, cy: number, rMin: number, rMax: number, k: number): XY[] {
  const ring: XY[] = [];
  for (let i = 0; i < k; i++) {
    const a = (2 * Math.PI * (i + 0.2 + 0.6 * rand())) / k;
    const r = rMin + rand() * (rMax - rMin);
    ring.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  ring.push(ring[0] as XY);
  return ring;
}
