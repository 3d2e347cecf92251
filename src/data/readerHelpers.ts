// Small pieces shared by the site, hub and region readers: geometry reading with reporting.
import type { FeatureReporter } from './featureReporter.ts';
import type { ParsedFeature } from './loadGeoJson.ts';
import { readPoint, readPolygons, type GeometryRead, type RawPolygons, type RawPosition } from './readGeometry.ts';

/** The value of a geometry read, with its warnings passed on; null (error reported) when unusable. */
export function geometryOf<T>(read: GeometryRead<T>, report: FeatureReporter): T | null {
  if (!read.ok) return report.error(read.error.code, read.error.params, read.error.variant);
  for (const w of read.warnings) report.warn(w.code, w.params, w.variant);
  return read.value;
}

/** A geometry a SOSI/GML reader could not build is reported as it is; its build warnings come first. */
function prebuilt(feature: ParsedFeature, report: FeatureReporter): boolean {
  for (const w of feature.geometryWarnings ?? []) report.warn(w.code, w.params, w.variant);
  if (!feature.geometryProblem) return true;
  const g = feature.geometryProblem;
  report.error(g.code, g.params, g.variant);
  return false;
}

export function readPolygonsFor(feature: ParsedFeature, report: FeatureReporter): RawPolygons | null {
  if (!prebuilt(feature, report)) return null;
  return geometryOf(readPolygons(feature.geometry), report);
}

export function readPointFor(feature: ParsedFeature, report: FeatureReporter): RawPosition | null {
  if (!prebuilt(feature, report)) return null;
  return geometryOf(readPoint(feature.geometry), report);
}
