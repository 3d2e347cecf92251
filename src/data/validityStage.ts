// Stage 6 of reading a file: a polygon feature's projected geometry checked for OGC validity (repaired when asked, with
// a warning) and for a plausible size; the problems go to the feature's reporter.
import type { Repair } from '../domain/repair.ts';
import { multiPolygonAreaM2 } from '../domain/geometry.ts';
import type { MultiPolygonXY } from '../domain/types.ts';
import type { FeatureReporter } from './featureReporter.ts';
import { checkPolygons } from './geometryValidity.ts';

/**
 * The geometry to use (the repaired one after a repair), or null when it is invalid (error reported). Above
 * `maxPlausibleAreaM2` the feature gets a warning (a site of 360 000 km² is a unit or CRS mistake).
 */
export function checkValidity(
  geometry: MultiPolygonXY,
  repair: ((g: MultiPolygonXY) => Repair | null) | null,
  maxPlausibleAreaM2: number | undefined,
  report: FeatureReporter,
): MultiPolygonXY | null {
  const checked = checkPolygons(geometry, repair);
  if (!checked.ok) return report.error(checked.code, checked.params, checked.variant);
  if (checked.warning) report.warn(checked.warning.code, checked.warning.params, checked.warning.variant);
  if (maxPlausibleAreaM2 !== undefined) {
    const area = multiPolygonAreaM2(checked.geometry);
    if (area > maxPlausibleAreaM2) {
      report.warn('area-implausible', {
        areaKm2: String(Math.round(area / 1e6)),
        limitKm2: String(maxPlausibleAreaM2 / 1e6),
      });
    }
  }
  return checked.geometry;
}
