// Derived views of the store: sorting and filtering the sites, the summary of what passes, the selected site.
import type { Dataset, DatasetIndex, SiteItem } from '../domain/dataset';
import { matchesQuery } from '../domain/nameSearch';
import { summarise } from '../domain/summary';
import type { AbcFitVerdict, Hub, Summary } from '../domain/types';
import { LOCALE, type Lang } from '../i18n';
import { ALL_FILTERS, type Filters, type SortState } from './store';

export type { SiteItem };

export function matchesFilters(item: SiteItem, filters: Filters): boolean {
  const { site, result } = item;
  if (filters.status !== 'all' && site.status !== filters.status) return false;
  if (filters.abc !== 'all' && (site.abc ?? 'none') !== filters.abc) return false;
  if (filters.region !== 'all' && result.region !== filters.region) return false;
  if (filters.readiness !== 'all' && site.readiness !== filters.readiness) return false;
  if (filters.minDaa !== null && result.areaDaa < filters.minDaa) return false;
  if (filters.maxDaa !== null && result.areaDaa > filters.maxDaa) return false;
  // A site with no hub in the data is never "within" a distance.
  if (filters.maxHubM !== null && (result.hubDistanceM === null || result.hubDistanceM > filters.maxHubM)) return false;
  if (filters.fit !== 'all' && !filters.fit.includes(result.fit.verdict)) return false;
  if (filters.query !== '' && !matchesQuery(item.nameKey, filters.query)) return false;
  return true;
}

export function filtersActive(filters: Filters): boolean {
  return (Object.keys(ALL_FILTERS) as (keyof Filters)[]).some((k) => filters[k] !== ALL_FILTERS[k]);
}

type Compare = (a: SiteItem, b: SiteItem) => number;

/** Larger is worse: "desc" lists the sites that do not fit first. */
const FIT_RANK: Record<AbcFitVerdict, number | null> = { ok: 0, partial: 1, mismatch: 2, unknown: null };

function comparator(sort: SortState, lang: Lang): Compare {
  const collator = new Intl.Collator(LOCALE[lang]);
  const byName: Compare = (a, b) => collator.compare(a.site.name, b.site.name);
  const sign = sort.dir === 'asc' ? 1 : -1;
  const numeric =
    (value: (x: SiteItem) => number | null): Compare =>
    (a, b) => {
      const va = value(a);
      const vb = value(b);
      // Missing values sort last in either direction; ties fall back to the name, always A–Å.
      if (va === null || vb === null) return (va === null ? 1 : 0) - (vb === null ? 1 : 0) || byName(a, b);
      return sign * (va - vb) || byName(a, b);
    };
  if (sort.key === 'area') return numeric((x) => x.result.areaM2);
  if (sort.key === 'jobs') return numeric((x) => x.result.jobs.mid);
  if (sort.key === 'hub') return numeric((x) => x.result.hubDistanceM);
  // A fit that cannot be judged is missing, so it sorts last either way.
  if (sort.key === 'fit') return numeric((x) => FIT_RANK[x.result.fit.verdict]);
  return (a, b) => sign * byName(a, b) || (a.site.id < b.site.id ? -1 : 1);
}

/** Every site in the chosen order. Costly for large data (a collator compare per pair), so run it only on a sort
 * change. */
export function sortItems(items: readonly SiteItem[], sort: SortState, lang: Lang): SiteItem[] {
  return [...items].sort(comparator(sort, lang));
}

/** The sorted items that pass the filters, order kept: the cheap step, run on every filter change. */
export function filterItems(sorted: readonly SiteItem[], filters: Filters): readonly SiteItem[] {
  if (!filtersActive(filters)) return sorted;
  return sorted.filter((item) => matchesFilters(item, filters));
}

/** Sites that pass the filters, in the chosen order (sort + filter in one call, for tests and small data). */
export function visibleItems(index: DatasetIndex, filters: Filters, sort: SortState, lang: Lang): readonly SiteItem[] {
  return filterItems(sortItems(index.items, sort, lang), filters);
}

/** The ids the map should show, or null when no filter is active (show everything). */
export function visibleIdsForMap(items: readonly SiteItem[], filters: Filters): ReadonlySet<string> | null {
  return filtersActive(filters) ? new Set(items.map((i) => i.site.id)) : null;
}

/** The engine's nord/syd summary of the sites that pass the filters (the data's own summary when none is active). */
export function filteredSummary(dataset: Dataset, items: readonly SiteItem[], filters: Filters): Summary {
  if (!filtersActive(filters)) return dataset.summary;
  return summarise(
    items.map((i) => i.site),
    items.map((i) => i.result),
    dataset.assumptions,
  );
}

export interface SelectedSite {
  site: SiteItem['site'];
  result: SiteItem['result'];
  hub: Hub | null;
}

export function selectedSite(index: DatasetIndex | null, siteId: string | null): SelectedSite | null {
  if (!index || !siteId) return null;
  const site = index.siteById.get(siteId);
  const result = index.resultById.get(siteId);
  if (!site || !result) return null;
  return { site, result, hub: result.hubId ? (index.hubById.get(result.hubId) ?? null) : null };
}

/** Region names in the data, in data order (for the region filter). */
export function regionNames(dataset: Dataset): string[] {
  return dataset.regions.map((r) => r.name);
}
