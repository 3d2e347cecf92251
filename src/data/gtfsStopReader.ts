// The field mapping for GTFS stops (rows dressed as features by gtfsHubs.ts): a hub when the hub rule said so, with the
// type it decided; otherwise left out, counted by why.
import type { Hub, HubType } from '../domain/types.ts';
import type { FeatureReader, MappingReport } from './featurePipeline.ts';
import type { GeometryIssue } from './problems.ts';
import { geometryOf, swapField } from './readerHelpers.ts';
import { pointIn, readPoint, type RawPosition } from './readGeometry.ts';

/** What the hub rule decided for one stop place. */
export interface Decision {
  type?: HubType;
  /** Why it is not a hub: the variant of the skip `below-hub-rule` (`departures`, `not-station`). */
  skip?: string;
}

type RawStop = Omit<Hub, 'xy'> & { point: RawPosition };

/** The reader for one GTFS package's stops, from the rule's decisions by stop id. */
export function gtfsStopReader(
  decisions: ReadonlyMap<string, Decision>,
  mapping: MappingReport,
  fileWarnings: readonly GeometryIssue[],
): FeatureReader<RawStop, Hub> {
  return {
    mapping,
    read(feature, report) {
      const id = String(feature.id);
      report.featureId = id;
      const decision = decisions.get(id) as Decision;
      if (decision.skip !== undefined || decision.type === undefined)
        return report.skip('below-hub-rule', undefined, decision.skip ?? 'not-a-hub');
      const point = geometryOf(readPoint(feature.geometry), report);
      if (point === null) return null;
      const name = String(feature.properties['name'] ?? '').trim() || id;
      return { id, name, type: decision.type, point };
    },
    geometryOf: (raw) => ({ kind: 'point', point: raw.point, at: 'stop' }),
    build: (raw, geometry) => swapField(raw, 'point', 'xy', pointIn(geometry)),
    fileWarnings: () => [...fileWarnings],
  };
}
