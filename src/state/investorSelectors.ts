// Derived data of the investor view: the available sites (in the explorer's order and filters), their rows, the data
// notice.
import type { Dataset, DatasetIndex, SiteItem } from '../domain/dataset';
import { availableAreaDaa, isAvailableLand } from '../domain/availability';
import type { RoadDistance } from '../domain/roadDistance';
import { siteRows, type SiteRow } from '../domain/siteRows';
import type { Lang } from '../i18n';
import { filterItems, filtersActive, sortItems } from './selectors';
import type { Filters, SortState } from './store';

export interface InvestorSelection {
  /** Every available site, in the chosen order. */
  available: readonly SiteItem[];
  /** The available sites that also pass the explorer's filters (a filtered link); `available` when none is set. */
  shown: readonly SiteItem[];
  filtered: boolean;
}

export function availableItems(items: readonly SiteItem[]): SiteItem[] {
  return items.filter((item) => isAvailableLand(item.site));
}

export function investorSelection(
  index: DatasetIndex,
  filters: Filters,
  sort: SortState,
  lang: Lang,
): InvestorSelection {
  const available = availableItems(sortItems(index.items, sort, lang));
  const filtered = filtersActive(filters);
  return { available, shown: filtered ? filterItems(available, filters) : available, filtered };
}

/** A loaded road layer's distances, by site id, with the file they were measured to. */
export interface RoadDistances {
  file: string;
  bySite: ReadonlyMap<string, RoadDistance>;
}

/**
 * The shared report rows (the same figures as `npm run report`) for items, in their order; with a loaded road layer
 * each row also carries its distance to the nearest road (without one, rows have none: "mangler data").
 */
export function rowsOf(items: readonly SiteItem[], dataset: Dataset, roads: RoadDistances | null = null): SiteRow[] {
  const rows = siteRows(
    items.map((i) => i.site),
    items.map((i) => i.result),
    dataset.hubs,
  );
  if (!roads) return rows;
  return rows.map((row) => {
    const d = roads.bySite.get(row.id);
    return d ? { ...row, road: { distanceM: d.distanceM, label: d.label, kind: d.kind, file: roads.file } } : row;
  });
}

/**
 * Which notice belongs on anything handed out: the bundled sites are illustrations, synthetic ones are test data, and a
 * user's own sites need none (their hubs or regions may still be the bundled, real ones).
 */
export function dataNotice(dataset: Dataset): 'illustrative' | 'synthetic' | null {
  if (dataset.origin === 'synthetic') return 'synthetic';
  if (dataset.origin === 'bundled') return 'illustrative';
  return dataset.userFiles?.sites ? null : 'illustrative';
}

/** The land on offer: future sites whole, existing sites only their vacant land. */
export function totalAreaDaa(items: readonly SiteItem[]): number {
  return items.reduce((sum, i) => sum + availableAreaDaa(i.site, i.result.areaDaa), 0);
}
