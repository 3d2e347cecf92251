// Where the features about to be loaded lie against the regions (Asker nord / syd): the load preview warns when none
// of them falls in any region, e.g. sites given in the wrong coordinate system that land in the fjord.
import { multiPolygonCentroid, pointInMultiPolygon } from './geometry';
import { assignRegion, createRegionIndex } from './regions';
import type { Hub, Region, Site } from './types';

/**
 * True when there are features and regions and no feature overlaps (a site) or lies in (a hub) any region.
 * Loaded regions are not judged (they replace the regions). Example: three sites at x≈585 000, y≈6 630 000 (the
 * fjord east of Asker) → true.
 */
export function allOutsideRegions(
  kind: 'sites' | 'hubs' | 'regions',
  items: readonly (Site | Hub | Region)[],
  regions: readonly Region[],
): boolean {
  if (kind === 'regions' || items.length === 0 || regions.length === 0) return false;
  if (kind === 'hubs')
    return (items as Hub[]).every((h) => !regions.some((r) => pointInMultiPolygon(h.xy, r.geometry)));
  const index = createRegionIndex([...regions]);
  return (items as Site[]).every((s) => assignRegion(index, s.geometry) === null);
}

/** A point that stands for a feature on the preview map: a hub's own point, else the centroid of its outline. */
export function featurePoint(kind: 'sites' | 'hubs' | 'regions', item: Site | Hub | Region): readonly [number, number] {
  return kind === 'hubs' ? (item as Hub).xy : multiPolygonCentroid((item as Site | Region).geometry);
}
