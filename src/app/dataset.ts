// The loaded and analysed data the whole UI shows, produced by the same loaders and engine as the CLI report.
import { searchKey } from '../domain/nameSearch';
import type { Assumptions, Hub, Region, Site, SiteResult, Summary, Warning } from '../domain/types';

export interface Dataset {
  sites: Site[];
  hubs: Hub[];
  regions: Region[];
  /** One result per site, in the same order as `sites`. */
  results: SiteResult[];
  summary: Summary;
  assumptions: Assumptions;
  warnings: Warning[];
  /** Where the sites came from: the bundled illustrative files, generated test data (`?synthetic=N`), or the user's own files ("Last inn data"). */
  origin: 'bundled' | 'synthetic' | 'user';
  /** For origin 'user': the file name each replaced layer was loaded from (the others are still the bundled data). */
  userFiles?: Partial<Record<'sites' | 'hubs' | 'regions', string>>;
}

/** A site with its result: what the list, the filters and the card work on. */
export interface SiteItem {
  site: Site;
  result: SiteResult;
  /** The name in the form the search compares (see domain/nameSearch). */
  nameKey: string;
}

/** Lookups by id, built once per dataset so components never search arrays. */
export interface DatasetIndex {
  siteById: ReadonlyMap<string, Site>;
  resultById: ReadonlyMap<string, SiteResult>;
  hubById: ReadonlyMap<string, Hub>;
  /** Every site with its result, in data order. */
  items: readonly SiteItem[];
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const resultById = new Map(dataset.results.map((r) => [r.siteId, r]));
  const items: SiteItem[] = [];
  for (const site of dataset.sites) {
    const result = resultById.get(site.id);
    if (result) items.push({ site, result, nameKey: searchKey(site.name) });
  }
  return {
    siteById: new Map(dataset.sites.map((s) => [s.id, s])),
    resultById,
    hubById: new Map(dataset.hubs.map((h) => [h.id, h])),
    items,
  };
}
