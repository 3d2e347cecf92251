// Stage 2 of reading a file: the layer's field mapping, feature by feature (a reader from siteReader.ts,
// regionReader.ts, hubReader.ts …), each with its own reporter; broken or left-out features are noted, not thrown.
import type { FeatureRef } from '../domain/types.ts';
import { FeatureReporter, type FilteredFeature } from './featureReporter.ts';
import type { ParsedCollection, ParsedFeature } from './loadGeoJson.ts';
import type { Problem } from './problems.ts';

/** What the mapping stage needs of a reader: one feature's fields and raw geometry, or null when it is not used. */
export interface FieldMapper<Raw> {
  read(feature: ParsedFeature, report: FeatureReporter): Raw | null;
}

/** A feature the mapping kept, with the reporter the later stages report its problems to. */
export interface MappedFeature<Raw> {
  raw: Raw;
  report: FeatureReporter;
}

export interface Mapped<Raw> {
  features: MappedFeature<Raw>[];
  /** Every feature's problems, in the order found; the later stages add theirs through the reporters. */
  problems: Problem[];
  /** Features left out on purpose by the mapping rules. */
  filtered: FilteredFeature[];
}

/** Maps every parsed feature; `where` names a feature when the reader set no reference (a CSV row's line). */
export function mapFeatures<Raw>(
  parsed: ParsedCollection,
  reader: FieldMapper<Raw>,
  file: string,
  where?: (feature: ParsedFeature) => FeatureRef,
): Mapped<Raw> {
  const problems: Problem[] = [];
  const filtered: FilteredFeature[] = [];
  const features: MappedFeature<Raw>[] = [];
  for (const feature of parsed.features) {
    const report = new FeatureReporter(file, feature.index, problems, filtered, where?.(feature) ?? feature.ref);
    if (feature.unusable) {
      report.error(feature.unusable.code, feature.unusable.params, feature.unusable.variant);
      continue;
    }
    if (!feature.isFeature) {
      report.error('not-a-feature', feature.what);
      continue;
    }
    const raw = reader.read(feature, report);
    if (raw !== null) features.push({ raw, report });
  }
  return { features, problems, filtered };
}
