// The line that shows why a selected site got its ABC fit: from the site's nearest edge point to the hub it is judged
// against, built from the engine's own figures (display only, lon/lat).
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { toLngLat } from '../domain/crs';
import { judgedHub, nearestPointOnSite } from '../domain/fitHub';
import type { AccessibilityThresholds, Hub, LngLat, Meters, Site, SiteResult } from '../domain/types';

export interface FitLink {
  siteId: string;
  hubId: string;
  hubName: string;
  distanceM: Meters;
  /** The point of the site nearest to the hub. */
  from: LngLat;
  /** The hub. */
  to: LngLat;
  /** What the hub end of the line says, in the app language (e.g. "480 m til Spikkestad stasjon"). */
  label: string;
}

/** Null when the site has no hub in the data, or the judged hub is not among the hubs. */
export function buildFitLink(
  site: Site,
  result: SiteResult,
  hubsById: ReadonlyMap<string, Hub>,
  thresholds: AccessibilityThresholds,
  label: (hub: Hub, distanceM: Meters) => string,
): FitLink | null {
  const judged = judgedHub(result, thresholds);
  const hub = judged ? hubsById.get(judged.hubId) : undefined;
  if (!judged || !hub) return null;
  return {
    siteId: site.id,
    hubId: hub.id,
    hubName: hub.name,
    distanceM: judged.distanceM,
    from: toLngLat(nearestPointOnSite(hub.xy, site.geometry)),
    to: toLngLat(hub.xy),
    label: label(hub, judged.distanceM),
  };
}

export function fitLinkGeoJson(link: FitLink | null): FeatureCollection<LineString, { hubId: string }> {
  const features: Feature<LineString, { hubId: string }>[] = link
    ? [
        {
          type: 'Feature',
          properties: { hubId: link.hubId },
          geometry: { type: 'LineString', coordinates: [[...link.from], [...link.to]] },
        },
      ]
    : [];
  return { type: 'FeatureCollection', features };
}

/** The site's bounds grown to take in the hub, so "zoom to" shows both ends of the line. */
export function boundsWithLink(siteBounds: [LngLat, LngLat], link: FitLink | null): [LngLat, LngLat] {
  if (!link) return siteBounds;
  const [[w, s], [e, n]] = siteBounds;
  return [
    [Math.min(w, link.to[0]), Math.min(s, link.to[1])],
    [Math.max(e, link.to[0]), Math.max(n, link.to[1])],
  ];
}
