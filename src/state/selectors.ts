// Derived views of the store: the filtered, sorted site list and the selected site with its result.
import type { Dataset, DatasetIndex } from '../app/dataset';
import type { Hub, Site, SiteResult } from '../domain/types';
import { LOCALE, type Lang } from '../i18n';
import { ALL_FILTERS, type Filters, type SortKey } from './store';

export interface SiteItem {
  site: Site;
  result: SiteResult;
}

export function matchesFilters(item: SiteItem, filters: Filters): boolean {
  const { site, result } = item;
  if (filters.status !== 'all' && site.status !== filters.status) return false;
  if (filters.abc !== 'all' && (site.abc ?? 'none') !== filters.abc) return false;
  if (filters.region !== 'all' && result.region !== filters.region) return false;
  if (filters.readiness !== 'all' && site.readiness !== filters.readiness) return false;
  return true;
}

export function filtersActive(filters: Filters): boolean {
  return (Object.keys(ALL_FILTERS) as (keyof Filters)[]).some((k) => filters[k] !== ALL_FILTERS[k]);
}

function comparator(sort: SortKey, lang: Lang): (a: SiteItem, b: SiteItem) => number {
  const collator = new Intl.Collator(LOCALE[lang]);
  const byName = (a: SiteItem, b: SiteItem) => collator.compare(a.site.name, b.site.name);
  if (sort === 'area') return (a, b) => b.result.areaM2 - a.result.areaM2 || byName(a, b);
  if (sort === 'hub') {
    // Sites without a hub sort last.
    const d = (x: SiteItem) => x.result.hubDistanceM ?? Number.POSITIVE_INFINITY;
    return (a, b) => d(a) - d(b) || byName(a, b);
  }
  return byName;
}

/** Sites that pass the filters, in the chosen order. */
export function visibleItems(dataset: Dataset, index: DatasetIndex, filters: Filters, sort: SortKey, lang: Lang): SiteItem[] {
  const items: SiteItem[] = [];
  for (const site of dataset.sites) {
    const result = index.resultById.get(site.id);
    if (result && matchesFilters({ site, result }, filters)) items.push({ site, result });
  }
  return items.sort(comparator(sort, lang));
}

/** The ids the map should show, or null when no filter is active (show everything). */
export function visibleIdsForMap(items: readonly SiteItem[], filters: Filters): string[] | null {
  return filtersActive(filters) ? items.map((i) => i.site.id) : null;
}

export interface SelectedSite extends SiteItem {
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
