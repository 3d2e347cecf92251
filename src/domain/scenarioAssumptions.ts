// Effective assumptions of a scenario: the base assumptions with the scenario's partial overrides laid on top.
import { checkAssumptions } from './assumptions.ts';
import { DEFAULT_LEAD_TIME_YEARS, READINESS_KEYS, type ReadinessKey, type ScenarioAssumptions } from './scenario.ts';
import type { ScenarioProblem } from './scenarioProblem.ts';
import { ABC_TYPES, type AbcType, type Assumptions, type Range3 } from './types.ts';

const ABC: readonly AbcType[] = ABC_TYPES;

function mergeRange(base: Range3, over: Partial<Range3> | undefined): Range3 {
  return { low: over?.low ?? base.low, mid: over?.mid ?? base.mid, high: over?.high ?? base.high };
}

/** A fresh Assumptions object (the base is never modified). */
export function mergeAssumptions(base: Assumptions, over: ScenarioAssumptions | undefined): Assumptions {
  const capacity = {} as Assumptions['capacity'];
  for (const abc of ABC) {
    const b = base.capacity[abc];
    const o = over?.capacity?.[abc];
    capacity[abc] = { bra: mergeRange(b.bra, o?.bra), m2PerJob: mergeRange(b.m2PerJob, o?.m2PerJob) };
  }
  const t = base.accessibility;
  const ot = over?.accessibility;
  return {
    capacity,
    accessibility: {
      aMaxRailM: ot?.aMaxRailM ?? t.aMaxRailM,
      bMaxRailM: ot?.bMaxRailM ?? t.bMaxRailM,
      bMaxAnyHubM: ot?.bMaxAnyHubM ?? t.bMaxAnyHubM,
    },
    nearHubM: over?.nearHubM ?? base.nearHubM,
    netShare: {
      A: over?.netShare?.A ?? base.netShare.A,
      B: over?.netShare?.B ?? base.netShare.B,
      C: over?.netShare?.C ?? base.netShare.C,
    },
    landPerJobTodayM2: over?.landPerJobTodayM2 ?? base.landPerJobTodayM2,
    takeUpSharePerYear: over?.takeUpSharePerYear ?? base.takeUpSharePerYear,
  };
}

/** Problems with the merged assumptions (e.g. an override of `mid` above the default `high`); empty when usable. */
export function checkScenarioAssumptions(base: Assumptions, over: ScenarioAssumptions | undefined): ScenarioProblem[] {
  return checkAssumptions(mergeAssumptions(base, over));
}

export function leadTimes(over: ScenarioAssumptions | undefined): Record<ReadinessKey, number> {
  const out = { ...DEFAULT_LEAD_TIME_YEARS };
  for (const key of READINESS_KEYS) {
    const v = over?.leadTimeYears?.[key];
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** The assumptions for one site whose utilisation the scenario changes: only its ABC type's bra differs. */
export function withSiteBra(a: Assumptions, abc: AbcType, bra: number | null, braFactor: number | null): Assumptions {
  const c = a.capacity[abc];
  const range: Range3 =
    bra !== null
      ? { low: bra, mid: bra, high: bra }
      : { low: c.bra.low * (braFactor ?? 1), mid: c.bra.mid * (braFactor ?? 1), high: c.bra.high * (braFactor ?? 1) };
  return { ...a, capacity: { ...a.capacity, [abc]: { bra: range, m2PerJob: c.m2PerJob } } };
}
