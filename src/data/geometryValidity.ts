// Checks a feature's projected polygons against OGC validity (src/domain/validity.ts); on request repairs them. Words
// for both.
import type { Repair } from '../domain/repair.ts';
import type { MultiPolygonXY } from '../domain/types.ts';
import { findInvalidity, type RingRef, type ValidityIssue } from '../domain/validity.ts';
import { coordText } from './readGeometry.ts';

const ringName = (r: RingRef): string =>
  `polygon ${r.polygon + 1} ring ${r.ring + 1}${r.ring === 0 ? ' (outer)' : ' (hole)'}`;
const nf = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** What broke, in plain words: the rule, the ring(s), the position in the file and the place (EPSG:25832). */
export function validityText(issue: ValidityIssue): string {
  const where = ringName(issue.where);
  const other = issue.other ? ringName(issue.other) : where;
  const pos = issue.position === undefined ? '' : ` at position ${issue.position + 1}`;
  const near = `near E ${coordText(issue.at[0])} N ${coordText(issue.at[1])} (EPSG:25832)`;
  switch (issue.rule) {
    case 'coordinate-not-finite':
      return `${where}${pos} has a coordinate that is not a finite number`;
    case 'ring-too-few-points':
      return `${where} has fewer than 3 distinct points`;
    case 'ring-no-area':
      return `${where} has all its points on one line, so it encloses no area (${near})`;
    case 'ring-self-intersects':
      return `${where} crosses or touches itself: the edge from position ${(issue.position ?? 0) + 1} meets the edge from position ${(issue.otherPosition ?? 0) + 1} ${near}`;
    case 'rings-cross':
      return `${where} and ${other} cross or share an edge ${near}; rings of one polygon may meet only at single points`;
    case 'hole-outside-shell':
      return `${where}${pos} is not inside its outer ring (${near}); a hole must lie inside the polygon it is cut from`;
    case 'holes-nested':
      return `${where} lies inside ${other} (${near}); holes may not lie inside each other`;
    case 'interior-disconnected':
      return `the rings of polygon ${issue.where.polygon + 1} touch each other so that they cut its area in two pieces (${near})`;
    case 'parts-overlap':
      return `${where} overlaps ${other} (${near}); the parts of a MultiPolygon may not overlap or share an edge, so their area would count twice`;
  }
}

const FIX =
  'Its area cannot be measured as drawn: repair it (QGIS "Fix geometries", PostGIS ST_MakeValid, or load with --repair / "Reparer geometri"), or remove the feature';

export type ValidityOutcome =
  | { ok: true; geometry: MultiPolygonXY; warning?: { code: string; message: string } }
  | { ok: false; code: string; message: string };

/**
 * Valid geometry passes unchanged. Invalid geometry is an error naming the rule and the place, unless
 * `repair` is set: then it is rebuilt (ST_MakeValid's structure method) with a warning giving the area
 * before and after; a repair that leaves no area is still an error. `repair` is the rebuild (null: the clipping
 * library could not finish), given only when asked for, so the repair code is fetched only where it may run.
 */
export function checkPolygons(
  g: MultiPolygonXY,
  repair: ((g: MultiPolygonXY) => Repair | null) | null,
): ValidityOutcome {
  const issue = findInvalidity(g);
  if (issue === null) return { ok: true, geometry: g };
  const what = validityText(issue);
  if (repair === null) return { ok: false, code: issue.rule, message: `is not a valid polygon: ${what}. ${FIX}` };
  const fixed = repair(g);
  if (fixed === null) {
    return {
      ok: false,
      code: issue.rule,
      message: `is not a valid polygon: ${what}, and the automatic repair could not finish on it. Repair it in QGIS ("Fix geometries") or PostGIS (ST_MakeValid), or remove the feature`,
    };
  }
  const before = `${nf.format(fixed.drawnAreaM2)} m² as drawn`;
  if (fixed.repairedAreaM2 <= 0 || fixed.geometry.length === 0) {
    return {
      ok: false,
      code: 'repair-empty',
      message: `is not a valid polygon (${what}), and repairing it leaves no area (${before}); fix the geometry or remove the feature`,
    };
  }
  // The clipping library can leave holes touching at two points (1 in ~170 random repairs, PostGIS agrees): the area
  // is still ST_MakeValid's, but say so rather than call the result valid.
  const still = findInvalidity(fixed.geometry);
  const caveat = still
    ? `; note: the rebuilt shape is still not OGC-valid (${validityText(still)}), though its area is right`
    : '';
  return {
    ok: true,
    geometry: fixed.geometry,
    warning: {
      code: 'geometry-repaired',
      message: `was not a valid polygon (${what}); repaired as ST_MakeValid would: area ${before}, ${nf.format(fixed.repairedAreaM2)} m² after repair${caveat}`,
    },
  };
}
