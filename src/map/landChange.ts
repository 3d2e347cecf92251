// Map layers of the land accounts: added land green, removed land red and hatched by what it became, unchanged
// land grey. Pure builders (data, layer specs, hatch images); the wrapper adds them to the map.
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { BecameCategory } from '../domain/accounts/categories';
import type { ChangePiece } from '../domain/accounts/types';
import { toLngLat } from '../domain/crs';

export const LAND_CHANGE_SOURCE = 'land-change';

/** Okabe–Ito bluish green for added land; a red that is not the scenario marks' vermillion for removed land. */
export const ADDED_COLOUR = '#009E73';
export const REMOVED_COLOUR = '#C0282D';
export const UNCHANGED_COLOUR = '#8A8A8A';

export type HatchKind = 'diagonal' | 'cross' | 'horizontal';

/** Which hatch tells what removed land became; "not in the plan" stays plain red. */
export const HATCH_OF: Record<BecameCategory, HatchKind | null> = {
  housing: 'diagonal',
  builtOther: 'horizontal',
  transport: 'horizontal',
  defence: 'horizontal',
  sea: 'horizontal',
  green: 'cross',
  lnfr: 'cross',
  notInPlan: null,
};

export const HATCH_IMAGE: Record<HatchKind, string> = {
  diagonal: 'hatch-diagonal',
  cross: 'hatch-cross',
  horizontal: 'hatch-horizontal',
};

export interface LandChangeData {
  collection: {
    type: 'FeatureCollection';
    features: {
      type: 'Feature';
      properties: { kind: string; hatch: string };
      geometry: { type: 'MultiPolygon'; coordinates: number[][][][] };
    }[];
  };
  /** [[west, south], [east, north]], or null when there are no pieces. */
  bounds: [[number, number], [number, number]] | null;
}

export function buildLandChangeData(pieces: readonly ChangePiece[]): LandChangeData {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  const features = pieces.map((p) => {
    const coordinates = p.geometry.map((poly) =>
      poly.map((ring) =>
        ring.map((xy) => {
          const [lon, lat] = toLngLat(xy);
          if (lon < w) w = lon;
          if (lon > e) e = lon;
          if (lat < s) s = lat;
          if (lat > n) n = lat;
          return [lon, lat];
        }),
      ),
    );
    const hatch = p.kind === 'removed' && p.became ? HATCH_OF[p.became] : null;
    return {
      type: 'Feature' as const,
      properties: { kind: p.kind, hatch: hatch ? HATCH_IMAGE[hatch] : '' },
      geometry: { type: 'MultiPolygon' as const, coordinates },
    };
  });
  return {
    collection: { type: 'FeatureCollection', features },
    bounds:
      w <= e
        ? [
            [w, s],
            [e, n],
          ]
        : null,
  };
}

const isKind = (kind: string) => ['==', ['get', 'kind'], kind] as ['==', ['get', string], string];

export function landChangeLayers(source = LAND_CHANGE_SOURCE): LayerSpecification[] {
  return [
    {
      id: 'land-unchanged-fill',
      type: 'fill',
      source,
      filter: isKind('unchanged'),
      paint: { 'fill-color': UNCHANGED_COLOUR, 'fill-opacity': 0.35 },
    },
    {
      id: 'land-added-fill',
      type: 'fill',
      source,
      filter: isKind('added'),
      paint: { 'fill-color': ADDED_COLOUR, 'fill-opacity': 0.7 },
    },
    {
      id: 'land-removed-fill',
      type: 'fill',
      source,
      filter: isKind('removed'),
      paint: { 'fill-color': REMOVED_COLOUR, 'fill-opacity': 0.45 },
    },
    {
      id: 'land-removed-hatch',
      type: 'fill',
      source,
      filter: ['all', isKind('removed'), ['!=', ['get', 'hatch'], '']],
      paint: { 'fill-pattern': ['get', 'hatch'] },
    },
    {
      id: 'land-change-outline',
      type: 'line',
      source,
      paint: {
        'line-color': ['match', ['get', 'kind'], 'added', '#00664A', 'removed', '#7A1014', '#555555'],
        'line-width': 1.2,
      },
    },
  ];
}

/** A 12 × 12 RGBA tile of dark-red lines for maplibre's fill-pattern (addImage takes { width, height, data }). */
export function hatchImage(kind: HatchKind): { width: number; height: number; data: Uint8Array } {
  const size = 12;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const diag = (x + y) % size < 2;
      const on = kind === 'diagonal' ? diag : kind === 'cross' ? diag || (x - y + size) % size < 2 : y % 6 < 2;
      if (!on) continue;
      const i = (y * size + x) * 4;
      data[i] = 0x7a;
      data[i + 1] = 0x10;
      data[i + 2] = 0x14;
      data[i + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}
