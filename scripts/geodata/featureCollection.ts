// Shared shape of our GeoJSON output files: crs member, metadata foreign member, and a stable, diff-friendly JSON
// layout.

export const CRS_MEMBER_25832 = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } } as const;

export interface GeodataMetadata {
  title: string;
  source: string;
  licence: string;
  /** Fixed date of the source data or of the authored table; never the time of the run. */
  generated: string;
  illustrative: boolean;
  note: string;
}

export interface OutputFeature {
  type: 'Feature';
  properties: Record<string, string | number | boolean>;
  geometry: { type: 'Point'; coordinates: number[] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

export interface OutputCollection {
  type: 'FeatureCollection';
  name: string;
  crs: typeof CRS_MEMBER_25832;
  metadata: GeodataMetadata;
  features: OutputFeature[];
}

export function featureCollection(name: string, metadata: GeodataMetadata, features: OutputFeature[]): OutputCollection {
  return { type: 'FeatureCollection', name, crs: CRS_MEMBER_25832, metadata, features };
}

/** One feature per line: readable diffs, and byte-identical output for identical input. */
export function stringifyCollection(fc: OutputCollection): string {
  const head = JSON.stringify({ type: fc.type, name: fc.name, crs: fc.crs, metadata: fc.metadata }, null, 2);
  const body = fc.features.map((f) => '    ' + JSON.stringify(f)).join(',\n');
  return head.replace(/\n}$/, `,\n  "features": [\n${body}\n  ]\n}\n`);
}
