// Reads one version of a land-use plan for the land accounts: EVERY arealformål area with its category (business
// land per the arealformål table, else its SOSI main group), or, in this project's site format, every feature as
// business land.
import { mainGroupOf, type LandCategory } from '../domain/accounts/categories.ts';
import type { PlanArea } from '../domain/accounts/types.ts';
import type { AbcType, SiteStatus } from '../domain/types.ts';
import { BUSINESS_CODES, parseArealformalCode, readArealbruksstatus } from './arealformal.ts';
import type { FeatureReader } from './featurePipeline.ts';
import { readFeatureId } from './featureReporter.ts';
import { canonicalKey, detectFields, readField, type FieldRole } from './fieldNames.ts';
import type { ParsedFeature } from './loadGeoJson.ts';
import { normaliseAbc, normaliseStatus, textOf } from './normalise.ts';
import { quote } from './problems.ts';
import { readPolygonsFor } from './readerHelpers.ts';
import { polygonsIn, type RawPolygons } from './readGeometry.ts';
import { coded, mappedKeys, siteReader, type SiteLoadOptions } from './siteReader.ts';

interface RawArea extends Omit<PlanArea, 'geometry'> {
  polygons: RawPolygons;
}

type SiteRaw = NonNullable<ReturnType<ReturnType<ReturnType<typeof siteReader>>['read']>>;

/** Either a plan feature, or a site of this project's format read by the site reader (kept whole for its build). */
type Raw = (RawArea & { site?: undefined }) | { id: string; site: SiteRaw };

/** The fields a plan version is read by (and so the only ones its field mapping offers; names and the rest are not
 * used). */
export const PLAN_VERSION_ROLES: readonly FieldRole[] = [
  'id',
  'status',
  'abc',
  'arealformal',
  'arealbruksstatus',
  'objtype',
];

const isEmpty = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** This project's site format: every feature is business land, with its own status and ABC type. */
function projectFormatReader(opts: SiteLoadOptions, features: readonly ParsedFeature[]): FeatureReader<Raw, PlanArea> {
  const sites = siteReader(opts)(features);
  return {
    mapping: {
      ...sites.mapping,
      notes: [...sites.mapping.notes, { code: 'site-format-all-business' }],
    },
    read(feature, report) {
      const site = sites.read(feature, report);
      return site === null ? null : { id: site.id, site };
    },
    geometryOf: (raw) => (raw.site ? sites.geometryOf(raw.site) : { kind: 'polygons', polygons: raw.polygons }),
    build(raw, geometry) {
      if (!raw.site) throw new Error('a plan feature in the site-format reader');
      // The id may have been made unique after reading; it lives on the wrapper.
      const site = sites.build({ ...raw.site, id: raw.id }, geometry);
      return {
        id: raw.id,
        category: 'business',
        abc: site.abc,
        status: site.status,
        code: null,
        geometry: site.geometry,
      };
    },
  };
}

/** A plan version reader; `opts.arealformalTable` decides which codes are business land (default BUSINESS_CODES). */
export function planAreaReader(
  opts: SiteLoadOptions,
): (features: readonly ParsedFeature[]) => FeatureReader<Raw, PlanArea> {
  return (features) => {
    const fields = detectFields(features, PLAN_VERSION_ROLES, opts.fields);
    if (fields.arealformal === undefined) return projectFormatReader(opts, features);
    const table = opts.arealformalTable ?? BUSINESS_CODES;
    return {
      mapping: {
        mode: 'plan',
        fields: mappedKeys(fields),
        notes: [{ code: 'plan-version-codes', params: { codes: [...table.keys()].join(', ') } }],
      },
      read(feature, report) {
        const props = feature.properties;
        const id = readFeatureId(feature, report, fields.id);
        const objtype = textOf(readField(props, fields.objtype));
        if (objtype !== undefined && !canonicalKey(objtype).includes('arealformal')) {
          return report.skip('objtype-not-area', { value: quote(objtype) });
        }
        const value = readField(props, fields.arealformal);
        if (isEmpty(value)) {
          return report.error('arealformal-missing', { field: quote(fields.arealformal?.key) });
        }
        const code = parseArealformalCode(value);
        const rule = code === null ? undefined : table.get(code);
        const group = code === null ? null : mainGroupOf(code);
        if (code === null || (!rule && group === null)) {
          return report.skip('arealformal-unknown', { value: quote(value) });
        }
        const polygons = readPolygonsFor(feature, report);
        if (polygons === null) return null;
        const category: LandCategory = rule ? 'business' : (group as LandCategory);
        let status: SiteStatus | null = null;
        const ownStatus = readField(props, fields.status);
        if (fields.status) status = coded(normaliseStatus(ownStatus), ownStatus, 'status', report);
        else {
          const raw = readField(props, fields.arealbruksstatus);
          status = isEmpty(raw) ? null : (readArealbruksstatus(raw)?.status ?? null);
        }
        let abc: AbcType | null = null;
        if (rule) {
          const abcRaw = readField(props, fields.abc);
          abc = isEmpty(abcRaw) ? rule.abc : coded(normaliseAbc(abcRaw), abcRaw, 'abc', report);
        }
        const area: Raw = { id, category, abc, status, code, polygons };
        return area;
      },
      geometryOf: (raw) => ({ kind: 'polygons', polygons: raw.site ? [] : raw.polygons }),
      build(raw, geometry) {
        if (raw.site) throw new Error('a site-format feature in the plan reader');
        const { id, category, abc, status, code } = raw;
        return { id, category, abc, status, code, geometry: polygonsIn(geometry) };
      },
    };
  };
}
