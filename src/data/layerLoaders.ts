// The site, hub and region loaders, given their tools (loadTools.ts): file in, projected engine objects (EPSG:25832)
// plus warnings out. loaders.ts gives them every tool; the app's start-up reads the bundled GeoJSON with GEOJSON_TOOLS.
import type { Hub, Region } from '../domain/types.ts';
import type { LoadInput } from './decodeInput.ts';
import { collect, type Collected, type LoadOptions, type LoadResult } from './featurePipeline.ts';
import { hubReader } from './hubReader.ts';
import { finish } from './loadPolicy.ts';
import { need, type LoadTools } from './loadTools.ts';
import { quote } from './problems.ts';
import { regionReader, type RegionLoadOptions } from './regionReader.ts';
import { siteReader, type LoadedSite, type SiteLoadOptions } from './siteReader.ts';

/**
 * Sites, with problems collected but not yet judged (for callers with their own policy). Reads this
 * project's format, or SOSI plan data (any file with an arealformål field: `KPAREALFORMAL`,
 * `arealformål`, `RPAREALFORMAL` …), keeping only business-land codes.
 */
export function collectSites(text: LoadInput, opts: SiteLoadOptions, tools: LoadTools): Collected<LoadedSite> {
  return collect(text, opts, siteReader(opts), 'areas', tools);
}

/** Business sites (Polygon/MultiPolygon). Throws DataError on unusable input (see LoadOptions.onUnusable). */
export function loadSites(text: LoadInput, opts: SiteLoadOptions, tools: LoadTools): LoadResult<LoadedSite[]> {
  const c = collectSites(text, opts, tools);
  return finish(c, c.items, opts);
}

export function collectHubs(text: LoadInput, opts: LoadOptions, tools: LoadTools): Collected<Hub> {
  return collect(text, opts, hubReader(opts), 'points', tools);
}

/** Public-transport hubs (Point, or MultiPoint with one point). Throws DataError on unusable input. */
export function loadHubs(text: LoadInput, opts: LoadOptions, tools: LoadTools): LoadResult<Hub[]> {
  const c = collectHubs(text, opts, tools);
  return finish(c, c.items, opts);
}

export function collectRegions(
  text: LoadInput,
  opts: RegionLoadOptions,
  tools: LoadTools,
): Collected<Region & { kommunenummer?: string }> {
  return collect(text, opts, regionReader(opts), 'areas', tools);
}

/**
 * Regions (Polygon/MultiPolygon with properties.name, or kommune boundaries with a kommunenummer).
 * Several features with the same name are merged into one region (a MultiPolygon). In a kommune
 * file that is the rule (0627 + 0628 → Asker syd) and is noted in the mapping; in a named file it
 * gets a warning, so a typo does not go unseen.
 */
export function loadRegions(text: LoadInput, opts: RegionLoadOptions, tools: LoadTools): LoadResult<Region[]> {
  const c = collectRegions(text, opts, tools);
  const byName = new Map<string, Region>();
  const sources = new Map<string, string[]>();
  for (const { name, geometry, kommunenummer } of c.items) {
    if (kommunenummer !== undefined) sources.set(name, [...(sources.get(name) ?? []), kommunenummer]);
    const seen = byName.get(name);
    if (!seen) {
      byName.set(name, { name, geometry });
      continue;
    }
    // Dissolved, not listed side by side: parts that share a border would make an invalid MultiPolygon.
    byName.set(name, { name, geometry: need(tools.union, 'region dissolve')([seen.geometry, geometry]) });
    if (c.mapping.mode !== 'kommune') {
      c.problems.push({
        severity: 'warning',
        file: opts.file,
        code: 'region-merged',
        params: { name: quote(name) },
      });
    }
  }
  for (const [name, knrs] of sources) {
    // `knrs`: the kommunenummer, comma-separated (the words join them).
    if (knrs.length > 1)
      c.mapping.notes.push({ code: 'kommuner-merged', params: { knrs: knrs.join(','), name: quote(name) } });
  }
  return finish(c, [...byName.values()], opts);
}
