// Scenario rules: which sites a rule's condition hits, tested against the site's data and geometry metrics.
import type { RuleCondition, ScenarioRule } from './scenario.ts';
import type { Site, SiteGeometryMetrics } from './types.ts';

/**
 * A site that may carry the extra properties of its source feature. The engine's Site has no such field
 * today; a loader that keeps them (as `properties`) makes `when.property` rules work on them.
 */
export interface SiteWithProperties extends Site {
  properties?: Readonly<Record<string, unknown>>;
}

export type SiteMatcher = (site: SiteWithProperties, m: SiteGeometryMetrics) => boolean;

/** Sets instead of arrays, so matching 10 000 sites stays a handful of lookups each. */
function setOf<T>(list: readonly T[] | undefined): ReadonlySet<T> | null {
  return list === undefined ? null : new Set(list);
}

/** Builds the test once per apply; an empty condition hits every site. */
export function compileCondition(when: RuleCondition): SiteMatcher {
  const ids = setOf(when.siteIds);
  const regions = setOf(when.region);
  const statuses = setOf(when.status);
  const abcs = setOf(when.abc);
  const readiness = setOf(when.readiness);
  const props = when.property ? Object.entries(when.property) : null;
  const { maxRailDistanceM, minRailDistanceM, maxHubDistanceM, minHubDistanceM, minAreaDaa, maxAreaDaa } = when;
  return (site, m) => {
    if (ids && !ids.has(site.id)) return false;
    if (regions && (m.region === null || !regions.has(m.region))) return false;
    if (statuses && (site.status === null || !statuses.has(site.status))) return false;
    if (abcs && (site.abc === null || !abcs.has(site.abc))) return false;
    if (readiness && (site.readiness === null || !readiness.has(site.readiness))) return false;
    if (maxRailDistanceM !== undefined || minRailDistanceM !== undefined) {
      const railM = m.nearestByType.tog?.distanceM ?? Infinity;
      if (maxRailDistanceM !== undefined && !(railM <= maxRailDistanceM)) return false;
      if (minRailDistanceM !== undefined && !(railM >= minRailDistanceM)) return false;
    }
    if (maxHubDistanceM !== undefined || minHubDistanceM !== undefined) {
      const hubM = m.hubDistanceM ?? Infinity;
      if (maxHubDistanceM !== undefined && !(hubM <= maxHubDistanceM)) return false;
      if (minHubDistanceM !== undefined && !(hubM >= minHubDistanceM)) return false;
    }
    if (minAreaDaa !== undefined || maxAreaDaa !== undefined) {
      const daa = m.areaM2 / 1000;
      if (minAreaDaa !== undefined && !(daa >= minAreaDaa)) return false;
      if (maxAreaDaa !== undefined && !(daa <= maxAreaDaa)) return false;
    }
    if (props) {
      const own = site.properties;
      if (!own) return false;
      for (const [key, value] of props) {
        if (!Object.hasOwn(own, key) || own[key] !== value) return false;
      }
    }
    return true;
  };
}

export function compileRules(rules: readonly ScenarioRule[] | undefined): SiteMatcher[] {
  return (rules ?? []).map((r) => compileCondition(r.when));
}
