// Test helper: builds GeoJSON FeatureCollection text from compact feature specs.

export const CRS_25832 = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } };

export function feature(
  geometry: unknown,
  properties: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { type: 'Feature', ...extra, properties, geometry };
}

/** `crs: null` leaves the crs member out. */
export function collection(features: unknown[], crs: unknown = CRS_25832): string {
  return JSON.stringify(
    crs === null ? { type: 'FeatureCollection', features } : { type: 'FeatureCollection', crs, features },
  );
}

/** A closed axis-aligned rectangle ring [minX,minY]→… in the given units. */
export function rectRing(minX: number, minY: number, width: number, height: number): number[][] {
  return [
    [minX, minY],
    [minX + width, minY],
    [minX + width, minY + height],
    [minX, minY + height],
    [minX, minY],
  ];
}

export const polygon = (...rings: number[][][]): Record<string, unknown> => ({ type: 'Polygon', coordinates: rings });
export const point = (x: number, y: number): Record<string, unknown> => ({ type: 'Point', coordinates: [x, y] });
