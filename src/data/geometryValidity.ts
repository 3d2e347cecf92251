// Checks a feature's projected polygons against OGC validity (src/domain/validity.ts); on request repairs them. The
// facts for both (the words are in src/i18n).
import type { Repair } from '../domain/repair.ts';
import type { MultiPolygonXY } from '../domain/types.ts';
import { findInvalidity, type ValidityIssue } from '../domain/validity.ts';
import { coordText } from './readGeometry.ts';

/** An area in m² to one decimal, as text for the params (the words format it). */
const round1 = (m2: number): number => Math.round(m2 * 10) / 10;

/**
 * What broke, as problem params (the words, per rule, are in src/i18n): `rule`; the ring (`polygon`, `ring`, 1-based;
 * ring 1 is the outer) and the position in it (`vertex`); the other ring (`otherPolygon`, `otherRing`); the edges that meet
 * (`edgeFrom`, `edgeTo`); the place in EPSG:25832 (`nearE`, `nearN`). `prefix` keeps a second issue's params apart.
 */
export function validityParams(issue: ValidityIssue, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {
    rule: issue.rule,
    polygon: String(issue.where.polygon + 1),
    ring: String(issue.where.ring + 1),
    nearE: coordText(issue.at[0]),
    nearN: coordText(issue.at[1]),
  };
  if (issue.position !== undefined) out['vertex'] = String(issue.position + 1);
  const other = issue.other ?? issue.where;
  out['otherPolygon'] = String(other.polygon + 1);
  out['otherRing'] = String(other.ring + 1);
  if (issue.rule === 'ring-self-intersects') {
    out['edgeFrom'] = String((issue.position ?? 0) + 1);
    out['edgeTo'] = String((issue.otherPosition ?? 0) + 1);
  }
  if (prefix === '') return out;
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [`${prefix}${k}`, v]));
}

/** A checked geometry: the problem (or the repair's warning) as code, variant and params. */
interface Checked {
  code: string;
  variant?: string;
  params: Readonly<Record<string, string>>;
}

export type ValidityOutcome = { ok: true; geometry: MultiPolygonXY; warning?: Checked } | ({ ok: false } & Checked);

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
  const what = validityParams(issue);
  if (repair === null) return { ok: false, code: issue.rule, variant: 'invalid', params: what };
  const fixed = repair(g);
  if (fixed === null) return { ok: false, code: issue.rule, variant: 'repair-failed', params: what };
  const before = { drawnM2: String(round1(fixed.drawnAreaM2)) };
  if (fixed.repairedAreaM2 <= 0 || fixed.geometry.length === 0) {
    return { ok: false, code: 'repair-empty', params: { ...what, ...before } };
  }
  // The clipping library can leave holes touching at two points (1 in ~170 random repairs, PostGIS agrees): the area
  // is still ST_MakeValid's, but say so rather than call the result valid.
  const still = findInvalidity(fixed.geometry);
  const params = { ...what, ...before, repairedM2: String(round1(fixed.repairedAreaM2)) };
  return {
    ok: true,
    geometry: fixed.geometry,
    warning: still
      ? {
          code: 'geometry-repaired',
          variant: 'still-invalid',
          params: { ...params, ...validityParams(still, 'still.') },
        }
      : { code: 'geometry-repaired', params },
  };
}
