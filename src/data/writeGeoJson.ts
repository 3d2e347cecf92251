// Writes loaded sites, hubs or regions as this project's geodata format: EPSG:25832 with a crs member, normalised
// properties.
import type { Hub, MultiPolygonXY, Region } from '../domain/types.ts';
import type { LoadedSite } from './siteReader.ts';

export const CRS_MEMBER_25832 = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } } as const;

/** Centimetres: far below any map or area difference that matters (an area changes by well under 0.01 %). */
const round = (v: number): number => Math.round(v * 100) / 100;

function geometryJson(g: MultiPolygonXY): {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: number[][][] | number[][][][];
} {
  const coords = g.map((poly) => poly.map((ring) => ring.map(([x, y]) => [round(x), round(y)])));
  return coords.length === 1
    ? { type: 'Polygon', coordinates: coords[0] as number[][][] }
    : { type: 'MultiPolygon', coordinates: coords };
}

function collection(metadata: Record<string, unknown>, features: unknown[]): string {
  const head = `{\n"type": "FeatureCollection",\n"crs": ${JSON.stringify(CRS_MEMBER_25832)},\n"metadata": ${JSON.stringify(metadata)},\n"features": [\n`;
  return `${head}${features.map((f) => JSON.stringify(f)).join(',\n')}\n]\n}\n`;
}

export interface WriteMetadata {
  /** Where the data came from (the input file as given). */
  source: string;
  /** One line on how it was converted. */
  note: string;
}

/**
 * The sites as this project's format. `noteText` makes each site's `note` (the caller's words for the file's own note
 * and what the loader derived, src/i18n/siteNotes.ts); without it the note is the file's own text alone.
 */
export function sitesToGeoJson(
  sites: readonly LoadedSite[],
  meta: WriteMetadata,
  noteText: (site: LoadedSite) => string = (s) => s.note,
): string {
  return collection(
    { ...meta },
    sites.map((s) => ({
      type: 'Feature',
      properties: {
        id: s.id,
        name: s.name,
        status: s.status,
        abc: s.abc,
        readiness: s.readiness,
        note: noteText(s),
        ...(s.arealformal === undefined ? {} : { arealformal: s.arealformal }),
        ...(s.jobsToday === undefined || s.jobsToday === null ? {} : { jobs_today: s.jobsToday }),
      },
      geometry: geometryJson(s.geometry),
    })),
  );
}

export function hubsToGeoJson(hubs: readonly Hub[], meta: WriteMetadata): string {
  return collection(
    { ...meta },
    hubs.map((h) => ({
      type: 'Feature',
      properties: { id: h.id, name: h.name, type: h.type },
      geometry: { type: 'Point', coordinates: [round(h.xy[0]), round(h.xy[1])] },
    })),
  );
}

export function regionsToGeoJson(regions: readonly Region[], meta: WriteMetadata): string {
  return collection(
    { ...meta },
    regions.map((r) => ({ type: 'Feature', properties: { name: r.name }, geometry: geometryJson(r.geometry) })),
  );
}
