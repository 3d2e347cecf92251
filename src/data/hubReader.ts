// Reads hub features (this project's format): a point, a hub type (tog, buss, båt) and a name.
import type { Hub } from '../domain/types.ts';
import type { FeatureReader, LoadOptions } from './featurePipeline.ts';
import { readFeatureId } from './featureReporter.ts';
import { detectFields, readField, type FieldRole } from './fieldNames.ts';
import type { ParsedFeature } from './loadGeoJson.ts';
import { normaliseHubType, textOf } from './normalise.ts';
import { quote } from './problems.ts';
import { readPointFor, swapField } from './readerHelpers.ts';
import { pointIn, type RawPosition } from './readGeometry.ts';
import { mappedKeys } from './siteReader.ts';

interface RawHub extends Omit<Hub, 'xy'> {
  point: RawPosition;
}

const HUB_ROLES: readonly FieldRole[] = ['id', 'name', 'hubType'];

/** Makes the reader for one file: detects the field mapping (or takes the user's). */
export function hubReader(opts: LoadOptions): (features: readonly ParsedFeature[]) => FeatureReader<RawHub, Hub> {
  return (features) => {
    const fields = detectFields(features, HUB_ROLES, opts.fields);
    return {
      mapping: { mode: 'project', fields: mappedKeys(fields), notes: [] },
      read(feature, report) {
        const id = readFeatureId(feature, report, fields.id);
        const point = readPointFor(feature, report);
        const rawType = readField(feature.properties, fields.hubType);
        const type = normaliseHubType(rawType);
        if (type === undefined) return report.error('hub-type-missing');
        if (type === null) return report.error('hub-type-unknown', { value: quote(rawType) });
        if (point === null) return null;
        let name = textOf(readField(feature.properties, fields.name));
        if (name === undefined) {
          report.warn('name-missing', { id: quote(id) });
          name = id;
        }
        return { id, name, type, point };
      },
      geometryOf: (raw) => ({ kind: 'point', point: raw.point, at: 'point' }),
      build: (raw, geometry) => swapField(raw, 'point', 'xy', pointIn(geometry)),
    };
  };
}
