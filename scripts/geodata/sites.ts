// Builds geodata/sites.geojson from the illustrative site table.
import { featureCollection, type OutputCollection } from './featureCollection.ts';
import { TABLES_COMPILED } from './hubs.ts';
import { siteMultiPolygon } from './siteShapes.ts';
import { SITES } from './siteTable.ts';

export function buildSites(): OutputCollection {
  const features = SITES.map((s) => ({
    type: 'Feature' as const,
    properties: { id: s.id, name: s.name, status: s.status, abc: s.abc, readiness: s.readiness, note: s.note, illustrative: true },
    geometry: { type: 'MultiPolygon' as const, coordinates: siteMultiPolygon(s.anchor, s.parts) },
  }));
  return featureCollection(
    'sites',
    {
      title: 'Næringsarealer i Asker – ILLUSTRASJON / ILLUSTRATIVE business sites',
      source: 'Authored by the Næringsarealkart project: simple shapes placed at offsets from cited place points (shared/domain/places.md); names follow the growth areas in Temaplan næring 2020–2032 §5.9.2',
      licence: 'Project data (same licence as the repository); the anchor points are facts cited in scripts/geodata/places.ts and hubs.ts',
      generated: TABLES_COMPILED,
      illustrative: true,
      note:
        'ILLUSTRATIVE, NOT OFFICIAL: positions, outlines, sizes, status, ABC type and readiness are plausible inventions for demonstrating the tool, ' +
        'not the kommuneplan. Do not use for decisions. Polygons in EPSG:25832, rounded to 0.1 m.',
    },
    features,
  );
}
