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

/**
 * `raw`'s own fields in their order, less `drop`, then `key: value`: what `({ [drop]: _, ...rest }) => ({ ...rest,
 * [key]: value })` gives, without the rest pattern (V8 copies through a slow runtime path there: ~0.8 µs a feature,
 * 80 ms on 100 000 sites; this loop is ~5× faster).
 */
export function swapField<R extends object, D extends keyof R, K extends string, V>(
  raw: R,
  drop: D,
  key: K,
  value: V,
): Omit<R, D> & Record<K, V> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(raw)) if (k !== drop) out[k] = (raw as Record<string, unknown>)[k];
  out[key] = value;
  return out as Omit<R, D> & Record<K, V>;
}
