// Marks on the map for a scenario: sites that differ from the basis (thick solid ring) and sites left out (dashed,
// washed out), drawn as extra layers driven by feature-state, so the existing site layers stay as they are.
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';

export interface SiteMarks {
  /** Sites the scenario keeps but that differ from the basis. */
  changed: ReadonlySet<string>;
  /** Sites the scenario leaves out. */
  excluded: ReadonlySet<string>;
}

/** Okabe–Ito vermillion: not one of the ABC fills or hub rings. The dash pattern, not the colour, tells excluded apart.
 * */
export const MARK_CHANGED_COLOUR = '#D55E00';
export const MARK_EXCLUDED_COLOUR = '#222222';

export const MARK_LAYER = {
  excludedWash: 'site-mark-excluded-wash',
  excludedLine: 'site-mark-excluded-line',
  changedLine: 'site-mark-changed-line',
  marker: 'site-mark-marker',
} as const;

const isHidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];
const isChanged: ExpressionSpecification = ['boolean', ['feature-state', 'changed'], false];
const isExcluded: ExpressionSpecification = ['boolean', ['feature-state', 'excluded'], false];

/**
 * The mark layers are switched off while no site is marked (every page but the scenario compare view): invisible as
 * they are then, software WebGL still paints 20 000 transparent rings on every frame, which cost more than the sites.
 */
export function marksVisibility(marks: SiteMarks | null): 'visible' | 'none' {
  return marks && (marks.changed.size > 0 || marks.excluded.size > 0) ? 'visible' : 'none';
}

/** Shown only for marked sites that the filters do not hide. */
function when(mark: ExpressionSpecification, value: number): ExpressionSpecification {
  return ['case', isHidden, 0, mark, value, 0];
}

/** The mark layers for the polygons (`sitesSource`, from `polygonMinZoom`) and the overview markers (up to
 * `markerMaxZoom`), with `visibility` in their layout (see marksVisibility). */
export function siteMarkLayers(
  sitesSource: string,
  markersSource: string,
  polygonMinZoom: number,
  markerMaxZoom: number,
  visibility: 'visible' | 'none' = 'none',
): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    {
      id: MARK_LAYER.excludedWash,
      type: 'fill',
      source: sitesSource,
      minzoom: polygonMinZoom,
      paint: { 'fill-color': '#ffffff', 'fill-opacity': when(isExcluded, 0.65) },
    },
    {
      id: MARK_LAYER.excludedLine,
      type: 'line',
      source: sitesSource,
      minzoom: polygonMinZoom,
      paint: {
        'line-color': MARK_EXCLUDED_COLOUR,
        'line-width': 2.5,
        'line-dasharray': [1.5, 1.5],
        'line-opacity': when(isExcluded, 1),
      },
    },
    {
      id: MARK_LAYER.changedLine,
      type: 'line',
      source: sitesSource,
      minzoom: polygonMinZoom,
      paint: {
        'line-color': MARK_CHANGED_COLOUR,
        'line-width': 4,
        'line-opacity': when(['all', isChanged, ['!', isExcluded]], 1),
      },
    },
    {
      id: MARK_LAYER.marker,
      type: 'circle',
      source: markersSource,
      maxzoom: markerMaxZoom,
      paint: {
        'circle-radius': 10,
        'circle-opacity': 0,
        'circle-stroke-width': 3,
        'circle-stroke-color': ['case', isExcluded, MARK_EXCLUDED_COLOUR, MARK_CHANGED_COLOUR],
        'circle-stroke-opacity': when(['any', isChanged, isExcluded], 1),
      },
    },
  ];
  return layers.map((layer) => ({ ...layer, layout: { visibility } }) as LayerSpecification);
}

export const MARK_LAYERS: readonly string[] = Object.values(MARK_LAYER);

/** The feature-state updates that turn the marks `before` into `after` (only sites whose marks change). */
export function markUpdates(
  before: SiteMarks | null,
  after: SiteMarks | null,
): { id: string; state: { changed: boolean; excluded: boolean } }[] {
  const ids = new Set<string>([
    ...(before?.changed ?? []),
    ...(before?.excluded ?? []),
    ...(after?.changed ?? []),
    ...(after?.excluded ?? []),
  ]);
  const out: { id: string; state: { changed: boolean; excluded: boolean } }[] = [];
  for (const id of ids) {
    const state = { changed: after?.changed.has(id) ?? false, excluded: after?.excluded.has(id) ?? false };
    if (state.changed !== (before?.changed.has(id) ?? false) || state.excluded !== (before?.excluded.has(id) ?? false))
      out.push({ id, state });
  }
  return out;
}
