// Stage 7 of reading a file: features that land outside Norway. When every feature does, the file is in the wrong CRS
// (one file-level error); otherwise each such feature is an error of its own.
import type { EpsgCode } from '../domain/types.ts';
import type { FeatureReporter } from './featureReporter.ts';
import { placeParams } from './plausibility.ts';
import type { Problem } from './problems.ts';
import type { Outside } from './projectStage.ts';
import { coordText, whereParams } from './readGeometry.ts';
import type { CrsSource } from './resolveCrs.ts';

/** The file-level error when all `mapped` features are outside (none kept); else each feature's error, reported. */
export function checkPlace(
  outside: readonly (Outside & { report: FeatureReporter })[],
  kept: number,
  mapped: number,
  file: string,
  crs: { crs: EpsgCode; crsSource: CrsSource },
): Problem | null {
  // How the CRS was read (`crsSource`: member, override, detected) and where the data lands (`lat`, `lon`).
  const read = { crs: String(crs.crs), crsSource: crs.crsSource };
  if (outside.length > 0 && kept === 0 && outside.length === mapped) {
    const o = outside[0] as Outside;
    return {
      file,
      severity: 'error',
      code: 'outside-norway',
      params: { ...read, count: String(outside.length), ...placeParams(o.xy) },
    };
  }
  for (const o of outside) {
    const pos = { x: coordText(o.p[0]), y: coordText(o.p[1]) };
    o.report.error('outside-norway', { ...whereParams(o.where), ...pos, ...read, ...placeParams(o.xy) });
  }
  return null;
}
