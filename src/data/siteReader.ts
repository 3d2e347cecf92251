// Reads site features: this project's format, or SOSI plan data (KpArealformål/RpArealformål) filtered to business
// land.
import type { DerivedNote } from '../domain/siteNotes.ts';
import type { AbcType, Site, SiteStatus } from '../domain/types.ts';
import { BUSINESS_CODES, classifyArealformal, readArealbruksstatus, type ArealformalRule } from './arealformal.ts';
import type { FeatureReader, LoadOptions, MappingReport } from './featurePipeline.ts';
import { readFeatureId, type FeatureReporter } from './featureReporter.ts';
import {
  canonicalKey,
  detectAlternatives,
  detectFields,
  readField,
  type FieldMapping,
  type FieldRole,
} from './fieldNames.ts';
import type { ParsedFeature } from './loadGeoJson.ts';
import { normaliseAbc, normaliseReadiness, normaliseStatus, textOf, type Normalised } from './normalise.ts';
import { quote } from './problems.ts';
import { readPolygonsFor, swapField } from './readerHelpers.ts';
import { polygonsIn, type RawPolygons } from './readGeometry.ts';

export interface SiteLoadOptions extends LoadOptions {
  /** Business-land arealformål codes and their default ABC types; default BUSINESS_CODES (docs/plan-data.md). */
  arealformalTable?: ReadonlyMap<number, ArealformalRule> | undefined;
}

/** A site as loaded; plan data also carries its arealformål code (for the import's output). */
export interface LoadedSite extends Site {
  arealformal?: number;
}

interface RawSite extends Omit<LoadedSite, 'geometry'> {
  polygons: RawPolygons;
}

const SITE_ROLES: readonly FieldRole[] = [
  'id',
  'name',
  'status',
  'abc',
  'readiness',
  'note',
  'jobsToday',
  'vacantDaa',
  'arealformal',
  'arealbruksstatus',
  'objtype',
];

const isEmpty = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** No single business site in Norway has a million jobs: a larger figure is a unit or typing error. */
const MAX_JOBS_TODAY = 1_000_000;

/**
 * Jobs today from the data: a number (or numeric text, decimal comma allowed) from 0 to MAX_JOBS_TODAY, rounded to
 * whole jobs. Anything else is ignored with a warning, so the site falls back to the estimate.
 */
export function readJobsToday(raw: unknown, field: string, report: FeatureReporter): number | undefined {
  if (isEmpty(raw)) return undefined;
  const value =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string'
        ? Number(raw.trim().replace(/\s/g, '').replace(',', '.'))
        : Number.NaN;
  if (!Number.isFinite(value) || value < 0 || value > MAX_JOBS_TODAY) {
    report.warn('jobs-today-invalid', { field, value: quote(raw), max: String(MAX_JOBS_TODAY) });
    return undefined;
  }
  return Math.round(value);
}

/**
 * Vacant land in daa: a number ≥ 0, or text with a decimal comma ("12,5"). Anything else is not known, with a warning
 * (an existing site then does not count as available land).
 */
export function readVacantDaa(raw: unknown, report: FeatureReporter): number | null {
  if (raw === undefined || raw === null || raw === '') return null;
  const n =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string'
        ? Number(raw.trim().replace(/\s/g, '').replace(',', '.'))
        : Number.NaN;
  if (Number.isFinite(n) && n >= 0) return n;
  report.warn('vacant-unknown', { value: quote(raw) });
  return null;
}

/** Unknown coded values become null with a warning; an absent value is simply null. */
export function coded<T>(
  value: Normalised<T>,
  raw: unknown,
  field: 'status' | 'abc' | 'readiness',
  report: FeatureReporter,
): T | null {
  // `<field>-unknown`: the words name the values accepted (src/i18n).
  if (value === null) report.warn(`${field}-unknown`, { value: quote(raw) });
  return value ?? null;
}

export function mappedKeys(fields: FieldMapping): MappingReport['fields'] {
  const out: MappingReport['fields'] = {};
  for (const [role, source] of Object.entries(fields)) out[role as FieldRole] = source.key;
  return out;
}

/** Makes the reader for one file: detects the field mapping, and plan mode when an arealformål field exists. */
export function siteReader(
  opts: SiteLoadOptions,
): (features: readonly ParsedFeature[]) => FeatureReader<RawSite, LoadedSite> {
  return (features) => {
    const fields = detectFields(features, SITE_ROLES, opts.fields);
    // A chosen name field is the only one read; otherwise a feature without the first name field is read from the
    // next area name (a plan's name, PLANNAVN, names the whole plan, so it is never a fallback for one area).
    const nameFields =
      opts.fields && Object.hasOwn(opts.fields, 'name')
        ? [fields.name]
        : [
            fields.name,
            ...detectAlternatives(features, 'name').filter(
              (s) => s.key !== fields.name?.key && canonicalKey(s.key) !== 'plannavn',
            ),
          ];
    const plan = fields.arealformal !== undefined;
    const table = opts.arealformalTable ?? BUSINESS_CODES;
    const mapping: MappingReport = { mode: plan ? 'plan' : 'project', fields: mappedKeys(fields), notes: [] };
    let videreutvikling = 0;
    if (plan) {
      mapping.notes.push({ code: 'plan-business-codes', params: { codes: [...table.keys()].join(', ') } });
      if (!fields.status && fields.arealbruksstatus) mapping.notes.push({ code: 'plan-status-from-arealbruksstatus' });
      if (!fields.name) mapping.notes.push({ code: 'plan-no-name-field' });
    }

    function planStatus(
      props: ParsedFeature['properties'],
      report: FeatureReporter,
      derived: DerivedNote[],
    ): SiteStatus | null {
      const raw = readField(props, fields.arealbruksstatus);
      if (isEmpty(raw)) return null;
      const reading = readArealbruksstatus(raw);
      if (!reading) {
        report.warn('status-unknown', { value: quote(raw) }, 'arealbruksstatus');
        return null;
      }
      if (reading.derived) {
        videreutvikling++;
        derived.push(reading.derived);
      }
      return reading.status;
    }

    return {
      mapping,
      read(feature, report) {
        const props = feature.properties;
        const id = readFeatureId(feature, report, fields.id);
        // What the reader derived, as facts for the site's note (src/domain/siteNotes.ts; the words are in src/i18n).
        const derived: DerivedNote[] = [];
        let rule: ArealformalRule | null = null;
        let code: number | undefined;
        if (plan) {
          const objtype = textOf(readField(props, fields.objtype));
          if (objtype !== undefined && !canonicalKey(objtype).includes('arealformal')) {
            return report.skip('objtype-not-area', { value: quote(objtype) });
          }
          const value = readField(props, fields.arealformal);
          if (isEmpty(value)) {
            return report.error('arealformal-missing', { field: quote(fields.arealformal?.key) });
          }
          const cls = classifyArealformal(value, table);
          if (!cls.keep) return report.skip('arealformal-not-business', cls.params, cls.variant);
          rule = cls.rule;
          code = cls.code;
          derived.push({ code: 'arealformal', params: { code: String(cls.code) } });
        }
        const polygons = readPolygonsFor(feature, report);
        if (polygons === null) return null;

        let nameValue: string | undefined;
        for (const source of nameFields) nameValue ??= textOf(readField(props, source));
        let name: string;
        if (nameValue !== undefined) name = nameValue;
        else if (rule) name = `${rule.label} (${code})`;
        else {
          report.warn('name-missing', { id: quote(id) });
          name = id;
        }

        const statusRaw = readField(props, fields.status);
        const status =
          fields.status || !plan
            ? coded(normaliseStatus(statusRaw), statusRaw, 'status', report)
            : planStatus(props, report, derived);

        const abcRaw = readField(props, fields.abc);
        let abc: AbcType | null = coded(normaliseAbc(abcRaw), abcRaw, 'abc', report);
        if (abc === null && isEmpty(abcRaw) && rule) {
          abc = rule.abc;
          derived.push({ code: 'abc-default', params: { abc: rule.abc, code: String(code) } });
        }
        const readinessRaw = readField(props, fields.readiness);
        const own = textOf(readField(props, fields.note));
        const site: RawSite = {
          id,
          name,
          status,
          abc,
          readiness: coded(normaliseReadiness(readinessRaw), readinessRaw, 'readiness', report),
          note: own ?? '',
          polygons,
        };
        if (derived.length > 0) site.derived = derived;
        if (code !== undefined) site.arealformal = code;
        const jobsToday = fields.jobsToday
          ? readJobsToday(readField(props, fields.jobsToday), fields.jobsToday.key, report)
          : undefined;
        if (jobsToday !== undefined && fields.jobsToday) {
          site.jobsToday = jobsToday;
          site.jobsTodayField = fields.jobsToday.key;
        }
        if (fields.vacantDaa) site.vacantDaa = readVacantDaa(readField(props, fields.vacantDaa), report);
        return site;
      },
      geometryOf: (raw) => ({ kind: 'polygons', polygons: raw.polygons }),
      build: (raw, geometry) => swapField(raw, 'polygons', 'geometry', polygonsIn(geometry)),
      checkPolygons: true,
      // The largest business areas in Norway are a few km²; 20 km² is far past any one site.
      maxPlausibleAreaM2: 20_000_000,
      fileWarnings: () =>
        videreutvikling === 0 ? [] : [{ code: 'status-videreutvikling', params: { count: String(videreutvikling) } }],
    };
  };
}
