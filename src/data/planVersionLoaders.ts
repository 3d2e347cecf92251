// Loaders for the land accounts: a plan version (every land-use area, classified) and a farmland layer (AR5).
// They go through the same pipeline as the site/hub/region loaders (parse, check, CRS, projection, policy).
import type { PlanArea } from '../domain/accounts/types.ts';
import type { MultiPolygonXY } from '../domain/types.ts';
import type { LoadInput } from './decodeInput.ts';
import { collect, type FeatureReader, type LoadOptions, type LoadResult } from './featurePipeline.ts';
import { readFeatureId } from './featureReporter.ts';
import { FULL_TOOLS } from './fullLoadTools.ts';
import { canonicalKey } from './fieldNames.ts';
import type { ParsedFeature } from './loadGeoJson.ts';
import { finish } from './loadPolicy.ts';
import { planAreaReader } from './planAreaReader.ts';
import { quote } from './problems.ts';
import { readPolygonsFor } from './readerHelpers.ts';
import { polygonsIn, type RawPolygons } from './readGeometry.ts';
import type { SiteLoadOptions } from './siteReader.ts';

/** Every land-use area of one plan version. Throws DataError on unusable input (see LoadOptions.onUnusable). */
export function loadPlanVersion(text: LoadInput, opts: SiteLoadOptions): LoadResult<PlanArea[]> {
  const c = collect(text, opts, planAreaReader(opts), 'areas', FULL_TOOLS);
  return finish(c, c.items, opts);
}

/** AR5 arealtype codes that count as farmland: 21 fulldyrka, 22 overflatedyrka jord, 23 innmarksbeite. */
export const FARMLAND_ARTYPES: ReadonlySet<number> = new Set([21, 22, 23]);

/** Canonical names of the AR5 area-type field (Geonorge GeoJSON `arealtype`, SOSI/FGDB `ARTYPE`). */
const ARTYPE_KEYS = new Set(['arealtype', 'artype']);

/** The feature's own area-type key (a file may mix spellings after a merge), or null. */
function artypeKeyOf(f: ParsedFeature): string | null {
  for (const key of Object.keys(f.properties)) if (ARTYPE_KEYS.has(canonicalKey(key))) return key;
  return null;
}

interface RawFarm {
  id: string;
  polygons: RawPolygons;
}

function farmlandReader(features: readonly ParsedFeature[]): FeatureReader<RawFarm, MultiPolygonXY> {
  const key = features.map(artypeKeyOf).find((k) => k !== null) ?? null;
  return {
    mapping: {
      mode: 'project',
      fields: {},
      notes: [
        key === null
          ? { code: 'farmland-rule', variant: 'all' }
          : { code: 'farmland-rule', variant: 'ar5', params: { field: quote(key) } },
      ],
    },
    read(feature, report) {
      const id = readFeatureId(feature, report);
      if (key !== null) {
        const own = artypeKeyOf(feature);
        const raw = own === null ? undefined : feature.properties[own];
        const code = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : NaN;
        if (!FARMLAND_ARTYPES.has(code)) return report.skip('artype-not-farmland', { value: quote(raw) });
      }
      const polygons = readPolygonsFor(feature, report);
      return polygons === null ? null : { id, polygons };
    },
    geometryOf: (raw) => ({ kind: 'polygons', polygons: raw.polygons }),
    build: (_raw, geometry) => polygonsIn(geometry),
  };
}

/** Farmland polygons (AR5, filtered to 21/22/23 when the file has arealtype). Throws DataError on unusable input. */
export function loadFarmland(text: LoadInput, opts: LoadOptions): LoadResult<MultiPolygonXY[]> {
  const c = collect(text, opts, farmlandReader, 'areas', FULL_TOOLS);
  // An AR5 extract with no farmland types at all is a real answer (no farmland here), not an unusable file.
  if (c.items.length === 0 && c.filtered.length === c.featureCount && !c.problems.some((p) => p.severity === 'error')) {
    return {
      value: [],
      warnings: [{ code: 'no-farmland', file: opts.file, params: { count: String(c.featureCount) } }],
      crs: c.crs,
      crsSource: c.crsSource,
      featureCount: c.featureCount,
      skipped: c.filtered.map((f) => ({ ...f, kind: 'filtered' as const })),
      mapping: c.mapping,
    };
  }
  return finish(c, c.items, opts);
}
