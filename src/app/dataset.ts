// The loaded and analysed data the whole UI shows, produced by the same loaders and engine as the CLI report.
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
}

/** Lookups by id, built once per dataset so components never search arrays. */
export interface DatasetIndex {
  siteById: ReadonlyMap<string, Site>;
  resultById: ReadonlyMap<string, SiteResult>;
  hubById: ReadonlyMap<string, Hub>;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  return {
    siteById: new Map(dataset.sites.map((s) => [s.id, s])),
    resultById: new Map(dataset.results.map((r) => [r.siteId, r])),
    hubById: new Map(dataset.hubs.map((h) => [h.id, h])),
  };
}
