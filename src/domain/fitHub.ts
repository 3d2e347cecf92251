// Which hub an ABC fit is judged against, and the point on the site nearest to it: what the map draws to show "why".
import { pointInMultiPolygon } from './geometry';
import type { AccessibilityThresholds, HubType, Meters, MultiPolygonXY, SiteGeometryMetrics, XY } from './types';

export interface JudgedHub {
  hubId: string;
  distanceM: Meters;
}

/**
 * The hub whose distance decides the access class (see accessClass in abcFit): the nearest rail station when it is
 * within the B limit for rail; else the nearest hub of any type when that one is within the B limit for any hub; else
 * (a C location) the nearest rail station, which is the one the fit's reason names, or the nearest hub when the data
 * has no station. Null when there are no hubs at all.
 *
 * Example: rail 2 400 m, bus 600 m, limits 800 / 1 500 / 1 000 → the bus stop (it makes the location B).
 */
export function judgedHub(m: SiteGeometryMetrics, t: AccessibilityThresholds): JudgedHub | null {
  const rail = m.nearestByType.tog;
  if (rail && rail.distanceM <= t.bMaxRailM) return { hubId: rail.hubId, distanceM: rail.distanceM };
  const any = nearestOfAnyType(m);
  if (any && any.distanceM <= t.bMaxAnyHubM) return any;
  if (rail) return { hubId: rail.hubId, distanceM: rail.distanceM };
  return any;
}

function nearestOfAnyType(m: SiteGeometryMetrics): JudgedHub | null {
  let best: JudgedHub | null =
    m.hubId !== null && m.hubDistanceM !== null ? { hubId: m.hubId, distanceM: m.hubDistanceM } : null;
  for (const type of ['tog', 'buss', 'båt'] as HubType[]) {
    const n = m.nearestByType[type];
    if (n && (best === null || n.distanceM < best.distanceM)) best = { hubId: n.hubId, distanceM: n.distanceM };
  }
  return best;
}

/**
 * The point of the site nearest to `p` (EPSG:25832): `p` itself when it lies inside, else the closest point on an edge
 * (outer ring or hole). The distance from it to `p` is the site-to-hub distance the report gives.
 */
export function nearestPointOnSite(p: XY, g: MultiPolygonXY): XY {
  if (pointInMultiPolygon(p, g)) return p;
  let best = Infinity;
  let out: XY = p;
  for (const polygon of g) {
    for (const ring of polygon) {
      // j trails i, so an unclosed ring still gets its last edge.
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[j] as XY;
        const b = ring[i] as XY;
        const dx = b[0] - a[0];
        const dy = b[1] - a[1];
        const len2 = dx * dx + dy * dy;
        const s = len2 > 0 ? Math.min(1, Math.max(0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
        const q: XY = [a[0] + s * dx, a[1] + s * dy];
        const d2 = (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2;
        if (d2 < best) {
          best = d2;
          out = q;
        }
      }
    }
  }
  return out;
}
