// Builds geodata/regions.geojson (Asker nord / Asker syd) from Torskelgen/ReadyMaps' simplified 2019 kommuner.
import { featureCollection, type OutputCollection } from './featureCollection.ts';
import { dissolveOuterRings } from './dissolve.ts';
import type { MultiPolygon, Polygon, Ring } from './planarGeometry.ts';
import { epsg25833To25832, roundPosition, type Position } from './projection.ts';

/** Path of the source file, relative to the repository root. */
export const REGION_SOURCE_PATH = '../shared/geodata-sources/torskelgen-readymaps/asker_old_and_new_kommuner_simplified_epsg25833.geojson';

export const REGION_GROUPS = [
  { name: 'Asker nord', kommuner: ['0220'], formerKommuner: '0220 Asker' },
  { name: 'Asker syd', kommuner: ['0627', '0628'], formerKommuner: '0627 Røyken, 0628 Hurum' },
] as const;

interface SourceFeature {
  properties?: { kommunenummer?: string; navn?: string };
  geometry?: { type?: string; coordinates?: unknown };
}

function sourcePolygons(feature: SourceFeature): MultiPolygon {
  const g = feature.geometry;
  if (g?.type === 'Polygon') return [g.coordinates as Polygon];
  if (g?.type === 'MultiPolygon') return g.coordinates as MultiPolygon;
  throw new Error(`regions: kommune ${feature.properties?.kommunenummer} has no (Multi)Polygon geometry`);
}

function toOutputRing(ring: Ring): Ring {
  const out: Position[] = [];
  for (const p of ring) {
    const q = roundPosition(epsg25833To25832(p), 1);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/** Pure: the same source text always gives the same collection (the build script and the tests both call it). */
export function buildRegions(sourceText: string): OutputCollection {
  const source = JSON.parse(sourceText) as { crs?: { properties?: { name?: string } }; features?: SourceFeature[] };
  const crsName = source.crs?.properties?.name ?? '';
  if (!/EPSG::?25833$/.test(crsName)) throw new Error(`regions: expected the source in EPSG:25833, found crs "${crsName}"`);
  const features = source.features ?? [];

  const out = REGION_GROUPS.map((group) => {
    const parts: MultiPolygon = [];
    for (const code of group.kommuner) {
      const f = features.find((x) => x.properties?.kommunenummer === code);
      if (!f) throw new Error(`regions: kommune ${code} is missing from the source file`);
      parts.push(...sourcePolygons(f));
    }
    // Dissolve in the source CRS, where neighbouring kommuner share vertices exactly.
    const dissolved = dissolveOuterRings(parts);
    const coordinates = dissolved.map((polygon) => polygon.map(toOutputRing));
    return {
      type: 'Feature' as const,
      properties: { name: group.name, formerKommuner: group.formerKommuner },
      geometry: { type: 'MultiPolygon' as const, coordinates },
    };
  });

  return featureCollection(
    'regions',
    {
      title: 'Asker nord og Asker syd (tidligere kommuner 0220 / 0627 + 0628)',
      source:
        'Torskelgen/ReadyMaps kommuner_simp_19.geojson (https://github.com/Torskelgen/ReadyMaps, commit 93ccdfb97515cf0f783d540cba4ed9f73e1176ae), ' +
        'simplified from Kartverket/Geonorge administrative units (kommuner 2019)',
      licence: '© Kartverket (Geonorge), CC BY 4.0; simplified by Torskelgen/ReadyMaps (CC0); grouped and reprojected by this project',
      generated: '2021-11-11',
      illustrative: false,
      note:
        'Authored by the project, simplified: 0220 → Asker nord; 0627 + 0628 → Asker syd (shared border dissolved). ' +
        'Reprojected EPSG:25833 → EPSG:25832 with proj4, rounded to 0.1 m. Very coarse (about 30 vertices per former kommune, ' +
        'keep = 2 %): areas within a few hundred metres of the old borders can fall on the wrong side.',
    },
    out,
  );
}
