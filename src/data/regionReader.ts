// Reads region features: named polygons (this project's format) or kommune boundaries by kommunenummer (0220 → Asker
// nord; 0627, 0628 → Asker syd).
import type { Region } from '../domain/types.ts';
import type { FeatureReader, LoadOptions, MappingReport } from './featurePipeline.ts';
import { detectFields, readField, type FieldRole } from './fieldNames.ts';
import type { ParsedFeature } from './loadGeoJson.ts';
import { textOf } from './normalise.ts';
import { quote } from './problems.ts';
import { readPolygonsFor } from './readerHelpers.ts';
import { polygonsIn, type RawPolygons } from './readGeometry.ts';
import { mappedKeys } from './siteReader.ts';

export interface RegionLoadOptions extends LoadOptions {
  /** Kommune boundary files: kommuner other than 0220/0627/0628 are skipped (default) or kept under their own name. */
  otherKommuner?: 'skip' | 'keep' | undefined;
  /**
   * Which kommunenummer becomes which region, from the kommune profile (profile.regions.fromKommuner); default
   * Asker's (KOMMUNE_REGIONS). `kommuneName` names the kommune in messages.
   */
  kommuneRegions?: { name: string; regions: ReadonlyMap<string, string> } | undefined;
}

interface RawRegion {
  /** Regions are keyed by name (same-name parts are merged), so no id uniqueness check. */
  id?: undefined;
  name: string;
  /** The kommune a part came from (kommune mode), for the merge note. */
  kommunenummer?: string;
  polygons: RawPolygons;
}

/** The pre-2020 kommuner Asker was made of (1 Jan 2020): Asker nord is the old Asker, Asker syd the old Røyken and
 * Hurum (Temaplan næring §5.7.3). */
export const KOMMUNE_REGIONS: ReadonlyMap<string, string> = new Map([
  ['0220', 'Asker nord'],
  ['0627', 'Asker syd'],
  ['0628', 'Asker syd'],
]);
/** Today's Asker as one kommune: 3025 (2020–2023), 3203 (from 2024). It cannot be split into nord/syd. */
const WHOLE_ASKER = new Set(['3025', '3203']);

/** "0220" from "0220", "220" or 220; null for anything that is not 1–4 digits. */
export function kommunenummerOf(value: unknown): string | null {
  const text =
    typeof value === 'number' && Number.isInteger(value)
      ? String(value)
      : typeof value === 'string'
        ? value.trim()
        : '';
  return /^\d{1,4}$/.test(text) ? text.padStart(4, '0') : null;
}

const REGION_ROLES: readonly FieldRole[] = ['name', 'kommunenummer', 'kommunenavn'];

export function regionReader(
  opts: RegionLoadOptions,
): (features: readonly ParsedFeature[]) => FeatureReader<RawRegion, Region & { kommunenummer?: string }> {
  return (features) => {
    const fields = detectFields(features, REGION_ROLES, opts.fields);
    // A file that has our own `name` property is read by name even if it also carries kommunenummer.
    const kommuneMode = fields.kommunenummer !== undefined && fields.name?.key !== 'name';
    const keep = opts.otherKommuner === 'keep';
    const profile = opts.kommuneRegions;
    const regionsOf = profile?.regions ?? KOMMUNE_REGIONS;
    const listed = [...regionsOf.keys()].join(', ');
    const byRegion = new Map<string, string[]>();
    for (const [knr, region] of regionsOf) byRegion.set(region, [...(byRegion.get(region) ?? []), knr]);
    const rule = [...byRegion].map(([region, knrs]) => `${knrs.join(' + ')} → ${region}`).join('; ');
    const mapping: MappingReport = {
      mode: kommuneMode ? 'kommune' : 'project',
      fields: kommuneMode
        ? mappedKeys({
            kommunenummer: fields.kommunenummer,
            ...(fields.kommunenavn ? { kommunenavn: fields.kommunenavn } : {}),
          })
        : mappedKeys(fields.name ? { name: fields.name } : {}),
      // `rule`: which kommunenummer make which region, as notation (`0627 + 0628 → Asker syd`).
      notes: kommuneMode
        ? [
            profile
              ? {
                  code: 'kommune-boundaries',
                  variant: keep ? 'profile-keep' : 'profile-skip',
                  params: { profile: profile.name, rule },
                }
              : { code: 'kommune-boundaries', variant: keep ? 'asker-keep' : 'asker-skip' },
          ]
        : [],
    };
    return {
      mapping,
      read(feature, report) {
        const props = feature.properties;
        if (!kommuneMode) {
          const name = textOf(readField(props, fields.name));
          if (name !== undefined) report.featureId = name;
          const polygons = readPolygonsFor(feature, report);
          if (name === undefined) return report.error('region-name-missing');
          return polygons === null ? null : { name, polygons };
        }
        const raw = readField(props, fields.kommunenummer);
        const knr = kommunenummerOf(raw);
        if (knr === null) {
          return report.error('kommunenummer-missing', {
            field: quote(fields.kommunenummer?.key),
            value: quote(raw ?? null),
          });
        }
        report.featureId = knr;
        const kommunenavn = textOf(readField(props, fields.kommunenavn));
        // Who was skipped: the number, and the name when the file gives one (variant `-named`).
        const who: Record<string, string> = kommunenavn === undefined ? { knr } : { knr, name: kommunenavn };
        const named = kommunenavn === undefined ? undefined : 'named';
        let name = regionsOf.get(knr);
        if (name === undefined) {
          if (!profile && WHOLE_ASKER.has(knr) && !keep) {
            return report.skip('kommune-whole-asker', who, named);
          }
          if (!keep) {
            return profile
              ? report.skip('kommune-not-in-profile', { ...who, kommune: profile.name, listed }, named)
              : report.skip('kommune-not-asker', who, named);
          }
          name = kommunenavn ?? `kommune ${knr}`;
        }
        const polygons = readPolygonsFor(feature, report);
        return polygons === null ? null : { name, kommunenummer: knr, polygons };
      },
      geometryOf: (raw) => ({ kind: 'polygons', polygons: raw.polygons }),
      build: (raw, geometry) => {
        const region: Region & { kommunenummer?: string } = { name: raw.name, geometry: polygonsIn(geometry) };
        if (raw.kommunenummer !== undefined) region.kommunenummer = raw.kommunenummer;
        return region;
      },
      checkPolygons: true,
    };
  };
}
